#pragma once

#include "health/health_check.h"
#include "health/host_probe.h"

#include <QList>
#include <QStringList>

namespace hive {

// The services' data backups on the repository server (hive-backup.sh, its
// nightly timer): for each service with backup_scripts, a warning when its
// last backup failed, is older than a day, or never ran although its
// script has been there for a day. Read from the probe's "databackups"
// section of the repository server.
class DataBackupHealth
{
    Q_DECLARE_TR_FUNCTIONS(hive::DataBackupHealth)
public:
    static QList<HealthCheck> check(const ProbedHost &repository, const QStringList &services);
};

} // namespace hive
