#pragma once

#include "health/health_check.h"
#include "health/host_probe.h"

#include <QList>
#include <QStringList>

namespace hive {

// A host's disks and system services: file system usage of /, Docker's data,
// the registry's data, /var/log/services and DRBD volumes (80 % a warning,
// 90 % critical, with the largest directories of a full one), and failed
// systemd units, naming those whose resource no longer exists.
class HostResourcesHealth
{
    Q_DECLARE_TR_FUNCTIONS(hive::HostResourcesHealth)
public:
    // One file system of the probe's df section (each mount once).
    struct DiskUse
    {
        QString device;
        QString mount;
        int percent = 0;
    };
    static QList<DiskUse> diskUse(const ProbedHost &host);

    static QList<HealthCheck> checkDisks(const ProbedHost &host);
    // `volumes`: the DRBD volumes the stage defines (a failed drbd@X unit of
    // another X is stale).
    static QList<HealthCheck> checkUnits(const ProbedHost &host, const QStringList &volumes);
};

} // namespace hive
