#pragma once

#include "health/health_check.h"
#include "health/host_probe.h"

#include <QList>

namespace hive {

// The swarm as its hives see it: managers, their reachability and the
// leader, fault tolerance ((N-1)/2 by design, what is left of it now), even
// manager counts, nodes down or drained, engine version skew, hives that are
// not in the swarm, and hosts that did not answer at all. "No leader" is
// found from any manager that still answers, even when its API refuses
// every swarm call.
class SwarmHealth
{
    Q_DECLARE_TR_FUNCTIONS(hive::SwarmHealth)
public:
    struct Node
    {
        QString host;
        QString id;
        QString status;        // Ready, Down, Unknown
        QString availability;  // Active, Drain, Pause
        QString managerStatus; // Leader, Reachable, Unreachable, "" for workers
        QString engineVersion;
    };
    // The node list of one `docker node ls --format '{{json .}}'`; false when
    // the text is an error instead.
    static bool parseNodes(const QString &text, QList<Node> &nodes);

    // `hives` in stage order (the first hive first).
    static QList<HealthCheck> check(const QList<ProbedHost> &hives);
};

} // namespace hive
