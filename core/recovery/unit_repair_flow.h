#pragma once

#include "recovery/recovery_plan.h"

#include <QHash>
#include <memory>

namespace hive {

class RecoveryContext;

// `hive recover units` (seeds/000: failed host services, and failed units
// of DRBD resources that no longer exist): reset the failed state of the
// failed units, or restart one, or disable one for good, on the hosts
// where it failed; then lists the failed units again.
class UnitRepairFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::UnitRepairFlow)
public:
    enum class Action
    {
        ResetFailed,
        Restart,
        Disable,
    };
    struct Options
    {
        Action action = Action::ResetFailed;
        QString unit; // empty: every failed unit (only with ResetFailed)
    };
    // Host -> its failed units, from `systemctl list-units --state=failed`.
    using FailedUnits = QHash<QString, QStringList>;

    static QString listCommand();
    // The unit names in what listCommand() printed.
    static QStringList parse(const QString &listed);
    // Asks every host of the stage; hosts that do not answer are left out
    // and named in `unreachable`.
    static FailedUnits read(const std::shared_ptr<RecoveryContext> &context,
                            QStringList &unreachable);
    static RecoveryPlan plan(const std::shared_ptr<RecoveryContext> &context,
                             const FailedUnits &failed, const Options &options);
};

} // namespace hive
