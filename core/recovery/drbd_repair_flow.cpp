#include "recovery/drbd_repair_flow.h"

#include "access/stage_scope.h"
#include "health/drbd_diagnosis.h"
#include "health/drbd_health.h"
#include "inventory/inventory_loader.h"
#include "recipes/stage_volumes.h"
#include "recovery/recovery_context.h"
#include "recovery/service_pause.h"
#include "remote/shell_command.h"

namespace hive {

bool DrbdRepairFlow::target(const LoadedInventory &loaded, const StagePlan &stage,
                            const QString &volume, Target &out, QString &error)
{
    QStringList names;
    for (const StageVolumes::Volume &v : StageVolumes::of(loaded, stage.name)) {
        if (v.kind != VolumePlan::Kind::Drbd)
            continue;
        names << v.name;
        if (v.name == volume)
            out.resource = StageVolumes::drbdResource(stage, v);
    }
    if (out.resource.name.isEmpty()) {
        error = names.isEmpty() ? tr("stage %1 has no DRBD volumes").arg(stage.name)
                                : tr("%1 is not a DRBD volume of stage %2; they are: %3")
                                      .arg(volume, stage.name, names.join(QStringLiteral(", ")));
        return false;
    }
    const QStringList ofStage = StageScope::servicesOf(loaded, stage.name);
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
    bool splitBrain = false;
    for (const DrbdFinding &f : DrbdDiagnosis::diagnose(r, statuses, first)) {
        if (f.severity == DrbdFinding::Severity::Ok)
            continue;
        found << f.summary;
        actions << f.actions;
        splitBrain = splitBrain || f.splitBrain;
    }
    if (!options.discard.isEmpty() && !splitBrain) {
        plan.refusal = tr("--discard is for a split brain, and %1 has none now").arg(r);
        return plan;
    }
    if (splitBrain) {
        // Each copy as its host reports it: what the operator chooses from.
        QStringList copies;
        QStringList hosts = statuses.keys();
        hosts.sort();
        for (const QString &h : std::as_const(hosts)) {
            const DrbdStatus &st = statuses.value(h);
            copies << tr("%1: %2, disk %3").arg(h, st.role, st.disk);
        }
        if (options.discard.isEmpty()) {
            plan.refusal = tr("DRBD volume %1 has a split brain: the copies went on apart (%2). "
                              "Choose the copy to keep and discard the changes of the other: "
                              "`hive recover drbd %1 --discard HOST` (the Primary is the copy in "
                              "use)")
                               .arg(r, copies.join(QStringLiteral("; ")));
            for (const QString &h : std::as_const(hosts)) {
                const DrbdStatus &st = statuses.value(h);
                plan.choices << RecoveryPlan::Choice{
                    st.role == QLatin1String("Primary")
                        ? tr("Discard the changes on %1 (%2, disk %3: the copy in use)")
                              .arg(h, st.role, st.disk)
                        : tr("Discard the changes on %1 (%2, disk %3)").arg(h, st.role, st.disk),
                    QStringList{QStringLiteral("recover"), QStringLiteral("drbd"), r,
                                QStringLiteral("--discard"), h} +
                        (options.repairFileSystem ? QStringList{QStringLiteral("--fsck")}
                                                  : QStringList())};
            }
            return plan;
        }
        if (!statuses.contains(options.discard)) {
            plan.refusal = tr("--discard %1: no such copy of %2; the copies are: %3")
                               .arg(options.discard, r, copies.join(QStringLiteral("; ")));
            return plan;
        }
        const QString q = ShellCommand::quote(r);
        if (statuses.value(options.discard).role == QLatin1String("Primary"))
            plan.notes << tr("%1 is the Primary, the copy in use: its changes since the split "
                             "are lost, as you chose")
                              .arg(options.discard);
        actions << DrbdFinding::Action{options.discard,
                                       QStringLiteral("drbdadm secondary %1 && { drbdadm "
                                                      "disconnect %1; drbdadm connect "
                                                      "--discard-my-data %1; }")
                                           .arg(q)};
        for (const QString &h : std::as_const(hosts)) {
            if (h != options.discard)
                actions << DrbdFinding::Action{
                    h, QStringLiteral("drbdadm disconnect %1; drbdadm connect %1").arg(q)};
        }
        found << tr("%1's changes since the split are discarded; the other copies are kept")
                     .arg(options.discard);
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
        plan.steps << ServicePause::stopStep(context, first, target.services, replicas);
        plan.finally << ServicePause::startStep(context, first, replicas);
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
