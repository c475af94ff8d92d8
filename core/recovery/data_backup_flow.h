#pragma once

#include "recovery/recovery_plan.h"

#include <QStringList>
#include <memory>

namespace hive {

class RecoveryContext;
struct LoadedInventory;

// `hive backup --data` and `hive restore --data` (hive-builder's
// hive-backup.sh, manual 12.2.1): the services' data backups, run now on
// the repository server by the script setup-hosts and deploy-services put
// there, as the nightly timer runs them.
// Backup: the named services (default: every one with backup_scripts, and
// the registry), into the admin's ~/backup there.
// Restore: one service from its latest backup, or from the backup of a
// given time (YYYYmmddHHMMSS). The commands run in its first running task;
// a replicated service with more replicas is scaled to 1 while its data
// comes back, and back to its replicas whatever happens (the repair journal
// holds the way back before it is scaled down).
class DataBackupFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::DataBackupFlow)
public:
    static RecoveryPlan backup(const std::shared_ptr<RecoveryContext> &context,
                               const LoadedInventory &loaded, const QStringList &services);
    // `replicas` is what the service runs now ("global", or a number).
    static RecoveryPlan restore(const std::shared_ptr<RecoveryContext> &context,
                                const LoadedInventory &loaded, const QString &service,
                                const QString &stamp, const QString &replicas);
    // What reads a service's replicas on a manager ("global" or a number).
    static QString replicasCommand(const QString &service);
};

} // namespace hive
