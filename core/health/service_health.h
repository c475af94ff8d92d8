#pragma once

#include "health/health_check.h"
#include "health/host_probe.h"

#include <QList>
#include <QStringList>

namespace hive {

// The services as a manager lists them against what the inventory defines:
// desired against running replicas, tasks rejected or failing with their
// full error (classified by TaskErrorClassifier), slots restarting over and
// over, services defined but not deployed and deployed but not defined.
class ServiceHealth
{
    Q_DECLARE_TR_FUNCTIONS(hive::ServiceHealth)
public:
    struct Task
    {
        QString name; // service.slot or service.nodeid
        QString node;
        QString desiredState;
        QString currentState; // "Running 44 seconds ago"
        QString error;        // without docker's surrounding quotes
        QString line;         // as printed, for evidence
        // Seconds since the current state began, from docker's wording
        // ("About a minute ago" is 60; -1 when it cannot tell).
        qint64 ageSeconds() const;
        bool running() const;
    };

    // `manager`: the probed services round of one manager (sections
    // "services" and "tasks"); `defined`: the stage's services.
    static QList<HealthCheck> check(const ProbedHost &manager, const QStringList &defined);
    static QList<Task> parseTasks(const QString &text);
};

} // namespace hive
