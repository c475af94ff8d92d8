#pragma once

#include "health/health_check.h"

#include <QList>

namespace hive {

// A repair that was interrupted before it put back what it took away
// (docker stopped on a host, a service scaled to 0): one critical finding
// per journal entry, read from the stage's context folder without asking
// any host, with the command that finishes it (`hive recover resume`).
class RepairJournalHealth
{
    Q_DECLARE_TR_FUNCTIONS(hive::RepairJournalHealth)
public:
    static QList<HealthCheck> check(const QString &contextDir);
};

} // namespace hive
