#pragma once

#include "health/drbd_status.h"
#include "recipes/drbd_resource.h"
#include "recovery/recovery_plan.h"

#include <QHash>
#include <memory>

namespace hive {

class RecoveryContext;
struct LoadedInventory;
struct StagePlan;

// `hive recover drbd VOLUME [--fsck]` (seeds/000): the services that use
// the volume are scaled to 0, the steps `hive doctor` names for the
// volume's state run on their hosts one at a time (all copies Outdated:
// force primary on the first hive, reconnect the others, demote; a pair
// connected on one side: reconnect the healthy side; split brain: discard
// the victim's changes), with --fsck the file system is repaired
// (xfs_repair or fsck by its type) — and the services are scaled back to
// their replicas whatever happened. Then the volume is read again.
class DrbdRepairFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::DrbdRepairFlow)
public:
    struct Target
    {
        DrbdResource resource;
        QStringList services; // of the stage, that mount the volume
    };
    struct Options
    {
        bool repairFileSystem = false;
        // Split brain: the hive whose copy's changes are discarded (the
        // operator's choice; never made for them).
        QString discard;
    };

    // False, naming the DRBD volumes of the stage, when `volume` is not one.
    static bool target(const LoadedInventory &loaded, const StagePlan &stage, const QString &volume,
                       Target &out, QString &error);
    // `drbdadm status` of the resource on every hive that answers.
    static QHash<QString, DrbdStatus> read(const std::shared_ptr<RecoveryContext> &context,
                                           const QString &resource, QStringList &unreachable);
    static RecoveryPlan plan(const std::shared_ptr<RecoveryContext> &context, const Target &target,
                             const QHash<QString, DrbdStatus> &statuses, const Options &options);
    // The repair of the device's file system, by type (0 and 1 are success
    // for fsck: 1 means it corrected errors).
    static QString fileSystemRepair(const QString &fstype, const QString &device);
};

} // namespace hive
