#pragma once

#include "data/value.h"

#include <QList>
#include <QString>

namespace hive {

// The hosts of one stage as the hive definition lays them out.
struct HostPlan
{
    QString name;
    int index = 0;
    bool isHive = false;
    bool isRepository = false;
    QString privateIp;
    QString netmask;
    QString subnet;
    Value availabilityZone; // string, or an integer for azure; null without region
    // hive_swarm_mode: worker — a hive that joins the swarm as a worker
    // (never the first hive, which starts the swarm as its manager).
    bool swarmWorker = false;
};

struct StagePlan
{
    QString name;   // private, staging, production
    QString prefix; // p-, s-, ""
    QString provider;
    QString cidr;
    bool separateRepository = true;
    QString customHostname = QStringLiteral("hive");
    QString motherName;
    QString firstHive; // host name of the first hive (swarm master); empty if none
    QList<HostPlan> hosts;
    Value definition; // the stage object as written
    SourceMark mark;

    QString repositoryHost() const;
    QStringList hiveHosts() const;
    // A host of the stage (its first; empty without hosts), whose variables
    // are read for what every host of the stage shares.
    QString anyHost() const { return hosts.isEmpty() ? QString() : hosts.first().name; }
    // The UDP port of the overlay networks between hosts (data_path_port;
    // Docker's 4789 unless the stage moves it, manual 13.13).
    int dataPathPort() const;
    static constexpr int kDefaultDataPathPort = 4789;
    // The registry's port on the repository server: its hive_registry_port
    // (hive-builder's variable), else 5000. Set once the variables are read.
    int registryPort = kDefaultRegistryPort;
    static constexpr int kDefaultRegistryPort = 5000;
};

struct HiveModel
{
    QString name;
    QString file;
    QList<StagePlan> stages;

    const StagePlan *stage(const QString &stageName) const;
    static QString prefixFor(const QString &stage);
};

} // namespace hive
