#include "inventory/host_roles.h"

#include "inventory/hive_model.h"

namespace hive {

QStringList HostRoles::of(const StagePlan &stage, const HostPlan &host)
{
    QStringList roles;
    if (host.isHive)
        roles << tr("hive");
    if (host.isRepository)
        roles << tr("repository");
    if (host.name == stage.firstHive)
        roles << tr("first");
    return roles;
}

QString HostRoles::addressWithNetmask(const HostPlan &host)
{
    return host.privateIp + QLatin1Char('/') + host.netmask;
}

QString HostRoles::zone(const HostPlan &host)
{
    return host.availabilityZone.isNull() ? QStringLiteral("-")
                                          : host.availabilityZone.scalarText();
}

} // namespace hive
