#include "providers/gcp_resource_plan.h"

#include "inventory/inventory_loader.h"
#include "providers/cloud_stage_reading.h"

#include <QRegularExpression>

namespace hive {

bool GcpResourcePlan::validName(const QString &name)
{
    static const QRegularExpression grammar(QStringLiteral("^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$"));
    return grammar.match(name).hasMatch();
}

bool GcpResourcePlan::make(const LoadedInventory &loaded, const StagePlan &stage,
                           GcpResourcePlan &out, QStringList &errors)
{
    const Value &def = stage.definition;
    const auto attr = [&](const char *name) { return def.value(QLatin1String(name)); };
    out = GcpResourcePlan{};
    out.hiveName = loaded.hive.name;
    // A hive named like a domain (sample.example.jp) gives names with '-'
    // for '.', as roles/gcp names hosts: GCE refuses dots, so no project
    // hive-builder built can have such names.
    const auto dashed = [](QString name) {
        return name.replace(QLatin1Char('.'), QLatin1Char('-'));
    };
    const QString safeHive = dashed(out.hiveName);
    out.stage = stage.name;
    out.cidr = stage.cidr;
    out.region = attr("region").text();
    if (out.region.isEmpty())
        errors << tr("stage %1: 'region' is needed on GCP (e.g. asia-northeast1)").arg(stage.name);
    const Value shared = loaded.inventory.flattenedHostVars(stage.anyHost());
    const QString vpc = shared.value(QStringLiteral("hive_vpc_name")).text();
    out.networkName = vpc.isEmpty() ? QStringLiteral("vpc-") + safeHive : vpc;
    const QString image = attr("image_name").text();
    out.image = image.isEmpty() ? QLatin1String(kDefaultImage) : image;
    // A name GCE refuses is said here, with what it came from, not by
    // Google halfway through a build.
    const auto named = [&](const QString &name, const QString &from) {
        if (!validName(name))
            errors << tr("stage %1: %2 gives the GCP name '%3', which GCP refuses (a lowercase "
                         "letter, then up to 62 lowercase letters, digits or '-', not ending "
                         "in '-')")
                          .arg(stage.name, from, name);
    };
    named(out.networkName, vpc.isEmpty() ? tr("the hive's name") : QStringLiteral("hive_vpc_name"));

    // Subnetworks: as written; without `subnets`, one over the whole cidr,
    // named as the inventory names it for the hosts (<hive>-default).
    const Value::List &written = attr("subnets").items();
    for (int i = 0; i < int(written.size()); ++i) {
        const Value &s = written.at(size_t(i));
        Subnetwork subnet{dashed(s.value(QStringLiteral("name")).text()),
                          s.value(QStringLiteral("cidr")).text()};
        if (subnet.name.isEmpty())
            subnet.name = stage.prefix + QStringLiteral("subnet%1").arg(i);
        out.subnetworks << subnet;
    }
    if (out.subnetworks.isEmpty()) {
        QString name = safeHive + QStringLiteral("-default");
        for (const HostPlan &h : stage.hosts) {
            if (!h.subnet.isEmpty()) {
                name = dashed(h.subnet);
                break;
            }
        }
        out.subnetworks << Subnetwork{name, stage.cidr};
    }
    for (const Subnetwork &s : std::as_const(out.subnetworks))
        named(s.name, tr("subnet %1").arg(s.name));

    // Firewalls, as roles/gcp makes them: everything between the hive's
    // own addresses; ssh from hive_gcp_ssh_source_range (else
    // hive_ssh_source_ips, else anywhere) on 22, where a new instance's
    // sshd listens, and on the port setup-hosts moves it to; the published
    // ports below 10000 from anywhere, with ICMP. A protocol without ports
    // is left out: GCE reads an empty list as every port.
    out.firewalls << Firewall{QStringLiteral("internal-") + safeHive,
                              {stage.cidr},
                              {{QStringLiteral("tcp"), {QStringLiteral("0-65535")}},
                               {QStringLiteral("udp"), {QStringLiteral("0-65535")}},
                               {QStringLiteral("icmp"), {}}}};
    QStringList sshSources;
    for (const QString &s :
         shared.value(QStringLiteral("hive_gcp_ssh_source_range")).text().split(QLatin1Char(','))) {
        if (!s.trimmed().isEmpty())
            sshSources << s.trimmed();
    }
    if (sshSources.isEmpty()) {
        for (const Value &s : shared.value(QStringLiteral("hive_ssh_source_ips")).items())
            sshSources << s.text();
    }
    if (sshSources.isEmpty())
        sshSources << QStringLiteral("0.0.0.0/0");
    QStringList sshPorts{QStringLiteral("22")};
    if (const int moved = CloudStageReading::movedSshPort(shared))
        sshPorts << QString::number(moved);
    out.firewalls << Firewall{
        QStringLiteral("ssh-") + safeHive, sshSources, {{QStringLiteral("tcp"), sshPorts}}};
    QStringList tcp, udp;
    for (const auto &[protocol, port] : CloudStageReading::publishedPorts(loaded, stage))
        (protocol == QLatin1String("tcp") ? tcp : udp) << QString::number(port);
    // A repository server shared between stages answers the other stages'
    // hives on the Docker API, swarm and Zabbix's agent ports.
    if (attr("shared_repository").isTruthy()) {
        for (const char *port : {"2376", "2377", "10050"})
            tcp << QLatin1String(port);
    }
    Firewall inbound{QStringLiteral("inbound-") + safeHive, {QStringLiteral("0.0.0.0/0")}, {}};
    if (!tcp.isEmpty())
        inbound.allowed << Allowed{QStringLiteral("tcp"), tcp};
    if (!udp.isEmpty())
        inbound.allowed << Allowed{QStringLiteral("udp"), udp};
    inbound.allowed << Allowed{QStringLiteral("icmp"), {}};
    out.firewalls << inbound;
    for (const Firewall &f : std::as_const(out.firewalls))
        named(f.name, tr("the hive's name"));

    out.fileStore = CloudStageReading::hasNfsVolumes(loaded, stage);
    out.fileStoreName = QStringLiteral("filestore-") + safeHive;
    out.fileStoreRange = attr("filestore_cidr").text();
    const Value capacity = shared.value(QStringLiteral("hive_gcp_capacity_gb"));
    if (!capacity.isNull()) {
        bool ok = false;
        out.fileStoreCapacityGb = capacity.text().toInt(&ok);
        if (!ok || out.fileStoreCapacityGb <= 0)
            errors << tr("stage %1: hive_gcp_capacity_gb '%2' is not a number of GB")
                          .arg(stage.name, capacity.text());
    }
    if (out.fileStore)
        named(out.fileStoreName, tr("the hive's name"));

    for (const HostPlan &h : stage.hosts) {
        const Value vars = loaded.inventory.flattenedHostVars(h.name);
        Instance in;
        in.host = h.name;
        in.name = dashed(h.name);
        named(in.name, tr("host %1").arg(h.name));
        in.isRepository = CloudStageReading::isRepositoryOnly(h);
        in.zone = h.availabilityZone.text();
        if (in.zone.isEmpty() && !out.region.isEmpty())
            in.zone = out.region + QStringLiteral("-a");
        in.machineType = CloudStageReading::instanceType(stage, h, QStringLiteral("GCP"),
                                                         QStringLiteral("e2-medium"), errors);
        in.subnetwork = h.subnet.isEmpty() ? out.subnetworks.first().name : dashed(h.subnet);
        in.privateIp = h.privateIp;
        in.addressName = QStringLiteral("gip-") + in.name;
        in.publishedIp = vars.value(QStringLiteral("hive_published_ip")).text();
        in.bootDisk = QStringLiteral("boot-") + in.name;
        if (const int gib = CloudStageReading::diskSizeGiB(stage, h, errors))
            in.bootDiskGb = gib;
        in.mirroredDiskGb = CloudStageReading::mirroredDiskGiB(stage, h, vars, errors);
        if (in.mirroredDiskGb > 0)
            in.mirroredDisk = QStringLiteral("drbd-") + in.name;
        // "gip-" and "boot-" add five letters: the longest name must fit too.
        named(in.addressName, tr("host %1").arg(h.name));
        out.instances << in;
    }
    errors.removeDuplicates();
    return errors.isEmpty();
}

QString GcpResourcePlan::describe() const
{
    QStringList lines;
    lines << tr("region %1, stage %2 of %3").arg(region, stage, hiveName);
    lines << tr("network %1").arg(networkName);
    for (const Subnetwork &s : subnetworks)
        lines << tr("subnetwork %1 %2").arg(s.name, s.cidr);
    for (const Firewall &f : firewalls) {
        QStringList allowed;
        for (const Allowed &a : f.allowed)
            allowed << (a.ports.isEmpty()
                            ? a.protocol
                            : a.protocol + QLatin1Char('/') + a.ports.join(QLatin1Char(',')));
        lines << tr("firewall %1 from %2: %3")
                     .arg(f.name, f.sources.join(QLatin1Char(',')),
                          allowed.join(QStringLiteral(", ")));
    }
    lines << tr("image %1").arg(image);
    for (const Instance &i : instances)
        lines
            << tr("instance %1 (%2) %3 in %4 at %5 in %6: %7 %8 GB%9, address %10 %11")
                   .arg(i.name, i.host, i.machineType, i.zone, i.privateIp, i.subnetwork,
                        i.bootDisk)
                   .arg(i.bootDiskGb)
                   .arg(
                       i.mirroredDisk.isEmpty()
                           ? QString()
                           : QStringLiteral(", %1 %2 GB").arg(i.mirroredDisk).arg(i.mirroredDiskGb),
                       i.addressName, i.publishedIp.isEmpty() ? tr("(new)") : i.publishedIp);
    if (fileStore)
        lines << tr("filestore %1 (enterprise, share filestore_root, %2 GB)%3")
                     .arg(fileStoreName)
                     .arg(fileStoreCapacityGb)
                     .arg(fileStoreRange.isEmpty() ? QString() : tr(" in %1").arg(fileStoreRange));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace hive
