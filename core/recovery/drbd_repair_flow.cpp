#include "recovery/drbd_repair_flow.h"

#include "health/drbd_diagnosis.h"
#include "health/drbd_health.h"
#include "inventory/inventory_loader.h"
#include "phases/build_volumes/build_volumes_phase.h"
#include "phases/phase_scope.h"
#include "recovery/recovery_context.h"
#include "remote/shell_command.h"

namespace hive {

bool DrbdRepairFlow::target(const LoadedInventory &loaded, const StagePlan &stage,
                            const QString &volume, Target &out, QString &error)
{
    QStringList names;
    for (const BuildVolumesPhase::Volume &v : BuildVolumesPhase::volumesOf(loaded, stage.name)) {
        if (v.kind != VolumePlan::Kind::Drbd)
            continue;
        names << v.name;
        if (v.name == volume)
            out.resource = BuildVolumesPhase::drbdResource(stage, v);
    }
    if (out.resource.name.isEmpty()) {
        error = names.isEmpty() ? tr("stage %1 has no DRBD volumes").arg(stage.name)
                                : tr("%1 is not a DRBD volume of stage %2; they are: %3")
                                      .arg(volume, stage.name, names.join(QStringLiteral(", ")));
        return false;
    }
    const QStringList ofStage = PhaseScope::servicesOf(loaded, stage.name);
    for (const ServicePlan &s : loaded.services.services) {
        if (!ofStage.contains(s.name))
            continue;
        for (const VolumePlan &v : s.volumes) {
            if (v.source == volume && !out.services.contains(s.name))
                out.services << s.name;
        }
    }
    return true;
}

QHash<QString, DrbdStatus> DrbdRepairFlow::read(const std::shared_ptr<RecoveryContext> &context,
                                                const QString &resource, QStringList &unreachable)
{
    QHash<QString, DrbdStatus> out;
    const QString command =
        QStringLiteral("drbdadm status %1 2>&1").arg(ShellCommand::quote(resource));
    for (const QString &host : context->hives()) {
        QString text, message;
        if (!context->run(host, command, text, message, 30000) && text.isEmpty()) {
            unreachable << host;
            continue;
        }
        DrbdStatus status;
        QString error;
        const QString mine = DrbdHealth::splitResources(text).value(resource);
        if (!mine.isEmpty() && DrbdStatus::parse(mine, status, error))
            out.insert(host, status);
        else
            unreachable << host;
    }
    return out;
}

QString DrbdRepairFlow::fileSystemRepair(const QString &fstype, const QString &device)
{
    if (fstype == QLatin1String("xfs"))
        return QStringLiteral("xfs_repair %1").arg(device);
    return QStringLiteral("fsck -t %1 -y %2; [ $? -le 1 ]").arg(fstype, device);
}

RecoveryPlan DrbdRepairFlow::plan(const std::shared_ptr<RecoveryContext> &context,
                                  const Target &target, const QHash<QString, DrbdStatus> &statuses,
                                  const Options &options)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("recover-drbd");
    const QString r = target.resource.name;
    const QString first = context->firstHive();
    if (statuses.isEmpty()) {
        plan.refusal = tr("no hive reports the DRBD resource %1 (is DRBD running there? `hive "
                          "doctor` shows it)")
                           .arg(r);
        return plan;
    }
    QList<DrbdFinding::Action> actions;
    QStringList found;
    for (const DrbdFinding &f : DrbdDiagnosis::diagnose(r, statuses, first)) {
        if (f.severity == DrbdFinding::Severity::Ok)
            continue;
        found << f.summary;
        actions << f.actions;
    }
    if (actions.isEmpty() && !options.repairFileSystem) {
        plan.title = found.isEmpty()
                         ? tr("DRBD volume %1 is healthy on every hive that answered").arg(r)
                         : tr("DRBD volume %1: %2").arg(r, found.join(QStringLiteral("; ")));
        if (!found.isEmpty())
            plan.notes << tr("There is no step to run for this state: wait for the sync, or read "
                             "`hive doctor`.");
        return plan;
    }
    plan.title = tr("Repair DRBD volume %1").arg(r);
    for (const QString &f : std::as_const(found))
        plan.notes << f;
    if (!target.services.isEmpty())
        plan.notes << tr("%1 use(s) the volume: scaled to 0 first, and back to their replicas "
                         "at the end whatever happens.")
                          .arg(target.services.join(QStringLiteral(", ")));
    auto ctx = context;
    // Service name -> replicas before, for the scale back.
    const auto replicas = std::make_shared<QHash<QString, QString>>();

    if (!target.services.isEmpty()) {
        RecoveryPlan::Step stop;
        stop.name = QStringLiteral("stop-services");
        stop.hosts = {first};
        QStringList shown;
        for (const QString &s : target.services)
            shown << QStringLiteral("docker service scale -d %1=0").arg(s);
        stop.commands = shown;
        stop.commands << QStringLiteral("docker service ps   # until none of their tasks runs");
        const QStringList services = target.services;
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
                replicas->insert(s, n);
                QString out;
                if (!ctx->run(h, QStringLiteral("docker service scale -d %1=0").arg(q), out,
                              message))
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
                    h, count, 120, [](const QString &o) { return o == QLatin1String("0"); },
                    running)) {
                message = tr("their tasks are still running after 120 s: %1").arg(running);
                return RunEvent::Status::Failed;
            }
            message = tr("scaled to 0: %1").arg(services.join(QStringLiteral(", ")));
            return RunEvent::Status::Changed;
        };
        plan.steps << stop;

        RecoveryPlan::Step start;
        start.name = QStringLiteral("start-services");
        start.hosts = {first};
        start.commands = {QStringLiteral("docker service scale -d SERVICE=REPLICAS   # as before")};
        start.work = [ctx, replicas](const QString &h, QString &message) {
            QStringList done, failed;
            for (auto it = replicas->cbegin(); it != replicas->cend(); ++it) {
                QString out, error;
                if (ctx->run(h,
                             QStringLiteral("docker service scale -d %1=%2")
                                 .arg(ShellCommand::quote(it.key()), it.value()),
                             out, error))
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
        plan.finally << start;
    }

    int i = 0;
    for (const DrbdFinding::Action &a : std::as_const(actions))
        plan.steps << RecoveryContext::commandStep(context, QStringLiteral("drbd-%1").arg(++i),
                                                   {a.host}, {a.command}, a.command);

    if (options.repairFileSystem) {
        const QString q = ShellCommand::quote(r);
        const QString device = target.resource.device();
        const QString repair = fileSystemRepair(target.resource.fstype, device);
        RecoveryPlan::Step fsck;
        fsck.name = QStringLiteral("repair-file-system");
        fsck.hosts = {first};
        fsck.commands = {QStringLiteral("drbdadm primary %1").arg(q), repair,
                         QStringLiteral("drbdadm secondary %1").arg(q)};
        const QString command =
            QStringLiteral("drbdadm primary %1 || exit 1; %2; rc=$?; drbdadm secondary %1; "
                           "exit $rc")
                .arg(q, repair);
        fsck.work = [ctx, command, device](const QString &h, QString &message) {
            QString out;
            if (!ctx->run(h, command, out, message, 3600000))
                return RunEvent::Status::Failed;
            message = tr("file system on %1 repaired").arg(device);
            return RunEvent::Status::Changed;
        };
        plan.steps << fsck;
    }

    RecoveryPlan::Step check;
    check.name = QStringLiteral("check-drbd");
    check.hosts = {first};
    check.commands = {QStringLiteral("drbdadm status %1   # on every hive").arg(r)};
    check.work = [ctx, r, first](const QString &, QString &message) {
        QStringList unreachable;
        const QHash<QString, DrbdStatus> now = read(ctx, r, unreachable);
        QStringList bad;
        for (const DrbdFinding &f : DrbdDiagnosis::diagnose(r, now, first)) {
            if (f.severity == DrbdFinding::Severity::Critical)
                bad << f.summary;
        }
        if (!bad.isEmpty() || now.isEmpty()) {
            message =
                now.isEmpty() ? tr("no hive reports %1").arg(r) : bad.join(QStringLiteral("; "));
            return RunEvent::Status::Failed;
        }
        message = tr("%1 is no longer critical on %n hive(s)", nullptr, int(now.size())).arg(r);
        if (!unreachable.isEmpty())
            message += tr("; not read on %1").arg(unreachable.join(QStringLiteral(", ")));
        return RunEvent::Status::Ok;
    };
    plan.checks << check;
    return plan;
}

} // namespace hive
