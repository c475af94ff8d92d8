#include "providers/azure_resource_plan.h"
#include "tests/support/azure_test_stage.h"

#include <QtTest>

using namespace hive;

// An Azure stage read as roles/azure reads it: names, zones, rules, image,
// the resource group made here or prepared, and the errors that name what
// Azure would refuse before it is asked.
class TestAzureResourcePlan : public QObject
{
    Q_OBJECT

    static QByteArray with(const char *more) { return QByteArray(azureTestInventory()) + more; }

private slots:
    void theStageIsNamedAsRolesAzureNamesIt()
    {
        AzureResourcePlan plan;
        QVERIFY(azureTestPlan(plan));
        QCOMPARE(plan.resourceGroup, QStringLiteral("pdns"));
        QVERIFY(!plan.preparedResourceGroup);
        QCOMPARE(plan.networkName, QStringLiteral("vpc-pdns"));
        QCOMPARE(plan.securityGroup, QStringLiteral("sg_pdns"));
        QCOMPARE(plan.subnets.size(), 1);
        QCOMPARE(plan.subnets.first().name, QStringLiteral("pdns-default"));
        QCOMPARE(plan.machines.size(), 4);
        const AzureResourcePlan::Machine &first = plan.machines.first();
        QCOMPARE(first.name, QStringLiteral("s-hive0"));
        QCOMPARE(first.nicName, QStringLiteral("s-hive0-primary"));
        QCOMPARE(first.publicIpName, QStringLiteral("gip-s-hive0"));
        QCOMPARE(first.dataDisk, QStringLiteral("mirrored_s-hive0"));
        QCOMPARE(first.dataDiskGb, 10);
        QStringList zones;
        for (const AzureResourcePlan::Machine &m : plan.machines)
            zones << m.zone;
        QCOMPARE(zones, (QStringList{"1", "2", "3", "1"}));
        // The repository server has no mirrored disk.
        QVERIFY(plan.machines.last().dataDisk.isEmpty());
        QCOMPARE(plan.image.publisher, QStringLiteral("almalinux"));
        QCOMPARE(plan.image.sku, QStringLiteral("10-gen2"));
    }

    void theRulesOpenWhatTheHivePublishes()
    {
        AzureResourcePlan plan;
        QVERIFY(azureTestPlan(plan));
        QStringList rules;
        for (const AzureResourcePlan::Rule &r : plan.rules)
            rules << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(r.name)
                         .arg(r.priority)
                         .arg(r.protocol, r.ports.join(QLatin1Char(',')),
                              r.sources.join(QLatin1Char(',')),
                              r.allow ? QStringLiteral("allow") : QStringLiteral("deny"));
        QCOMPARE(rules, (QStringList{"internal 100 * * VirtualNetwork allow",
                                     "published_ports_tcp 200 Tcp 22,80 * allow",
                                     "published_ports_udp 201 Udp 8053 * allow",
                                     "deny_tcp 400 Tcp * * deny", "deny_udp 401 Udp * * deny",
                                     "allow_icmp 402 Icmp * * allow"}));
        // ssh only from the given sources, in a rule of its own, on 22
        // and where setup-hosts moves it.
        QVERIFY(azureTestPlan(plan, azureTestInventory(),
                              "hive_ssh_source_ips: [203.0.113.0/24]\nhive_sshd_port: 2222\n"));
        QCOMPARE(plan.rules.at(1).name, QStringLiteral("ssh"));
        QCOMPARE(plan.rules.at(1).ports, (QStringList{"22", "2222"}));
        QCOMPARE(plan.rules.at(1).sources, QStringList{"203.0.113.0/24"});
        QCOMPARE(plan.rules.at(2).ports, QStringList{"80"});
    }

    void optionsOfTheStage()
    {
        AzureResourcePlan plan;
        QVERIFY(
            azureTestPlan(plan, with("    not_support_az: true\n"
                                     "    prepared_resource_group: true\n"
                                     "    image_name: 'Canonical:ubuntu-24_04-lts:server:latest'\n"
                                     "    disk_size: 40\n")
                                    .constData()));
        QVERIFY(plan.preparedResourceGroup);
        QCOMPARE(plan.resourceGroup, QStringLiteral("pdns"));
        for (const AzureResourcePlan::Machine &m : plan.machines) {
            QVERIFY(m.zone.isEmpty());
            QCOMPARE(m.osDiskGb, 40);
        }
        QCOMPARE(plan.image.publisher, QStringLiteral("Canonical"));
        QCOMPARE(plan.image.offer, QStringLiteral("ubuntu-24_04-lts"));
        QVERIFY(plan.describe().contains(QStringLiteral("resource group pdns (prepared)")));
        QVERIFY(azureTestPlan(plan, with("    image_name: hive-image\n").constData()));
        QVERIFY(!plan.preparedResourceGroup);
        QCOMPARE(plan.image.id, QStringLiteral("images/hive-image"));
        // A zone Azure does not have.
        QVERIFY(!azureTestPlan(plan, with("    subnets:\n"
                                          "      - {cidr: 192.168.0.0/24, available_zone: 4}\n")
                                         .constData()));
    }

    void namesAzureRefusesAreSaidBeforeAsking()
    {
        QVERIFY(AzureResourcePlan::validName(QStringLiteral("mirrored_s-hive0")));
        QVERIFY(AzureResourcePlan::validName(QStringLiteral("sg_pdns")));
        QVERIFY(!AzureResourcePlan::validName(QStringLiteral("-x")));
        QVERIFY(!AzureResourcePlan::validName(QStringLiteral("x.")));
        QVERIFY(!AzureResourcePlan::validName(QStringLiteral("a b")));
        QVERIFY(!AzureResourcePlan::validName(QString(81, QLatin1Char('a'))));
        QVERIFY(AzureResourcePlan::validGroupName(QStringLiteral("ops(rg).1_x")));
        QVERIFY(!AzureResourcePlan::validGroupName(QStringLiteral("ops.")));
        QVERIFY(!AzureResourcePlan::validGroupName(QStringLiteral("ops;rm")));
    }
};

QTEST_GUILESS_MAIN(TestAzureResourcePlan)
#include "tst_azure_resource_plan.moc"
