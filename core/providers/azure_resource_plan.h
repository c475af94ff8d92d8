#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

struct LoadedInventory;
struct StagePlan;

// What an Azure stage is made of, read from the inventory before anything
// is asked of Azure, as hive-builder's roles/azure makes it: a resource
// group named after the hive (or one prepared beforehand), a virtual
// network over the stage's cidr with its subnets, one network security
// group with the hive's inbound rules, and for each host a static public
// IP, a network interface at its private address and a VM (its size,
// image, OS disk, a managed data disk on hives, its availability zone).
// Azure resources carry no tags in hive-builder: the resource group and
// these names are what is the stage's, so projects it built match.
struct AzureResourcePlan
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureResourcePlan)
public:
    struct Subnet
    {
        QString name;
        QString cidr;
    };
    struct Rule
    {
        QString name;
        int priority = 0;
        QString protocol;    // "*", "Tcp", "Udp", "Icmp"
        QStringList ports;   // destination ports; {"*"} for all
        QStringList sources; // {"*"}, {"VirtualNetwork"}, or CIDRs
        bool allow = true;
    };
    struct Image
    {
        // A Marketplace image, or the id of a custom one.
        QString publisher, offer, sku, version;
        QString id;
    };
    struct Machine
    {
        QString host;   // the inventory name
        QString name;   // its first label: the VM's and its computer's name
        QString size;   // "Standard_B2s"
        QString zone;   // "1".."3"; empty: no zone (not_support_az)
        QString subnet; // a Subnet's name
        QString privateIp;
        QString publicIpName; // "gip-<name>"
        QString nicName;      // "<name>-primary"
        QString osDisk;       // "os_<name>"
        int osDiskGb = 0;     // 0: the image's size
        QString dataDisk;     // "mirrored_<name>" on hives, else empty
        int dataDiskGb = 0;
        bool isRepository = false;
    };

    QString hiveName;
    QString stage;
    QString region; // the location: "japaneast"
    QString cidr;
    QString resourceGroup;
    bool preparedResourceGroup = false; // made beforehand: never made nor deleted here
    QString networkName;                // "vpc-<hive>" (hive_vpc_name)
    QString securityGroup;              // "sg_<hive>"
    Image image;
    QList<Subnet> subnets;
    QList<Rule> rules;
    QList<Machine> machines;
    bool storageAccount = false; // nfs volumes: Azure Files in account <hive>
    QString storageAccountName;

    static constexpr const char *kDiskType = "Premium_LRS";

    // False with every reason in `errors` (the attribute and host named).
    static bool make(const LoadedInventory &loaded, const StagePlan &stage, AzureResourcePlan &out,
                     QStringList &errors);
    // Whether Azure takes `name` for a network part, a disk or a VM: 1 to
    // 80 letters, digits, '_', '-' or '.', beginning with a letter or digit
    // and ending with a letter, digit or '_'.
    static bool validName(const QString &name);
    // Whether Azure takes `name` for a resource group: 1 to 90 letters,
    // digits, '_', '-', '.', '(' or ')', not ending with '.'.
    static bool validGroupName(const QString &name);
    // The names of every rule a plan can have: the security group's rules
    // this provider owns.
    static const QStringList &ruleNames();
    // One line per resource, as `build-infra -C` and the tests show it.
    QString describe() const;
};

} // namespace hive
