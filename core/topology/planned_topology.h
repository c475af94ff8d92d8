#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

struct LoadedInventory;

// One stage of the hive as designed, in the terms a diagram needs: hosts
// grouped by availability zone (or subnet), the repository server, the swarm
// managers, published ports, volumes and where they are replicated, networks,
// and the services with their replicas and placement. Built from the loaded
// inventory only — nothing here talks to a host; the live topology of a
// running hive is drawn from the same structure filled from the Docker API.
class PlannedTopology
{
    Q_DECLARE_TR_FUNCTIONS(hive::PlannedTopology)
public:
    struct Host
    {
        QString name;
        QString address;
        QString publicAddress; // a cloud host's, once build-infra recorded it
        QString subnet;
        QString zone;
        bool isHive = false;
        bool isRepository = false;
        bool isManager = false;   // every hive joins the swarm as a manager
        bool isFirstHive = false; // the host that initialises the swarm
    };
    struct Group
    {
        QString title; // zone, subnet or the stage's cidr
        QString detail;
        QList<Host> hosts;
    };
    struct Port
    {
        QString service;
        qint64 published = 0;
        qint64 target = 0;
        QString protocol;
        bool hostMode = false;     // the host's own port instead of the routing mesh
        bool allocated = false;    // chosen by the hive, not written in the file
        bool internalOnly = false; // >= 10000: not reachable from outside the hive
        QString text() const;
    };
    struct Volume
    {
        enum class Kind
        {
            Drbd,
            Nfs,
            Driver,
            Mount
        };
        QString name;
        Kind kind = Kind::Mount;
        QString detail; // "ext4, 100M, /dev/drbd1" …
        QStringList services;
        QStringList hosts; // where a DRBD volume is replicated or a volume exists
    };
    struct Network
    {
        QString name;
        QStringList services;
    };
    struct Service
    {
        QString name;
        QString image;
        QString replicas; // "3", "global", "1"
        bool global = false;
        bool standalone = false;
        QStringList placement; // constraints and preferences as written
        QStringList ports;
        QStringList volumes;
        QStringList networks;
    };

    QString hiveName;
    QString stage;
    QString provider;
    QString cidr;
    // How the hosts are connected, where the provider says more than the
    // cidr: a vagrant stage's private network or bridge, a kickstart
    // stage's interfaces (bonds, VLANs). Empty otherwise.
    QString networkDetail;
    QString firstHive;
    QString repositoryHost;
    bool separateRepository = true;
    QList<Group> groups;
    QList<Port> ports;
    QList<Volume> volumes;
    QList<Network> networks;
    QList<Service> services;

    // Empty (no groups) when the stage is not defined.
    static PlannedTopology build(const LoadedInventory &inventory, const QString &stage);
    // The public addresses build-infra recorded (StageFiles::publicAddresses:
    // private → public), on the hosts they belong to.
    void setPublicAddresses(const QHash<QString, QString> &byPrivateAddress);

    QList<const Host *> hosts() const;
    int managerCount() const;
    // How many managers may be lost with the swarm keeping its quorum.
    int faultTolerance() const;
    // A sentence on the managers: count and what losing them means.
    QString managerSummary() const;
};

} // namespace hive
