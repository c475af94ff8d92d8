#pragma once

#include "recovery/recovery_plan.h"
#include "recovery/unit_repair_flow.h"

#include <functional>
#include <memory>

namespace hive {

class RecoveryContext;
struct LoadedInventory;

// One repair as asked for — on the command line (`hive recover units X
// --disable`) or by a finding of the doctor (its `repair` words): what to
// do, to what, with which options. It reads what the repair needs from the
// hosts and makes the plan; the CLI and the app run that plan the same way.
struct RecoveryRequest
{
    Q_DECLARE_TR_FUNCTIONS(hive::RecoveryRequest)
public:
    enum class Kind
    {
        MaintenanceOn,
        MaintenanceOff,
        Backup,
        Restore,
        ReplaceManager,
        RestartNode,
        RecoverQuorum,
        Units,
        Disk,
        Drbd,
        Resume,      // put back what an interrupted repair took away
        DataBackup,  // the services' data (backup_scripts): backup --data
        DataRestore, // restore --data SERVICE [STAMP]
    };
    Kind kind = Kind::RecoverQuorum;
    QString subject; // host, survivor, unit, volume or archive (may be empty)
    bool rebalance = false;
    int moveTimeoutSeconds = 180;
    int keep = 7;
    UnitRepairFlow::Action unitAction = UnitRepairFlow::Action::ResetFailed;
    bool allImages = false;
    bool registry = true;
    bool repairFileSystem = false;
    QString discard; // drbd split brain: the copy whose changes go
    // quorum, restore: force a new cluster although a manager this machine
    // cannot reach answers elsewhere (it may split the swarm in two).
    bool riskSplitBrain = false;
    QString growTo;       // drbd --grow SIZE
    QStringList services; // backup --data --limit a,b
    QString stamp;        // restore --data SERVICE STAMP: the backup's time

    // From the words after `hive` ({"recover", "units", "x.service",
    // "--disable"}); false with the usage line when they do not make one.
    static bool parse(const QStringList &words, RecoveryRequest &out, QString &error);
    // The words of the equivalent command line (parse() reads them back).
    QStringList words() const;
    QString commandLine() const; // "hive recover units x.service --disable"
    // Reads the hosts (the swarm, failed units or a DRBD volume) and plans.
    // `say` hears what is being read; false with the reason when nothing
    // could be planned (the plan's own refusals are in the plan).
    bool plan(const std::shared_ptr<RecoveryContext> &context, const LoadedInventory &loaded,
              RecoveryPlan &out, QString &error,
              const std::function<void(const QString &)> &say = {}) const;
};

} // namespace hive
