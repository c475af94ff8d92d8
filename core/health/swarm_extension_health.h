#pragma once

#include "health/health_check.h"
#include "health/host_probe.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hive {

// The swarm extensions (manual, chapter 9) as the doctor finds them: each
// service's HIVE_VIP address (HIVE_VIP0..5 too) on exactly the node running
// its task, and each HIVE_MARK label on exactly the node running the
// leader's task. Read from a manager's `labels` and `tasks` sections and
// each hive's `addresses` section; a hive that did not answer leaves what
// cannot be told said as such.
class SwarmExtensionHealth
{
    Q_DECLARE_TR_FUNCTIONS(hive::SwarmExtensionHealth)
public:
    static QList<HealthCheck> check(const ProbedHost &manager, const QList<ProbedHost> &hives);
};

} // namespace hive
