#include "providers/aws_resource_plan.h"
#include "tests/support/golden_file.h"
#include "tests/support/inventory_fixture.h"

#include <QtTest>

using namespace hive;

namespace {
const QByteArray kHive = "plugin: hive_inventory\n"
                         "name: pdns\n"
                         "stages:\n"
                         "  staging:\n"
                         "    provider: aws\n"
                         "    region: ap-northeast-1\n"
                         "    cidr: 10.0.0.0/16\n"
                         "    subnets:\n"
                         "      - {cidr: 10.0.0.0/24, name: subnet-a, available_zone: "
                         "ap-northeast-1a}\n"
                         "      - {cidr: 10.0.1.0/24, name: subnet-c, available_zone: "
                         "ap-northeast-1c}\n"
                         "    instance_type: t3.medium\n"
                         "    repository_instance_type: t3.large\n"
                         "    disk_size: 20\n"
                         "    repository_disk_size: 40G\n"
                         "    mirrored_disk_size: 10\n"
                         "    mirrored_disk_encrypted: true\n"
                         "    kms_key_id: alias/hive\n"
                         "  production:\n"
                         "    provider: aws\n"
                         "    cidr: 10.1.0.0/16\n"
                         "    disk_size: twenty\n"
                         "    image_name: ami-0123456789abcdef0\n";
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
    "      - {source: share, target: /share, nfs: {size: 10G}}\n"
    "  admin:\n"
    "    image: busybox\n"
    "    available_on: [production]\n"
    "    ports: ['8080:80']\n";
// The plan of stage staging, or false (the test failed, saying why).
bool planStaging(const LoadedInventory &loaded, AwsResourcePlan &plan)
{
    if (!loaded.ok()) {
        qWarning("the inventory does not load");
        return false;
    }
    QStringList errors;
    if (!AwsResourcePlan::make(loaded, *loaded.hive.stage(QStringLiteral("staging")), plan,
                               errors)) {
        qWarning("%s", qPrintable(errors.join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}
} // namespace

class TestAwsResourcePlan : public QObject
{
    Q_OBJECT

private slots:
    // The resources of a stage like the manual's chapter 4: names and tags
    // as hive-builder gives them, sizes in GiB, the second disk on hives
    // only, ssh on 22 and the safe port, the published ports below 10000 of
    // this stage's services.
    void aStageIsPlannedAsHiveBuilderNamesIt()
    {
        const LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), kHive)
                .file(QStringLiteral("services.yml"), kServices)
                .hostVars(QStringLiteral("s-hive0.pdns"), "hive_published_ip: 203.0.113.10\n")
                .hostVars(QStringLiteral("s-hive2.pdns"), "hive_no_mirrored_device: true\n")
                .groupVars(QStringLiteral("all"), "hive_sshd_port: 2222\n"
                                                  "hive_ssh_source_ips: [198.51.100.0/24]\n")
                .load();
        AwsResourcePlan plan;
        QVERIFY(planStaging(loaded, plan));
        compareWithGoldenFile(QStringLiteral(HIVE_FIXTURES "/aws/staging-plan.txt"),
                              plan.describe().toUtf8());
        QCOMPARE(plan.keyName, QStringLiteral("hive-bulder-pdns"));
        QCOMPARE(plan.instances.size(), 4);
        QVERIFY(plan.instances.at(3).isRepository && !plan.instances.at(3).hasMirroredDisk);
        QCOMPARE(plan.instances.at(3).root.sizeGiB, 40);
        QVERIFY(plan.instances.at(0).hasMirroredDisk && !plan.instances.at(2).hasMirroredDisk);
        QVERIFY(plan.fileSystem);
    }

    // A stage without `subnets` has one subnet, under the name its hosts'
    // hive_subnet gives: every instance goes into a subnet the plan makes.
    void aStageWithoutSubnetsPutsItsHostsInItsOneSubnet()
    {
        const LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), "plugin: hive_inventory\n"
                                                  "name: pdns\n"
                                                  "stages:\n"
                                                  "  staging:\n"
                                                  "    provider: aws\n"
                                                  "    region: ap-northeast-1\n"
                                                  "    cidr: 10.0.0.0/24\n"
                                                  "    instance_type: t3.medium\n")
                .load();
        AwsResourcePlan plan;
        QVERIFY(planStaging(loaded, plan));
        QCOMPARE(plan.subnets.size(), 1);
        QCOMPARE(plan.subnets.at(0).name, QStringLiteral("pdns-default"));
        QCOMPARE(plan.subnets.at(0).cidr, QStringLiteral("10.0.0.0/24"));
        QCOMPARE(plan.instances.size(), 4);
        for (const AwsResourcePlan::Instance &i : plan.instances) {
            QCOMPARE(i.subnet, plan.subnets.at(0).name);
            QCOMPARE(loaded.inventory.flattenedHostVars(i.host)
                         .value(QStringLiteral("hive_subnet"))
                         .text(),
                     plan.subnets.at(0).name);
        }
    }

    // What AWS cannot be asked for is said before anything is: no region,
    // no instance type, a size that is not one.
    void whatCannotBeBuiltIsNamed()
    {
        const LoadedInventory loaded = InventoryFixture()
                                           .file(QStringLiteral("hive.yml"), kHive)
                                           .file(QStringLiteral("services.yml"), kServices)
                                           .load();
        AwsResourcePlan plan;
        QStringList errors;
        QVERIFY(!AwsResourcePlan::make(loaded, *loaded.hive.stage(QStringLiteral("production")),
                                       plan, errors));
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("'region' is needed")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("'instance_type' is needed")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("'twenty'")), qPrintable(all));
        QCOMPARE(plan.image.id, QStringLiteral("ami-0123456789abcdef0"));
        // The production service's port (staging's golden has none), and
        // no file system (the nfs volume is staging's).
        QVERIFY(plan.describe().contains(QStringLiteral("tcp/8080 from 0.0.0.0/0")));
        QVERIFY(!plan.fileSystem);
    }
};

QTEST_GUILESS_MAIN(TestAwsResourcePlan)
#include "tst_aws_resource_plan.moc"
