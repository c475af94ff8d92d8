#pragma once

#include "recovery/recovery_plan.h"

#include <memory>

namespace hive {

class RecoveryContext;
class SwarmSurvey;

// `hive maintenance HOST on|off` (seeds/002, seeds/003): on drains the
// node and waits until its tasks run elsewhere, naming those that cannot
// move (pinned by a constraint or a volume); it is refused when the host is
// a manager and taking it down would leave fewer than a majority of the
// managers up. off makes the node active again and can rebalance the
// replicated services onto it.
class MaintenanceFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::MaintenanceFlow)
public:
    struct Options
    {
        bool on = true;
        bool rebalance = false; // off: `service update --force` every replicated service
        int moveTimeoutSeconds = 180;
    };
    static RecoveryPlan plan(const std::shared_ptr<RecoveryContext> &context,
                             const SwarmSurvey &survey, const QString &host,
                             const Options &options);
};

} // namespace hive
