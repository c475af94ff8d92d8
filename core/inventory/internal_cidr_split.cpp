#include "inventory/internal_cidr_split.h"

#include "inventory/ipv4_network.h"

namespace hive {

bool InternalCidrSplit::compute(const QString &internalCidr, InternalCidrSplit &out, QString &error)
{
    Ipv4Network net;
    if (!Ipv4Network::parse(internalCidr, net, error)) {
        error = tr("internal_cidr %1: %2").arg(internalCidr, error);
        return false;
    }
    const int p = net.prefixLength();
    if (p > 26) {
        error = tr("internal_cidr %1 is too small to share among Docker's networks (use /26 or "
                   "larger)")
                    .arg(internalCidr);
        return false;
    }
    const quint64 size = quint64(1) << (32 - p);
    auto part = [&](quint64 eighths, int prefix) {
        return Ipv4Network::formatAddress(quint32(net.network() + size / 8 * eighths)) +
               QLatin1Char('/') + QString::number(prefix);
    };
    out.overlay = part(0, p + 2);
    out.ingress = part(2, p + 2);
    out.gwbridge = part(4, p + 3);
    out.docker0 = part(5, p + 3);
    out.registry = part(6, p + 3);
    out.zabbix = part(7, p + 3);
    out.bip = Ipv4Network::formatAddress(quint32(net.network() + size / 8 * 5 + 1)) +
              QLatin1Char('/') + QString::number(p + 3);
    return true;
}

} // namespace hive
