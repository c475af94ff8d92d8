#pragma once

#include "recovery/recovery_plan.h"

#include <QCoreApplication>
#include <memory>

namespace hive {

class RecoveryContext;
struct LoadedInventory;

// `hive recover resume`: puts back what an interrupted repair took away,
// from the stage's repair journal — each entry's command on its host (where
// its check does not already show it back), then the entry goes. A grow of
// a volume that stopped halfway is finished from its archive (the rest of
// `recover drbd --grow`, see DrbdGrowFlow), after the other entries. Refused
// while an entry cannot be read. Nothing to do with an empty journal.
class RepairResumeFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::RepairResumeFlow)
public:
    static RecoveryPlan plan(const std::shared_ptr<RecoveryContext> &context,
                             const LoadedInventory &loaded);
};

} // namespace hive
