#include "recipes/ansible_playbook.h"

#include "data/json_writer.h"
#include "inventory/inventory.h"
#include "project/context_file.h"
#include "recipes/role_inputs.h"
#include "remote/local_command.h"
#include "remote/shell_command.h"

#include <QDir>
#include <QFile>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
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
    Options o = options;
    o.onHostOutput = nullptr;
    if (options.onOutput)
        o.onHostOutput = [&](const QString &, const QString &line) { options.onOutput(line); };
    const HostOutcome outcome = runOn(playbook, {host}, o).value(host);
    message = outcome.message;
    if (changedTasks)
        *changedTasks = outcome.changedTasks;
    return outcome.status;
}

QHash<QString, AnsiblePlaybook::HostOutcome>
AnsiblePlaybook::runOn(const QString &playbook, const QStringList &hosts, const Options &options)
{
    QHash<QString, HostOutcome> outcomes;
    auto all = [&](RunEvent::Status status, const QString &message) {
        for (const QString &host : hosts)
            outcomes.insert(host, {status, message, 0});
        return outcomes;
    };
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (program.isEmpty())
        return all(RunEvent::Status::Failed,
                   tr("%1 needs ansible-playbook (Debian: apt install ansible)").arg(options.what));
    const QString ctx = QDir(options.contextDir).absolutePath();
    QStringList roles{options.projectRoot + QStringLiteral("/roles")};
    roles << options.extraRolesPaths;
    LocalCommand::Options o;
    o.cancel = options.cancel;
    o.timeoutMs = options.timeoutMs;
    o.workingDir = options.projectRoot;
    o.ownProcessGroup = true; // its forks stop with it
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

    // Lines about one host ("ok: [h]", "fatal: [h -> localhost]: FAILED!
    // => ...", "FAILED - RETRYING: [h]: ...", "ASYNC OK on h", its recap)
    // go to it, with what follows them up to the next blank line or header;
    // the rest (plays' and tasks' headers, and what Ansible writes on its
    // error stream, warnings) to every host.
    static const QRegularExpression result(
        QStringLiteral("^(?:[a-z]+: |FAILED - RETRYING: )\\[([^\\]\\s]+)"));
    static const QRegularExpression async(QStringLiteral("^ASYNC [A-Z]+ on (\\S+?):?(?:\\s|$)"));
    static const QRegularExpression header(
        QStringLiteral("^(PLAY|TASK \\[|RUNNING HANDLER \\[|PLAY RECAP)"));
    static const QRegularExpression recapLine(QStringLiteral("^(\\S+)\\s*:\\s*ok=\\d"));
    const QSet<QString> known(hosts.cbegin(), hosts.cend());
    QHash<QString, QString> lastFailure;
    QString about; // the host the lines on the output stream now are about
    o.onLine = [&](LocalCommand::Stream stream, const QString &line) {
        QString to;
        if (stream == LocalCommand::Stream::Stdout) {
            QRegularExpressionMatch m = result.match(line);
            if (!m.hasMatch())
                m = async.match(line);
            if (!m.hasMatch())
                m = recapLine.match(line);
            if (m.hasMatch())
                about = known.contains(m.captured(1)) ? m.captured(1) : QString();
            else if (line.trimmed().isEmpty() || header.match(line).hasMatch())
                about.clear();
            to = about;
        }
        if (!to.isEmpty() &&
            (line.startsWith(QLatin1String("fatal:")) || line.startsWith(QLatin1String("failed:"))))
            lastFailure.insert(to, line);
        if (!options.onHostOutput)
            return;
        if (!to.isEmpty()) {
            options.onHostOutput(to, line);
            return;
        }
        for (const QString &host : hosts)
            options.onHostOutput(host, line);
    };
    QStringList args{QStringLiteral("-i"),
                     inventoryScript(options.workDir),
                     QStringLiteral("--limit"),
                     hosts.join(QLatin1Char(',')),
                     QStringLiteral("--forks"),
                     QString::number(qBound(1, int(hosts.size()), 50)),
                     playbook};
    if (!options.stage.isEmpty())
        args << QStringLiteral("-e") << QStringLiteral("hive_stage=") + options.stage;
    if (options.checkOnly)
        args << QStringLiteral("--check");
    if (options.cancel && options.cancel->load())
        return all(RunEvent::Status::Interrupted,
                   tr("cancelled before applying %1").arg(options.what));
    const CommandResult r = LocalCommand::run(program, args, o);
    if (r.status == CommandResult::Status::Cancelled)
        return all(RunEvent::Status::Interrupted,
                   tr("cancelled while applying %1").arg(options.what));
    // PLAY RECAP: "host : ok=3 changed=1 unreachable=0 failed=0 skipped=0 ..."
    static const QRegularExpression recap(
        QStringLiteral("^(\\S+)\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+"
                       "failed=(\\d+)"),
        QRegularExpression::MultilineOption);
    QHash<QString, QPair<int, int>> counts; // host -> ok, changed
    QSet<QString> failed;
    auto it = recap.globalMatch(r.stdoutText);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString host = m.captured(1);
        if (!known.contains(host))
            continue;
        if (m.captured(4).toInt() > 0 || m.captured(5).toInt() > 0)
            failed.insert(host);
        // Several plays each print a recap line only at the end, summed.
        counts.insert(host, {m.captured(2).toInt(), m.captured(3).toInt()});
    }
    // A failure that stops every host (any_errors_fatal,
    // max_fail_percentage) leaves the others' recap lines clean: they were
    // stopped, not done. So is a run that failed without a failed host.
    const bool stoppedAll =
        r.exitCode != 0 &&
        (failed.isEmpty() || r.stdoutText.contains(QLatin1String("NO MORE HOSTS LEFT")));
    for (const QString &host : hosts) {
        HostOutcome &out = outcomes[host];
        const QString failure = lastFailure.value(host);
        if (!failed.contains(host) && stoppedAll && counts.contains(host)) {
            out.message = tr("ansible-playbook stopped (exit %1) before it was done with %2")
                              .arg(r.exitCode)
                              .arg(host);
            continue;
        }
        if (failed.contains(host)) {
            out.message =
                failure.isEmpty() ? tr("%1 failed on %2").arg(options.what, host) : failure;
            continue;
        }
        if (!counts.contains(host)) {
            out.message =
                tr("ansible-playbook ended (exit %1) without a result for %2: %3")
                    .arg(r.exitCode)
                    .arg(host,
                         failure.isEmpty()
                             ? (r.error.isEmpty() ? r.stderrText.trimmed().right(500) : r.error)
                             : failure);
            continue;
        }
        const int ok = counts.value(host).first;
        out.changedTasks = counts.value(host).second;
        if (out.changedTasks == 0) {
            out.status = RunEvent::Status::Ok;
            out.message = tr("%1: %n task(s) ok", nullptr, ok).arg(options.what);
            continue;
        }
        out.status = RunEvent::Status::Changed;
        out.message =
            options.checkOnly
                ? tr("%1 would change %n task(s)", nullptr, out.changedTasks).arg(options.what)
                : tr("%1 changed %n task(s)", nullptr, out.changedTasks).arg(options.what);
    }
    return outcomes;
}

} // namespace hive
