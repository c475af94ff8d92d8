#pragma once

#include "health/health_check.h"
#include "remote/zabbix_console.h"

#include <QList>

namespace hive {

// Zabbix's open problems beside the doctor's own findings: each one a
// finding about its host (disaster and high: critical; the others:
// warnings), with when it began and whether someone acknowledged it. When
// the console does not answer, that is the finding.
class ZabbixHealth
{
    Q_DECLARE_TR_FUNCTIONS(hive::ZabbixHealth)
public:
    static QList<HealthCheck> fromProblems(const QString &repository,
                                           const QList<ZabbixConsole::Problem> &problems);
    static HealthCheck notAnswering(const QString &repository, const QString &error);
};

} // namespace hive
