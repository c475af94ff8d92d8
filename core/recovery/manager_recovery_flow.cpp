#include "recovery/manager_recovery_flow.h"

#include "health/backup_health.h"
#include "project/context_file.h"
#include "recovery/manager_liveness.h"
#include "recovery/quorum_guard.h"
#include "recovery/recovery_context.h"

#include <QElapsedTimer>
#include <QThread>

namespace hive {

namespace {

constexpr qint64 kSettleMs = 30000;

QString nodeListCommand()
{
    return QStringLiteral("docker node ls --format '{{.ID}} {{.Hostname}} {{.Status}} "
                          "{{.ManagerStatus}}'");
}

} // namespace

RecoveryPlan ManagerRecoveryFlow::replace(const std::shared_ptr<RecoveryContext> &context,
                                          const SwarmSurvey &survey, const QString &host)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("recover-manager");
    plan.title = tr("Replace the manager %1: remove its dead node entry, rebuild it, join it again")
                     .arg(host);
    plan.refusal = context->notAHive(host);
    if (!plan.runnable())
        return plan;
    if (!survey.hasLeader()) {
        plan.refusal = tr("the swarm has no leader: that is a lost quorum, not one lost manager; "
                          "run `hive recover quorum` first");
        return plan;
    }
    QStringList stale;
    for (const SwarmHealth::Node &n : survey.nodesNamed(host)) {
        const bool live =
            n.status == QLatin1String("Ready") && (n.managerStatus == QLatin1String("Leader") ||
                                                   n.managerStatus == QLatin1String("Reachable"));
        if (live) {
            plan.title = tr("%1 is a reachable manager: nothing to replace").arg(host);
            return plan;
        }
        stale << n.id;
    }
    const QString via = survey.leader();
    auto ctx = context;
    if (!stale.isEmpty()) {
        RecoveryPlan::Step remove;
        remove.name = QStringLiteral("remove-node-entry");
        remove.hosts = {host};
        for (const QString &id : std::as_const(stale))
            remove.commands << QStringLiteral("docker node demote %1; docker node rm --force %1   "
                                              "# on %2")
                                   .arg(id, via);
        remove.work = [ctx, via, stale](const QString &h, QString &message) {
            QString out;
            for (const QString &id : stale) {
                // A worker entry cannot be demoted; that is fine.
                ctx->run(via, QStringLiteral("docker node demote %1").arg(id), out, message);
                if (!ctx->run(via, QStringLiteral("docker node rm --force %1").arg(id), out,
                              message))
                    return RunEvent::Status::Failed;
            }
            message = tr("removed the dead node entry of %1 (%2)")
                          .arg(h, stale.join(QStringLiteral(", ")));
            return RunEvent::Status::Changed;
        };
        plan.steps << remove;
    }
    plan.notes << tr("build-infra starts or makes %1 again where the provider can (on "
                     "prepared servers it only checks it answers); setup-hosts then sets it up "
                     "and joins it as a manager, replacing any swarm state it kept.")
                      .arg(host);
    addRejoin(plan, {host});
    plan.checks << checkManagersStep(context, via);
    return plan;
}

RecoveryPlan ManagerRecoveryFlow::quorum(const std::shared_ptr<RecoveryContext> &context,
                                         const SwarmSurvey &survey, const QString &survivor,
                                         const QHash<QString, QString> &alive, bool riskSplitBrain)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("recover-quorum");
    plan.title = tr("Recover the swarm's quorum");
    if (survey.hasLeader()) {
        const QStringList down = survey.managersDown();
        const int managers = int(survey.managers().size());
        if (managers - int(down.size()) < QuorumGuard::majority(managers)) {
            // The leader has not noticed yet: it steps down within seconds.
            plan.refusal = tr("%1 still acts as the leader, but %2 of the %3 managers are down "
                              "(%4), fewer than a majority is left: it loses the leadership "
                              "within seconds. Wait half a minute and run this again.")
                               .arg(survey.leader())
                               .arg(down.size())
                               .arg(managers)
                               .arg(down.join(QStringLiteral(", ")));
            return plan;
        }
        plan.title = tr("The swarm has a leader (%1): its quorum is not lost").arg(survey.leader());
        if (!down.isEmpty())
            plan.notes << tr("For a lost manager run `hive recover manager %1`.").arg(down.first());
        return plan;
    }
    QStringList candidates;
    for (const SwarmSurvey::Hive &h : survey.hives) {
        if (h.reached && h.controlAvailable && h.localState != QLatin1String("inactive"))
            candidates << h.host;
    }
    QString chosen = survivor;
    if (!chosen.isEmpty() && !candidates.contains(chosen)) {
        const SwarmSurvey::Hive *h = survey.hive(chosen);
        plan.refusal =
            tr("%1 cannot lead the new cluster: %2; managers that can: %3")
                .arg(chosen,
                     !h            ? tr("it is not a hive of this stage")
                     : !h->reached ? tr("it does not answer (%1)").arg(h->error)
                                   : tr("it holds no manager state (%1)").arg(h->localState),
                     candidates.isEmpty() ? tr("none") : candidates.join(QStringLiteral(", ")));
        return plan;
    }
    if (chosen.isEmpty())
        chosen = candidates.value(0);
    if (chosen.isEmpty()) {
        plan.refusal = tr("no surviving manager answers with the swarm's state; if every manager "
                          "is lost, restore the swarm from a backup (`hive restore`)");
        return plan;
    }
    QHash<QString, QString> others = alive;
    others.remove(chosen);
    if (!others.isEmpty() && !riskSplitBrain) {
        plan.refusal = ManagerLiveness::refusal(
            others, tr("Forcing a new cluster on %1 while other managers live").arg(chosen));
        return plan;
    }
    plan.title = tr("Recover the swarm's quorum from %1 and rejoin the other hives").arg(chosen);
    plan.notes << tr("%1's copy of the swarm (services, networks, secrets, configs) becomes the "
                     "swarm. Running containers and volumes are not touched.")
                      .arg(chosen);
    QStringList rejoin = context->hives();
    rejoin.removeAll(chosen);
    if (!others.isEmpty()) {
        QStringList kept = others.keys();
        kept.sort();
        plan.notes << tr("--risk-split-brain: going ahead although %1 may still run the swarm; "
                         "they are not made to leave it (rejoin them by hand once you know "
                         "which swarm to keep)")
                          .arg(kept.join(QStringLiteral(", ")));
        for (const QString &k : std::as_const(kept))
            rejoin.removeAll(k);
    }
    if (survey.hive(chosen)->localState == QLatin1String("locked"))
        plan.steps << unlockStep(context, chosen);
    plan.steps << forceNewClusterStep(context, chosen, riskSplitBrain);
    addRejoin(plan, rejoin);
    plan.checks << checkManagersStep(context, chosen);
    return plan;
}

RecoveryPlan::Step ManagerRecoveryFlow::unlockStep(const std::shared_ptr<RecoveryContext> &context,
                                                   const QString &host)
{
    RecoveryPlan::Step step;
    step.name = QStringLiteral("unlock");
    step.hosts = {host};
    const QString path = BackupHealth::unlockKeyPath(context->contextDir());
    step.commands = {QStringLiteral("docker swarm unlock   # the key from %1, on stdin").arg(path)};
    auto ctx = context;
    step.work = [ctx, path](const QString &h, QString &message) {
        QString state;
        if (!ctx->run(h, QStringLiteral("docker info --format '{{.Swarm.LocalNodeState}}'"), state,
                      message))
            return RunEvent::Status::Failed;
        if (state != QLatin1String("locked")) {
            message = tr("not locked (%1)").arg(state);
            return RunEvent::Status::Ok;
        }
        const QString key = QString::fromUtf8(ContextFile::read(path)).trimmed();
        if (!key.startsWith(QLatin1String("SWMKEY-"))) {
            message = tr("%1 is locked (autolock) and %2 holds no unlock key; put the key there "
                         "(mode 0600) and run this again")
                          .arg(h, path);
            return RunEvent::Status::Failed;
        }
        QString out;
        // The key goes on standard input, never on a command line.
        if (!ctx->runWithInput(h, QStringLiteral("docker swarm unlock"), key.toUtf8() + '\n', out,
                               message)) {
            message = tr("unlocking %1 failed; is %2 the key of this swarm?").arg(h, path);
            return RunEvent::Status::Failed;
        }
        message = tr("unlocked with the stored key");
        return RunEvent::Status::Changed;
    };
    return step;
}

RecoveryPlan::Step
ManagerRecoveryFlow::forceNewClusterStep(const std::shared_ptr<RecoveryContext> &context,
                                         const QString &host, bool riskSplitBrain)
{
    RecoveryPlan::Step step;
    step.name = QStringLiteral("force-new-cluster");
    step.hosts = {host};
    const QString command =
        QStringLiteral("docker swarm init --force-new-cluster --advertise-addr %1 --listen-addr "
                       "%1:2377")
            .arg(context->addressOf(host));
    step.commands = {QStringLiteral("docker info; bash -c 'exec 3<>/dev/tcp/<hive>/2377'   # from "
                                    "each host: the other managers are gone, checked again now"),
                     command,
                     QStringLiteral("docker node ls   # until it answers, then 30 s "
                                    "for the new cluster to settle")};
    auto ctx = context;
    step.work = [ctx, command, riskSplitBrain](const QString &h, QString &message) {
        if (!riskSplitBrain) {
            QStringList others = ctx->hives();
            others.removeAll(h);
            const QHash<QString, QString> alive =
                ManagerLiveness::seenAlive(*ctx, ctx->survey(), others);
            if (!alive.isEmpty()) {
                message = ManagerLiveness::refusal(
                    alive, tr("Forcing a new cluster on %1 while other managers live").arg(h));
                return RunEvent::Status::Failed;
            }
        }
        QString out;
        if (!ctx->run(h, command + QStringLiteral(" >/dev/null"), out, message))
            return RunEvent::Status::Failed;
        QString nodes;
        if (!ctx->waitFor(
                h, QStringLiteral("docker node ls -q"), 60,
                [](const QString &o) { return !o.isEmpty(); }, nodes)) {
            message = tr("%1 forced a new cluster but has no leader yet: %2").arg(h, nodes);
            return RunEvent::Status::Failed;
        }
        // Let the new cluster settle before anyone joins it: its dispatcher
        // first waits out the heartbeats of the nodes it inherited, and a
        // manager that joined during that time hung the leader on the bed
        // (Docker 20.10: "data store lock held too long").
        QElapsedTimer settled;
        settled.start();
        while (settled.elapsed() < kSettleMs && !(ctx->cancel && ctx->cancel->load())) {
            QThread::msleep(1000);
            if (!ctx->run(h, QStringLiteral("docker node ls -q"), nodes, message, 30000))
                return RunEvent::Status::Failed;
        }
        QString services, error;
        ctx->run(h, QStringLiteral("docker service ls --format '{{.Name}}'"), services, error);
        const QStringList names = services.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        message = tr("%1 leads a new cluster made from its copy of the swarm: %n service(s) kept "
                     "(%2)",
                     nullptr, int(names.size()))
                      .arg(h, names.join(QStringLiteral(", ")));
        return RunEvent::Status::Changed;
    };
    return step;
}

void ManagerRecoveryFlow::addRejoin(RecoveryPlan &plan, const QStringList &hosts)
{
    if (hosts.isEmpty())
        return;
    const QString limit = hosts.join(QLatin1Char(','));
    plan.followUps << RecoveryPlan::FollowUp{QStringLiteral("build-infra"), limit}
                   << RecoveryPlan::FollowUp{QStringLiteral("setup-hosts"), limit};
}

RecoveryPlan::Step
ManagerRecoveryFlow::checkManagersStep(const std::shared_ptr<RecoveryContext> &context,
                                       const QString &via)
{
    RecoveryPlan::Step step;
    step.name = QStringLiteral("check-managers");
    step.hosts = {via};
    step.commands = {nodeListCommand() + QStringLiteral("   # every hive a ready manager"),
                     QStringLiteral("docker node rm --force <down entries of re-joined hosts>")};
    auto ctx = context;
    step.work = [ctx](const QString &h, QString &message) {
        const QStringList hives = ctx->hives();
        const auto allManagers = [&hives](const QString &out) {
            int ready = 0;
            for (const QString &hive : hives) {
                for (const QString &line : out.split(QLatin1Char('\n'))) {
                    const QStringList f = line.split(QLatin1Char(' '));
                    if (f.value(1) == hive && f.value(2) == QLatin1String("Ready") &&
                        (f.value(3) == QLatin1String("Leader") ||
                         f.value(3) == QLatin1String("Reachable"))) {
                        ++ready;
                        break;
                    }
                }
            }
            return ready == hives.size();
        };
        QString out;
        if (!ctx->waitFor(h, nodeListCommand(), 90, allManagers, out)) {
            message = tr("not every hive is a ready manager yet:\n%1").arg(out);
            return RunEvent::Status::Failed;
        }
        // Entries left behind by hosts that joined again under a new id.
        QStringList removed;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char(' '));
            // (No hostname: a join that never finished.)
            if (f.value(2) != QLatin1String("Ready") &&
                (hives.contains(f.value(1)) || f.value(1).isEmpty())) {
                QString ignored, error;
                if (ctx->run(h, QStringLiteral("docker node rm --force %1").arg(f.value(0)),
                             ignored, error))
                    removed << f.value(0);
            }
        }
        // A removal changes the swarm's membership: look again before
        // saying the hive is whole.
        if (!removed.isEmpty() && !ctx->waitFor(h, nodeListCommand(), 60, allManagers, out)) {
            message = tr("after removing the stale node entries %1, not every hive is a ready "
                         "manager:\n%2")
                          .arg(removed.join(QStringLiteral(", ")), out);
            return RunEvent::Status::Failed;
        }
        message = tr("%n hive(s) are ready managers again, fault tolerance %1", nullptr,
                     int(hives.size()))
                      .arg((hives.size() - 1) / 2);
        if (!removed.isEmpty())
            message +=
                tr("; removed stale node entries %1").arg(removed.join(QStringLiteral(", ")));
        return removed.isEmpty() ? RunEvent::Status::Ok : RunEvent::Status::Changed;
    };
    return step;
}

} // namespace hive
