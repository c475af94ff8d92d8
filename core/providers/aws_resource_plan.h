#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

struct LoadedInventory;
struct StagePlan;

// What an AWS stage is made of, read from the inventory before anything is
// asked of AWS: the network (a VPC of the stage's cidr, its internet
// gateway, a subnet per `subnets` entry, the default security group's
// inbound rules), the key pair, one instance per host with its disks and
// Elastic IP, and an EFS file system when the stage has nfs volumes. Names
// and tags are hive-builder's (roles/aws), so accounts it built match.
struct AwsResourcePlan
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsResourcePlan)
public:
    struct Subnet
    {
        QString name;
        QString cidr;
        QString zone; // "ap-northeast-1a"
    };
    struct Rule
    {
        QString protocol; // "tcp", "udp", or "-1" (all, from the group itself)
        int port = 0;
        QString source; // a CIDR; empty: the group itself
    };
    struct Disk
    {
        QString device;  // empty: the image's root device
        int sizeGiB = 0; // 0: the image's own size
        bool encrypted = false;
        QString kmsKeyId;
    };
    struct Instance
    {
        QString host; // the inventory name, its Name tag
        bool isRepository = false;
        QString subnet; // a Subnet's name
        QString privateIp;
        QString instanceType;
        Disk root;
        bool hasMirroredDisk = false;
        Disk mirrored;       // /dev/sdb on hives
        QString publishedIp; // hive_published_ip: an Elastic IP of the account to use
    };
    struct Image
    {
        QString id;    // "ami-…": used as it is
        QString name;  // else the newest image whose name matches (wildcards)
        QString owner; // ... of this owner
    };

    QString hiveName;
    QString stage;
    QString region;
    QString cidr;
    QString vpcName;     // "vpc-<hive>" (hive_vpc_name)
    QString gatewayName; // "gateway for <vpc>"
    QString groupName;   // the default group's Name tag: "group-<vpc>"
    QList<Subnet> subnets;
    QList<Rule> inbound;
    QString keyName; // hive_aws_key_name, else hive-builder's "hive-bulder-<hive>"
    Image image;
    QList<Instance> instances;
    bool fileSystem = false; // nfs volumes: EFS "efs-<hive>"
    QString fileSystemToken;

    // hive-builder's default image is one AMI id of one region; ours is the
    // newest AlmaLinux 9 of the AlmaLinux OS Foundation, in every region.
    static constexpr const char *kDefaultImageName = "AlmaLinux OS 9*x86_64*";
    static constexpr const char *kDefaultImageOwner = "764336703387";

    // False with every reason in `errors` (the attribute and host named).
    static bool make(const LoadedInventory &loaded, const StagePlan &stage, AwsResourcePlan &out,
                     QStringList &errors);
    // One line per resource, as `build-infra -C` and the tests show it.
    QString describe() const;
};

} // namespace hive
