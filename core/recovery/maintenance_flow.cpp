#include "recovery/maintenance_flow.h"

#include "engine/undo_scope.h"
#include "project/repair_journal.h"
#include "recovery/quorum_guard.h"
#include "recovery/recovery_context.h"
#include "remote/shell_command.h"

#include <QThread>
#include <atomic>
#include <memory>

namespace hive {

namespace {

QString drainCommand(const QString &node, const QString &availability)
{
    return QStringLiteral("docker node update --availability %1 %2")
        .arg(availability, ShellCommand::quote(node));
}

QString runningOnCommand(const QString &node)
{
    return QStringLiteral("docker node ps %1 --filter desired-state=running "
                          "--format '{{.Name}} {{.CurrentState}}'")
        .arg(ShellCommand::quote(node));
}

// Tasks that want to run but wait for a node: what a drain could not move.
QString pendingCommand()
{
    return QStringLiteral("ids=$(docker service ls -q); [ -z \"$ids\" ] || docker service ps "
                          "$ids --no-trunc --filter desired-state=running "
                          "--format '{{.Name}}\t{{.CurrentState}}\t{{.Error}}' | grep -P "
                          "'\\tPending' || true");
}

// Managers down now or drained for another maintenance, `host` left out.
QStringList downOrDrained(const SwarmSurvey &survey, const QString &host)
{
    QStringList down = survey.managersDown();
    for (const QString &d : survey.managersDrained()) {
        if (!down.contains(d))
            down << d;
    }
    down.removeAll(host);
    return down;
}

} // namespace

RecoveryPlan MaintenanceFlow::plan(const std::shared_ptr<RecoveryContext> &context,
                                   const SwarmSurvey &survey, const QString &host,
                                   const Options &options)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("maintenance");
    plan.title = options.on
                     ? tr("Maintenance on for %1: drain it and move its tasks away").arg(host)
                     : tr("Maintenance off for %1: make it active again").arg(host);
    plan.refusal = context->notAHive(host);
    if (!plan.runnable())
        return plan;
    if (!survey.hasLeader()) {
        plan.refusal = tr("the swarm has no leader, so no node can be drained or activated; "
                          "recover it first (`hive doctor` says how, `hive recover quorum`)");
        return plan;
    }
    const SwarmHealth::Node *node = survey.nodeOf(host);
    if (!node) {
        plan.refusal = tr("%1 is not in the swarm; run `hive setup-hosts -l %1`").arg(host);
        return plan;
    }
    const QString via = survey.leader().isEmpty() ? survey.nodesFrom : survey.leader();
    const QString id = node->id;
    const bool drained = node->availability == QLatin1String("Drain");
    auto ctx = context;

    if (!options.on) {
        if (!drained && !options.rebalance) {
            plan.title =
                tr("%1 is not in maintenance (availability %2)").arg(host, node->availability);
            return plan;
        }
        if (drained) {
            RecoveryPlan::Step activate;
            activate.name = QStringLiteral("activate");
            activate.hosts = {host};
            activate.commands = {QStringLiteral("%1   # on %2")
                                     .arg(drainCommand(id, QStringLiteral("active")), via)};
            activate.work = [ctx, via, id](const QString &h, QString &message) {
                QString out;
                if (!ctx->run(via, drainCommand(id, QStringLiteral("active")), out, message))
                    return RunEvent::Status::Failed;
                QString last;
                if (!ctx->waitFor(
                        via,
                        QStringLiteral("docker node inspect -f '{{.Status.State}} "
                                       "{{.Spec.Availability}}' %1")
                            .arg(ShellCommand::quote(id)),
                        60, [](const QString &o) { return o == QLatin1String("ready active"); },
                        last)) {
                    message = tr("%1 is active again but not ready: %2").arg(h, last);
                    return RunEvent::Status::Failed;
                }
                message = tr("%1 is ready and active: new tasks can be placed on it").arg(h);
                return RunEvent::Status::Changed;
            };
            plan.steps << activate;
        }
        if (options.rebalance) {
            QString listed, error;
            ctx->run(via, QStringLiteral("docker service ls --format '{{.Name}} {{.Mode}}'"),
                     listed, error, 30000);
            QStringList services;
            for (const QString &line : listed.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (line.section(QLatin1Char(' '), 1) == QLatin1String("replicated"))
                    services << line.section(QLatin1Char(' '), 0, 0);
            }
            if (!services.isEmpty()) {
                RecoveryPlan::Step rebalance;
                rebalance.name = QStringLiteral("rebalance");
                rebalance.hosts = {via};
                for (const QString &s : std::as_const(services))
                    rebalance.commands
                        << QStringLiteral("docker service update --force --detach %1")
                               .arg(ShellCommand::quote(s));
                rebalance.work = [ctx, services](const QString &h, QString &message) {
                    QString out;
                    for (const QString &s : services) {
                        if (!ctx->run(h,
                                      QStringLiteral("docker service update --force --detach %1")
                                          .arg(ShellCommand::quote(s)),
                                      out, message))
                            return RunEvent::Status::Failed;
                    }
                    message = tr("restarted %n service(s) so the scheduler spreads them again: %1",
                                 nullptr, int(services.size()))
                                  .arg(services.join(QStringLiteral(", ")));
                    return RunEvent::Status::Changed;
                };
                plan.notes << tr("Rebalancing restarts every task of the replicated services, one "
                                 "at a time as their update_config says.");
                plan.steps << rebalance;
            }
        }
        return plan;
    }

    // On: the quorum guard first (seeds/003).
    if (!node->managerStatus.isEmpty()) {
        const QStringList down = downOrDrained(survey, host);
        plan.refusal = QuorumGuard::refusal(survey.managerCount, down, {host},
                                            tr("Maintenance on %1").arg(host));
        if (!plan.refusal.isEmpty())
            return plan;
        const int spare =
            survey.managerCount - int(down.size()) - 1 - QuorumGuard::majority(survey.managerCount);
        plan.notes << tr("%1 is a manager: while it is down the swarm tolerates the loss of %n "
                         "more manager(s).",
                         nullptr, qMax(0, spare))
                          .arg(host);
    }
    if (drained) {
        plan.title = tr("%1 is already in maintenance (drained)").arg(host);
        return plan;
    }
    if (host == via) {
        plan.notes
            << tr("%1 is the leader; the swarm elects another one if it goes down.").arg(host);
    }
    const int timeout = options.moveTimeoutSeconds;
    // Maintenance that does not get to its end (Ctrl-C, a closed terminal,
    // a killed run) is undone: the node takes tasks again. Recorded before
    // the drain; a run that ends (tasks moved, or the ones that cannot
    // move named) leaves the node drained as asked and forgets the entry.
    RepairJournal::Entry drainedEntry;
    drainedEntry.id = RepairJournal::idOf({QStringLiteral("maintenance"), host});
    drainedEntry.operation = QStringLiteral("maintenance");
    drainedEntry.host = via;
    drainedEntry.taken = tr("%1 drained").arg(host);
    // Put back as it was: active, or paused.
    const QString before = node->availability.toLower() == QLatin1String("pause")
                               ? QStringLiteral("pause")
                               : QStringLiteral("active");
    drainedEntry.undo = drainCommand(id, before);
    drainedEntry.check = QStringLiteral("test \"$(docker node inspect -f '{{.Spec.Availability}}' "
                                        "%1)\" = %2")
                             .arg(ShellCommand::quote(id), before);
    const auto ended = std::make_shared<std::atomic_bool>(false);
    const auto recorded = std::make_shared<std::atomic_bool>(false);
    RecoveryPlan::Step drain;
    drain.name = QStringLiteral("drain");
    drain.hosts = {host};
    drain.commands = {
        QStringLiteral("%1   # on %2").arg(drainCommand(id, QStringLiteral("drain")), via)};
    drain.work = [ctx, via, id, host, drainedEntry, recorded](const QString &, QString &message) {
        // Checked again just before: another host may have gone down since.
        const SwarmSurvey now = ctx->survey();
        const SwarmHealth::Node *n = now.nodeOf(host);
        if (n && !n->managerStatus.isEmpty()) {
            message = QuorumGuard::refusal(now.managerCount, downOrDrained(now, host), {host},
                                           tr("Maintenance on %1").arg(host));
            if (!message.isEmpty())
                return RunEvent::Status::Failed;
        }
        if (!ctx->journal().record(drainedEntry, message))
            return RunEvent::Status::Failed;
        *recorded = true;
        QString out;
        if (!ctx->run(via, drainCommand(id, QStringLiteral("drain")), out, message))
            return RunEvent::Status::Failed;
        message = tr("drained: the swarm moves its tasks to the other nodes");
        return RunEvent::Status::Changed;
    };
    RecoveryPlan::Step wait;
    wait.name = QStringLiteral("tasks-moved");
    wait.hosts = {host};
    wait.commands = {
        QStringLiteral("%1   # on %2, until empty").arg(runningOnCommand(id), via),
        QStringLiteral("docker service ps … --filter desired-state=running   # pending tasks")};
    wait.work = [ctx, via, id, timeout, ended, drainedEntry](const QString &h, QString &message) {
        QString left;
        const bool moved = ctx->waitFor(
            via, runningOnCommand(id), timeout, [](const QString &o) { return o.isEmpty(); }, left);
        if (ctx->cancel && ctx->cancel->load()) {
            message = tr("interrupted while the tasks of %1 were moving").arg(h);
            return RunEvent::Status::Interrupted;
        }
        // The drain has done what it could: from here the node stays drained
        // as asked, whatever happens to this run.
        *ended = true;
        QString forgotten;
        ctx->journal().resolve(drainedEntry.id, forgotten);
        QString pending, error;
        ctx->run(via, pendingCommand(), pending, error, 60000);
        QStringList stuck;
        for (const QString &line : pending.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char('\t'));
            stuck << QStringLiteral("%1 (%2)").arg(f.value(0),
                                                   f.value(2).isEmpty() ? f.value(1) : f.value(2));
        }
        if (!moved) {
            message = tr("still running on %1 after %2 s: %3")
                          .arg(h)
                          .arg(timeout)
                          .arg(left.split(QLatin1Char('\n')).join(QStringLiteral(", ")));
            return RunEvent::Status::Failed;
        }
        if (!stuck.isEmpty()) {
            message = tr("%1 is drained, but %n task(s) could not move and are not running: %2. "
                         "A placement constraint or a volume ties them to %1; they start again "
                         "after `hive maintenance %1 off`.",
                         nullptr, int(stuck.size()))
                          .arg(h, stuck.join(QStringLiteral("; ")));
            return RunEvent::Status::Failed;
        }
        message = tr("no task runs on %1 any more; it can be stopped for maintenance").arg(h);
        return RunEvent::Status::Ok;
    };
    RecoveryPlan::Step end;
    end.name = QStringLiteral("maintenance-end");
    end.hosts = {host};
    end.commands = {QStringLiteral("%1   # on %2, only when interrupted before the tasks moved")
                        .arg(drainCommand(id, before), via)};
    end.work = [ctx, via, id, drainedEntry, ended, recorded, before](const QString &h,
                                                                     QString &message) {
        if (*ended) {
            message = tr("%1 stays in maintenance").arg(h);
            return RunEvent::Status::Ok;
        }
        // Only what this run recorded (not an entry another run left).
        if (!*recorded) {
            message = tr("nothing was drained");
            return RunEvent::Status::Skipped;
        }
        // Cut short: put the node back as it was, whatever the run's own state.
        const UndoScope uncut;
        QString out;
        if (!ctx->run(via, drainCommand(id, before), out, message)) {
            message = tr("%1 is still drained (%2); `hive recover resume` makes it active again")
                          .arg(h, message);
            return RunEvent::Status::Failed;
        }
        // A drain cut off in flight may still reach the swarm after this
        // undo (met in a rehearsal): the node is looked at again for a few
        // seconds, and put back each time it is found drained.
        for (int look = 0; look < 5; ++look) {
            QThread::sleep(2);
            QString now;
            if (ctx->run(via,
                         QStringLiteral("docker node inspect -f '{{.Spec.Availability}}' %1")
                             .arg(ShellCommand::quote(id)),
                         now, message) &&
                now != before && !ctx->run(via, drainCommand(id, before), out, message)) {
                message = tr("%1 is still drained (%2); `hive recover resume` makes it active "
                             "again")
                              .arg(h, message);
                return RunEvent::Status::Failed;
            }
        }
        QString error;
        ctx->journal().resolve(drainedEntry.id, error);
        message = tr("maintenance cut short: %1 is %2 again").arg(h, before);
        return RunEvent::Status::Changed;
    };
    plan.steps << drain << wait;
    plan.finally << end;
    return plan;
}

} // namespace hive
