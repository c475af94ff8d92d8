#pragma once

#include "recovery/recovery_plan.h"

#include <QHash>
#include <memory>

namespace hive {

class RecoveryContext;
class SwarmSurvey;

// Getting the managers back (seeds/001):
// - one lost while the swarm still has a leader: its dead node entry is
//   demoted and removed, then the host is rebuilt (build-infra) and joined
//   again as a manager (setup-hosts), both limited to it;
// - quorum lost: the healthiest surviving manager forces a new cluster from
//   its own copy of the swarm (services, networks, secrets kept), unlocked
//   first when autolock is on; the other hives are rebuilt and rejoined.
// Both end by checking that every hive is a reachable manager again.
class ManagerRecoveryFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::ManagerRecoveryFlow)
public:
    static RecoveryPlan replace(const std::shared_ptr<RecoveryContext> &context,
                                const SwarmSurvey &survey, const QString &host);
    // `survivor` empty: the first manager that answers, in stage order.
    // `alive`: the other hives seen alive (ManagerLiveness): a new cluster
    // beside them would split the swarm, so it is refused unless
    // `riskSplitBrain`; even then they are not made to rejoin.
    static RecoveryPlan quorum(const std::shared_ptr<RecoveryContext> &context,
                               const SwarmSurvey &survey, const QString &survivor,
                               const QHash<QString, QString> &alive = {},
                               bool riskSplitBrain = false);

    // The steps the restore flow shares: unlock a locked node with the
    // stored key, force a new cluster on `host` and wait for its leader,
    // rejoin the others, and the final check that all hives are managers.
    static RecoveryPlan::Step unlockStep(const std::shared_ptr<RecoveryContext> &context,
                                         const QString &host);
    // Checks again, right before it acts, that the other hives are gone
    // (ManagerLiveness), unless `riskSplitBrain`.
    static RecoveryPlan::Step forceNewClusterStep(const std::shared_ptr<RecoveryContext> &context,
                                                  const QString &host, bool riskSplitBrain = false);
    static void addRejoin(RecoveryPlan &plan, const QStringList &hosts);
    static RecoveryPlan::Step checkManagersStep(const std::shared_ptr<RecoveryContext> &context,
                                                const QString &via);
};

} // namespace hive
