#include "recipes/ansible_playbook.h"

#include "data/json_writer.h"
#include "inventory/inventory.h"
#include "project/context_file.h"
#include "recipes/role_inputs.h"
#include "remote/local_command.h"
#include "remote/shell_command.h"

#include <QDir>
#include <QFile>
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
} // namespace

bool AnsiblePlaybook::writeInventory(const Inventory &inventory, const QString &workDir,
                                     QString &error)
{
    bool changed = false;
    const QByteArray json = JsonWriter::write(inventory.toAnsibleList(false), 4);
    const QByteArray script = "#!/bin/sh\n"
                              "if [ \"$1\" = --host ]; then echo '{}'; else cat " +
                              ShellCommand::quote(inventoryJson(workDir)).toUtf8() + "; fi\n";
    if (!ContextFile::writeIfChanged(inventoryJson(workDir), json, changed, error) ||
        !ContextFile::writeIfChanged(inventoryScript(workDir), script, changed, error))
        return false;
    QFile::setPermissions(inventoryScript(workDir),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

RoleInputs AnsiblePlaybook::inputs(const QString &playbook, const Options &options)
{
    return inputs(playbook, options, RoleInputs::ofProject(options.projectRoot));
}

RoleInputs AnsiblePlaybook::inputs(const QString &playbook, const Options &options,
                                   RoleInputs project)
{
    RoleInputs in = std::move(project);
    for (const QString &extra : options.extraRolesPaths)
        in.addFolder(QStringLiteral("roles: ") + QDir(extra).dirName(), extra);
    in.addFile(QStringLiteral("inventory"), inventoryJson(options.workDir));
    in.addFile(QStringLiteral("playbook"), playbook);
    in.addText(QStringLiteral("stage"), options.stage.toUtf8());
    return in;
}

RunEvent::Status AnsiblePlaybook::run(const QString &playbook, const QString &host,
                                      const Options &options, QString &message, int *changedTasks)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (program.isEmpty()) {
        message = tr("%1 needs ansible-playbook (Debian: apt install ansible)").arg(options.what);
        return RunEvent::Status::Failed;
    }
    const QString ctx = QDir(options.contextDir).absolutePath();
    QStringList roles{options.projectRoot + QStringLiteral("/roles")};
    roles << options.extraRolesPaths;
    LocalCommand::Options o;
    o.cancel = options.cancel;
    o.timeoutMs = options.timeoutMs;
    o.workingDir = options.projectRoot;
    o.environment = {
        QStringLiteral("ANSIBLE_ROLES_PATH=%1").arg(roles.join(QLatin1Char(':'))),
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
        // One connection round per task instead of several (measured: a
        // third less time for a build's roles over the docker connection).
        QStringLiteral("ANSIBLE_PIPELINING=True"),
        // Connecting and sudo's prompt wait 60 s, not 10: a loaded 2-core
        // machine with four hosts answered sudo after more than 12 s (met in
        // CI: "Timeout (12s) waiting for privilege escalation prompt").
        QStringLiteral("ANSIBLE_TIMEOUT=60"),
    };
    o.environment << options.environment;
    QString lastFailure;
    o.onLine = [&](LocalCommand::Stream, const QString &line) {
        if (line.startsWith(QLatin1String("fatal:")) || line.startsWith(QLatin1String("failed:")))
            lastFailure = line;
        if (options.onOutput)
            options.onOutput(line);
    };
    QStringList args{QStringLiteral("-i"), inventoryScript(options.workDir),
                     QStringLiteral("--limit"), host, playbook};
    if (!options.stage.isEmpty())
        args << QStringLiteral("-e") << QStringLiteral("hive_stage=") + options.stage;
    if (options.checkOnly)
        args << QStringLiteral("--check");
    const CommandResult r = LocalCommand::run(program, args, o);
    if (r.status == CommandResult::Status::Cancelled) {
        message = tr("cancelled while applying %1").arg(options.what);
        return RunEvent::Status::Interrupted;
    }
    // PLAY RECAP: "host : ok=3 changed=1 unreachable=0 failed=0 skipped=0 ..."
    static const QRegularExpression recap(
        QStringLiteral("^(\\S+)\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+"
                       "failed=(\\d+)"),
        QRegularExpression::MultilineOption);
    int ok = 0, changed = 0;
    bool seen = false;
    auto it = recap.globalMatch(r.stdoutText);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) != host)
            continue;
        seen = true;
        if (m.captured(4).toInt() > 0 || m.captured(5).toInt() > 0) {
            message =
                lastFailure.isEmpty() ? tr("%1 failed on %2").arg(options.what, host) : lastFailure;
            return RunEvent::Status::Failed;
        }
        // Several plays each print a recap line only at the end, summed.
        ok = m.captured(2).toInt();
        changed = m.captured(3).toInt();
    }
    if (!seen || r.exitCode != 0) {
        message =
            tr("ansible-playbook ended (exit %1) without a result for %2: %3")
                .arg(r.exitCode)
                .arg(host, lastFailure.isEmpty()
                               ? (r.error.isEmpty() ? r.stderrText.trimmed().right(500) : r.error)
                               : lastFailure);
        return RunEvent::Status::Failed;
    }
    if (changedTasks)
        *changedTasks = changed;
    if (changed == 0) {
        message = tr("%1: %n task(s) ok", nullptr, ok).arg(options.what);
        return RunEvent::Status::Ok;
    }
    message = options.checkOnly
                  ? tr("%1 would change %n task(s)", nullptr, changed).arg(options.what)
                  : tr("%1 changed %n task(s)", nullptr, changed).arg(options.what);
    return RunEvent::Status::Changed;
}

} // namespace hive
