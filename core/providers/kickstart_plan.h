#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

struct LoadedInventory;
struct StagePlan;

// The install medium of a `kickstart` stage, read from its kickstart_config
// as hive-builder's roles/kickstart reads it (manual 7.1.2): the OS's
// install medium to start from (iso_src), where the new one goes (iso_dest:
// an ISO file, or a device such as /dev/sdb), whether that is a USB stick
// (media_usb), the disk to install on (target, sda), and the networks: an
// interface (or a bond of bonding_interfaces, or a VLAN of it with vlanid)
// with one address per host in host order (ips), netmask, gateway and
// nameservers (else the stage's). Every host must get its hive_private_ip
// on one of them: that is where build-infra reaches it.
struct KickstartPlan
{
    Q_DECLARE_TR_FUNCTIONS(hive::KickstartPlan)
public:
    struct Network
    {
        QString interface;
        QStringList bondingInterfaces;
        QString bondingOptions;
        int vlanId = -1; // -1: none
        QStringList ips; // one per host, in host order; empty: no IPv4 address
        QString netmask;
        QString gateway;
        QStringList nameservers;
    };
    struct Host
    {
        QString name;
        QString shortName; // the name up to its first dot: its kickstart file's
        QString address;   // hive_private_ip
        int position = 0;  // in host order: its address in each network's ips
        bool isHive = false;
        int swapMiB = 0;
        int rootMiB = 0;     // 0: the rest of the disk
        int mirroredMiB = 0; // 0: none (LVM volume group drbdpool on the target disk)
    };

    QString hiveName;
    QString stage;
    QString isoSource;
    QString isoDestination;
    bool mediaUsb = false;
    QString targetDisk = QStringLiteral("sda");
    QString timezone;
    QString language; // hive_locale, else en_US.UTF-8
    QString keyboard = QStringLiteral("jp");
    QList<Network> networks;
    QList<Host> hosts;

    static constexpr const char *kBondingOptions =
        "miimon=100,mode=802.3ad,updelay=600,xmit_hash_policy=2";

    // False with every reason in `errors`, each naming the key
    // (kickstart_config.networks[1].ips) and, where it is one host's, the host.
    static bool make(const LoadedInventory &loaded, const StagePlan &stage, KickstartPlan &out,
                     QStringList &errors);
    bool writesDevice() const { return isoDestination.startsWith(QLatin1String("/dev/")); }
};

} // namespace hive
