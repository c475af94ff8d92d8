#include "providers/azure_resource_plan.h"

#include "inventory/inventory_loader.h"
#include "providers/cloud_stage_reading.h"

#include <QRegularExpression>

namespace hive {

bool AzureResourcePlan::validName(const QString &name)
{
    static const QRegularExpression grammar(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$"));
    return grammar.match(name).hasMatch();
}

bool AzureResourcePlan::validGroupName(const QString &name)
{
    static const QRegularExpression grammar(QStringLiteral("^[-\\w.()]{0,89}[-\\w()]$"));
    return grammar.match(name).hasMatch();
}

const QStringList &AzureResourcePlan::ruleNames()
{
    static const QStringList names{QStringLiteral("internal"),
                                   QStringLiteral("ssh"),
                                   QStringLiteral("published_ports_tcp"),
                                   QStringLiteral("published_ports_udp"),
                                   QStringLiteral("deny_tcp"),
                                   QStringLiteral("deny_udp"),
                                   QStringLiteral("allow_icmp")};
    return names;
}

bool AzureResourcePlan::make(const LoadedInventory &loaded, const StagePlan &stage,
                             AzureResourcePlan &out, QStringList &errors)
{
    const Value &def = stage.definition;
    const auto attr = [&](const char *name) { return def.value(QLatin1String(name)); };
    out = AzureResourcePlan{};
    out.hiveName = loaded.hive.name;
    out.stage = stage.name;
    out.cidr = stage.cidr;
    out.region = attr("region").text();
    if (out.region.isEmpty())
        errors << tr("stage %1: 'region' is needed on Azure (a location, e.g. japaneast)")
                      .arg(stage.name);
    const auto named = [&](const QString &name, const QString &from) {
        if (!validName(name))
            errors << tr("stage %1: %2 gives the Azure name '%3', which Azure refuses (1 to 80 "
                         "letters, digits, '_', '-' or '.', beginning with a letter or digit, "
                         "ending with a letter, digit or '_')")
                          .arg(stage.name, from, name);
    };
    // The resource group is the hive's name, as roles/azure names it;
    // prepared_resource_group: true says it was made beforehand.
    out.resourceGroup = out.hiveName;
    out.preparedResourceGroup = attr("prepared_resource_group").isTruthy();
    if (!validGroupName(out.resourceGroup))
        errors << tr("stage %1: the resource group '%2' is not a name Azure takes (1 to 90 "
                     "letters, digits, '_', '-', '.', '(' or ')', not ending with '.')")
                      .arg(stage.name, out.resourceGroup);
    const Value shared = loaded.inventory.flattenedHostVars(stage.anyHost());
    const QString vpc = shared.value(QStringLiteral("hive_vpc_name")).text();
    out.networkName = vpc.isEmpty() ? QStringLiteral("vpc-") + out.hiveName : vpc;
    named(out.networkName, vpc.isEmpty() ? tr("the hive's name") : QStringLiteral("hive_vpc_name"));
    out.securityGroup = QStringLiteral("sg_") + out.hiveName;
    named(out.securityGroup, tr("the hive's name"));

    // The image: a Marketplace image as {publisher, offer, sku, version} or
    // "publisher:offer:sku:version", the id of a custom image, or the name
    // of one in the resource group; else AlmaLinux, as roles/azure.
    const Value image = attr("image_name");
    if (image.isMap()) {
        out.image = Image{image.value(QStringLiteral("publisher")).text(),
                          image.value(QStringLiteral("offer")).text(),
                          image.value(QStringLiteral("sku")).text(),
                          image.value(QStringLiteral("version")).text(), QString()};
        if (out.image.version.isEmpty())
            out.image.version = QStringLiteral("latest");
        if (out.image.publisher.isEmpty() || out.image.offer.isEmpty() || out.image.sku.isEmpty())
            errors << tr("stage %1: image_name needs publisher, offer and sku").arg(stage.name);
    } else if (image.text().count(QLatin1Char(':')) == 3) {
        const QStringList urn = image.text().split(QLatin1Char(':'));
        out.image = Image{urn.at(0), urn.at(1), urn.at(2), urn.at(3), QString()};
    } else if (image.text().startsWith(QLatin1String("/subscriptions/"))) {
        out.image.id = image.text();
    } else if (!image.text().isEmpty()) {
        // A custom image of the resource group: its id is made with the
        // subscription's, when the client is known.
        out.image.id = QStringLiteral("images/") + image.text();
    } else {
        out.image = Image{QStringLiteral("almalinux"), QStringLiteral("almalinux-x86_64"),
                          QStringLiteral("10-gen2"), QStringLiteral("latest"), QString()};
    }

    // Subnets, as written; without `subnets`, one over the whole cidr,
    // named as the inventory names it for the hosts (<hive>-default).
    const Value::List &written = attr("subnets").items();
    for (int i = 0; i < int(written.size()); ++i) {
        const Value &s = written.at(size_t(i));
        Subnet subnet{s.value(QStringLiteral("name")).text(),
                      s.value(QStringLiteral("cidr")).text()};
        if (subnet.name.isEmpty())
            subnet.name = stage.prefix + QStringLiteral("subnet%1").arg(i);
        out.subnets << subnet;
    }
    if (out.subnets.isEmpty()) {
        QString name = out.hiveName + QStringLiteral("-default");
        for (const HostPlan &h : stage.hosts) {
            if (!h.subnet.isEmpty()) {
                name = h.subnet;
                break;
            }
        }
        out.subnets << Subnet{name, stage.cidr};
    }
    for (const Subnet &s : std::as_const(out.subnets))
        named(s.name, tr("subnet %1").arg(s.name));

    // The security group's rules, as roles/azure writes them: anything from
    // inside the virtual network; ssh (on 22, where a new VM's sshd
    // listens, and where setup-hosts moves it), the published ports below
    // 10000 and a shared repository's ports from anywhere; every other TCP
    // and UDP port denied; ICMP allowed. ssh from hive_ssh_source_ips only,
    // when it is given. roles/azure lets every other protocol in with
    // allow_icmp ('*'); here it lets in ICMP alone.
    QStringList sshPorts{QStringLiteral("22")};
    if (const int moved = CloudStageReading::movedSshPort(shared))
        sshPorts << QString::number(moved);
    QStringList sshSources;
    for (const Value &s : shared.value(QStringLiteral("hive_ssh_source_ips")).items())
        sshSources << s.text();
    QStringList tcp, udp;
    for (const auto &[protocol, port] : CloudStageReading::publishedPorts(loaded, stage))
        (protocol == QLatin1String("tcp") ? tcp : udp) << QString::number(port);
    if (attr("shared_repository").isTruthy()) {
        for (const char *port : {"2376", "2377", "10050"})
            tcp << QLatin1String(port);
    }
    const QStringList any{QStringLiteral("*")};
    out.rules << Rule{QStringLiteral("internal"),         100, QStringLiteral("*"), any,
                      {QStringLiteral("VirtualNetwork")}, true};
    if (!sshSources.isEmpty())
        out.rules << Rule{
            QStringLiteral("ssh"), 190, QStringLiteral("Tcp"), sshPorts, sshSources, true};
    const QStringList published = sshSources.isEmpty() ? sshPorts + tcp : tcp;
    if (!published.isEmpty())
        out.rules << Rule{QStringLiteral("published_ports_tcp"),
                          200,
                          QStringLiteral("Tcp"),
                          published,
                          any,
                          true};
    if (!udp.isEmpty())
        out.rules << Rule{
            QStringLiteral("published_ports_udp"), 201, QStringLiteral("Udp"), udp, any, true};
    out.rules << Rule{QStringLiteral("deny_tcp"), 400, QStringLiteral("Tcp"), any, any, false};
    out.rules << Rule{QStringLiteral("deny_udp"), 401, QStringLiteral("Udp"), any, any, false};
    out.rules << Rule{QStringLiteral("allow_icmp"), 402, QStringLiteral("Icmp"), any, any, true};

    out.storageAccount = CloudStageReading::hasNfsVolumes(loaded, stage);
    out.storageAccountName = out.hiveName;

    const bool zones = !attr("not_support_az").isTruthy();
    for (const HostPlan &h : stage.hosts) {
        const Value vars = loaded.inventory.flattenedHostVars(h.name);
        Machine m;
        m.host = h.name;
        m.name = h.name.section(QLatin1Char('.'), 0, 0);
        named(m.name, tr("host %1").arg(h.name));
        m.isRepository = CloudStageReading::isRepositoryOnly(h);
        if (zones && !h.availabilityZone.isNull()) {
            m.zone = h.availabilityZone.text();
            if (m.zone != QLatin1String("1") && m.zone != QLatin1String("2") &&
                m.zone != QLatin1String("3"))
                errors << tr("stage %1: %2's availability zone '%3' is not one of Azure's zones "
                             "1, 2 and 3 (not_support_az: true for a region without zones)")
                              .arg(stage.name, h.name, m.zone);
        }
        m.size = CloudStageReading::instanceType(stage, h, QStringLiteral("Azure"),
                                                 QStringLiteral("Standard_B2s"), errors);
        m.subnet = h.subnet.isEmpty() ? out.subnets.first().name : h.subnet;
        m.privateIp = h.privateIp;
        m.publicIpName = QStringLiteral("gip-") + m.name;
        m.nicName = m.name + QStringLiteral("-primary");
        m.osDisk = QStringLiteral("os_") + m.name;
        m.osDiskGb = CloudStageReading::diskSizeGiB(stage, h, errors);
        m.dataDiskGb = CloudStageReading::mirroredDiskGiB(stage, h, vars, errors);
        if (m.dataDiskGb > 0)
            m.dataDisk = QStringLiteral("mirrored_") + m.name;
        named(m.nicName, tr("host %1").arg(h.name));
        out.machines << m;
    }
    errors.removeDuplicates();
    return errors.isEmpty();
}

QString AzureResourcePlan::describe() const
{
    QStringList lines;
    lines << tr("location %1, stage %2 of %3").arg(region, stage, hiveName);
    lines << (preparedResourceGroup ? tr("resource group %1 (prepared)").arg(resourceGroup)
                                    : tr("resource group %1").arg(resourceGroup));
    lines << tr("virtual network %1 %2").arg(networkName, cidr);
    for (const Subnet &s : subnets)
        lines << tr("subnet %1 %2").arg(s.name, s.cidr);
    lines << tr("network security group %1").arg(securityGroup);
    for (const Rule &r : rules)
        lines << tr("  rule %1 %2: %3 %4 %5 from %6")
                     .arg(r.name)
                     .arg(r.priority)
                     .arg(r.allow ? tr("allow") : tr("deny"), r.protocol,
                          r.ports.join(QLatin1Char(',')), r.sources.join(QLatin1Char(',')));
    lines << (image.id.isEmpty() ? tr("image %1:%2:%3:%4")
                                       .arg(image.publisher, image.offer, image.sku, image.version)
                                 : tr("image %1").arg(image.id));
    for (const Machine &m : machines)
        lines << tr("vm %1 (%2) %3%4 at %5 in %6: %7%8, public IP %9, interface %10")
                     .arg(m.name, m.host, m.size,
                          m.zone.isEmpty() ? QString() : tr(" in zone %1").arg(m.zone), m.privateIp,
                          m.subnet)
                     .arg(m.osDiskGb > 0 ? QStringLiteral("%1 %2 GB").arg(m.osDisk).arg(m.osDiskGb)
                                         : m.osDisk,
                          m.dataDisk.isEmpty()
                              ? QString()
                              : QStringLiteral(", %1 %2 GB").arg(m.dataDisk).arg(m.dataDiskGb),
                          m.publicIpName, m.nicName);
    if (storageAccount)
        lines << tr("storage account %1 (Azure Files over NFS)").arg(storageAccountName);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace hive
