#pragma once

#include "phases/phase.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;

// The build-networks phase: every network of the stage (hive_default_network
// always) as an attachable swarm network, made on the first hive with its
// driver, ipam and driver_opts; hive_default_network takes the first /24 of
// the overlay quarter of internal_cidr when the hive sets one and the swarm's
// address pool is that quarter (swarms made here), and the whole quarter, as
// hive-builder gives it, on swarms whose pool is elsewhere (hive-builder's);
// a default network of either size is taken as it is. A network that
// exists as wanted is ok; one that differs is reported (networks cannot be
// changed in place). -D removes them (Docker refuses while a service uses
// one, and that is reported); -l names networks.
class BuildNetworksPhase : public Phase
{
    Q_DECLARE_TR_FUNCTIONS(hive::BuildNetworksPhase)
public:
    QString name() const override { return QStringLiteral("build-networks"); }

    // What `docker network create` gets for a network: Driver, Attachable,
    // IPAM {Driver, Config: [{Subnet, Gateway, IPRange}]}, Options — in the
    // shape `docker network inspect` prints, so the two can be compared.
    // `wholeQuarter`: hive_default_network's subnet is internal_cidr's whole
    // overlay quarter (hive-builder's) instead of its first /24.
    static QJsonObject wanted(const LoadedInventory &loaded, const QString &network,
                              const QString &internalCidr, bool wholeQuarter = false);
    // The arguments of `docker network create` for it.
    static QStringList createArguments(const QString &network, const QJsonObject &wanted);
    // Empty when `actual` (docker network inspect) has everything `wanted`
    // asks for; otherwise what differs, in words.
    static QString difference(const QJsonObject &wanted, const QJsonObject &actual);

protected:
    bool plan(PhaseContext &context, Plan &plan) const override; // -l names networks
};

} // namespace hive
