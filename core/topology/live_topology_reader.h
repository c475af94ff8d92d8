#pragma once

#include "topology/live_topology.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

class HiveDockerAccess;
class Project;
struct StagePlan;

// Reads a LiveTopology from a built stage over each hive's TLS Docker API
// (the hive CA and the admin's client certificate that setup-hosts made):
// the managers are asked in turn, the one that answered last first, with a
// short time limit so a host that is down costs seconds, not minutes; every
// host's engine is pinged at the same time, so a host that stopped shows as
// down at once, before the swarm notices. Thread-safe to call from a worker.
class LiveTopologyReader
{
    Q_DECLARE_TR_FUNCTIONS(hive::LiveTopologyReader)
public:
    LiveTopologyReader(const Project &project, const StagePlan &stage);

    LiveTopology read(const std::atomic_bool *cancel = nullptr);
    // The manager that answered last (asked first next time).
    QString lastManager() const { return m_last; }
    void preferManager(const QString &host) { m_last = host; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    QString m_contextDir;
    const StagePlan &m_stage;
    const Project &m_project;
    QString m_last;
    int m_timeoutMs = 3000;

    void askRegistry(const HiveDockerAccess &access, const QString &repository,
                     LiveTopology &t) const;
};

} // namespace hive
