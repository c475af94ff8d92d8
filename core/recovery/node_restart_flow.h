#pragma once

#include "recovery/recovery_plan.h"

#include <memory>

namespace hive {

class RecoveryContext;
class SwarmSurvey;

// `hive recover node HOST`: a node the swarm lists as down although its
// host answers and its engine says it is an active member — its agent lost
// its session with the leader's dispatcher ("heartbeat failure") and does
// not get it back by itself (seen on the test bed after managers stopped
// and started again). Restarting the Docker Engine there makes it report
// again. Refused without a leader, when the host does not answer (then it
// is lost: `recover manager`), and when restarting a manager would leave
// fewer than a majority of the managers up.
class NodeRestartFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::NodeRestartFlow)
public:
    static RecoveryPlan plan(const std::shared_ptr<RecoveryContext> &context,
                             const SwarmSurvey &survey, const QString &host,
                             int readyTimeoutSeconds = 120);
};

} // namespace hive
