#pragma once

#include "health/health_check.h"
#include "health/host_probe.h"

#include <QList>
#include <QStringList>

namespace hive {

// The DRBD volumes of the stage from `drbdadm status` on every hive, each
// diagnosed by DrbdDiagnosis; a DRBD volume on a hive without DRBD is not
// mirrored there.
class DrbdHealth
{
    Q_DECLARE_TR_FUNCTIONS(hive::DrbdHealth)
public:
    // `hives` in stage order; `volumes`: the stage's DRBD volumes.
    static QList<HealthCheck> check(const QList<ProbedHost> &hives, const QStringList &volumes);
    // `drbdadm status` of all resources, one text per resource.
    static QHash<QString, QString> splitResources(const QString &text);
};

} // namespace hive
