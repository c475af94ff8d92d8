#include "recovery/swarm_backup_flow.h"

#include "engine/undo_scope.h"
#include "health/backup_health.h"
#include "project/context_file.h"
#include "recovery/manager_liveness.h"
#include "recovery/manager_recovery_flow.h"
#include "recovery/quorum_guard.h"
#include "recovery/recovery_context.h"
#include "recovery/swarm_archive.h"
#include "recovery/transfer_folder.h"
#include "remote/detached_unit.h"
#include "remote/shell_command.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace hive {

namespace {

QString remoteArchive()
{
    return TransferFolder::file(QStringLiteral("swarm-backup.tar.gz"));
}
QString remoteRestore()
{
    return TransferFolder::file(QStringLiteral("swarm-restore.tar.gz"));
}

const char kStartDocker[] = "/bin/systemctl start --no-block docker.service";
// A deliberate start after a deliberate stop, not a crash loop: systemd's
// start limit (docker.service: 3 starts a minute), which a backup soon
// after another repair reaches, must not keep docker down. (`|| true`: it
// runs under `set -e`, and a unit that is not loaded makes it fail.)
const char kRestartDocker[] =
    "systemctl reset-failed docker.service docker.socket 2>/dev/null || true; systemctl start "
    "docker.service";

// Docker is started again however the archiving ends: the sequence runs as a
// unit of the host's own (a killed `hive`, a closed terminal or a dropped
// connection cannot stop it halfway), with docker's start as the unit's
// ExecStopPost, which runs even when the sequence is killed. The archive
// holds the swarm's keys: owner only from its first byte (umask), never 0644.
QString archiveCommand(const QString &admin)
{
    const QString script =
        QStringLiteral("set -e; umask 077; %4; rm -f %1; started() { %3; }; trap started EXIT; "
                       "systemctl stop docker.service docker.socket; "
                       "tar czf %1 -C /var/lib/docker swarm; chown %2 %1; chmod 600 %1")
            .arg(remoteArchive(), ShellCommand::quote(admin), QString::fromLatin1(kRestartDocker),
                 TransferFolder::ensureCommand(admin));
    return DetachedUnit::command(QStringLiteral("swarm-backup"), script,
                                 QString::fromLatin1(kStartDocker));
}

// `unit`: the sequence that stopped docker; the undo waits until it ended
// (a killed client does not end it) before it starts docker, so it never
// cuts into an archive or a restore still running.
RepairJournal::Entry dockerStopped(const QString &operation, const QString &host,
                                   const QString &unit)
{
    RepairJournal::Entry e;
    e.id = RepairJournal::idOf({operation, host, QStringLiteral("docker")});
    e.operation = operation;
    e.host = host;
    e.taken = SwarmBackupFlow::tr("docker stopped on %1").arg(host);
    e.undo = DetachedUnit::waitWhileRunning(unit) + QStringLiteral("; ") +
             QString::fromLatin1(kRestartDocker);
    e.check = QStringLiteral("! systemctl is-active --quiet %1 && systemctl is-active --quiet "
                             "docker.service")
                  .arg(DetachedUnit::unitName(unit));
    return e;
}

// The same kind of unit: docker starts again however the restore ends.
QString restoreCommand(const QString &stamp)
{
    return DetachedUnit::command(QStringLiteral("swarm-restore"),
                                 SwarmBackupFlow::restoreScript(remoteRestore(), stamp),
                                 QString::fromLatin1(kStartDocker));
}

// After a sequence that stopped docker on a host: whether docker runs there
// again (then its journal entry goes). `message` keeps the sequence's own
// failure; when the sequence worked but docker is not back, it says so.
bool dockerBack(RecoveryContext &ctx, const RepairJournal::Entry &entry, bool sequenceOk,
                QString &message)
{
    QString out, error;
    if (!ctx.run(entry.host, entry.check, out, error, 60000)) {
        if (sequenceOk)
            message = SwarmBackupFlow::tr("docker did not start again on %1 (%2); `hive recover "
                                          "resume` starts it")
                          .arg(entry.host, error);
        return false;
    }
    if (!ctx.journal().resolve(entry.id, error)) {
        message = error;
        return false;
    }
    return true;
}

} // namespace

QString SwarmBackupFlow::restoreScript(const QString &archive, const QString &stamp,
                                       const QString &dockerRoot)
{
    const QString root = ShellCommand::quote(dockerRoot);
    return QStringLiteral(
               "set -e; root=%3; aside=\"$root/swarm.before-restore-%2\"; moved=; started=; "
               "finished=; finish() { if [ -z \"$finished\" ]; then if [ -n \"$started\" ]; "
               "then rm -rf \"$root/swarm\"; fi; if [ -n \"$moved\" ]; then mv \"$aside\" "
               "\"$root/swarm\"; fi; fi; %4; }; trap finish EXIT; "
               "systemctl stop docker.service docker.socket; if [ -e \"$root/swarm\" ]; then mv "
               "\"$root/swarm\" \"$aside\"; moved=1; fi; started=1; tar xzf %1 -C \"$root\"; "
               "rm -f %1; finished=1")
        .arg(ShellCommand::quote(archive), stamp, root, QString::fromLatin1(kRestartDocker));
}

RecoveryPlan SwarmBackupFlow::backup(const std::shared_ptr<RecoveryContext> &context,
                                     const SwarmSurvey &survey, int keep)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("backup");
    plan.title = tr("Back up the swarm state of the managers that are not the leader");
    if (!survey.hasLeader()) {
        plan.refusal = tr("the swarm has no leader; a backup now would keep a broken state. "
                          "Recover it first (`hive doctor`, `hive recover quorum`)");
        return plan;
    }
    const QString leader = survey.leader();
    QStringList targets, skipped, why; // why: of those skipped as down
    const QStringList down = survey.managersDown();
    for (const QString &h : context->hives()) {
        const SwarmHealth::Node *n = survey.nodeOf(h);
        if (!n || n->managerStatus.isEmpty() || h == leader)
            continue;
        if (down.contains(h) || n->status != QLatin1String("Ready")) {
            skipped << h;
            const SwarmSurvey::Hive *own = survey.hive(h);
            why << (own && !own->reached
                        ? tr("%1 does not answer (%2)").arg(h, own->error)
                        : tr("%1 is %2, manager status %3")
                              .arg(h, n->status.toLower(), n->managerStatus.toLower()));
            continue;
        }
        const QString refused = QuorumGuard::refusal(survey.managerCount, down, {h},
                                                     tr("Stopping docker on %1").arg(h));
        if (!refused.isEmpty()) {
            plan.notes << refused;
            skipped << h;
            continue;
        }
        targets << h;
    }
    if (targets.isEmpty()) {
        if (survey.managerCount <= 1) {
            plan.refusal = tr("the swarm has a single manager (%1): it cannot be stopped for "
                              "a backup without stopping the swarm. Add managers first.")
                               .arg(leader);
            return plan;
        }
        QString reasons;
        if (!why.isEmpty() || !plan.notes.isEmpty())
            reasons = QStringLiteral(": ") + (why + plan.notes).join(QStringLiteral("; "));
        if (!why.isEmpty())
            reasons += QStringLiteral(". ") +
                       tr("Wait until `hive doctor` finds them back, then run it again.");
        plan.refusal = tr("no manager other than the leader %1 can be stopped now without "
                          "losing the quorum%2")
                           .arg(leader, reasons);
        return plan;
    }
    if (!skipped.isEmpty())
        plan.notes << tr("Not backed up now (down or not ready): %1")
                          .arg(why.isEmpty() ? skipped.join(QStringLiteral(", "))
                                             : why.join(QStringLiteral("; ")));
    plan.notes << tr("Docker stops on each of them for a few seconds: its tasks are restarted "
                     "elsewhere, the swarm keeps its leader (%1).")
                      .arg(leader);
    auto ctx = context;
    const QString dir = BackupHealth::backupDir(context->contextDir());
    RecoveryPlan::Step step;
    step.name = QStringLiteral("backup-swarm");
    step.hosts = targets;
    step.maxParallel = 1; // one manager at a time, never two down together
    step.commands = {archiveCommand(context->adminUser()),
                     QStringLiteral("sftp get %1 → %2/swarm-<host>-<engine>-<UTC time>.tar.gz "
                                    "(0600), keep the newest %3 per host")
                         .arg(remoteArchive(), dir)
                         .arg(keep),
                     QStringLiteral("docker node inspect <node>   # on %1, until ready and "
                                    "reachable again")
                         .arg(leader)};
    step.work = [ctx, leader, keep, dir](const QString &h, QString &message) {
        if (ctx->cancel && ctx->cancel->load()) {
            message = tr("cancelled before docker was stopped on %1").arg(h);
            return RunEvent::Status::Interrupted;
        }
        // Checked again right before docker stops: another manager may be
        // down by now.
        const SwarmSurvey now = ctx->survey();
        const QString via = now.leader().isEmpty() ? leader : now.leader();
        if (!now.hasLeader() || via == h) {
            message = tr("%1 is the leader now (or there is none); not stopped").arg(h);
            return RunEvent::Status::Skipped;
        }
        QStringList downNow = now.managersDown();
        downNow.removeAll(h);
        message = QuorumGuard::refusal(now.managerCount, downNow, {h},
                                       tr("Stopping docker on %1").arg(h));
        if (!message.isEmpty())
            return RunEvent::Status::Failed;
        const SwarmHealth::Node *node = now.nodeOf(h);
        const QString id = node ? node->id : QString();
        QString engine;
        if (!ctx->run(h, QStringLiteral("docker version --format '{{.Server.Version}}'"), engine,
                      message))
            return RunEvent::Status::Failed;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        // Recorded before docker stops; gone once it runs again.
        const RepairJournal::Entry stoppedEntry =
            dockerStopped(QStringLiteral("backup"), h, QStringLiteral("swarm-backup"));
        if (!ctx->journal().record(stoppedEntry, message))
            return RunEvent::Status::Failed;
        QElapsedTimer stopped;
        stopped.start();
        QString out;
        {
            // A few seconds that put docker back by themselves: a Ctrl-C
            // waits for them and for docker to be seen back (the next safe
            // point is after that).
            const UndoScope uncut;
            const bool archived =
                ctx->run(h, archiveCommand(ctx->adminUser()), out, message, 300000);
            if (!dockerBack(*ctx, stoppedEntry, archived, message) || !archived)
                return RunEvent::Status::Failed;
        }
        const QString name = SwarmArchive::fileName(h, engine, at);
        qint64 size = 0;
        // The folder and the archives hold the swarm's keys: owner only.
        if (!ctx->fetchArchive(h, remoteArchive(), dir + QLatin1Char('/') + name, size, message))
            return RunEvent::Status::Failed;
        QString state;
        if (!ctx->waitFor(
                via,
                QStringLiteral("docker node inspect -f '{{.Status.State}} "
                               "{{.ManagerStatus.Reachability}}' %1")
                    .arg(id),
                120, [](const QString &o) { return o == QLatin1String("ready reachable"); },
                state)) {
            message = tr("saved %1, but %2 is not back as a reachable manager yet (%3); check "
                         "`hive doctor` before stopping another manager")
                          .arg(name, h, state);
            return RunEvent::Status::Failed;
        }
        const QStringList pruned = SwarmArchive::prune(ctx->contextDir(), {h}, keep);
        message = tr("saved %1 (%2 KiB); %3 was back as a reachable manager after %4 s")
                      .arg(name)
                      .arg((size + 1023) / 1024)
                      .arg(h)
                      .arg(double(stopped.elapsed()) / 1000.0, 0, 'f', 1);
        if (!pruned.isEmpty())
            message += tr("; removed %n older archive(s)", nullptr, int(pruned.size()));
        return RunEvent::Status::Changed;
    };
    plan.steps << step;

    if (survey.autolock()) {
        RecoveryPlan::Step key;
        key.name = QStringLiteral("unlock-key");
        key.hosts = {leader};
        const QString path = BackupHealth::unlockKeyPath(context->contextDir());
        key.commands = {QStringLiteral("docker swarm unlock-key -q   # → %1 (0600)").arg(path)};
        key.work = [ctx, path](const QString &h, QString &message) {
            QString k;
            if (!ctx->run(h, QStringLiteral("docker swarm unlock-key -q"), k, message))
                return RunEvent::Status::Failed;
            bool changed = false;
            if (!ContextFile::writeIfChanged(path, k.toUtf8() + '\n', changed, message))
                return RunEvent::Status::Failed;
            message = changed ? tr("stored the unlock key in %1").arg(path)
                              : tr("the stored unlock key is current");
            return changed ? RunEvent::Status::Changed : RunEvent::Status::Ok;
        };
        plan.steps << key;
    }
    return plan;
}

RecoveryPlan SwarmBackupFlow::restore(const std::shared_ptr<RecoveryContext> &context,
                                      const SwarmSurvey &survey, const QString &archive,
                                      const QHash<QString, QString> &alive, bool riskSplitBrain)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("restore");
    plan.title = tr("Restore the swarm from a backup");
    SwarmArchive chosen;
    if (archive.isEmpty()) {
        const QList<SwarmArchive> all = SwarmArchive::list(context->contextDir(), context->hives());
        if (all.isEmpty()) {
            plan.refusal = tr("there is no swarm backup in %1 (`hive backup` makes them)")
                               .arg(BackupHealth::backupDir(context->contextDir()));
            return plan;
        }
        chosen = all.first();
    } else if (!SwarmArchive::parse(QFileInfo(archive).fileName(), context->hives(), chosen) ||
               !QFileInfo(archive).isFile()) {
        plan.refusal =
            tr("%1 is not a swarm backup of a hive of stage %2 (expected "
               "swarm-<host>-<engine>-<time>.tar.gz for one of %3)")
                .arg(archive, context->stage(), context->hives().join(QStringLiteral(", ")));
        return plan;
    } else {
        chosen.path = QFileInfo(archive).absoluteFilePath();
    }
    const QString host = chosen.host;
    plan.title = tr("Restore the swarm from %1 onto %2, then rejoin the other hives")
                     .arg(QFileInfo(chosen.path).fileName(), host);
    if (survey.hasLeader()) {
        const QString leader = survey.leader().isEmpty() ? survey.nodesFrom : survey.leader();
        plan.refusal = tr("the swarm answers (on %1): restoring would replace a working swarm "
                          "with an older copy. For lost managers use `hive recover manager`; "
                          "if a restore already ran and only rejoining the other hives failed, "
                          "run `hive setup-hosts` to rejoin them.")
                           .arg(leader);
        return plan;
    }
    for (const SwarmSurvey::Hive &h : survey.hives) {
        if (h.reached && h.controlAvailable && h.localState != QLatin1String("inactive")) {
            plan.refusal = tr("%1 still holds the swarm's manager state (%2), newer than any "
                              "backup: recover from it with `hive recover quorum`")
                               .arg(h.host, h.localState);
            return plan;
        }
    }
    // Managers this machine cannot reach may still run the swarm elsewhere.
    if (!alive.isEmpty() && !riskSplitBrain) {
        plan.refusal = ManagerLiveness::refusal(alive, tr("Restoring an older swarm"));
        return plan;
    }
    const SwarmSurvey::Hive *target = survey.hive(host);
    if (!target || !target->reached) {
        plan.refusal = tr("%1, the host the backup belongs to, does not answer (%2); rebuild it "
                          "with the same address first: `hive build-infra -l %1 && hive "
                          "setup-hosts -l %1`")
                           .arg(host, target ? target->error : QString());
        return plan;
    }
    if (!target->engineVersion.isEmpty() && target->engineVersion != chosen.engineVersion)
        plan.notes << tr("The backup was written by Docker %1 and %2 runs %3; Docker supports "
                         "restoring with the same version only.")
                          .arg(chosen.engineVersion, host, target->engineVersion);
    plan.notes << tr("Whatever swarm state %1 has now is moved aside to "
                     "/var/lib/docker/swarm.before-restore-<time>, not deleted.")
                      .arg(host);
    plan.whenStopped = tr("The restore stopped before its end. If it had put back the swarm "
                          "state on %1, `hive recover quorum` finishes it; if not, run `hive "
                          "restore` again. `hive doctor` says which.")
                           .arg(host);
    auto ctx = context;
    const QString path = chosen.path;
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    RecoveryPlan::Step put;
    put.name = QStringLiteral("restore-swarm");
    put.hosts = {host};
    put.commands = {QStringLiteral("sftp put %1 → %2 (0600)").arg(path, remoteRestore()),
                    restoreCommand(stamp)};
    put.work = [ctx, path, stamp](const QString &h, QString &message) {
        qint64 bytes = 0;
        if (!ctx->putArchive(h, path, remoteRestore(), bytes, message))
            return RunEvent::Status::Failed;
        const RepairJournal::Entry stoppedEntry =
            dockerStopped(QStringLiteral("restore"), h, QStringLiteral("swarm-restore"));
        if (!ctx->journal().record(stoppedEntry, message))
            return RunEvent::Status::Failed;
        QString out;
        {
            const UndoScope uncut; // seconds, and docker comes back by itself
            const bool restored = ctx->run(h, restoreCommand(stamp), out, message, 300000);
            if (!dockerBack(*ctx, stoppedEntry, restored, message) || !restored)
                return RunEvent::Status::Failed;
        }
        message = tr("put back the swarm state of %1 (%2 KiB); docker started")
                      .arg(QFileInfo(path).fileName())
                      .arg((bytes + 1023) / 1024);
        return RunEvent::Status::Changed;
    };
    plan.steps << put << ManagerRecoveryFlow::unlockStep(context, host)
               << ManagerRecoveryFlow::forceNewClusterStep(context, host, riskSplitBrain);
    QStringList others = context->hives();
    others.removeAll(host);
    ManagerRecoveryFlow::addRejoin(plan, others);
    plan.checks << ManagerRecoveryFlow::checkManagersStep(context, host);
    return plan;
}

} // namespace hive
