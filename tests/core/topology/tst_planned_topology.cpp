// The planned topology of a stage: what the diagram draws, computed from the
// inventory alone.
#include "tests/support/inventory_fixture.h"
#include "topology/planned_topology.h"

#include <QtTest>

using hive::PlannedTopology;

namespace {
const QByteArray kHive = R"(plugin: hive_inventory
name: shop.example.jp
stages:
  private:
    provider: docker
    cidr: 192.168.0.0/24
    number_of_hosts: 3
    separate_repository: false
  staging:
    provider: prepared
    cidr: 192.168.1.0/24
    number_of_hosts: 2
    separate_repository: false
  production:
    provider: aws
    cidr: 10.1.0.0/22
    region: ap-northeast-1
    subnets:
      - {cidr: 10.1.0.0/24, name: a, available_zone: ap-northeast-1a}
      - {cidr: 10.1.1.0/24, name: c, available_zone: ap-northeast-1c}
      - {cidr: 10.1.2.0/24, name: d, available_zone: ap-northeast-1d}
)";

const QByteArray kServices = R"(plugin: hive_services
services:
  api:
    image: example/api:2
    replicas: 3
    placement:
      constraints: ["node.labels.tier == app"]
      preferences: [{spread: node.labels.zone}]
    ports: ["8443:443", "9000"]
    networks: [front]
  db:
    image: {from: "postgres:16", roles: [python-aptk]}
    volumes:
      - {source: db_data, target: /var/lib/postgresql/data, type: volume, drbd: {fstype: xfs, size: 2G}}
  agent:
    image: busybox:1.36
    mode: global
  preview:
    image: busybox:1.36
    available_on: [staging]
networks:
  front: {driver: overlay}
  hive_default_network: {driver: overlay}
)";

hive::LoadedInventory load()
{
    return InventoryFixture()
        .file(QStringLiteral("hive.yml"), kHive)
        .file(QStringLiteral("services.yml"), kServices)
        .load();
}

const PlannedTopology::Service *service(const PlannedTopology &t, const QString &name)
{
    for (const PlannedTopology::Service &s : t.services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}
} // namespace

class TestPlannedTopology : public QObject
{
    Q_OBJECT
private slots:
    void zonesGroupHostsAndTheRepositoryStandsApart()
    {
        const hive::LoadedInventory loaded = load();
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded.diagnostics)));
        const PlannedTopology t = PlannedTopology::build(loaded, QStringLiteral("production"));
        QCOMPARE(t.provider, QStringLiteral("aws"));
        QStringList titles;
        for (const PlannedTopology::Group &g : t.groups)
            titles << g.title;
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("ap-northeast-1a"), QStringLiteral("ap-northeast-1c"),
                              QStringLiteral("ap-northeast-1d")}));
        // Hives round-robin over the zones; the separate repository is the
        // fourth host, back in the first zone, and is not a swarm manager.
        QCOMPARE(t.groups.at(0).hosts.size(), 2);
        const PlannedTopology::Host &repo = t.groups.at(0).hosts.at(1);
        QVERIFY(repo.isRepository && !repo.isHive && !repo.isManager);
        QCOMPARE(repo.name, t.repositoryHost);
        QCOMPARE(t.managerCount(), 3);
        QCOMPARE(t.faultTolerance(), 1);
        QCOMPARE(t.groups.at(0).hosts.at(0).isFirstHive, true);
        QCOMPARE(t.groups.at(1).hosts.at(0).isFirstHive, false);
        QCOMPARE(t.groups.at(1).hosts.at(0).address, QStringLiteral("10.1.1.5"));
    }

    void servicesOfTheStageWithReplicasPlacementAndNetworks()
    {
        const PlannedTopology t = PlannedTopology::build(load(), QStringLiteral("production"));
        QVERIFY(!service(t, QStringLiteral("preview"))); // staging only
        const PlannedTopology::Service *api = service(t, QStringLiteral("api"));
        QVERIFY(api);
        QCOMPARE(api->replicas, QStringLiteral("3"));
        QCOMPARE(api->placement, (QStringList{QStringLiteral("node.labels.tier == app"),
                                              QStringLiteral("prefer spread: node.labels.zone")}));
        QCOMPARE(api->networks, QStringList{QStringLiteral("front")});
        const PlannedTopology::Service *agent = service(t, QStringLiteral("agent"));
        QVERIFY(agent->global);
        QCOMPARE(agent->replicas, QStringLiteral("global"));
        // Without `networks`, a service joins every network of the stage.
        QCOMPARE(agent->networks,
                 (QStringList{QStringLiteral("front"), QStringLiteral("hive_default_network")}));
        QCOMPARE(service(t, QStringLiteral("db"))->image, QStringLiteral("built from postgres:16"));
        QCOMPARE(
            t.networks.at(0).services,
            (QStringList{QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("agent")}));
        QCOMPARE(t.networks.at(1).services,
                 (QStringList{QStringLiteral("db"), QStringLiteral("agent")}));
    }

    void publishedPortsSayWhichAreAssignedAndInternal()
    {
        const PlannedTopology t = PlannedTopology::build(load(), QStringLiteral("production"));
        QCOMPARE(t.ports.size(), 2);
        QCOMPARE(t.ports.at(0).published, 8443);
        QCOMPARE(t.ports.at(0).target, 443);
        QVERIFY(!t.ports.at(0).allocated && !t.ports.at(0).internalOnly);
        QCOMPARE(t.ports.at(1).target, 9000);
        QVERIFY(t.ports.at(1).allocated);
        QVERIFY(t.ports.at(1).published >= 10000);
        QVERIFY(t.ports.at(1).internalOnly);
        QCOMPARE(t.ports.at(0).text(), QStringLiteral("8443→443"));
    }

    void drbdVolumesAreMirroredOnEveryHive()
    {
        const hive::LoadedInventory loaded = load();
        const PlannedTopology t = PlannedTopology::build(loaded, QStringLiteral("production"));
        QCOMPARE(t.volumes.size(), 1);
        const PlannedTopology::Volume &v = t.volumes.first();
        QCOMPARE(v.name, QStringLiteral("db_data"));
        QCOMPARE(v.kind, PlannedTopology::Volume::Kind::Drbd);
        QCOMPARE(v.detail, QStringLiteral("xfs, 2G, /dev/drbd1"));
        QCOMPARE(v.hosts, loaded.hive.stage(QStringLiteral("production"))->hiveHosts());
        QCOMPARE(v.hosts.size(), 3);
        QCOMPARE(v.services, QStringList{QStringLiteral("db")});
    }

    void oneSubnetIsOneGroupAndWeakSwarmsAreNamed()
    {
        const hive::LoadedInventory loaded = load();
        const PlannedTopology priv = PlannedTopology::build(loaded, QStringLiteral("private"));
        QCOMPARE(priv.groups.size(), 1);
        QCOMPARE(priv.groups.first().hosts.size(), 3);
        // Without a separate repository the last hive also carries the registry.
        const PlannedTopology::Host &last = priv.groups.first().hosts.last();
        QVERIFY(last.isRepository && last.isManager);
        QCOMPARE(priv.managerCount(), 3);
        QVERIFY(!priv.managerSummary().contains(QStringLiteral("use three")));

        const PlannedTopology staging = PlannedTopology::build(loaded, QStringLiteral("staging"));
        QCOMPARE(staging.managerCount(), 2);
        QCOMPARE(staging.faultTolerance(), 0);
        QVERIFY2(staging.managerSummary().contains(QStringLiteral("even number")),
                 qPrintable(staging.managerSummary()));
        QVERIFY(staging.managerSummary().contains(QStringLiteral("use three hives")));
        QVERIFY(service(staging, QStringLiteral("preview")));
    }

    // How a vagrant or kickstart stage's hosts are connected is said; a
    // docker stage says nothing more than its cidr.
    void vagrantAndKickstartStagesSayHowTheirHostsAreConnected()
    {
        const hive::LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\nname: shop.example.jp\nstages:\n"
                      "  private:\n    provider: vagrant\n    cidr: 192.168.56.0/24\n"
                      "    bridge: brHive\n"
                      "  production:\n    provider: kickstart\n    cidr: 10.0.0.0/24\n"
                      "    separate_repository: false\n"
                      "    ip_address_list: [10.0.0.5, 10.0.0.6, 10.0.0.7]\n"
                      "    kickstart_config:\n      iso_src: a.iso\n      iso_dest: b.iso\n"
                      "      networks:\n        - interface: bond0\n"
                      "          bonding_interfaces: [eth0, eth1]\n"
                      "          ips: [10.0.0.5, 10.0.0.6, 10.0.0.7]\n"
                      "          netmask: 255.255.255.0\n"
                      "        - {interface: bond0, vlanid: 20}\n")
                .load();
        QCOMPARE(PlannedTopology::build(loaded, QStringLiteral("private")).networkDetail,
                 QStringLiteral("virtual machines bridged through a new bridge brHive"));
        QCOMPARE(PlannedTopology::build(loaded, QStringLiteral("production")).networkDetail,
                 QStringLiteral("bare-metal servers; bond0 (eth0+eth1) (hosts' addresses), "
                                "bond0 VLAN 20"));
        QCOMPARE(PlannedTopology::build(load(), QStringLiteral("private")).networkDetail,
                 QString());
    }

    void anUndefinedStageIsEmpty()
    {
        const PlannedTopology t = PlannedTopology::build(load(), QStringLiteral("nosuch"));
        QVERIFY(t.groups.isEmpty());
        QVERIFY(t.services.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlannedTopology)
#include "tst_planned_topology.moc"
