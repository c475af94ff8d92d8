#include "project/stage_draft.h"

#include "inventory/hive_model.h"
#include "inventory/ipv4_network.h"

#include <QCoreApplication>

namespace hive {

namespace {
QStringList zonesOf(const QString &provider, const QString &region)
{
    if (provider == QLatin1String("aws")) {
        // Tokyo has no 1b for new accounts.
        if (region == QLatin1String("ap-northeast-1"))
            return {region + QStringLiteral("a"), region + QStringLiteral("c"),
                    region + QStringLiteral("d")};
        return {region + QStringLiteral("a"), region + QStringLiteral("b"),
                region + QStringLiteral("c")};
    }
    if (provider == QLatin1String("gcp"))
        return {region + QStringLiteral("-a"), region + QStringLiteral("-b"),
                region + QStringLiteral("-c")};
    return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
}
} // namespace

bool StageDraft::usesAddressList(const QString &provider)
{
    return provider == QLatin1String("prepared") || provider == QLatin1String("kickstart");
}

bool StageDraft::usesSubnets(const QString &provider)
{
    return provider == QLatin1String("aws") || provider == QLatin1String("gcp") ||
           provider == QLatin1String("azure");
}

bool StageDraft::usesInstanceTypes(const QString &provider)
{
    return usesSubnets(provider);
}

bool StageDraft::usesMemorySize(const QString &provider)
{
    return provider == QLatin1String("docker") || provider == QLatin1String("vagrant");
}

bool StageDraft::usesMirroredDisk(const QString &provider)
{
    return usesInstanceTypes(provider) || provider == QLatin1String("vagrant") ||
           provider == QLatin1String("kickstart");
}

QString StageDraft::settingsProblem() const
{
    if (provider == QLatin1String("vagrant") && vagrantNetwork != VagrantNetwork::Private &&
        bridge.trimmed().isEmpty())
        return vagrantNetwork == VagrantNetwork::NewBridge
                   ? tr("Name the bridge to make (e.g. brHive), or choose a private network.")
                   : tr("Choose this machine's bridge to connect to (e.g. br0), or a private "
                        "network.");
    if (provider != QLatin1String("kickstart"))
        return {};
    if (isoSource.trimmed().isEmpty())
        return tr("Choose the OS's install medium (an ISO file of AlmaLinux, Rocky Linux or RHEL "
                  "8 or 9) to start from.");
    if (isoDestination.trimmed().isEmpty())
        return tr("Choose where the new install medium goes: an ISO file, or a USB stick.");
    int carrying = 0;
    for (const Network &n : networks) {
        if (n.interface.trimmed().isEmpty())
            return tr("Each network needs its interface (eth0, bond0…).");
        carrying += n.hostAddresses ? 1 : 0;
    }
    if (carrying == 0)
        return tr("Tick, in the network table, the network that carries the hosts' addresses.");
    if (carrying > 1)
        return tr("Only one network carries the hosts' addresses: untick the others in the "
                  "network table.");
    return {};
}

StageDraft StageDraft::defaults(const QString &stage, const QString &provider)
{
    StageDraft d;
    d.stage = stage;
    d.provider = provider;
    const int third = stage == QLatin1String("production") ? 30
                      : stage == QLatin1String("staging")  ? 20
                                                           : 10;
    if (provider == QLatin1String("docker")) {
        d.cidr = QStringLiteral("172.30.%1.0/24").arg(200 + third);
        d.memorySize = 1024;
    } else if (provider == QLatin1String("vagrant")) {
        d.cidr = QStringLiteral("192.168.%1.0/24").arg(120 + third);
        d.memorySize = 4096;
        d.mirroredDiskSize = QStringLiteral("20");
    } else if (usesAddressList(provider)) {
        d.cidr = QStringLiteral("192.168.%1.0/24").arg(third);
        d.ipAddressList = d.suggestedAddresses();
        if (provider == QLatin1String("kickstart")) {
            d.mirroredDiskSize = QStringLiteral("100");
            Ipv4Network net;
            QString error;
            Network n;
            n.interface = QStringLiteral("eth0");
            n.hostAddresses = true;
            if (Ipv4Network::parse(d.cidr, net, error)) {
                n.netmask = net.netmask();
                n.gateway = Ipv4Network::formatAddress(net.host(0)); // the .1
                d.nameservers << n.gateway;
            }
            d.networks << n;
        }
    } else if (provider == QLatin1String("aws")) {
        d.cidr = QStringLiteral("10.%1.0.0/22").arg(third);
        d.region = QStringLiteral("ap-northeast-1");
        d.instanceType = QStringLiteral("t3.medium");
        d.repositoryInstanceType = QStringLiteral("t3.large");
        d.mirroredDiskSize = QStringLiteral("20");
    } else if (provider == QLatin1String("gcp")) {
        d.cidr = QStringLiteral("10.%1.0.0/22").arg(third);
        d.region = QStringLiteral("asia-northeast1");
        d.instanceType = QStringLiteral("e2-medium");
        d.repositoryInstanceType = QStringLiteral("e2-standard-2");
        d.mirroredDiskSize = QStringLiteral("20");
    } else if (provider == QLatin1String("azure")) {
        d.cidr = QStringLiteral("10.%1.0.0/22").arg(third);
        d.region = QStringLiteral("japaneast");
        d.instanceType = QStringLiteral("Standard_B2s");
        d.repositoryInstanceType = QStringLiteral("Standard_B2ms");
        d.mirroredDiskSize = QStringLiteral("20");
    } else {
        d.cidr = QStringLiteral("192.168.%1.0/24").arg(third);
    }
    if (usesSubnets(provider))
        d.subnets = d.suggestedSubnets();
    return d;
}

int StageDraft::hostCount() const
{
    if (numberOfHosts > 0)
        return numberOfHosts;
    return separateRepository ? 4 : 3;
}

QStringList StageDraft::suggestedAddresses() const
{
    Ipv4Network net;
    QString error;
    QStringList out;
    if (!Ipv4Network::parse(cidr, net, error))
        return out;
    // From .11 on, leaving the first addresses to routers and the mother.
    for (int i = 0; i < hostCount() && quint64(10 + i) < net.hostCount(); ++i)
        out << Ipv4Network::formatAddress(net.host(quint64(10 + i)));
    return out;
}

QList<StageDraft::Subnet> StageDraft::suggestedSubnets() const
{
    Ipv4Network net;
    QString error;
    QList<Subnet> out;
    if (!Ipv4Network::parse(cidr, net, error) || net.prefixLength() > 28)
        return out;
    const int prefix = net.prefixLength() + 2; // four parts, three used
    const quint32 size = quint32(1) << (32 - prefix);
    const QStringList zones = zonesOf(provider, region);
    for (int i = 0; i < 3; ++i) {
        Subnet s;
        s.cidr = QStringLiteral("%1/%2")
                     .arg(Ipv4Network::formatAddress(net.network() + quint32(i) * size))
                     .arg(prefix);
        s.zone = zones.value(i);
        s.name = QStringLiteral("subnet-%1").arg(s.zone.right(1));
        out << s;
    }
    return out;
}

Value StageDraft::toValue() const
{
    Value v = Value::map();
    const auto str = [](const QString &s) { return Value::string(s); };
    v.insert(QStringLiteral("provider"), str(provider));
    v.insert(QStringLiteral("separate_repository"), Value::boolean(separateRepository));
    v.insert(QStringLiteral("cidr"), str(cidr));
    if (numberOfHosts > 0 && !usesAddressList(provider))
        v.insert(QStringLiteral("number_of_hosts"), Value::integer(numberOfHosts));
    if (usesMemorySize(provider) && memorySize > 0)
        v.insert(QStringLiteral("memory_size"), Value::integer(memorySize));
    if (usesInstanceTypes(provider)) {
        v.insert(QStringLiteral("region"), str(region));
        v.insert(QStringLiteral("instance_type"), str(instanceType));
        v.insert(QStringLiteral("repository_instance_type"), str(repositoryInstanceType));
    }
    if (provider == QLatin1String("vagrant")) {
        if (cpus > 0)
            v.insert(QStringLiteral("cpus"), Value::integer(cpus));
        if (!box.trimmed().isEmpty())
            v.insert(QStringLiteral("image_name"), str(box.trimmed()));
        if (vagrantNetwork == VagrantNetwork::NewBridge && !bridge.isEmpty())
            v.insert(QStringLiteral("bridge"), str(bridge));
        if (vagrantNetwork == VagrantNetwork::ExistingBridge && !bridge.isEmpty())
            v.insert(QStringLiteral("dev"), str(bridge));
    }
    if (usesMirroredDisk(provider) && !mirroredDiskSize.isEmpty()) {
        bool isInt = false;
        const int n = mirroredDiskSize.toInt(&isInt);
        v.insert(QStringLiteral("mirrored_disk_size"),
                 isInt ? Value::integer(n) : str(mirroredDiskSize));
    }
    if (usesAddressList(provider)) {
        Value list = Value::list();
        for (const QString &ip : ipAddressList)
            list.append(str(ip));
        v.insert(QStringLiteral("ip_address_list"), list);
    }
    if (provider == QLatin1String("kickstart")) {
        if (!nameservers.isEmpty()) {
            Value list = Value::list();
            for (const QString &ns : nameservers)
                list.append(str(ns));
            v.insert(QStringLiteral("nameservers"), list);
        }
        Value config = Value::map();
        config.insert(QStringLiteral("iso_src"), str(isoSource));
        config.insert(QStringLiteral("iso_dest"), str(isoDestination));
        if (mediaUsb)
            config.insert(QStringLiteral("media_usb"), Value::boolean(true));
        if (!targetDisk.isEmpty())
            config.insert(QStringLiteral("target"), str(targetDisk));
        Value list = Value::list();
        for (const Network &n : networks) {
            Value m = Value::map();
            m.insert(QStringLiteral("interface"), str(n.interface));
            if (!n.bondingInterfaces.isEmpty()) {
                Value bonded = Value::list();
                for (const QString &b : n.bondingInterfaces)
                    bonded.append(str(b));
                m.insert(QStringLiteral("bonding_interfaces"), bonded);
            }
            if (n.vlanId > 0)
                m.insert(QStringLiteral("vlanid"), Value::integer(n.vlanId));
            if (n.hostAddresses) {
                Value ips = Value::list();
                for (const QString &ip : ipAddressList)
                    ips.append(str(ip));
                m.insert(QStringLiteral("ips"), ips);
            }
            if (!n.netmask.isEmpty())
                m.insert(QStringLiteral("netmask"), str(n.netmask));
            if (!n.gateway.isEmpty())
                m.insert(QStringLiteral("gateway"), str(n.gateway));
            list.append(m);
        }
        config.insert(QStringLiteral("networks"), list);
        v.insert(QStringLiteral("kickstart_config"), config);
    }
    if (usesSubnets(provider)) {
        Value list = Value::list();
        for (const Subnet &s : subnets) {
            Value m = Value::map();
            m.insert(QStringLiteral("cidr"), str(s.cidr));
            m.insert(QStringLiteral("name"), str(s.name));
            m.insert(QStringLiteral("available_zone"), str(s.zone));
            list.append(m);
        }
        v.insert(QStringLiteral("subnets"), list);
    }
    return v;
}

QString StageDraft::providerNeeds(const QString &provider)
{
    if (provider == QLatin1String("docker"))
        return tr("Runs every host as a container on this machine. Needs Docker Engine and "
                  "root (or the docker group). Best for trying things out and for tests.");
    if (provider == QLatin1String("vagrant"))
        return tr("Virtual machines on this machine with Vagrant (VirtualBox or libvirt). Needs "
                  "Vagrant and enough memory for every host.");
    if (provider == QLatin1String("prepared"))
        return tr("Servers you already have, reachable with ssh. Needs their IP addresses and "
                  "the root password once (or an admin user with your key).");
    if (provider == QLatin1String("aws"))
        return tr("Amazon Web Services EC2 in one region, hosts spread over three availability "
                  "zones. Needs an access key (stored with hive set, mode 0600).");
    if (provider == QLatin1String("gcp"))
        return tr("Google Cloud Compute Engine across three zones of a region. Needs a service "
                  "account's key: gcp_credential.json in the project folder (or the file "
                  "GOOGLE_APPLICATION_CREDENTIALS names).");
    if (provider == QLatin1String("azure"))
        return tr("Microsoft Azure virtual machines across three availability zones of a "
                  "region, in a resource group named after the hive. Needs a service principal "
                  "(azure_client_id, azure_secret, azure_subscription_id, azure_tenant: stored "
                  "with hive set, mode 0600, or the AZURE_* variables).");
    if (provider == QLatin1String("kickstart"))
        return tr("Bare-metal servers installed from a kickstart ISO. Needs their IP addresses, "
                  "name servers and console access to boot the ISO.");
    return tr("Some OpenStack provider (not implemented by hive-builder).");
}

QString StageDraft::stagePurpose(const QString &stage)
{
    if (stage == QLatin1String("private"))
        return tr("Your own development site, usually on this machine. Build and break it "
                  "freely.");
    if (stage == QLatin1String("staging"))
        return tr("A copy of production for testing changes and rehearsing upgrades and "
                  "recovery before doing them for real.");
    return tr("The site your users depend on. Changes here should have been tried on staging.");
}

QStringList StageDraft::credentialVariables(const QString &provider)
{
    if (provider == QLatin1String("aws"))
        return {QStringLiteral("aws_access_key_id"), QStringLiteral("aws_secret_access_key")};
    if (provider == QLatin1String("azure"))
        return {QStringLiteral("azure_client_id"), QStringLiteral("azure_secret"),
                QStringLiteral("azure_tenant"), QStringLiteral("azure_subscription_id")};
    return {};
}

QString StageDraft::faultTolerance(const StagePlan &plan, bool *blocks)
{
    const int hives = int(plan.hiveHosts().size());
    *blocks = hives == 0;
    if (hives == 0)
        return tr("No host is left for the swarm: the repository server takes the only one. Add "
                  "hosts (three hives survive the loss of one) or clear Separate repository "
                  "server.");
    if (hives == 1)
        return tr("One hive: when that host fails, the swarm, its services and the data on it "
                  "stop. Three hives survive the loss of one.");
    if (hives == 2)
        return tr("Two hives: when either fails, the swarm loses its majority. Services keep "
                  "running where they are, but nothing is moved or changed until it is back. "
                  "Three hives survive the loss of one.");
    return {};
}

} // namespace hive
