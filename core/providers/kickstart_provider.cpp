#include "providers/kickstart_provider.h"

#include "access/stage_files.h"
#include "engine/run_reporter.h"
#include "project/context_file.h"
#include "providers/kickstart_file.h"
#include "remote/known_hosts_file.h"
#include "remote/ssh_session.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpSocket>

namespace hive {

namespace {

// What the last medium was made of (and written to): a run that finds the
// same makes nothing again.
const char *const kIsoStamp = "medium.stamp";
const char *const kDeviceStamp = "device.stamp";

} // namespace

KickstartProvider::KickstartProvider(KickstartPlan plan, QString projectRoot, QString contextDir,
                                     QString identityFile, QString confirmedDevice)
    : m_plan(std::move(plan)), m_contextDir(std::move(contextDir)),
      m_identityFile(std::move(identityFile)), m_confirmedDevice(std::move(confirmedDevice))
{
    const QDir root(projectRoot);
    m_plan.isoSource = QDir::cleanPath(root.absoluteFilePath(m_plan.isoSource));
    m_plan.isoDestination = QDir::cleanPath(root.absoluteFilePath(m_plan.isoDestination));
}

QString KickstartProvider::kickstartDir() const
{
    return QDir(m_contextDir).filePath(QStringLiteral("kickstart"));
}

QString KickstartProvider::isoPath() const
{
    if (!m_plan.writesDevice())
        return m_plan.isoDestination;
    return QDir(m_contextDir).filePath(QStringLiteral("install-medium.iso"));
}

QList<KickstartMedium::Entry> KickstartProvider::entries() const
{
    QList<KickstartMedium::Entry> out;
    for (const KickstartPlan::Host &h : m_plan.hosts)
        out << KickstartMedium::Entry{
            h.name, QStringLiteral("/ks/%1.ks").arg(h.shortName),
            QDir(kickstartDir()).filePath(h.shortName + QStringLiteral(".ks"))};
    return out;
}

QList<Step> KickstartProvider::steps(const InfraRequest &request, InfraResult &,
                                     RunReporter &reporter)
{
    switch (request.action) {
    case InfraRequest::Action::Build:
        return {filesStep(request), mediumStep(request, reporter), hostsStep(request)};
    case InfraRequest::Action::Halt:
        return {hostsStep(request)};
    case InfraRequest::Action::Destroy:
        return {hostsStep(request), removeStep(request)};
    }
    return {};
}

Step KickstartProvider::filesStep(const InfraRequest &request)
{
    Step step;
    step.name = QStringLiteral("kickstart-files");
    step.hosts = Step::here();
    step.fatal = true;
    step.work = [this, &request](const QString &, QString &message) {
        // The key goes into a quoted sshkey line: its own grammar only.
        static const QRegularExpression keyLine(QStringLiteral(
            "^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,2}"
            "( [^\"\\\\\\x00-\\x1f]*)?$"));
        if (!request.checkOnly && !keyLine.match(request.publicKey).hasMatch()) {
            message = tr("the hive's public key is not one line of \"type key comment\" "
                         "without quotes: %1")
                          .arg(StageFiles::keyPath(m_contextDir) + QStringLiteral(".pub"));
            return RunEvent::Status::Failed;
        }
        QStringList written;
        m_rendered.clear();
        for (const KickstartPlan::Host &h : m_plan.hosts) {
            const QString path = QDir(kickstartDir()).filePath(h.shortName + QStringLiteral(".ks"));
            const QByteArray before = ContextFile::read(path);
            const QString hash = KickstartFile::passwordHash(request.rootPassword,
                                                             KickstartFile::passwordHashIn(before));
            const QByteArray text =
                KickstartFile::render(m_plan, h, request.adminUser, request.publicKey, hash);
            m_rendered.insert(h.name, text);
            if (request.checkOnly) {
                if (before != text)
                    written << path;
                continue;
            }
            if (!QFileInfo(kickstartDir()).isDir()) {
                QDir().mkpath(kickstartDir());
                QFile::setPermissions(kickstartDir(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            }
            bool changed = false;
            if (!ContextFile::writeIfChanged(path, text, changed, message))
                return RunEvent::Status::Failed;
            if (changed)
                written << path;
        }
        if (written.isEmpty()) {
            message = tr("%n kickstart file(s) in %1", nullptr, int(m_plan.hosts.size()))
                          .arg(kickstartDir());
            return RunEvent::Status::Ok;
        }
        message = (request.checkOnly ? tr("would write %1") : tr("wrote %1"))
                      .arg(written.join(QStringLiteral(", ")));
        return RunEvent::Status::Changed;
    };
    return step;
}

QByteArray KickstartProvider::stamp() const
{
    // What the medium is made of: the OS's image as it is now and the
    // kickstarts as this run made them (under -C too, before any is written).
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QFileInfo source(m_plan.isoSource);
    h.addData(QFile::encodeName(source.absoluteFilePath()));
    h.addData(QByteArray::number(source.size()));
    h.addData(QByteArray::number(source.lastModified().toMSecsSinceEpoch()));
    for (const KickstartMedium::Entry &e : entries()) {
        h.addData(e.host.toUtf8());
        h.addData(m_rendered.value(e.host));
    }
    return h.result().toHex();
}

Step KickstartProvider::mediumStep(const InfraRequest &request, RunReporter &reporter)
{
    Step step;
    step.name = QStringLiteral("install-medium");
    step.hosts = Step::here();
    step.fatal = true;
    step.work = [this, &request, &reporter](const QString &, QString &message) {
        const QString device = m_plan.isoDestination;
        if (m_plan.writesDevice()) {
            const QString refused = InstallDevice::refusal(device, m_device);
            if (!refused.isEmpty()) {
                message = refused;
                return RunEvent::Status::Failed;
            }
        }
        if (m_plan.isoSource == m_plan.isoDestination ||
            (QFileInfo::exists(m_plan.isoDestination) &&
             QFileInfo(m_plan.isoSource).canonicalFilePath() ==
                 QFileInfo(m_plan.isoDestination).canonicalFilePath())) {
            message = tr("kickstart_config.iso_dest is iso_src (%1): the new medium goes "
                         "elsewhere, the OS's own stays as it is")
                          .arg(m_plan.isoSource);
            return RunEvent::Status::Failed;
        }
        if (!QFileInfo::exists(m_plan.isoSource)) {
            message = tr("kickstart_config.iso_src %1 does not exist: download the OS's DVD "
                         "image (AlmaLinux, Rocky Linux or RHEL 8 or 9) there")
                          .arg(m_plan.isoSource);
            return RunEvent::Status::Failed;
        }
        const QString iso = isoPath();
        const QString isoStampPath = QDir(kickstartDir()).filePath(QLatin1String(kIsoStamp));
        const QString deviceStampPath = QDir(kickstartDir()).filePath(QLatin1String(kDeviceStamp));
        const QByteArray isoStamp = stamp();
        // Which stick it is, as far as this machine can tell: its name, model and size.
        const QString what =
            m_plan.writesDevice() ? InstallDevice::describe(device, m_device) : QString();
        const QByteArray deviceStamp =
            isoStamp + ' ' + QFile::encodeName(device) + ' ' + what.toUtf8();
        const bool isoCurrent =
            QFileInfo::exists(iso) && ContextFile::read(isoStampPath) == isoStamp;
        const bool done = isoCurrent && (!m_plan.writesDevice() ||
                                         ContextFile::read(deviceStampPath) == deviceStamp);
        if (done) {
            message = m_plan.writesDevice()
                          ? tr("%1 holds the install medium of this stage").arg(device)
                          : tr("%1 is the install medium of this stage").arg(iso);
            return RunEvent::Status::Ok;
        }
        if (request.checkOnly) {
            message = m_plan.writesDevice()
                          ? tr("would write the install medium to %1 (%2)").arg(device, what)
                          : tr("would write the install medium %1").arg(iso);
            return RunEvent::Status::Changed;
        }
        const auto say = [&](const QString &line) {
            reporter.output(QStringLiteral("install-medium"), {}, line);
        };
        bool changed = false;
        if (!isoCurrent) {
            KickstartMedium::Options options = m_medium;
            options.cancel = request.cancel;
            options.say = say;
            say(tr("making %1 from %2").arg(iso, m_plan.isoSource));
            const QString work = QDir(m_contextDir).filePath(QStringLiteral("install-medium-work"));
            QDir(work).removeRecursively();
            const bool built =
                KickstartMedium::build(m_plan.isoSource, iso, entries(), work, message, options);
            QDir(work).removeRecursively();
            if (!built || !ContextFile::writeIfChanged(isoStampPath, isoStamp, changed, message))
                return RunEvent::Status::Failed;
        }
        if (m_plan.writesDevice()) {
            // Written only when the user named this device for this run.
            if (m_confirmedDevice != device) {
                message = tr("the install medium is ready in %1. Writing it to %2 (%3) erases "
                             "everything on it: to go ahead, run build-infra again with "
                             "--write-device %2")
                              .arg(iso, device, what);
                return RunEvent::Status::Failed;
            }
            // Checked again: the medium took a while, and a desktop mounts
            // what is plugged in.
            const QString refused = InstallDevice::refusal(device, m_device);
            if (!refused.isEmpty()) {
                message = refused;
                return RunEvent::Status::Failed;
            }
            const qint64 room = InstallDevice::capacity(device, m_device);
            if (room > 0 && room < QFileInfo(iso).size()) {
                message = tr("%1 (%2) is smaller than the install medium (%3 MB): use a larger "
                             "one")
                              .arg(device, what)
                              .arg(QFileInfo(iso).size() >> 20);
                return RunEvent::Status::Failed;
            }
            // Whatever was written before is gone from here on.
            QFile::remove(deviceStampPath);
            say(tr("writing %1 to %2 (%3)").arg(iso, device, what));
            int lastTenth = -1;
            const bool written = InstallDevice::write(
                iso, device, message, request.cancel, [&](qint64 bytes, qint64 total) {
                    reporter.progress(QStringLiteral("install-medium"), {}, bytes, total);
                    const int tenth = int(bytes * 10 / qMax<qint64>(total, 1));
                    if (tenth != lastTenth)
                        say(tr("%1 % written").arg(tenth * 10));
                    lastTenth = tenth;
                });
            if (!written ||
                !ContextFile::writeIfChanged(deviceStampPath, deviceStamp, changed, message))
                return RunEvent::Status::Failed;
        }
        QStringList how;
        for (const KickstartMedium::Entry &e : entries())
            how << e.host;
        message = (m_plan.writesDevice() ? tr("wrote the install medium to %1").arg(device)
                                         : tr("wrote the install medium %1").arg(iso)) +
                  tr(". Boot each server from it (UEFI) and choose \"Install hive host NAME\" "
                     "for it: %1")
                      .arg(how.join(QStringLiteral(", ")));
        return RunEvent::Status::Changed;
    };
    return step;
}

Step KickstartProvider::hostsStep(const InfraRequest &request)
{
    Step step;
    step.name = QStringLiteral("hosts");
    step.hosts = request.hostNames();
    step.maxParallel = 8;
    step.work = [this, &request](const QString &host, QString &message) {
        if (request.action != InfraRequest::Action::Build) {
            message = tr("bare-metal servers are not stopped or removed by hive; they are yours");
            return RunEvent::Status::Skipped;
        }
        return reach(request, host, message);
    };
    return step;
}

RunEvent::Status KickstartProvider::reach(const InfraRequest &request, const QString &host,
                                          QString &message)
{
    const InfraRequest::Host &h = request.hosts.at(request.hostNames().indexOf(host));
    QTcpSocket probe;
    probe.connectToHost(h.address, 22);
    if (!probe.waitForConnected(m_probeMs)) {
        message = tr("not installed yet (nothing answers on %1 port 22): boot it from the install "
                     "medium and choose \"Install hive host %2\"; it powers off when done. Then "
                     "start it and run build-infra again.")
                      .arg(h.address, host);
        return request.checkOnly ? RunEvent::Status::Changed : RunEvent::Status::Failed;
    }
    probe.abort();
    const bool known = !KnownHostsFile::keysOf(request.knownHostsFile, h.address, 22).isEmpty();
    if (known || request.checkOnly) {
        message = known ? tr("installed; answers SSH with its known host key")
                        : tr("installed; its host key would be recorded on first contact");
        return RunEvent::Status::Ok;
    }
    SshEndpoint endpoint;
    endpoint.name = host;
    endpoint.address = h.address;
    endpoint.user = request.adminUser;
    endpoint.identityFile = m_identityFile;
    endpoint.knownHostsFile = request.knownHostsFile;
    endpoint.policy = SshEndpoint::HostKeyPolicy::RecordFirstContact;
    endpoint.pinnedKeys = request.pinnedHostKeys.value(h.address);
    endpoint.connectTimeoutSeconds = 10;
    SshSession session;
    if (!session.connect(endpoint, message))
        return RunEvent::Status::Failed;
    message = tr("installed; first contact: host key %1 recorded. Compare it with `ssh-keygen "
                 "-lf /etc/ssh/ssh_host_ed25519_key.pub` on its console.")
                  .arg(session.hostKeyFingerprint());
    return RunEvent::Status::Changed;
}

Step KickstartProvider::removeStep(const InfraRequest &request)
{
    Step step;
    step.name = QStringLiteral("kickstart-files");
    step.hosts = Step::here();
    step.work = [this, &request](const QString &, QString &message) {
        if (request.hosts.size() != m_plan.hosts.size()) {
            message = tr("kept the install medium: it installs the stage's other hosts too");
            return RunEvent::Status::Skipped;
        }
        QStringList listed;
        if (QFileInfo(kickstartDir()).isDir())
            listed << kickstartDir() + QLatin1Char('/');
        if (QFileInfo::exists(isoPath()))
            listed << isoPath();
        if (listed.isEmpty()) {
            message = tr("no kickstart files left");
            return RunEvent::Status::Ok;
        }
        if (request.checkOnly) {
            message = tr("would remove %1").arg(listed.join(QStringLiteral(", ")));
            return RunEvent::Status::Changed;
        }
        if ((QFileInfo::exists(isoPath()) && !QFile::remove(isoPath())) ||
            !QDir(kickstartDir()).removeRecursively()) {
            message = tr("cannot remove %1").arg(listed.join(QStringLiteral(", ")));
            return RunEvent::Status::Failed;
        }
        message = tr("removed %1").arg(listed.join(QStringLiteral(", ")));
        return RunEvent::Status::Changed;
    };
    return step;
}

} // namespace hive
