#pragma once

#include "health/health_check.h"
#include "health/host_state.h"

#include <QDateTime>
#include <QList>

namespace hive {

// Everything one `hive doctor` found, in the order of the checks.
struct HealthReport
{
    QString stage;
    QDateTime checkedAt;
    qint64 elapsedMs = 0;
    QList<HealthCheck> checks;
    // Every host of the stage as the check found it, in the inventory's order.
    QList<HostState> hosts;

    HealthCheck::Severity worst() const;
    int count(HealthCheck::Severity s) const;
    // The checks of one area, in order.
    QList<HealthCheck> inArea(const QString &area) const;
    QByteArray toJson() const;
    // The process exit code of `hive doctor`: 0 ok, 3 warning, 4 critical
    // (1 and 2 stay "could not run" and "usage", as for every command).
    static int exitCodeFor(HealthCheck::Severity s);
};

} // namespace hive
