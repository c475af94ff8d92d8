#include "recovery/recovery_context.h"

#include "access/stage_connections.h"
#include "access/stage_scope.h"
#include "engine/undo_scope.h"
#include "inventory/inventory_loader.h"
#include "project/context_file.h"
#include "project/project.h"
#include "recovery/transfer_folder.h"
#include "remote/shell_command.h"
#include "remote/ssh_session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace hive {

std::shared_ptr<RecoveryContext>
RecoveryContext::open(const Project &project, const LoadedInventory &loaded, QString &error)
{
    QStringList hosts;
    const StagePlan *stage = StageScope::resolve(project, loaded, QString(), hosts, error);
    if (!stage)
        return nullptr;
    QStringList hives;
    QHash<QString, QString> addresses;
    for (const HostPlan &h : stage->hosts) {
        addresses.insert(h.name, h.privateIp);
        if (h.isHive)
            hives << h.name;
    }
    // The first hive first, then the others in stage order.
    if (hives.removeAll(stage->firstHive) > 0)
        hives.prepend(stage->firstHive);
    auto context = make(stage->name, hives, addresses, StageConnections::adminUser(loaded, *stage),
                        QDir(project.contextDir()).absolutePath());
    QStringList all;
    for (const HostPlan &h : stage->hosts)
        all << h.name;
    context->setHosts(all);
    context->setRepositoryHost(stage->repositoryHost());
    if (!StageConnections::add(project, loaded, *stage, context->m_pool, error))
        return nullptr;
    return context;
}

std::shared_ptr<RecoveryContext> RecoveryContext::make(const QString &stage,
                                                       const QStringList &hives,
                                                       const QHash<QString, QString> &addresses,
                                                       const QString &adminUser,
                                                       const QString &contextDir)
{
    auto context = std::make_shared<RecoveryContext>();
    context->m_stage = stage;
    context->m_hives = hives;
    context->m_addresses = addresses;
    context->m_admin = adminUser;
    context->m_contextDir = contextDir;
    return context;
}

QString RecoveryContext::notAHive(const QString &host) const
{
    if (m_hives.contains(host))
        return QString();
    return tr("%1 is not a hive of stage %2; the hives are: %3")
        .arg(host, m_stage, m_hives.join(QStringLiteral(", ")));
}

SwarmSurvey RecoveryContext::survey()
{
    return SwarmSurvey::read(m_pool, m_hives, cancel, 60000);
}

bool RecoveryContext::run(const QString &host, const QString &command, QString &out,
                          QString &message, int timeoutMs)
{
    return runWithInput(host, command, {}, out, message, timeoutMs);
}

bool RecoveryContext::runWithInput(const QString &host, const QString &command,
                                   const QByteArray &input, QString &out, QString &message,
                                   int timeoutMs)
{
    HostPool::RunOptions o;
    o.input = input;
    o.asRoot = true;
    o.timeoutMs = timeoutMs;
    // What puts back what a repair took away is never cut short.
    o.cancel = UndoScope::unlessUndoing(cancel);
    if (onOutput)
        o.onLine = [this](const QString &h, SshSession::Stream, const QString &line) {
            // Join tokens and unlock keys never reach the run log.
            if (line.contains(QLatin1String("SWMTKN-")) || line.contains(QLatin1String("SWMKEY-")))
                return;
            onOutput(h, line);
        };
    const CommandResult r = m_pool.run(host, command, o);
    out = r.stdoutText.trimmed();
    if (r.succeeded())
        return true;
    const QString said = r.failure().isEmpty() ? r.stdoutText.trimmed() : r.failure();
    message = tr("`%1` failed on %2: %3").arg(command.section(QLatin1Char('\n'), 0, 0), host, said);
    return false;
}

bool RecoveryContext::waitFor(const QString &host, const QString &command, int seconds,
                              const std::function<bool(const QString &)> &ready, QString &last)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        QString message;
        if (run(host, command, last, message, 30000) && ready(last))
            return true;
        if (!message.isEmpty())
            last = message;
        const std::atomic_bool *stop = UndoScope::unlessUndoing(cancel);
        if ((stop && stop->load()) || timer.elapsed() >= qint64(seconds) * 1000)
            return false;
        QThread::msleep(1000);
    }
}

RecoveryPlan::Step RecoveryContext::commandStep(const std::shared_ptr<RecoveryContext> &context,
                                                const QString &name, const QStringList &hosts,
                                                const QStringList &commands, const QString &done)
{
    RecoveryPlan::Step step;
    step.name = name;
    step.hosts = hosts;
    step.commands = commands;
    step.work = [context, commands, done](const QString &h, QString &message) {
        QString out;
        for (const QString &c : commands) {
            if (!context->run(h, c, out, message))
                return RunEvent::Status::Failed;
        }
        message = done;
        return RunEvent::Status::Changed;
    };
    return step;
}

bool RecoveryContext::fetchArchive(const QString &host, const QString &remotePath,
                                   const QString &localPath, qint64 &bytes, QString &message)
{
    const QString dir = QFileInfo(localPath).absolutePath();
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner)) {
        message = tr("cannot make the folder %1").arg(dir);
        return false;
    }
    // Streamed into a file only the owner may read from its first byte, and
    // in place only once it is whole.
    QSaveFile file(localPath);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        message = tr("cannot write %1: %2").arg(localPath, file.errorString());
        return false;
    }
    QString error;
    bool read = false;
    if (!m_pool.withSession(
            host, [&](SshSession &s) { read = s.download(remotePath, file, error); }, error) ||
        !read) {
        file.cancelWriting();
        message = tr("the archive was made on %1 but could not be fetched: %2").arg(host, error);
        return false;
    }
    bytes = file.size();
    if (!file.commit()) {
        message = tr("cannot write %1: %2").arg(localPath, file.errorString());
        return false;
    }
    QString out;
    run(host, QStringLiteral("rm -f %1").arg(ShellCommand::quote(remotePath)), out, error);
    return true;
}

bool RecoveryContext::putArchive(const QString &host, const QString &localPath,
                                 const QString &remotePath, qint64 &bytes, QString &message)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0) {
        message = tr("cannot read %1").arg(localPath);
        return false;
    }
    // Into our folder, as a new file (nothing planted there is written through).
    QString out;
    if (!run(host,
             TransferFolder::ensureCommand(adminUser()) +
                 QStringLiteral(" && rm -f %1").arg(ShellCommand::quote(remotePath)),
             out, message))
        return false;
    QString error;
    bool written = false;
    if (!m_pool.withSession(
            host,
            [&](SshSession &s) {
                written = s.upload(file, remotePath, 0600, error, SshSession::Create::New);
            },
            error) ||
        !written) {
        message = error;
        return false;
    }
    bytes = file.size();
    return true;
}

} // namespace hive
