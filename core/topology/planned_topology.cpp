#include "topology/planned_topology.h"

#include "inventory/inventory_loader.h"

namespace hive {

namespace {
QString str(const char *latin)
{
    return QString::fromLatin1(latin);
}

// hive-builder publishes these only inside the hive (iptables drops them from
// outside), so the diagram marks them.
constexpr qint64 kFirstInternalPort = 10000;

QString zoneText(const Value &zone)
{
    if (zone.isNull())
        return {};
    return zone.scalarText();
}

// Placement as written: `constraints` and `preferences` lists (or a plain
// list, which hive-builder passes through as constraints).
QStringList placementLines(const Value &placement)
{
    QStringList out;
    auto addList = [&out](const Value &list, const QString &prefix) {
        if (list.isList()) {
            for (const Value &item : list.items()) {
                if (item.isScalar())
                    out << prefix + item.scalarText();
                else if (item.isMap()) {
                    for (const Value::Entry &e : item.entries())
                        out << prefix + e.key + str(": ") + e.value.scalarText();
                }
            }
        } else if (list.isScalar() && !list.isNull()) {
            out << prefix + list.scalarText();
        }
    };
    if (placement.isList()) {
        addList(placement, {});
    } else if (placement.isMap()) {
        addList(placement.value(str("constraints")), {});
        addList(placement.value(str("preferences")), str("prefer "));
        if (const Value *max = placement.find(str("max_replicas_per_node")))
            out << str("max_replicas_per_node: ") + max->scalarText();
    }
    return out;
}

QStringList serviceNetworks(const Value &networks, const QStringList &stageNetworks)
{
    if (networks.isList()) {
        QStringList out;
        for (const Value &n : networks.items())
            out << (n.isMap() ? n.value(str("name")).scalarText() : n.scalarText());
        return out;
    }
    if (networks.isMap()) {
        QStringList out;
        for (const Value::Entry &e : networks.entries())
            out << e.key;
        return out;
    }
    return stageNetworks; // hive-builder attaches a service to every network of the stage
}
QString networkDetailOf(const StagePlan &plan)
{
    const Value &def = plan.definition;
    if (plan.provider == QLatin1String("vagrant")) {
        const QString bridge = def.value(QStringLiteral("bridge")).text();
        const QString dev = def.value(QStringLiteral("dev")).text();
        if (!bridge.isEmpty())
            return PlannedTopology::tr("virtual machines bridged through a new bridge %1")
                .arg(bridge);
        if (!dev.isEmpty())
            return PlannedTopology::tr("virtual machines bridged through %1").arg(dev);
        return PlannedTopology::tr("virtual machines on a network private to this machine");
    }
    if (plan.provider == QLatin1String("kickstart")) {
        QStringList parts;
        const Value networks =
            def.value(QStringLiteral("kickstart_config")).value(QStringLiteral("networks"));
        for (const Value &n : networks.items()) {
            QString part = n.value(QStringLiteral("interface")).text();
            QStringList bonded;
            for (const Value &b : n.value(QStringLiteral("bonding_interfaces")).items())
                bonded << b.text();
            if (!bonded.isEmpty())
                part += QStringLiteral(" (%1)").arg(bonded.join(QLatin1Char('+')));
            if (!n.value(QStringLiteral("vlanid")).isNull())
                part +=
                    PlannedTopology::tr(" VLAN %1").arg(n.value(QStringLiteral("vlanid")).text());
            if (!n.value(QStringLiteral("ips")).items().empty())
                part += PlannedTopology::tr(" (hosts' addresses)");
            parts << part;
        }
        return PlannedTopology::tr("bare-metal servers; %1")
            .arg(parts.isEmpty() ? PlannedTopology::tr("no networks set")
                                 : parts.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

QString PlannedTopology::Port::text() const
{
    QString t = QString::number(published) + QStringLiteral("→") + QString::number(target);
    if (protocol != QLatin1String("tcp"))
        t += str("/") + protocol;
    return t;
}

void PlannedTopology::setPublicAddresses(const QHash<QString, QString> &byPrivateAddress)
{
    for (Group &g : groups)
        for (Host &h : g.hosts)
            h.publicAddress = byPrivateAddress.value(h.address);
}

PlannedTopology PlannedTopology::build(const LoadedInventory &inventory, const QString &stage)
{
    PlannedTopology t;
    t.hiveName = inventory.hive.name;
    t.stage = stage;
    const StagePlan *plan = inventory.hive.stage(stage);
    if (!plan)
        return t;
    t.provider = plan->provider;
    t.cidr = plan->cidr;
    t.networkDetail = networkDetailOf(*plan);
    t.firstHive = plan->firstHive;
    t.repositoryHost = plan->repositoryHost();
    t.separateRepository = plan->separateRepository;

    // Hosts by zone where the provider has zones, else by subnet, else one group.
    bool anyZone = false;
    bool anySubnet = false;
    for (const HostPlan &h : plan->hosts) {
        anyZone = anyZone || !zoneText(h.availabilityZone).isEmpty();
        anySubnet = anySubnet || !h.subnet.isEmpty();
    }
    for (const HostPlan &h : plan->hosts) {
        Host host;
        host.name = h.name;
        host.address = h.privateIp;
        host.subnet = h.subnet;
        host.zone = zoneText(h.availabilityZone);
        host.isHive = h.isHive;
        host.isRepository = h.isRepository;
        host.isManager = h.isHive && !h.swarmWorker;
        host.isFirstHive = h.name == plan->firstHive;
        const QString key = anyZone ? host.zone : anySubnet ? host.subnet : plan->cidr;
        Group *group = nullptr;
        for (Group &g : t.groups) {
            if (g.title == key)
                group = &g;
        }
        if (!group) {
            Group g;
            g.title = key;
            if (anyZone)
                g.detail = host.subnet.isEmpty()
                               ? tr("availability zone")
                               : tr("availability zone, subnet %1").arg(host.subnet);
            else if (anySubnet)
                g.detail = tr("subnet");
            else
                g.detail = tr("network");
            t.groups << g;
            group = &t.groups.last();
        }
        group->hosts << host;
    }

    const QStringList hives = plan->hiveHosts();
    for (const NetworkPlan &n : inventory.services.networks) {
        if (n.availableOn.contains(stage))
            t.networks << Network{n.name, {}};
    }
    QStringList networkNames;
    for (const Network &n : t.networks)
        networkNames << n.name;

    for (const ServicePlan &sp : inventory.services.services) {
        if (!sp.availableOn.contains(stage))
            continue;
        const Value &def = sp.definition;
        Service s;
        s.name = sp.name;
        s.image = sp.buildsImage() ? tr("built from %1").arg(sp.buildFrom) : sp.imageTag;
        s.standalone = sp.standalone;
        s.global = def.value(str("mode")).scalarText() == QLatin1String("global");
        if (s.global)
            s.replicas = str("global");
        else if (const Value *r = def.find(str("replicas")); r && r->isInt())
            s.replicas = QString::number(r->toInt());
        else
            s.replicas = str("1");
        s.placement = placementLines(def.value(str("placement")));
        s.networks = serviceNetworks(def.value(str("networks")), networkNames);
        for (const PortPlan &pp : sp.ports) {
            if (pp.publishedPort <= 0)
                continue;
            Port port;
            port.service = sp.name;
            port.published = pp.publishedPort;
            port.target = pp.targetPort;
            port.protocol = pp.protocol;
            port.hostMode = pp.mode == QLatin1String("host");
            port.allocated = pp.allocated;
            port.internalOnly = pp.publishedPort >= kFirstInternalPort;
            t.ports << port;
            s.ports << port.text();
        }
        for (const VolumePlan &vp : sp.volumes) {
            if (!vp.availableOn.contains(stage))
                continue;
            s.volumes << vp.source;
            Volume *volume = nullptr;
            for (Volume &v : t.volumes) {
                if (v.name == vp.source)
                    volume = &v;
            }
            if (!volume) {
                Volume v;
                v.name = vp.source;
                switch (vp.kind) {
                case VolumePlan::Kind::Drbd: {
                    v.kind = Volume::Kind::Drbd;
                    QStringList parts;
                    if (!vp.fstype.isEmpty())
                        parts << vp.fstype;
                    if (!vp.size.isEmpty())
                        parts << vp.size;
                    if (vp.deviceId > 0)
                        parts << str("/dev/drbd%1").arg(vp.deviceId);
                    v.detail = parts.join(str(", "));
                    v.hosts = hives; // mirrored on every hive
                    break;
                }
                case VolumePlan::Kind::Nfs:
                    v.kind = Volume::Kind::Nfs;
                    v.detail = str("nfs");
                    v.hosts = hives;
                    break;
                case VolumePlan::Kind::Driver:
                    v.kind = Volume::Kind::Driver;
                    v.detail = str("driver");
                    for (const Value &item : def.value(str("volumes")).items()) {
                        if (item.value(str("source")).scalarText() == vp.source)
                            v.detail = str("driver ") + item.value(str("driver")).scalarText();
                    }
                    v.hosts = hives;
                    break;
                case VolumePlan::Kind::Mount:
                    v.kind = Volume::Kind::Mount;
                    v.detail = vp.type.isEmpty() ? str("volume") : vp.type;
                    break;
                }
                t.volumes << v;
                volume = &t.volumes.last();
            }
            volume->services << sp.name;
        }
        for (Network &n : t.networks) {
            if (s.networks.contains(n.name))
                n.services << sp.name;
        }
        t.services << s;
    }
    return t;
}

QList<const PlannedTopology::Host *> PlannedTopology::hosts() const
{
    QList<const Host *> out;
    for (const Group &g : groups) {
        for (const Host &h : g.hosts)
            out << &h;
    }
    return out;
}

int PlannedTopology::managerCount() const
{
    int n = 0;
    for (const Host *h : hosts())
        n += h->isManager ? 1 : 0;
    return n;
}

int PlannedTopology::faultTolerance() const
{
    const int n = managerCount();
    return n > 0 ? (n - 1) / 2 : 0;
}

QString PlannedTopology::managerSummary() const
{
    const int n = managerCount();
    if (n == 0)
        return tr("No swarm managers: the stage has no hives.");
    QString text = tr("%n swarm manager(s); the swarm survives the loss of %1.", nullptr, n)
                       .arg(faultTolerance());
    if (n % 2 == 0)
        text += QLatin1Char(' ') +
                tr("An even number of managers adds no fault tolerance over %1.").arg(n - 1);
    if (n < 3)
        text += QLatin1Char(' ') + tr("Losing any manager stops the swarm; use three hives.");
    return text;
}

} // namespace hive
