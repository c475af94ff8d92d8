#include "providers/gcp_resource_plan.h"
#include "tests/support/golden_file.h"
#include "tests/support/inventory_fixture.h"

#include <QtTest>

using namespace hive;

namespace {
const QByteArray kHive = "plugin: hive_inventory\n"
                         "name: pdns\n"
                         "stages:\n"
                         "  staging:\n"
                         "    provider: gcp\n"
                         "    region: asia-northeast1\n"
                         "    cidr: 192.168.0.0/24\n"
                         "    instance_type: e2-medium\n"
                         "    repository_instance_type: e2-standard-2\n"
                         "    repository_disk_size: 40G\n"
                         "    mirrored_disk_size: 10\n"
                         "    filestore_cidr: 192.168.200.0/24\n"
                         "  production:\n"
                         "    provider: gcp\n"
                         "    cidr: 10.1.0.0/16\n"
                         "    disk_size: twenty\n"
                         "    subnets:\n"
                         "      - {cidr: 10.1.0.0/24, name: Front_Net}\n";
const QByteArray kServices =
    "plugin: hive_services\n"
    "services:\n"
    "  web:\n"
    "    image: nginx:1\n"
    "    ports: ['80:80', '443:443', '8053:53/udp', '10080:8080', '9000']\n"
    "  files:\n"
    "    image: busybox\n"
    "    available_on: [staging]\n"
    "    volumes:\n"
    "      - {source: share, target: /share, nfs: {size: 10G}}\n";
} // namespace

class TestGcpResourcePlan : public QObject
{
    Q_OBJECT

private slots:
    // A stage as roles/gcp builds it: the names it gives (vpc-, internal-,
    // ssh-, inbound-, gip-, boot-, drbd-, filestore-), the hosts' names with
    // '-' for '.', their zones and addresses from the inventory, the second
    // disk on hives only, 25 GB boot disks unless written, ssh on 22 and the
    // moved port from the sources given, the published ports below 10000.
    void aStageIsPlannedAsHiveBuilderNamesIt()
    {
        const LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), kHive)
                .file(QStringLiteral("services.yml"), kServices)
                .hostVars(QStringLiteral("s-hive0.pdns"), "hive_published_ip: 203.0.113.10\n")
                .hostVars(QStringLiteral("s-hive2.pdns"), "hive_no_mirrored_device: true\n")
                .groupVars(QStringLiteral("all"),
                           "hive_sshd_port: 2222\n"
                           "hive_gcp_ssh_source_range: 198.51.100.0/24, 203.0.113.0/24\n")
                .load();
        QVERIFY(loaded.ok());
        GcpResourcePlan plan;
        QStringList errors;
        QVERIFY2(GcpResourcePlan::make(loaded, *loaded.hive.stage(QStringLiteral("staging")), plan,
                                       errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        compareWithGoldenFile(QStringLiteral(HIVE_FIXTURES "/gcp/staging-plan.txt"),
                              plan.describe().toUtf8());
        QCOMPARE(plan.networkName, QStringLiteral("vpc-pdns"));
        QCOMPARE(plan.subnetworks.size(), 1);
        QCOMPARE(plan.subnetworks.at(0).name, QStringLiteral("pdns-default"));
        QCOMPARE(plan.instances.size(), 4);
        const GcpResourcePlan::Instance &first = plan.instances.at(0);
        QCOMPARE(first.name, QStringLiteral("s-hive0-pdns"));
        QCOMPARE(first.zone, QStringLiteral("asia-northeast1-a"));
        QCOMPARE(first.privateIp, QStringLiteral("192.168.0.4"));
        QCOMPARE(first.mirroredDisk, QStringLiteral("drbd-s-hive0-pdns"));
        QCOMPARE(first.bootDiskGb, GcpResourcePlan::kDefaultBootDiskGb);
        QVERIFY(plan.instances.at(2).mirroredDisk.isEmpty());
        const GcpResourcePlan::Instance &repository = plan.instances.at(3);
        QVERIFY(repository.isRepository && repository.mirroredDisk.isEmpty());
        QCOMPARE(repository.machineType, QStringLiteral("e2-standard-2"));
        QCOMPARE(repository.bootDiskGb, 40);
        QVERIFY(plan.fileStore);
        QCOMPARE(plan.fileStoreRange, QStringLiteral("192.168.200.0/24"));
    }

    // What GCP cannot be asked for is said before anything is: no region,
    // no machine type, a size that is not one, a name GCE refuses (the
    // subnet's, named with where it came from).
    void whatCannotBeBuiltIsNamed()
    {
        const LoadedInventory loaded = InventoryFixture()
                                           .file(QStringLiteral("hive.yml"), kHive)
                                           .file(QStringLiteral("services.yml"), kServices)
                                           .load();
        QVERIFY(loaded.ok());
        GcpResourcePlan plan;
        QStringList errors;
        QVERIFY(!GcpResourcePlan::make(loaded, *loaded.hive.stage(QStringLiteral("production")),
                                       plan, errors));
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("'region' is needed on GCP")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("'instance_type' is needed on GCP")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("'twenty'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("'Front_Net', which GCP refuses")), qPrintable(all));
        // Only web's ports (no nfs volume in production): no Filestore, and
        // no protocol opened whole for want of ports.
        QVERIFY(!plan.fileStore);
        QVERIFY(plan.describe().contains(
            QStringLiteral("inbound-pdns from 0.0.0.0/0: tcp/80,443, udp/8053, icmp")));
    }

    // A hive named like a domain gives GCE names with '-' for '.', as
    // roles/gcp names hosts (GCE refuses dots): its network, firewalls and
    // default subnetwork, which its hosts' instances go into.
    void aDomainNamedHiveGivesNamesGceTakes()
    {
        const LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), "plugin: hive_inventory\n"
                                                  "name: sample.example.jp\n"
                                                  "stages:\n"
                                                  "  production:\n"
                                                  "    provider: gcp\n"
                                                  "    region: asia-northeast1\n"
                                                  "    cidr: 10.20.0.0/22\n"
                                                  "    instance_type: e2-medium\n")
                .load();
        QVERIFY(loaded.ok());
        GcpResourcePlan plan;
        QStringList errors;
        QVERIFY2(GcpResourcePlan::make(loaded, *loaded.hive.stage(QStringLiteral("production")),
                                       plan, errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(plan.networkName, QStringLiteral("vpc-sample-example-jp"));
        QCOMPARE(plan.firewalls.first().name, QStringLiteral("internal-sample-example-jp"));
        QCOMPARE(plan.subnetworks.first().name, QStringLiteral("sample-example-jp-default"));
        for (const GcpResourcePlan::Instance &i : plan.instances)
            QCOMPARE(i.subnetwork, plan.subnetworks.first().name);
        QCOMPARE(plan.instances.first().name, QStringLiteral("hive0-sample-example-jp"));
    }

    void namesAsGceTakesThem()
    {
        QVERIFY(GcpResourcePlan::validName(QStringLiteral("s-hive0-pdns")));
        QVERIFY(GcpResourcePlan::validName(QStringLiteral("a")));
        QVERIFY(GcpResourcePlan::validName(QString(63, QLatin1Char('a'))));
        QVERIFY(!GcpResourcePlan::validName(QString(64, QLatin1Char('a'))));
        QVERIFY(!GcpResourcePlan::validName(QStringLiteral("0abc")));
        QVERIFY(!GcpResourcePlan::validName(QStringLiteral("abc-")));
        QVERIFY(!GcpResourcePlan::validName(QStringLiteral("ab_c")));
        QVERIFY(!GcpResourcePlan::validName(QStringLiteral("Abc")));
        QVERIFY(!GcpResourcePlan::validName(QString()));
    }
};

QTEST_GUILESS_MAIN(TestGcpResourcePlan)
#include "tst_gcp_resource_plan.moc"
