#pragma once

#include "health/health_check.h"
#include "health/host_probe.h"
#include "health/swarm_health.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hive {

// How one host looked at a check: whether it answered, its place in the
// swarm, its load, memory and fullest disk, and the worst finding about it.
// The Hosts tab's live columns and `hive doctor`'s host table, both read
// from the doctor's probe round (nothing is asked twice).
struct HostState
{
    Q_DECLARE_TR_FUNCTIONS(hive::HostState)
public:
    enum class Condition
    {
        Up,          // answered; in the swarm and active, or not a swarm member
        Drained,     // answered; the swarm gives it no tasks (drain or pause)
        Down,        // answered, but the swarm sees it down (or unknown) or it left the swarm
        Unreachable, // did not answer
    };

    QString host;
    bool reached = false;
    QString error; // why it did not answer
    bool hive = false;
    // From the swarm's node list (empty when not known or not a member).
    QString nodeStatus;    // Ready, Down, Unknown
    QString availability;  // Active, Pause, Drain
    QString managerStatus; // Leader, Reachable, Unreachable ("" for a worker)
    QString localState;    // what the host says of itself: active, inactive, pending…
    QString dockerVersion;
    double load1 = -1; // -1: not known
    int processors = 0;
    qint64 memoryTotalKib = 0;
    qint64 memoryAvailableKib = 0;
    qint64 uptimeSeconds = -1;
    int fullestDiskPercent = -1;
    QString fullestDisk;
    HealthCheck::Severity worst = HealthCheck::Severity::Ok;
    int findings = 0; // warnings and critical findings about this host

    // What its answer to the host round says (`hive` = a hive, a swarm member).
    static HostState fromProbe(const ProbedHost &probe, bool hive);
    // Adds the swarm's view of each host from one manager's node list
    // (matched by host name, or by its first label).
    static void addNodes(QList<HostState> &hosts, const QList<SwarmHealth::Node> &nodes);
    // Counts each host's findings and keeps the worst.
    static void addFindings(QList<HostState> &hosts, const QList<HealthCheck> &checks);

    Condition condition() const;
    static QString conditionName(Condition c); // up, drained, down, unreachable (stable)
    QString conditionText() const;             // translated
    // "leader", "manager", "worker" or "" (translated), for a table cell.
    QString swarmRoleText() const;
    // "0.52 / 2": the 1-minute load and the processors ("" when not known).
    QString loadText() const;
    // "1.2 of 3.8 GiB" used ("" when not known).
    QString memoryText() const;
    // "28 % /var/lib/docker" ("" when not known).
    QString diskText() const;
    // "3 d 4 h" ("" when not known).
    QString uptimeText() const;
    QJsonObject toJson() const;
};

} // namespace hive
