// What build-networks asks Docker for, from the services file: driver,
// attachable, ipam and driver_opts per network, hive_default_network in the
// overlay quarter of internal_cidr, the `docker network create` line, and
// how an existing network that differs is described. (The phase itself runs
// against a real swarm in tst_setup_hosts_e2e.)
#include "phases/build_networks/build_networks_phase.h"
#include "tests/support/inventory_fixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace hive;

namespace {
const QByteArray kHive = "plugin: hive_inventory\n"
                         "name: nets.test\n"
                         "stages:\n"
                         "  private:\n"
                         "    provider: docker\n"
                         "    cidr: 192.168.40.0/24\n"
                         "    internal_cidr: 172.20.0.0/16\n";
const QByteArray kServices = "plugin: hive_services\n"
                             "services: {}\n"
                             "networks:\n"
                             "  backend:\n"
                             "    driver: overlay\n"
                             "    ipam:\n"
                             "      config:\n"
                             "        - subnet: 10.60.0.0/24\n"
                             "          gateway: 10.60.0.1\n"
                             "    driver_opts:\n"
                             "      encrypted: \"true\"\n";
} // namespace

class TestBuildNetworks : public QObject
{
    Q_OBJECT

private slots:
    void networksAreAskedForAsDefined()
    {
        const LoadedInventory loaded = InventoryFixture()
                                           .file(QStringLiteral("hive.yml"), kHive)
                                           .file(QStringLiteral("services.yml"), kServices)
                                           .load();
        QVERIFY(loaded.ok());

        const QJsonObject def = BuildNetworksPhase::wanted(
            loaded, QStringLiteral("hive_default_network"), QStringLiteral("172.20.0.0/16"));
        QCOMPARE(def.value(QStringLiteral("Driver")).toString(), QStringLiteral("overlay"));
        QVERIFY(def.value(QStringLiteral("Attachable")).toBool());
        QCOMPARE(BuildNetworksPhase::createArguments(QStringLiteral("hive_default_network"), def),
                 QStringList({QStringLiteral("docker"), QStringLiteral("network"),
                              QStringLiteral("create"), QStringLiteral("--driver"),
                              QStringLiteral("overlay"), QStringLiteral("--attachable"),
                              QStringLiteral("--subnet"), QStringLiteral("172.20.0.0/24"),
                              QStringLiteral("hive_default_network")}));
        // On a swarm hive-builder made, the default network has the quarter;
        // one made either way is taken as it is.
        const QJsonObject quarter = BuildNetworksPhase::wanted(
            loaded, QStringLiteral("hive_default_network"), QStringLiteral("172.20.0.0/16"), true);
        QVERIFY(BuildNetworksPhase::createArguments(QStringLiteral("hive_default_network"), quarter)
                    .contains(QStringLiteral("172.20.0.0/18")));
        // Without internal_cidr Docker picks the subnet.
        QVERIFY(!BuildNetworksPhase::createArguments(
                     QStringLiteral("hive_default_network"),
                     BuildNetworksPhase::wanted(loaded, QStringLiteral("hive_default_network"), {}))
                     .contains(QStringLiteral("--subnet")));

        const QJsonObject backend = BuildNetworksPhase::wanted(loaded, QStringLiteral("backend"),
                                                               QStringLiteral("172.20.0.0/16"));
        QCOMPARE(BuildNetworksPhase::createArguments(QStringLiteral("backend"), backend),
                 QStringList({QStringLiteral("docker"), QStringLiteral("network"),
                              QStringLiteral("create"), QStringLiteral("--driver"),
                              QStringLiteral("overlay"), QStringLiteral("--attachable"),
                              QStringLiteral("--subnet"), QStringLiteral("10.60.0.0/24"),
                              QStringLiteral("--gateway"), QStringLiteral("10.60.0.1"),
                              QStringLiteral("--opt"), QStringLiteral("encrypted=true"),
                              QStringLiteral("backend")}));

        // An existing network as `docker network inspect` shows it.
        QJsonObject actual{
            {QStringLiteral("Driver"), QStringLiteral("overlay")},
            {QStringLiteral("Attachable"), true},
            {QStringLiteral("IPAM"),
             QJsonObject{{QStringLiteral("Driver"), QStringLiteral("default")},
                         {QStringLiteral("Config"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("Subnet"), QStringLiteral("10.60.0.0/24")},
                              {QStringLiteral("Gateway"), QStringLiteral("10.60.0.1")}}}}}},
            {QStringLiteral("Options"),
             QJsonObject{{QStringLiteral("encrypted"), QStringLiteral("true")},
                         {QStringLiteral("com.docker.network.driver.overlay.vxlanid_list"),
                          QStringLiteral("4097")}}}};
        QCOMPARE(BuildNetworksPhase::difference(backend, actual), QString());
        actual.insert(QStringLiteral("Attachable"), false);
        actual.insert(
            QStringLiteral("IPAM"),
            QJsonObject{{QStringLiteral("Config"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("Subnet"), QStringLiteral("10.61.0.0/24")},
                             {QStringLiteral("Gateway"), QStringLiteral("10.61.0.1")}}}}});
        const QString diff = BuildNetworksPhase::difference(backend, actual);
        QVERIFY2(diff.contains(QStringLiteral("not attachable")) &&
                     diff.contains(QStringLiteral("Subnet 10.61.0.0/24 instead of 10.60.0.0/24")),
                 qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestBuildNetworks)
#include "tst_build_networks.moc"
