#pragma once

#include "data/value.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hive {

struct StagePlan;

// A stage as the first-setup wizard designs it, before it is written: the
// provider, the network and the machines, with sensible defaults per
// provider (e.g. on aws three subnets across the region's zones). toValue()
// gives the stage object with only the attributes valid for the provider, in
// the order people write them.
struct StageDraft
{
    Q_DECLARE_TR_FUNCTIONS(hive::StageDraft)

public:
    struct Subnet
    {
        QString cidr;
        QString name;
        QString zone;
    };

    QString stage = QStringLiteral("private");
    QString provider = QStringLiteral("docker");
    QString cidr;
    bool separateRepository = true;
    int numberOfHosts = 0; // 0: the default (4 with a separate repository, else 3)
    QStringList ipAddressList;
    QList<Subnet> subnets;
    QString region;
    QString instanceType;
    QString repositoryInstanceType;
    int memorySize = 0; // MiB; 0: not written
    QString mirroredDiskSize;

    // vagrant: the box (image_name; empty: almalinux/9), CPUs per machine (0:
    // the box's), and the network: private (host-only), a new bridge of this
    // name to the outside (bridge), or libvirt's existing one (dev).
    enum class VagrantNetwork
    {
        Private,
        NewBridge,
        ExistingBridge,
    };
    QString box;
    int cpus = 0;
    VagrantNetwork vagrantNetwork = VagrantNetwork::Private;
    QString bridge;

    // kickstart: kickstart_config and the stage's nameservers.
    struct Network
    {
        QString interface;
        QStringList bondingInterfaces;
        int vlanId = 0;             // 0: none
        bool hostAddresses = false; // carries the hosts' ip_address_list
        QString netmask;
        QString gateway;
    };
    QString isoSource;
    QString isoDestination;
    bool mediaUsb = false;
    QString targetDisk; // empty: sda
    QList<Network> networks;
    QStringList nameservers;

    static StageDraft defaults(const QString &stage, const QString &provider);
    // Hosts the stage will have.
    int hostCount() const;
    // The addresses a prepared/kickstart stage needs, counted from the cidr.
    QStringList suggestedAddresses() const;
    // Subnets across the region's zones, carved out of the cidr.
    QList<Subnet> suggestedSubnets() const;
    Value toValue() const;
    // What the provider needs from the user, one sentence, in the UI language.
    static QString providerNeeds(const QString &provider);
    static QString stagePurpose(const QString &stage);
    static bool usesAddressList(const QString &provider);
    static bool usesSubnets(const QString &provider);
    static bool usesInstanceTypes(const QString &provider);
    static bool usesMemorySize(const QString &provider);
    static bool usesMirroredDisk(const QString &provider);
    // What keeps the provider's settings from being written (empty: nothing):
    // a kickstart stage without its media or with no network for the hosts.
    QString settingsProblem() const;
    // What a stage of this many hives costs in fault tolerance: a refusal
    // (`blocks`) with no hive at all, a warning with one or two (Docker
    // Swarm keeps working only while most of its managers answer), nothing
    // from three on.
    static QString faultTolerance(const StagePlan &plan, bool *blocks);
    // Stage variables (`hive set`) holding the provider's credentials.
    static QStringList credentialVariables(const QString &provider);
};

} // namespace hive
