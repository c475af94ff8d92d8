#include "recovery/recovery_request.h"

#include "inventory/inventory_loader.h"
#include "recovery/data_backup_flow.h"
#include "recovery/disk_cleanup_flow.h"
#include "recovery/drbd_grow_flow.h"
#include "recovery/drbd_repair_flow.h"
#include "recovery/maintenance_flow.h"
#include "recovery/manager_liveness.h"
#include "recovery/manager_recovery_flow.h"
#include "recovery/node_restart_flow.h"
#include "recovery/recovery_context.h"
#include "recovery/repair_resume_flow.h"
#include "recovery/swarm_backup_flow.h"

namespace hive {

namespace {
// The managers this machine cannot reach that still answer from another
// host: what a new cluster would split from. Not asked while the swarm has a
// leader: quorum recovery and restore are refused then anyway.
QHash<QString, QString> livingElsewhere(RecoveryContext &context, const SwarmSurvey &survey)
{
    if (survey.hasLeader())
        return {};
    return ManagerLiveness::seenAlive(context, survey, context.hives());
}

QString usageOf(const QString &command)
{
    if (command == QLatin1String("maintenance"))
        return RecoveryRequest::tr("usage: hive maintenance HOST on|off [--rebalance] [-y] [-n]");
    if (command == QLatin1String("restore"))
        return RecoveryRequest::tr("usage: hive restore [ARCHIVE] [--risk-split-brain] | hive "
                                   "restore --data SERVICE [YYYYmmddHHMMSS]");
    if (command == QLatin1String("backup"))
        return RecoveryRequest::tr("usage: hive backup [--keep N] | hive backup --data [-l "
                                   "SERVICE,...]");
    return RecoveryRequest::tr(
        "usage: hive recover manager HOST | hive recover quorum [SURVIVOR] [--risk-split-brain] | "
        "hive recover node "
        "HOST | hive recover units [UNIT] [--restart|--disable] | hive recover disk [--all-images] "
        "[--no-registry] | hive "
        "recover drbd VOLUME [--fsck] [--discard HOST] | hive recover drbd VOLUME --grow SIZE | "
        "hive recover resume");
}
} // namespace

bool RecoveryRequest::parse(const QStringList &words, RecoveryRequest &out, QString &error)
{
    out = RecoveryRequest{};
    const QString command = words.value(0);
    QStringList args;
    QStringList flags;
    for (int i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w == QLatin1String("--timeout") || w == QLatin1String("--keep")) {
            bool ok = false;
            const int n = words.value(++i).toInt(&ok);
            if (!ok || n < 1) {
                error = tr("%1 needs a number of 1 or more").arg(w);
                return false;
            }
            (w == QLatin1String("--keep") ? out.keep : out.moveTimeoutSeconds) = n;
            flags << w;
        } else if (w == QLatin1String("--limit")) {
            const QString value = words.value(++i);
            if (value.isEmpty() || value.startsWith(QLatin1String("-"))) {
                error = tr("--limit needs the services, comma-separated");
                return false;
            }
            out.services = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            flags << w;
        } else if (w == QLatin1String("--discard") || w == QLatin1String("--grow")) {
            // Options that take a value: the next word, which is no option.
            const bool grow = w == QLatin1String("--grow");
            const QString value = words.value(++i);
            if (value.isEmpty() || value.startsWith(QLatin1String("--"))) {
                error = grow ? tr("--grow needs the new size (200M, 20G)")
                             : tr("--discard needs the host whose copy's changes are discarded");
                return false;
            }
            (grow ? out.growTo : out.discard) = value;
            flags << w;
        } else if (w.startsWith(QLatin1String("--"))) {
            flags << w;
        } else {
            args << w;
        }
    }
    const auto allowed = [&](const QStringList &these) {
        for (const QString &f : std::as_const(flags)) {
            if (!these.contains(f))
                return false;
        }
        return true;
    };
    const QString mode = args.value(0);
    bool ok = false;
    if (command == QLatin1String("maintenance")) {
        ok = args.size() == 2 &&
             (args.at(1) == QLatin1String("on") || args.at(1) == QLatin1String("off")) &&
             allowed({QStringLiteral("--rebalance"), QStringLiteral("--timeout")});
        out.kind =
            args.value(1) == QLatin1String("on") ? Kind::MaintenanceOn : Kind::MaintenanceOff;
        out.subject = args.value(0);
        out.rebalance = flags.contains(QStringLiteral("--rebalance"));
    } else if (command == QLatin1String("backup") && flags.contains(QStringLiteral("--data"))) {
        ok = args.isEmpty() && allowed({QStringLiteral("--data"), QStringLiteral("--limit")});
        out.kind = Kind::DataBackup;
    } else if (command == QLatin1String("backup")) {
        ok = args.isEmpty() && allowed({QStringLiteral("--keep")});
        out.kind = Kind::Backup;
    } else if (command == QLatin1String("restore") && flags.contains(QStringLiteral("--data"))) {
        ok = (args.size() == 1 || args.size() == 2) && allowed({QStringLiteral("--data")});
        out.kind = Kind::DataRestore;
        out.subject = args.value(0);
        out.stamp = args.value(1);
    } else if (command == QLatin1String("restore")) {
        ok = args.size() <= 1 && allowed({QStringLiteral("--risk-split-brain")});
        out.riskSplitBrain = flags.contains(QStringLiteral("--risk-split-brain"));
        out.kind = Kind::Restore;
        out.subject = args.value(0);
    } else if (command == QLatin1String("recover")) {
        out.subject = args.value(1);
        if (mode == QLatin1String("manager")) {
            out.kind = Kind::ReplaceManager;
            ok = args.size() == 2 && flags.isEmpty();
        } else if (mode == QLatin1String("quorum")) {
            out.kind = Kind::RecoverQuorum;
            ok = args.size() <= 2 && allowed({QStringLiteral("--risk-split-brain")});
            out.riskSplitBrain = flags.contains(QStringLiteral("--risk-split-brain"));
        } else if (mode == QLatin1String("node")) {
            out.kind = Kind::RestartNode;
            ok = args.size() == 2 && flags.isEmpty();
        } else if (mode == QLatin1String("units")) {
            out.kind = Kind::Units;
            const bool restart = flags.contains(QStringLiteral("--restart"));
            const bool disable = flags.contains(QStringLiteral("--disable"));
            out.unitAction = restart   ? UnitRepairFlow::Action::Restart
                             : disable ? UnitRepairFlow::Action::Disable
                                       : UnitRepairFlow::Action::ResetFailed;
            ok = args.size() <= 2 && !(restart && disable) &&
                 allowed({QStringLiteral("--restart"), QStringLiteral("--disable")});
        } else if (mode == QLatin1String("disk")) {
            out.kind = Kind::Disk;
            out.allImages = flags.contains(QStringLiteral("--all-images"));
            out.registry = !flags.contains(QStringLiteral("--no-registry"));
            ok = args.size() == 1 &&
                 allowed({QStringLiteral("--all-images"), QStringLiteral("--no-registry")});
        } else if (mode == QLatin1String("resume")) {
            out.kind = Kind::Resume;
            ok = args.size() == 1 && flags.isEmpty();
        } else if (mode == QLatin1String("drbd")) {
            out.kind = Kind::Drbd;
            out.repairFileSystem = flags.contains(QStringLiteral("--fsck"));
            ok = args.size() == 2 &&
                 allowed({QStringLiteral("--fsck"), QStringLiteral("--grow"),
                          QStringLiteral("--discard")}) &&
                 !(out.repairFileSystem && !out.growTo.isEmpty()) &&
                 !(!out.discard.isEmpty() && !out.growTo.isEmpty());
        }
    }
    if (!ok)
        error = usageOf(command);
    return ok;
}

QStringList RecoveryRequest::words() const
{
    QStringList w;
    switch (kind) {
    case Kind::MaintenanceOn:
    case Kind::MaintenanceOff:
        w << QStringLiteral("maintenance") << subject
          << (kind == Kind::MaintenanceOn ? QStringLiteral("on") : QStringLiteral("off"));
        if (rebalance)
            w << QStringLiteral("--rebalance");
        if (moveTimeoutSeconds != 180)
            w << QStringLiteral("--timeout") << QString::number(moveTimeoutSeconds);
        return w;
    case Kind::Backup:
        w << QStringLiteral("backup");
        if (keep != 7)
            w << QStringLiteral("--keep") << QString::number(keep);
        return w;
    case Kind::Restore:
        w << QStringLiteral("restore");
        break;
    case Kind::DataBackup:
        w << QStringLiteral("backup") << QStringLiteral("--data");
        if (!services.isEmpty())
            w << QStringLiteral("--limit") << services.join(QLatin1Char(','));
        return w;
    case Kind::DataRestore:
        w << QStringLiteral("restore") << QStringLiteral("--data") << subject;
        if (!stamp.isEmpty())
            w << stamp;
        return w;
    case Kind::ReplaceManager:
        w << QStringLiteral("recover") << QStringLiteral("manager");
        break;
    case Kind::RecoverQuorum:
        w << QStringLiteral("recover") << QStringLiteral("quorum");
        break;
    case Kind::RestartNode:
        w << QStringLiteral("recover") << QStringLiteral("node");
        break;
    case Kind::Units:
        w << QStringLiteral("recover") << QStringLiteral("units");
        break;
    case Kind::Disk:
        w << QStringLiteral("recover") << QStringLiteral("disk");
        break;
    case Kind::Drbd:
        w << QStringLiteral("recover") << QStringLiteral("drbd");
        break;
    case Kind::Resume:
        w << QStringLiteral("recover") << QStringLiteral("resume");
        break;
    }
    if (!subject.isEmpty())
        w << subject;
    if (kind == Kind::Units && unitAction == UnitRepairFlow::Action::Restart)
        w << QStringLiteral("--restart");
    if (kind == Kind::Units && unitAction == UnitRepairFlow::Action::Disable)
        w << QStringLiteral("--disable");
    if (kind == Kind::Disk && allImages)
        w << QStringLiteral("--all-images");
    if (kind == Kind::Disk && !registry)
        w << QStringLiteral("--no-registry");
    if (kind == Kind::Drbd && repairFileSystem)
        w << QStringLiteral("--fsck");
    if (kind == Kind::Drbd && !growTo.isEmpty())
        w << QStringLiteral("--grow") << growTo;
    if (kind == Kind::Drbd && !discard.isEmpty())
        w << QStringLiteral("--discard") << discard;
    if ((kind == Kind::RecoverQuorum || kind == Kind::Restore) && riskSplitBrain)
        w << QStringLiteral("--risk-split-brain");
    return w;
}

QString RecoveryRequest::commandLine() const
{
    return QStringLiteral("hive ") + words().join(QLatin1Char(' '));
}

bool RecoveryRequest::plan(const std::shared_ptr<RecoveryContext> &context,
                           const LoadedInventory &loaded, RecoveryPlan &out, QString &error,
                           const std::function<void(const QString &)> &say) const
{
    const auto tell = [&](const QString &text) {
        if (say)
            say(text);
    };
    const auto cancelled = [&] { return context->cancel && context->cancel->load(); };
    switch (kind) {
    case Kind::Units: {
        tell(tr("reading the failed units on %n host(s)", nullptr, int(context->hosts().size())));
        QStringList unreachable;
        const UnitRepairFlow::FailedUnits failed = UnitRepairFlow::read(context, unreachable);
        if (!unreachable.isEmpty())
            tell(tr("no answer from %1: its units are left as they are")
                     .arg(unreachable.join(QStringLiteral(", "))));
        UnitRepairFlow::Options options;
        options.unit = subject;
        options.action = unitAction;
        out = UnitRepairFlow::plan(context, failed, options);
        break;
    }
    case Kind::Drbd: {
        DrbdRepairFlow::Target target;
        const StagePlan *stage = loaded.hive.stage(context->stage());
        if (!stage || !DrbdRepairFlow::target(loaded, *stage, subject, target, error))
            return false;
        if (!growTo.isEmpty()) {
            DrbdGrowFlow::Definition definition;
            if (!DrbdGrowFlow::definition(loaded, subject, definition, error))
                return false;
            tell(tr("finding where %1 holds its files").arg(subject));
            out = DrbdGrowFlow::plan(context, target, definition, growTo,
                                     DrbdGrowFlow::dataHost(context, target.services));
            break;
        }
        tell(tr("reading DRBD volume %1 on %n hive(s)", nullptr, int(context->hives().size()))
                 .arg(subject));
        QStringList unreachable;
        const QHash<QString, DrbdStatus> statuses =
            DrbdRepairFlow::read(context, target.resource.name, unreachable);
        if (!unreachable.isEmpty())
            tell(tr("no DRBD status of %1 from %2")
                     .arg(subject, unreachable.join(QStringLiteral(", "))));
        DrbdRepairFlow::Options options;
        options.repairFileSystem = repairFileSystem;
        options.discard = discard;
        out = DrbdRepairFlow::plan(context, target, statuses, options);
        break;
    }
    case Kind::Resume:
        out = RepairResumeFlow::plan(context, loaded);
        break;
    case Kind::DataBackup:
        out = DataBackupFlow::backup(context, loaded, services);
        break;
    case Kind::DataRestore: {
        tell(tr("reading the replicas of %1 on %2").arg(subject, context->firstHive()));
        QString replicas, message;
        if (!context->run(context->firstHive(), DataBackupFlow::replicasCommand(subject), replicas,
                          message)) {
            error = tr("%1 is not a service of the swarm, or no manager answers: %2")
                        .arg(subject, message);
            return false;
        }
        out = DataBackupFlow::restore(context, loaded, subject, stamp, replicas);
        break;
    }
    case Kind::Disk: {
        DiskCleanupFlow::Options options;
        options.allImages = allImages;
        options.registry = registry;
        out = DiskCleanupFlow::plan(context, options);
        break;
    }
    default: {
        tell(tr("reading the swarm on %n hive(s): %1", nullptr, int(context->hives().size()))
                 .arg(context->hives().join(QStringLiteral(", "))));
        const SwarmSurvey survey = context->survey();
        if (cancelled())
            break;
        if (kind == Kind::MaintenanceOn || kind == Kind::MaintenanceOff) {
            MaintenanceFlow::Options options;
            options.on = kind == Kind::MaintenanceOn;
            options.rebalance = rebalance;
            options.moveTimeoutSeconds = qMax(10, moveTimeoutSeconds);
            out = MaintenanceFlow::plan(context, survey, subject, options);
        } else if (kind == Kind::Backup) {
            out = SwarmBackupFlow::backup(context, survey, keep);
        } else if (kind == Kind::Restore) {
            out = SwarmBackupFlow::restore(context, survey, subject,
                                           livingElsewhere(*context, survey), riskSplitBrain);
        } else if (kind == Kind::ReplaceManager) {
            out = ManagerRecoveryFlow::replace(context, survey, subject);
        } else if (kind == Kind::RestartNode) {
            out = NodeRestartFlow::plan(context, survey, subject);
        } else {
            out = ManagerRecoveryFlow::quorum(context, survey, subject,
                                              livingElsewhere(*context, survey), riskSplitBrain);
        }
    }
    }
    if (cancelled()) {
        error = tr("cancelled");
        return false;
    }
    return true;
}

} // namespace hive
