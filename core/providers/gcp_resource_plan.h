#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

struct LoadedInventory;
struct StagePlan;

// What a GCP stage is made of, read from the inventory before anything is
// asked of Google: a VPC network with a subnetwork per `subnets` entry in
// the stage's region, three firewalls (inside the hive, ssh, the published
// ports), and for each host a static external address and an instance with
// its boot disk (and a second disk on hives) at its private address; a
// Filestore instance when the stage has nfs volumes. GCP resources carry no
// labels in hive-builder: everything is found by these names, as its
// roles/gcp names them, so projects it built match.
struct GcpResourcePlan
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpResourcePlan)
public:
    struct Subnetwork
    {
        QString name;
        QString cidr;
    };
    struct Allowed
    {
        QString protocol;  // "tcp", "udp", "icmp"
        QStringList ports; // "22", "0-65535"; empty: the protocol has none
    };
    struct Firewall
    {
        QString name;
        QStringList sources; // CIDRs
        QList<Allowed> allowed;
    };
    struct Instance
    {
        QString host; // the inventory name, its hostname
        QString name; // the host's name with '-' for '.' ("s-hive0-pdns")
        QString zone; // "asia-northeast1-a"
        QString machineType;
        QString subnetwork; // a Subnetwork's name
        QString privateIp;
        QString addressName; // "gip-<name>": its static external address
        QString publishedIp; // hive_published_ip: the address to reserve
        QString bootDisk;    // "boot-<name>"
        int bootDiskGb = kDefaultBootDiskGb;
        QString mirroredDisk; // "drbd-<name>" on hives, else empty
        int mirroredDiskGb = 0;
        bool isRepository = false;
    };

    QString hiveName;
    QString stage;
    QString region;
    QString cidr;
    QString networkName; // "vpc-<hive>" (hive_vpc_name)
    QString image;       // image_name, else AlmaLinux 9's image family
    QList<Subnetwork> subnetworks;
    QList<Firewall> firewalls;
    QList<Instance> instances;
    bool fileStore = false; // nfs volumes: Filestore "filestore-<hive>"
    QString fileStoreName;
    QString fileStoreRange; // filestore_cidr: the addresses it takes; empty: Google picks
    int fileStoreCapacityGb = kDefaultFileStoreGb;

    static constexpr int kDefaultBootDiskGb = 25;
    static constexpr int kDefaultFileStoreGb = 1024;
    static constexpr const char *kDefaultImage =
        "projects/almalinux-cloud/global/images/family/almalinux-9";

    // False with every reason in `errors` (the attribute and host named).
    static bool make(const LoadedInventory &loaded, const StagePlan &stage, GcpResourcePlan &out,
                     QStringList &errors);
    // Whether GCE takes `name` as a resource's name: a lowercase letter,
    // then up to 62 lowercase letters, digits or '-', not ending in '-'.
    static bool validName(const QString &name);
    // One line per resource, as `build-infra -C` and the tests show it.
    QString describe() const;
};

} // namespace hive
