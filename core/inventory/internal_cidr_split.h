#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

// How a hive's internal_cidr is shared among Docker's own networks, by the
// ratios of the manual's table: overlay 1/4, ingress 1/4, docker_gwbridge
// 1/8, docker0 1/8, registry_default 1/8, zabbix_default 1/8 — in that order
// from the start of the range.
struct InternalCidrSplit
{
    Q_DECLARE_TR_FUNCTIONS(hive::InternalCidrSplit)
public:
    QString overlay;  // swarm's default address pool
    QString ingress;  // the ingress network
    QString gwbridge; // docker_gwbridge
    QString docker0;  // the default bridge ("bip" takes its first address)
    QString registry; // registry_default
    QString zabbix;   // zabbix_default
    QString bip;      // docker0's first address with its prefix

    // False, with an error naming the value, when it is not a network or too
    // small to split (a prefix longer than /26).
    static bool compute(const QString &internalCidr, InternalCidrSplit &out, QString &error);
};

} // namespace hive
