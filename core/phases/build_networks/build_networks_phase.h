#pragma once

#include "phases/named_phase_options.h"

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
// the overlay quarter of internal_cidr when the hive sets one. A network that
// exists as wanted is ok; one that differs is reported (networks cannot be
// changed in place). -D removes them (Docker refuses while a service uses
// one, and that is reported); -l names networks.
class BuildNetworksPhase
{
    Q_DECLARE_TR_FUNCTIONS(hive::BuildNetworksPhase)
public:
    using Options = NamedPhaseOptions; // -l names networks

    BuildNetworksPhase(const Project &project, const LoadedInventory &loaded, RunEventSink *sink);

    bool run(const Options &options);

    // What `docker network create` gets for a network: Driver, Attachable,
    // IPAM {Driver, Config: [{Subnet, Gateway, IPRange}]}, Options — in the
    // shape `docker network inspect` prints, so the two can be compared.
    static QJsonObject wanted(const LoadedInventory &loaded, const QString &network,
                              const QString &internalCidr);
    // The arguments of `docker network create` for it.
    static QStringList createArguments(const QString &network, const QJsonObject &wanted);
    // Empty when `actual` (docker network inspect) has everything `wanted`
    // asks for; otherwise what differs, in words.
    static QString difference(const QJsonObject &wanted, const QJsonObject &actual);

private:
    const Project &m_project;
    const LoadedInventory &m_loaded;
    RunEventSink *m_sink;
};

} // namespace hive
