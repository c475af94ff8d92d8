#include "phases/setup_hosts/addon_role.h"

#include "data/json_writer.h"
#include "inventory/inventory.h"
#include "project/context_file.h"
#include "remote/local_command.h"
#include "remote/shell_command.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hive {

namespace {
QString inventoryJson(const QString &workDir)
{
    return workDir + QStringLiteral("/inventory.json");
}
QString inventoryScript(const QString &workDir)
{
    return workDir + QStringLiteral("/inventory.sh");
}
QString playbook(const QString &workDir)
{
    return workDir + QStringLiteral("/addon.yml");
}
} // namespace

bool AddonRole::present(const QString &projectRoot)
{
    return QFileInfo(projectRoot + QStringLiteral("/roles/addon")).isDir();
}

bool AddonRole::prepare(const Inventory &inventory, const Options &options, QString &error)
{
    bool changed = false;
    // The inventory as `hive inventory --list` prints it, served by a script
    // (Ansible's script inventory) so host variables come with it.
    const QByteArray json = JsonWriter::write(inventory.toAnsibleList(false), 4);
    const QByteArray script = "#!/bin/sh\n"
                              "if [ \"$1\" = --host ]; then echo '{}'; else cat " +
                              ShellCommand::quote(inventoryJson(options.workDir)).toUtf8() +
                              "; fi\n";
    const QByteArray play = "- name: addon\n"
                            "  hosts: all\n"
                            "  become: true\n"
                            "  roles:\n"
                            "    - addon\n";
    if (!ContextFile::writeIfChanged(inventoryJson(options.workDir), json, changed, error) ||
        !ContextFile::writeIfChanged(inventoryScript(options.workDir), script, changed, error) ||
        !ContextFile::writeIfChanged(playbook(options.workDir), play, changed, error))
        return false;
    QFile::setPermissions(inventoryScript(options.workDir),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

RunEvent::Status AddonRole::apply(const QString &host, const Options &options, QString &message)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (program.isEmpty()) {
        message = tr("roles/addon needs ansible-playbook (Debian: apt install ansible-core)");
        return RunEvent::Status::Failed;
    }
    const QString ctx = QDir(options.contextDir).absolutePath();
    LocalCommand::Options o;
    o.cancel = options.cancel;
    o.timeoutMs = 30 * 60 * 1000;
    o.workingDir = options.projectRoot;
    o.environment = {
        QStringLiteral("ANSIBLE_ROLES_PATH=%1/roles").arg(options.projectRoot),
        QStringLiteral("ANSIBLE_LIBRARY=%1/lib").arg(options.projectRoot),
        // The hive's own ssh_config: its addresses, user, key and pinned keys.
        QStringLiteral("ANSIBLE_SSH_ARGS=-F %1/ssh_config -o ControlMaster=auto "
                       "-o ControlPersist=60s")
            .arg(ctx),
        QStringLiteral("ANSIBLE_HOST_KEY_CHECKING=True"),
        QStringLiteral("ANSIBLE_NOCOLOR=1"),
        QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED=0"),
        QStringLiteral("ANSIBLE_LOCAL_TEMP=%1/ansible-tmp").arg(options.workDir),
        QStringLiteral("ANSIBLE_PYTHON_INTERPRETER=auto_silent"),
    };
    QString lastFailure;
    o.onLine = [&](LocalCommand::Stream, const QString &line) {
        if (line.startsWith(QLatin1String("fatal:")) || line.startsWith(QLatin1String("failed:")))
            lastFailure = line;
        if (options.onOutput)
            options.onOutput(line);
    };
    QStringList args{QStringLiteral("-i"), inventoryScript(options.workDir),
                     QStringLiteral("--limit"), host, playbook(options.workDir)};
    if (options.checkOnly)
        args << QStringLiteral("--check");
    const CommandResult r = LocalCommand::run(program, args, o);
    if (r.status == CommandResult::Status::Cancelled) {
        message = tr("cancelled while applying roles/addon");
        return RunEvent::Status::Interrupted;
    }
    // PLAY RECAP: "host : ok=3 changed=1 unreachable=0 failed=0 skipped=0 ..."
    static const QRegularExpression recap(
        QStringLiteral("^(\\S+)\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+"
                       "failed=(\\d+)"),
        QRegularExpression::MultilineOption);
    auto it = recap.globalMatch(r.stdoutText);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) != host)
            continue;
        if (m.captured(4).toInt() > 0 || m.captured(5).toInt() > 0) {
            message =
                lastFailure.isEmpty() ? tr("roles/addon failed on %1").arg(host) : lastFailure;
            return RunEvent::Status::Failed;
        }
        const int changed = m.captured(3).toInt();
        if (changed == 0) {
            message = tr("roles/addon: %n task(s) ok", nullptr, m.captured(2).toInt());
            return RunEvent::Status::Ok;
        }
        message = (options.checkOnly ? tr("roles/addon would change %n task(s)", nullptr, changed)
                                     : tr("roles/addon changed %n task(s)", nullptr, changed));
        return RunEvent::Status::Changed;
    }
    message = tr("ansible-playbook ended (exit %1) without a result for %2: %3")
                  .arg(r.exitCode)
                  .arg(host, r.error.isEmpty() ? r.stderrText.trimmed().right(500) : r.error);
    return RunEvent::Status::Failed;
}

} // namespace hive
