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

QString HostRoles::addressWithPrefix(const HostPlan &host)
{
    const QStringList parts = host.netmask.split(QLatin1Char('.'));
    quint32 mask = 0;
    bool ok = parts.size() == 4;
    for (const QString &p : parts) {
        bool number = false;
        const uint octet = p.toUInt(&number);
        ok = ok && number && octet <= 255;
        mask = (mask << 8) | (octet & 0xff);
    }
    int prefix = 0;
    while (prefix < 32 && (mask & (0x80000000u >> prefix)))
        ++prefix;
    // Only leading ones make a prefix.
    if (!ok || (prefix < 32 && (mask << prefix) != 0))
        return addressWithNetmask(host);
    return host.privateIp + QLatin1Char('/') + QString::number(prefix);
}

QString HostRoles::zone(const HostPlan &host)
{
    return host.availabilityZone.isNull() ? QStringLiteral("-")
                                          : host.availabilityZone.scalarText();
}

} // namespace hive
