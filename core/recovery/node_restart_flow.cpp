#include "recovery/node_restart_flow.h"

#include "recovery/quorum_guard.h"
#include "recovery/recovery_context.h"

namespace hive {

namespace {

QString restartCommand()
{
    // (Not a crash loop: systemd's start limit must not keep it down.)
    return QStringLiteral("systemctl reset-failed docker.service 2>/dev/null || true; systemctl "
                          "restart docker");
}

QString localStateCommand()
{
    return QStringLiteral("docker info --format '{{.Swarm.LocalNodeState}}'");
}

QString nodeStateCommand(const QString &id)
{
    return QStringLiteral("docker node inspect -f '{{.Status.State}}' %1").arg(id);
}

// Why restarting `host` (a manager) would cost the quorum of `survey`; empty
// when it would not. `host` itself is not counted as down already.
QString quorumRefusal(const SwarmSurvey &survey, const QString &host)
{
    QStringList down = survey.managersDown();
    down.removeAll(host);
    return QuorumGuard::refusal(survey.managerCount, down, {host},
                                NodeRestartFlow::tr("Restarting the engine of %1").arg(host));
}

} // namespace

RecoveryPlan NodeRestartFlow::plan(const std::shared_ptr<RecoveryContext> &context,
                                   const SwarmSurvey &survey, const QString &host,
                                   int readyTimeoutSeconds)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("recover-node");
    plan.title =
        tr("Restart the Docker Engine of %1 so that its node reports to the swarm again").arg(host);
    plan.refusal = context->notAHive(host);
    if (!plan.runnable())
        return plan;
    if (!survey.hasLeader()) {
        plan.refusal = tr("the swarm has no leader, so no node can report to it; recover the "
                          "swarm first (`hive doctor` says how, `hive recover quorum`)");
        return plan;
    }
    const SwarmHealth::Node *node = survey.nodeOf(host);
    if (!node) {
        plan.refusal = tr("%1 is not in the swarm; run `hive setup-hosts -l %1`").arg(host);
        return plan;
    }
    const SwarmSurvey::Hive *own = survey.hive(host);
    // A slow answer still counts: a node that lost its session often
    // hangs on swarm calls, and that is what the restart is for.
    if (!own || (!own->reached && !own->engineAnswered)) {
        plan.refusal = tr("%1 does not answer (%2): restarting its engine cannot help. Start the "
                          "host again; if it is lost, replace it: `hive recover manager %1`")
                           .arg(host, own ? own->error : tr("not asked"));
        return plan;
    }
    if (node->status == QLatin1String("Ready")) {
        plan.title = tr("%1 is ready: its node reports to the swarm").arg(host);
        return plan;
    }
    const bool manager = !node->managerStatus.isEmpty();
    if (manager) {
        plan.refusal = quorumRefusal(survey, host);
        if (!plan.refusal.isEmpty())
            return plan;
    }
    // Asked from another manager: the restarted one cannot answer for a while.
    QString via = survey.leader();
    if (via.isEmpty() || via == host) {
        via.clear();
        const QStringList down = survey.managersDown();
        for (const QString &m : survey.managers()) {
            if (m != host && !down.contains(m)) {
                via = m;
                break;
            }
        }
    }
    if (via.isEmpty()) {
        plan.refusal = tr("no other manager answers to see %1 come back; recover the swarm "
                          "first (`hive doctor`)")
                           .arg(host);
        return plan;
    }
    plan.notes << tr("The containers on %1 stop while its engine restarts; the tasks of "
                     "replicated services it ran are started elsewhere meanwhile.")
                      .arg(host);
    if (manager)
        plan.notes << tr("%1 is a manager: it leaves the swarm's quorum for the seconds of the "
                         "restart, which the other managers carry.")
                          .arg(host);

    auto ctx = context;
    const QString id = node->id;
    RecoveryPlan::Step restart;
    restart.name = QStringLiteral("restart-engine");
    restart.hosts = {host};
    restart.commands = {restartCommand(), localStateCommand() + QStringLiteral("   # active")};
    restart.work = [ctx, host, manager](const QString &h, QString &message) {
        // Checked again just before: another manager may have gone down
        // since. Asked of the others only: this one's swarm calls hang.
        if (manager) {
            QStringList others = ctx->hives();
            others.removeAll(host);
            const SwarmSurvey now = SwarmSurvey::read(ctx->pool(), others, ctx->cancel);
            message = quorumRefusal(now, host);
            if (!message.isEmpty())
                return RunEvent::Status::Failed;
        }
        QString out;
        if (!ctx->run(h, restartCommand(), out, message, 180000))
            return RunEvent::Status::Failed;
        QString last;
        if (!ctx->waitFor(
                h, localStateCommand(), 120,
                [](const QString &o) { return o == QLatin1String("active"); }, last)) {
            message =
                tr("the engine of %1 restarted but is not an active swarm member: %2").arg(h, last);
            return RunEvent::Status::Failed;
        }
        message = tr("the engine restarted and is an active swarm member");
        return RunEvent::Status::Changed;
    };
    plan.steps << restart;

    RecoveryPlan::Step ready;
    ready.name = QStringLiteral("node-ready");
    ready.hosts = {host};
    ready.commands = {QStringLiteral("%1   # on %2, until ready").arg(nodeStateCommand(id), via)};
    ready.work = [ctx, via, id, readyTimeoutSeconds](const QString &h, QString &message) {
        QString last;
        if (!ctx->waitFor(
                via, nodeStateCommand(id), readyTimeoutSeconds,
                [](const QString &o) { return o == QLatin1String("ready"); }, last)) {
            message = tr("%1 still is not ready after %2 s (%3): read its engine's log "
                         "(`journalctl -u docker -n 100` on it); if this keeps happening, "
                         "replace it: `hive recover manager %1`")
                          .arg(h)
                          .arg(readyTimeoutSeconds)
                          .arg(last);
            return RunEvent::Status::Failed;
        }
        message = tr("%1 is ready: it reports to the swarm again").arg(h);
        return RunEvent::Status::Ok;
    };
    plan.checks << ready;
    return plan;
}

} // namespace hive
