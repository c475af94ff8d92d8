#include "recovery/service_pause.h"

#include "recovery/recovery_context.h"
#include "remote/shell_command.h"

namespace hive {

QString ServicePause::scaleBack(const QString &service, const QString &replicas)
{
    return QStringLiteral("docker service scale -d %1=%2")
        .arg(ShellCommand::quote(service), ShellCommand::quote(replicas));
}

RepairJournal::Entry ServicePause::journalEntry(const QString &manager, const QString &service,
                                                const QString &replicas)
{
    RepairJournal::Entry e;
    e.id = RepairJournal::idOf({QStringLiteral("scaled-to-0"), service});
    e.operation = QStringLiteral("repair");
    e.host = manager;
    e.taken = tr("service %1 scaled from %2 to 0 replicas").arg(service, replicas);
    e.undo = scaleBack(service, replicas);
    // Back, or removed since (nothing left to scale back).
    e.check = QStringLiteral("! docker service inspect %1 >/dev/null 2>&1 || test \"$(docker "
                             "service inspect -f '{{.Spec.Mode.Replicated.Replicas}}' %1)\" = %2")
                  .arg(ShellCommand::quote(service), ShellCommand::quote(replicas));
    return e;
}

RecoveryPlan::Step ServicePause::stopStep(const std::shared_ptr<RecoveryContext> &context,
                                          const QString &host, const QStringList &services,
                                          const std::shared_ptr<QHash<QString, QString>> &replicas)
{
    auto ctx = context;
    RecoveryPlan::Step stop;
    stop.name = QStringLiteral("stop-services");
    stop.hosts = {host};
    QStringList shown;
    for (const QString &s : services)
        shown << QStringLiteral("docker service scale -d %1=0").arg(s);
    stop.commands = shown;
    stop.commands << QStringLiteral("docker service ps   # until none of their tasks runs");
    stop.work = [ctx, services, replicas](const QString &h, QString &message) {
        for (const QString &s : services) {
            const QString q = ShellCommand::quote(s);
            QString n;
            if (!ctx->run(h,
                          QStringLiteral("docker service inspect -f '{{if "
                                         ".Spec.Mode.Replicated}}{{.Spec.Mode.Replicated."
                                         "Replicas}}{{else}}global{{end}}' %1")
                              .arg(q),
                          n, message))
                return RunEvent::Status::Failed;
            if (n == QLatin1String("global")) {
                message = tr("%1 is a global service: it cannot be scaled to 0; remove it "
                             "from the hosts by hand before repairing the volume")
                              .arg(s);
                return RunEvent::Status::Failed;
            }
            bool number = false;
            n.toUInt(&number);
            if (!number) {
                message = tr("%1 answered '%2' for the replicas of %3, not a number").arg(h, n, s);
                return RunEvent::Status::Failed;
            }
            replicas->insert(s, n);
            // What puts it back is on disk before it is taken away.
            if (!ctx->journal().record(journalEntry(h, s, n), message))
                return RunEvent::Status::Failed;
            QString out;
            if (!ctx->run(h, QStringLiteral("docker service scale -d %1=0").arg(q), out, message))
                return RunEvent::Status::Failed;
        }
        QString running;
        QStringList quoted;
        for (const QString &s : services)
            quoted << ShellCommand::quote(s);
        // Containers still stopping hold the volume too.
        const QString count =
            QStringLiteral("for s in %1; do docker service ps --format '{{.CurrentState}}' "
                           "\"$s\"; done | grep -c '^Running' || true")
                .arg(quoted.join(QLatin1Char(' ')));
        if (!ctx->waitFor(
                h, count, 120, [](const QString &o) { return o == QLatin1String("0"); }, running)) {
            message = tr("their tasks are still running after 120 s: %1").arg(running);
            return RunEvent::Status::Failed;
        }
        message = tr("scaled to 0: %1").arg(services.join(QStringLiteral(", ")));
        return RunEvent::Status::Changed;
    };
    return stop;
}

RecoveryPlan::Step ServicePause::startStep(const std::shared_ptr<RecoveryContext> &context,
                                           const QString &host,
                                           const std::shared_ptr<QHash<QString, QString>> &replicas)
{
    auto ctx = context;
    RecoveryPlan::Step start;
    start.name = QStringLiteral("start-services");
    start.hosts = {host};
    start.commands = {QStringLiteral("docker service scale -d SERVICE=REPLICAS   # as before")};
    start.work = [ctx, replicas](const QString &h, QString &message) {
        QStringList done, failed;
        for (auto it = replicas->cbegin(); it != replicas->cend(); ++it) {
            QString out, error;
            if (ctx->run(h, scaleBack(it.key(), it.value()), out, error) &&
                ctx->journal().resolve(journalEntry(h, it.key(), it.value()).id, error))
                done << QStringLiteral("%1=%2").arg(it.key(), it.value());
            else
                failed << QStringLiteral("%1=%2 (%3)").arg(it.key(), it.value(), error);
        }
        if (!failed.isEmpty()) {
            message = tr("could not scale back: %1; run `docker service scale` by hand")
                          .arg(failed.join(QStringLiteral(", ")));
            return RunEvent::Status::Failed;
        }
        message = done.isEmpty() ? tr("nothing was scaled down")
                                 : tr("scaled back: %1").arg(done.join(QStringLiteral(", ")));
        return done.isEmpty() ? RunEvent::Status::Ok : RunEvent::Status::Changed;
    };
    return start;
}

} // namespace hive
