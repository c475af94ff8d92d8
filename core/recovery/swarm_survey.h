#pragma once

#include "health/host_probe.h"
#include "health/swarm_health.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <atomic>

namespace hive {

class HostPool;

// The swarm as the hives see it right now, read in one short SSH command
// per hive: each hive's own state (active, pending, locked, inactive), and
// the node list from a manager that has a leader. Every recovery flow plans
// from one of these and checks it again before it changes anything.
class SwarmSurvey
{
    Q_DECLARE_TR_FUNCTIONS(hive::SwarmSurvey)
public:
    struct Hive
    {
        QString host;
        bool reached = false;
        QString error; // why it did not answer (in full)
        // Its engine said what it is in the swarm, even if the rest of
        // the answer was cut off (a node list that hangs).
        bool engineAnswered = false;
        QString localState; // active, pending, locked, inactive, error
        bool controlAvailable = false;
        QString nodeId;
        QString swarmError;
        QString clusterId;
        bool autolock = false;
        QString engineVersion;
    };
    QList<Hive> hives;              // stage order
    QList<SwarmHealth::Node> nodes; // empty: no manager could list them (no leader)
    QString nodesFrom;              // the hive that listed them
    int managerCount = 0;           // from the node list, else from RemoteManagers

    static SwarmSurvey fromProbes(const QList<ProbedHost> &probes);
    static SwarmSurvey read(HostPool &pool, const QStringList &hives,
                            const std::atomic_bool *cancel, int timeoutMs = 60000);

    bool hasLeader() const { return !nodes.isEmpty(); }
    QString leader() const;
    const Hive *hive(const QString &host) const;
    // The node entries with this hostname (a replaced host can have two).
    QList<SwarmHealth::Node> nodesNamed(const QString &host) const;
    // The live entry of a host: ready if there is one, else the first.
    const SwarmHealth::Node *nodeOf(const QString &host) const;
    QStringList managers() const;
    // Managers that are down or unreachable now, and hives that are
    // managers by their own account but do not answer.
    QStringList managersDown() const;
    // Managers drained by a maintenance: planned to go down.
    QStringList managersDrained() const;
    bool autolock() const;
};

} // namespace hive
