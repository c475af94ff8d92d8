#include "providers/aws_resource_plan.h"

#include "inventory/inventory_loader.h"
#include "providers/cloud_stage_reading.h"

#include <QRegularExpression>

namespace hive {

bool AwsResourcePlan::make(const LoadedInventory &loaded, const StagePlan &stage,
                           AwsResourcePlan &out, QStringList &errors)
{
    const Value &def = stage.definition;
    const auto attr = [&](const char *name) { return def.value(QLatin1String(name)); };
    out = AwsResourcePlan{};
    out.hiveName = loaded.hive.name;
    out.stage = stage.name;
    out.cidr = stage.cidr;
    out.region = attr("region").text();
    if (out.region.isEmpty())
        errors << tr("stage %1: 'region' is needed on AWS (e.g. ap-northeast-1)").arg(stage.name);
    const Value shared = loaded.inventory.flattenedHostVars(stage.anyHost());
    const QString vpc = shared.value(QStringLiteral("hive_vpc_name")).text();
    out.vpcName = vpc.isEmpty() ? QStringLiteral("vpc-") + out.hiveName : vpc;
    out.gatewayName = QStringLiteral("gateway for ") + out.vpcName;
    out.groupName = QStringLiteral("group-") + out.vpcName;
    const QString key = shared.value(QStringLiteral("hive_aws_key_name")).text();
    out.keyName = key.isEmpty() ? QStringLiteral("hive-bulder-") + out.hiveName : key;

    // Subnets: as written, a zone from the entry or from its hosts.
    QHash<QString, QString> zoneOfSubnet;
    for (const HostPlan &h : stage.hosts) {
        if (!h.subnet.isEmpty() && !h.availabilityZone.isNull() && !zoneOfSubnet.contains(h.subnet))
            zoneOfSubnet.insert(h.subnet, h.availabilityZone.text());
    }
    const Value::List &written = attr("subnets").items();
    for (int i = 0; i < int(written.size()); ++i) {
        const Value &s = written.at(size_t(i));
        Subnet subnet;
        subnet.cidr = s.value(QStringLiteral("cidr")).text();
        subnet.name = s.value(QStringLiteral("name")).text();
        if (subnet.name.isEmpty())
            subnet.name = stage.prefix + QStringLiteral("subnet%1").arg(i);
        subnet.zone = s.value(QStringLiteral("available_zone")).text();
        if (subnet.zone.isEmpty())
            subnet.zone = zoneOfSubnet.value(subnet.name);
        if (!subnet.zone.isEmpty() && !subnet.zone.startsWith(out.region))
            subnet.zone = out.region + subnet.zone; // a suffix ("a") as the zones are derived
        if (subnet.zone.isEmpty() && !out.region.isEmpty())
            subnet.zone = out.region + QLatin1Char('a');
        out.subnets << subnet;
    }
    // No `subnets`: one subnet over the whole cidr, named as the inventory
    // names it for the hosts (hive_subnet: <hive>-default), which is also
    // the name hive-builder tags it with.
    if (out.subnets.isEmpty()) {
        QString name = out.hiveName + QStringLiteral("-default");
        for (const HostPlan &h : stage.hosts) {
            if (!h.subnet.isEmpty()) {
                name = h.subnet;
                break;
            }
        }
        out.subnets << Subnet{name, stage.cidr,
                              zoneOfSubnet.isEmpty() ? out.region + QLatin1Char('a')
                                                     : zoneOfSubnet.cbegin().value()};
    }

    // Inbound: the group itself, ssh (on 22 for the first contact and on
    // the safe port setup-hosts moves it to), the published ports below
    // 10000 of this stage's services.
    out.inbound << Rule{QStringLiteral("-1"), 0, QString()};
    QStringList sshSources;
    for (const Value &s : shared.value(QStringLiteral("hive_ssh_source_ips")).items())
        sshSources << s.text();
    if (sshSources.isEmpty())
        sshSources << QStringLiteral("0.0.0.0/0");
    QList<int> sshPorts{22};
    if (const int moved = CloudStageReading::movedSshPort(shared))
        sshPorts << moved;
    for (const int port : std::as_const(sshPorts))
        for (const QString &source : std::as_const(sshSources))
            out.inbound << Rule{QStringLiteral("tcp"), port, source};
    for (const auto &[protocol, port] : CloudStageReading::publishedPorts(loaded, stage))
        out.inbound << Rule{protocol, port, QStringLiteral("0.0.0.0/0")};
    out.fileSystem = CloudStageReading::hasNfsVolumes(loaded, stage);
    out.fileSystemToken = QStringLiteral("efs-") + out.hiveName;

    // The image: an AMI id as it is, another name looked up, else ours.
    const QString image = attr("image_name").text();
    static const QRegularExpression amiId(QStringLiteral("^ami-[0-9a-f]{8,17}$"));
    if (amiId.match(image).hasMatch())
        out.image.id = image;
    else if (!image.isEmpty())
        out.image = Image{QString(), image, QString()};
    else
        out.image =
            Image{QString(), QLatin1String(kDefaultImageName), QLatin1String(kDefaultImageOwner)};

    const QString kms = attr("kms_key_id").text();
    for (const HostPlan &h : stage.hosts) {
        const Value vars = loaded.inventory.flattenedHostVars(h.name);
        Instance in;
        in.host = h.name;
        in.isRepository = CloudStageReading::isRepositoryOnly(h);
        in.subnet = h.subnet.isEmpty() ? out.subnets.first().name : h.subnet;
        in.privateIp = h.privateIp;
        in.instanceType = CloudStageReading::instanceType(stage, h, QStringLiteral("AWS"),
                                                          QStringLiteral("t3.medium"), errors);
        in.root.sizeGiB = CloudStageReading::diskSizeGiB(stage, h, errors);
        in.root.device = vars.value(QStringLiteral("hive_osdisk_device")).text();
        in.root.encrypted = (in.isRepository && !attr("repository_disk_encrypted").isNull()
                                 ? attr("repository_disk_encrypted")
                                 : attr("disk_encrypted"))
                                .isTruthy();
        in.root.kmsKeyId = in.root.encrypted ? kms : QString();
        in.mirrored.sizeGiB = CloudStageReading::mirroredDiskGiB(stage, h, vars, errors);
        in.hasMirroredDisk = in.mirrored.sizeGiB > 0;
        if (in.hasMirroredDisk) {
            in.mirrored.device = QStringLiteral("/dev/sdb");
            in.mirrored.encrypted = attr("mirrored_disk_encrypted").isTruthy();
            in.mirrored.kmsKeyId = in.mirrored.encrypted ? kms : QString();
        }
        in.publishedIp = vars.value(QStringLiteral("hive_published_ip")).text();
        if ((in.root.encrypted || in.mirrored.encrypted) && kms.isEmpty())
            errors << tr("stage %1: encrypted disks need 'kms_key_id' (the KMS key's id or ARN)")
                          .arg(stage.name);
        out.instances << in;
    }
    errors.removeDuplicates();
    return errors.isEmpty();
}

QString AwsResourcePlan::describe() const
{
    QStringList lines;
    lines << tr("region %1, stage %2 of %3").arg(region, stage, hiveName);
    lines << tr("vpc %1 %2, internet gateway \"%3\"").arg(vpcName, cidr, gatewayName);
    for (const Subnet &s : subnets)
        lines << tr("subnet %1 %2 in %3").arg(s.name, s.cidr, s.zone);
    QStringList rules;
    for (const Rule &r : inbound)
        rules << (r.source.isEmpty()
                      ? QStringLiteral("all from the group")
                      : QStringLiteral("%1/%2 from %3").arg(r.protocol).arg(r.port).arg(r.source));
    lines << tr("security group %1 (the vpc's default): %2")
                 .arg(groupName, rules.join(QStringLiteral(", ")));
    lines << tr("key pair %1").arg(keyName);
    lines << (image.id.isEmpty() ? tr("image: the newest named %1%2")
                                       .arg(image.name, image.owner.isEmpty()
                                                            ? QString()
                                                            : tr(" of owner %1").arg(image.owner))
                                 : tr("image %1").arg(image.id));
    const auto disk = [](const Disk &d) {
        return QStringLiteral("%1 %2%3").arg(
            d.device.isEmpty() ? QStringLiteral("root") : d.device,
            d.sizeGiB ? QStringLiteral("%1 GiB").arg(d.sizeGiB) : QStringLiteral("image size"),
            d.encrypted ? QStringLiteral(" encrypted (%1)").arg(d.kmsKeyId) : QString());
    };
    for (const Instance &i : instances)
        lines << tr("instance %1 %2 at %3 in %4: %5%6, elastic ip %7")
                     .arg(i.host, i.instanceType, i.privateIp, i.subnet, disk(i.root),
                          i.hasMirroredDisk ? QStringLiteral(", ") + disk(i.mirrored) : QString(),
                          i.publishedIp.isEmpty() ? tr("new") : i.publishedIp);
    if (fileSystem)
        lines << tr("efs %1 with a mount target in each subnet").arg(fileSystemToken);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace hive
