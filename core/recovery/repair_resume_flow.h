#pragma once

#include "recovery/recovery_plan.h"

#include <QCoreApplication>
#include <memory>

namespace hive {

class RecoveryContext;

// `hive recover resume`: puts back what an interrupted repair took away,
// from the stage's repair journal — each entry's command on its host (where
// its check does not already show it back), then the entry goes. Refused
// while an entry cannot be read. Nothing to do with an empty journal.
class RepairResumeFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::RepairResumeFlow)
public:
    static RecoveryPlan plan(const std::shared_ptr<RecoveryContext> &context);
};

} // namespace hive
