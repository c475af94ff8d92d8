#pragma once

#include "health/health_check.h"
#include "health/host_probe.h"

#include <QDateTime>
#include <QList>

namespace hive {

// Whether the swarm could be rebuilt if every manager were lost (seeds/003):
// the age of the newest swarm backup of any manager kept in the context
// directory (`<context>/backups/swarm-<host>-*.tar.gz`, as `hive backup`
// writes them), and whether autolock is on with its unlock key stored.
class BackupHealth
{
    Q_DECLARE_TR_FUNCTIONS(hive::BackupHealth)
public:
    static QList<HealthCheck> check(const QString &contextDir, const QList<ProbedHost> &hives,
                                    const QDateTime &now);
    static QString backupDir(const QString &contextDir);
    static QString unlockKeyPath(const QString &contextDir);
};

} // namespace hive
