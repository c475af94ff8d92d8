#pragma once

#include "project/repair_journal.h"
#include "recovery/recovery_plan.h"

#include <QHash>
#include <QStringList>
#include <memory>

namespace hive {

class RecoveryContext;

// Services that must not run while their volume is worked on: scaled to 0
// (their replicas kept, for the way back) and waited for until none of
// their tasks runs; and scaled back to those replicas, which a plan runs
// whatever happened (RecoveryPlan::finally). Global services cannot be
// scaled: the stop refuses them, naming them. Each service's way back is in
// the repair journal before it is scaled down, and leaves it once it is back.
class ServicePause
{
    Q_DECLARE_TR_FUNCTIONS(hive::ServicePause)
public:
    static RecoveryPlan::Step stopStep(const std::shared_ptr<RecoveryContext> &context,
                                       const QString &host, const QStringList &services,
                                       const std::shared_ptr<QHash<QString, QString>> &replicas);
    static RecoveryPlan::Step startStep(const std::shared_ptr<RecoveryContext> &context,
                                        const QString &host,
                                        const std::shared_ptr<QHash<QString, QString>> &replicas);
    // `docker service scale -d SERVICE=REPLICAS`, quoted.
    static QString scaleBack(const QString &service, const QString &replicas);
    static RepairJournal::Entry journalEntry(const QString &manager, const QString &service,
                                             const QString &replicas);
};

} // namespace hive
