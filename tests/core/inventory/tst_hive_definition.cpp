#include "inventory/schema.h"
#include "tests/support/inventory_fixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace hive;

class TestHiveDefinition : public QObject
{
    Q_OBJECT

    static LoadedInventory loadHive(const QByteArray &stageYaml, const QByteArray &name = "pdns")
    {
        return InventoryFixture()
            .file(QStringLiteral("hive.yml"),
                  "plugin: hive_inventory\nname: " + name + "\nstages:\n" + stageYaml)
            .load();
    }
    static QString var(const LoadedInventory &l, const QString &host, const char *key)
    {
        return l.inventory.ownHostVars(host).value(QString::fromLatin1(key)).scalarText();
    }
    static QStringList hosts(const LoadedInventory &l, const char *group)
    {
        const Inventory::Group *g = l.inventory.group(QString::fromLatin1(group));
        return g ? g->hosts : QStringList();
    }

private slots:
    // Every attribute has a short name in words in both languages (forms
    // show it with the key beside it), and no two attributes of one scope
    // share it.
    void everyAttributeHasATitleInBothLanguages()
    {
        QHash<QString, QString> seen;
        for (const AttributeSpec &a : Schema::all()) {
            QVERIFY2(!a.titleEn.isEmpty() && !a.titleJa.isEmpty(), qPrintable(a.name));
            QVERIFY2(a.titleEn != a.name || a.name.size() < 4, qPrintable(a.name));
            const QString key = QString::number(int(a.scope)) + QLatin1Char('/') + a.titleEn;
            QVERIFY2(!seen.contains(key) || seen.value(key) == a.name,
                     qPrintable(a.titleEn + QStringLiteral(": ") + a.name + QStringLiteral(", ") +
                                seen.value(key)));
            seen.insert(key, a.name);
        }
        QCOMPARE(Schema::find(AttributeScope::Stage, QStringLiteral("separate_repository"))
                     ->title(QStringLiteral("en")),
                 QStringLiteral("Separate repository server"));
        // A default in words reads in Japanese too; a value stays as it is.
        for (const AttributeSpec &a : Schema::all()) {
            const QString ja = a.defaultText(QStringLiteral("ja"));
            QVERIFY2(
                !QRegularExpression(QStringLiteral("[a-z]{3,} [a-z]{2,}")).match(ja).hasMatch(),
                qPrintable(a.name + QStringLiteral(": ") + ja));
        }
        QCOMPARE(Schema::find(AttributeScope::Stage, QStringLiteral("cidr"))
                     ->defaultText(QStringLiteral("ja")),
                 Schema::find(AttributeScope::Stage, QStringLiteral("cidr"))->defaultValue);
    }

    void namingPrefixesPerStage()
    {
        const LoadedInventory l =
            loadHive("  private:\n    provider: vagrant\n    cidr: 192.168.0.0/24\n"
                     "  staging:\n    provider: prepared\n    cidr: 192.168.1.0/24\n"
                     "  production:\n    provider: aws\n    cidr: 10.0.0.0/24\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QCOMPARE(hosts(l, "private"), QStringList({"p-mother.pdns", "p-hive0.pdns", "p-hive1.pdns",
                                                   "p-hive2.pdns", "p-hive3.pdns"}));
        QCOMPARE(hosts(l, "staging").first(), QStringLiteral("s-mother.pdns"));
        QCOMPARE(hosts(l, "production").last(), QStringLiteral("hive3.pdns"));
        QCOMPARE(hosts(l, "mother"),
                 QStringList({"p-mother.pdns", "s-mother.pdns", "mother.pdns"}));
        QCOMPARE(l.inventory.ownGroupVars(QStringLiteral("all"))
                     .value(QStringLiteral("hive_name"))
                     .toString(),
                 QStringLiteral("pdns"));
        QCOMPARE(l.inventory.ownGroupVars(QStringLiteral("staging"))
                     .value(QStringLiteral("hive_provider"))
                     .toString(),
                 QStringLiteral("prepared"));
        QCOMPARE(l.inventory.ownGroupVars(QStringLiteral("staging"))
                     .value(QStringLiteral("hive_custom_hostname"))
                     .toString(),
                 QStringLiteral("hive"));
    }

    void customHostname()
    {
        const LoadedInventory l =
            loadHive("  production:\n    provider: prepared\n    cidr: 10.0.0.0/24\n"
                     "    custom_hostname: node\n    number_of_hosts: 3\n");
        QVERIFY(l.ok());
        QCOMPARE(hosts(l, "production"),
                 QStringList({"mother.pdns", "node0.pdns", "node1.pdns", "node2.pdns"}));

        for (const QByteArray &bad : {QByteArray("Node"), QByteArray("-node"), QByteArray("node-"),
                                      QByteArray("n_de"), QByteArray(51, 'a')}) {
            const LoadedInventory b =
                loadHive("  production:\n    provider: prepared\n    cidr: 10.0.0.0/24\n"
                         "    custom_hostname: " +
                         bad + "\n");
            QVERIFY2(b.diagnostics.containsCode(QStringLiteral("bad-hostname")), bad.constData());
        }
    }

    void repositorySelection()
    {
        const LoadedInventory sep =
            loadHive("  private:\n    provider: vagrant\n    cidr: 192.168.0.0/24\n");
        QCOMPARE(hosts(sep, "hives"),
                 QStringList({"p-hive0.pdns", "p-hive1.pdns", "p-hive2.pdns"}));
        QCOMPARE(hosts(sep, "repository"), QStringList({"p-hive3.pdns"}));

        const LoadedInventory shared =
            loadHive("  private:\n    provider: vagrant\n    cidr: 192.168.0.0/24\n"
                     "    separate_repository: false\n");
        QCOMPARE(hosts(shared, "hives"),
                 QStringList({"p-hive0.pdns", "p-hive1.pdns", "p-hive2.pdns"}));
        QCOMPARE(hosts(shared, "repository"), QStringList({"p-hive2.pdns"}));
        // servers = hives + repository, hosts = servers + mother.
        const Inventory::Group *servers = shared.inventory.group(QStringLiteral("servers"));
        QCOMPARE(servers->children, QStringList({"hives", "repository"}));
        QCOMPARE(shared.inventory.group(QStringLiteral("hosts"))->children,
                 QStringList({"servers", "mother"}));
    }

    void sizesPerRole()
    {
        const LoadedInventory l =
            loadHive("  private:\n    provider: vagrant\n    cidr: 192.168.0.0/24\n"
                     "    separate_repository: false\n    memory_size: 4096\n    cpus: 2\n"
                     "    repository_memory_size: 8192\n    mirrored_disk_size: 10\n"
                     "    disk_size: 30\n    repository_disk_size: 60\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QCOMPARE(var(l, QStringLiteral("p-hive0.pdns"), "hive_memory_size"),
                 QStringLiteral("4096"));
        QCOMPARE(var(l, QStringLiteral("p-hive0.pdns"), "hive_disk_size"), QStringLiteral("30"));
        // The repository is also a hive here: hive values first, repository_* win.
        QCOMPARE(var(l, QStringLiteral("p-hive2.pdns"), "hive_memory_size"),
                 QStringLiteral("8192"));
        QCOMPARE(var(l, QStringLiteral("p-hive2.pdns"), "hive_disk_size"), QStringLiteral("60"));
        QCOMPARE(var(l, QStringLiteral("p-hive2.pdns"), "hive_cpus"), QStringLiteral("2"));
        QCOMPARE(var(l, QStringLiteral("p-hive2.pdns"), "hive_mirrored_disk_size"),
                 QStringLiteral("10"));

        const LoadedInventory sep =
            loadHive("  private:\n    provider: vagrant\n    cidr: 192.168.0.0/24\n"
                     "    memory_size: 4096\n    mirrored_disk_size: 10\n");
        QVERIFY(!sep.inventory.ownHostVars(QStringLiteral("p-hive3.pdns"))
                     .contains(QStringLiteral("hive_memory_size")));
        QVERIFY(!sep.inventory.ownHostVars(QStringLiteral("p-hive3.pdns"))
                     .contains(QStringLiteral("hive_mirrored_disk_size")));
    }

    void addressesWithoutSubnets()
    {
        const LoadedInventory l =
            loadHive("  private:\n    provider: vagrant\n    cidr: 192.168.0.96/27\n");
        QCOMPARE(var(l, QStringLiteral("p-hive0.pdns"), "hive_private_ip"),
                 QStringLiteral("192.168.0.100"));
        QCOMPARE(var(l, QStringLiteral("p-hive3.pdns"), "hive_private_ip"),
                 QStringLiteral("192.168.0.103"));
        QCOMPARE(var(l, QStringLiteral("p-hive0.pdns"), "hive_netmask"),
                 QStringLiteral("255.255.255.224"));
        QCOMPARE(var(l, QStringLiteral("p-hive0.pdns"), "hive_subnet"),
                 QStringLiteral("pdns-default"));
        const Value subnets = l.inventory.ownHostVars(QStringLiteral("p-mother.pdns"))
                                  .value(QStringLiteral("hive_subnets"));
        QCOMPARE(subnets.size(), 1);
        QCOMPARE(subnets.items()[0].value(QStringLiteral("name")).toString(),
                 QStringLiteral("pdns-default"));
        QCOMPARE(subnets.items()[0].value(QStringLiteral("cidr")).toString(),
                 QStringLiteral("192.168.0.96/27"));
        QCOMPARE(var(l, QStringLiteral("p-mother.pdns"), "hive_cidr"),
                 QStringLiteral("192.168.0.96/27"));
    }

    void addressesWithSubnetsRoundRobin()
    {
        const LoadedInventory l =
            loadHive("  production:\n    provider: aws\n    cidr: 192.168.0.0/24\n    "
                     "instance_type: t3.medium\n"
                     "    region: ap-northeast-1\n    subnets:\n      - cidr: 192.168.0.0/26\n     "
                     "   name: subnet-a\n"
                     "        available_zone: ap-northeast-1d\n      - cidr: 192.168.0.64/26\n"
                     "      - cidr: 192.168.0.128/26\n        available_zone: ap-northeast-1c\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QCOMPARE(var(l, QStringLiteral("hive0.pdns"), "hive_private_ip"),
                 QStringLiteral("192.168.0.5"));
        QCOMPARE(var(l, QStringLiteral("hive1.pdns"), "hive_private_ip"),
                 QStringLiteral("192.168.0.69"));
        QCOMPARE(var(l, QStringLiteral("hive2.pdns"), "hive_private_ip"),
                 QStringLiteral("192.168.0.133"));
        QCOMPARE(var(l, QStringLiteral("hive3.pdns"), "hive_private_ip"),
                 QStringLiteral("192.168.0.6"));
        QCOMPARE(var(l, QStringLiteral("hive1.pdns"), "hive_subnet"), QStringLiteral("subnet1"));
        QCOMPARE(var(l, QStringLiteral("hive0.pdns"), "hive_available_zone"),
                 QStringLiteral("ap-northeast-1d"));
        // No zone on the subnet: region + suffix by host index.
        QCOMPARE(var(l, QStringLiteral("hive1.pdns"), "hive_available_zone"),
                 QStringLiteral("ap-northeast-1-b"));
        QCOMPARE(var(l, QStringLiteral("hive2.pdns"), "hive_available_zone"),
                 QStringLiteral("ap-northeast-1c"));
        QCOMPARE(var(l, QStringLiteral("hive0.pdns"), "hive_netmask"),
                 QStringLiteral("255.255.255.192"));
        // hive_subnets on the mother is the list as written (no default names added).
        const Value subnets = l.inventory.ownHostVars(QStringLiteral("mother.pdns"))
                                  .value(QStringLiteral("hive_subnets"));
        QVERIFY(!subnets.items()[1].contains(QStringLiteral("name")));
        QCOMPARE(var(l, QStringLiteral("mother.pdns"), "hive_region"),
                 QStringLiteral("ap-northeast-1"));
    }

    // Azure's zones are integers: hive-builder takes available_zone: 1 and
    // so does hive; the host's hive_available_zone stays that integer.
    void anIntegerAvailableZone()
    {
        const LoadedInventory l = loadHive(
            "  production:\n    provider: azure\n    cidr: 10.30.0.0/22\n    region: japaneast\n"
            "    subnets:\n      - cidr: 10.30.0.0/24\n        available_zone: 1\n"
            "      - cidr: 10.30.1.0/24\n        available_zone: 2\n"
            "      - cidr: 10.30.2.0/24\n        available_zone: 3\n");
        QVERIFY2(l.ok() && l.diagnostics.warningCount() == 0, qPrintable(describe(l.diagnostics)));
        const Value zone = l.inventory.ownHostVars(QStringLiteral("hive1.pdns"))
                               .value(QStringLiteral("hive_available_zone"));
        QVERIFY(zone.isInt());
        QCOMPARE(zone.toInt(), 2);
    }

    void zeroCpusIsRefused()
    {
        const LoadedInventory l =
            loadHive("  private:\n    provider: docker\n    cidr: 172.30.9.0/24\n    cpus: 0\n");
        QVERIFY(!l.ok());
        bool found = false;
        for (const Diagnostic &d : l.diagnostics.all())
            found =
                found || (d.code == QLatin1String("bad-value") && d.key == QLatin1String("cpus") &&
                          d.message.contains(QStringLiteral("at least 1")));
        QVERIFY2(found, qPrintable(describe(l.diagnostics)));
    }

    // Manual 13.13: the overlay's UDP port moves where 4789 is taken; Docker
    // takes 1024 to 49151.
    void dataPathPortIsReadAndChecked()
    {
        const LoadedInventory moved = loadHive("  private:\n    provider: docker\n    cidr: "
                                               "172.30.9.0/24\n    data_path_port: 8472\n");
        QVERIFY2(moved.ok(), qPrintable(describe(moved.diagnostics)));
        QCOMPARE(moved.hive.stage(QStringLiteral("private"))->dataPathPort(), 8472);
        const LoadedInventory plain =
            loadHive("  private:\n    provider: docker\n    cidr: 172.30.9.0/24\n");
        QCOMPARE(plain.hive.stage(QStringLiteral("private"))->dataPathPort(), 4789);
        const LoadedInventory bad = loadHive(
            "  private:\n    provider: docker\n    cidr: 172.30.9.0/24\n    data_path_port: 80\n");
        QVERIFY(!bad.ok());
        bool found = false;
        for (const Diagnostic &d : bad.diagnostics.all())
            found = found || (d.key == QLatin1String("data_path_port") &&
                              d.message.contains(QStringLiteral("1024 to 49151")));
        QVERIFY2(found, qPrintable(describe(bad.diagnostics)));
    }

    // hive_registry_port moves the registry (hive-builder's variable, read
    // on the repository server); a value no port takes is refused.
    void registryPortIsTheRepositoryServersVariable()
    {
        const QByteArray stage = "  private:\n    provider: docker\n    cidr: 172.30.9.0/24\n";
        const LoadedInventory moved =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\nname: pdns\nstages:\n" + stage)
                .groupVars(QStringLiteral("repository"), "hive_registry_port: 5443\n")
                .load();
        QVERIFY2(moved.ok(), qPrintable(describe(moved.diagnostics)));
        QCOMPARE(moved.hive.stage(QStringLiteral("private"))->registryPort, 5443);
        QCOMPARE(loadHive(stage).hive.stage(QStringLiteral("private"))->registryPort, 5000);
        const LoadedInventory bad =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\nname: pdns\nstages:\n" + stage)
                .groupVars(QStringLiteral("all"), "hive_registry_port: 70000\n")
                .load();
        bool found = false;
        for (const Diagnostic &d : bad.diagnostics.all())
            found = found || d.key == QLatin1String("hive_registry_port");
        QVERIFY2(!bad.ok() && found, qPrintable(describe(bad.diagnostics)));
        QCOMPARE(bad.hive.stage(QStringLiteral("private"))->registryPort, 5000);
    }

    // hive_swarm_mode: worker makes a hive join as a worker; the first hive
    // starts the swarm as its manager whatever it says; other words are refused.
    void swarmModeWorkerIsReadPerHive()
    {
        const QByteArray stage = "  private:\n    provider: docker\n    cidr: 172.30.9.0/24\n";
        const auto load = [&](const QString &host, const QByteArray &vars) {
            return InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\nname: pdns\nstages:\n" + stage)
                .hostVars(host, vars)
                .load();
        };
        const LoadedInventory l = load(QStringLiteral("p-hive1.pdns"), "hive_swarm_mode: worker\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QStringList workers;
        for (const HostPlan &h : l.hive.stage(QStringLiteral("private"))->hosts)
            if (h.swarmWorker)
                workers << h.name;
        QCOMPARE(workers, QStringList{QStringLiteral("p-hive1.pdns")});
        const LoadedInventory first =
            load(QStringLiteral("p-hive0.pdns"), "hive_swarm_mode: worker\n");
        for (const HostPlan &h : first.hive.stage(QStringLiteral("private"))->hosts)
            QVERIFY2(!h.swarmWorker, qPrintable(h.name));
        const LoadedInventory bad =
            load(QStringLiteral("p-hive1.pdns"), "hive_swarm_mode: slave\n");
        QVERIFY(!bad.ok());
        QVERIFY2(describe(bad.diagnostics).contains(QStringLiteral("manager or worker")),
                 qPrintable(describe(bad.diagnostics)));
    }

    void unnamedSubnetUsesStagePrefix()
    {
        const LoadedInventory l = loadHive("  staging:\n    provider: aws\n    cidr: 10.0.0.0/16\n"
                                           "    subnets:\n      - cidr: 10.0.1.0/24\n");
        QCOMPARE(var(l, QStringLiteral("s-hive0.pdns"), "hive_subnet"),
                 QStringLiteral("s-subnet0"));
        QVERIFY(!l.inventory.ownHostVars(QStringLiteral("s-hive0.pdns"))
                     .contains(QStringLiteral("hive_available_zone")));
    }

    void ipAddressListIsVerbatimAndSetsCount()
    {
        const LoadedInventory l =
            loadHive("  staging:\n    provider: prepared\n    separate_repository: false\n"
                     "    cidr: 192.168.0.96/27\n    number_of_hosts: 5\n"
                     "    ip_address_list: [192.168.0.98, 192.168.0.99, 192.168.0.100]\n");
        QVERIFY(l.ok());
        QVERIFY(l.diagnostics.containsCode(QStringLiteral("host-count-mismatch")));
        QCOMPARE(hosts(l, "hives"), QStringList({"s-hive0.pdns", "s-hive1.pdns", "s-hive2.pdns"}));
        QCOMPARE(var(l, QStringLiteral("s-hive0.pdns"), "hive_private_ip"),
                 QStringLiteral("192.168.0.98"));
        QCOMPARE(var(l, QStringLiteral("s-hive2.pdns"), "hive_private_ip"),
                 QStringLiteral("192.168.0.100"));
        QCOMPARE(var(l, QStringLiteral("s-hive2.pdns"), "hive_netmask"),
                 QStringLiteral("255.255.255.224"));

        const LoadedInventory outside =
            loadHive("  staging:\n    provider: prepared\n    cidr: 192.168.0.96/27\n"
                     "    ip_address_list: [10.1.1.1, 192.168.0.99]\n");
        QVERIFY(outside.diagnostics.containsCode(QStringLiteral("address-outside-cidr")));
        const LoadedInventory dup =
            loadHive("  staging:\n    provider: prepared\n    cidr: 192.168.0.96/27\n"
                     "    ip_address_list: [192.168.0.99, 192.168.0.99]\n");
        QVERIFY(dup.diagnostics.containsCode(QStringLiteral("duplicate-address")));
    }

    void ipAddressListWithSubnetsOnlySetsCount()
    {
        const LoadedInventory l =
            loadHive("  production:\n    provider: aws\n    cidr: 10.0.0.0/16\n"
                     "    subnets:\n      - cidr: 10.0.1.0/24\n"
                     "    ip_address_list: [1.1.1.1, 2.2.2.2]\n");
        QCOMPARE(hosts(l, "production").size(), 3); // mother + 2
        QCOMPARE(var(l, QStringLiteral("hive0.pdns"), "hive_private_ip"),
                 QStringLiteral("10.0.1.5"));
        QCOMPARE(var(l, QStringLiteral("hive1.pdns"), "hive_private_ip"),
                 QStringLiteral("10.0.1.6"));
    }

    void availabilityZones()
    {
        const LoadedInventory custom =
            loadHive("  production:\n    provider: gcp\n    cidr: 10.0.0.0/24\n"
                     "    region: asia-northeast2\n    az_suffix_list: ['-x', '-y']\n");
        QCOMPARE(var(custom, QStringLiteral("hive0.pdns"), "hive_available_zone"),
                 QStringLiteral("asia-northeast2-x"));
        QCOMPARE(var(custom, QStringLiteral("hive1.pdns"), "hive_available_zone"),
                 QStringLiteral("asia-northeast2-y"));
        QCOMPARE(var(custom, QStringLiteral("hive2.pdns"), "hive_available_zone"),
                 QStringLiteral("asia-northeast2-x"));

        const LoadedInventory azure =
            loadHive("  production:\n    provider: azure\n    cidr: 10.0.0.0/24\n"
                     "    region: japaneast\n");
        const Value zone = azure.inventory.ownHostVars(QStringLiteral("hive3.pdns"))
                               .value(QStringLiteral("hive_available_zone"));
        QVERIFY(zone.isInt());
        QCOMPARE(zone.toInt(), 1); // 3 % 3 + 1
        QCOMPARE(azure.inventory.ownHostVars(QStringLiteral("hive1.pdns"))
                     .value(QStringLiteral("hive_available_zone"))
                     .toInt(),
                 2);
    }

    void addressExhaustionNamesStageAndSubnet()
    {
        const LoadedInventory l =
            loadHive("  private:\n    provider: vagrant\n    cidr: 192.168.0.0/29\n");
        QVERIFY(!l.ok());
        const Diagnostic d = l.diagnostics.all().first();
        QCOMPARE(d.code, QStringLiteral("addresses-exhausted"));
        QCOMPARE(d.stage, QStringLiteral("private"));
        QVERIFY(d.message.contains(QStringLiteral("pdns-default")));
        QVERIFY(d.message.contains(QStringLiteral("p-hive3.pdns")));
    }

    void providerRules_data()
    {
        QTest::addColumn<QByteArray>("stage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("key");
        struct Row
        {
            const char *name;
            QByteArray stage;
            const char *code;
            const char *key;
        };
        const QByteArray base = "    cidr: 10.0.0.0/24\n";
        const Row rows[] = {
            {"kickstart_config",
             QByteArray("    provider: aws\n" + base + "    kickstart_config: {}\n"),
             "provider-attribute", "kickstart_config"},
            {"instance_type vagrant",
             QByteArray("    provider: vagrant\n" + base + "    instance_type: x\n"),
             "provider-attribute", "instance_type"},
            {"region vagrant", QByteArray("    provider: vagrant\n" + base + "    region: x\n"),
             "provider-attribute", "region"},
            {"memory_size aws", QByteArray("    provider: aws\n" + base + "    memory_size: 1\n"),
             "provider-attribute", "memory_size"},
            {"repository_memory_size gcp",
             QByteArray("    provider: gcp\n" + base + "    repository_memory_size: 1\n"),
             "provider-attribute", "repository_memory_size"},
            {"bridge prepared", QByteArray("    provider: prepared\n" + base + "    bridge: br0\n"),
             "provider-attribute", "bridge"},
            {"prepared_resource_group aws",
             QByteArray("    provider: aws\n" + base + "    prepared_resource_group: g\n"),
             "provider-attribute", "prepared_resource_group"},
            {"encrypted without kms",
             QByteArray("    provider: aws\n" + base + "    disk_encrypted: true\n"),
             "needs-kms-key", "disk_encrypted"},
            {"shared repo",
             QByteArray("    provider: aws\n" + base +
                        "    separate_repository: false\n    shared_repository: x\n"),
             "shared-repository", "shared_repository"},
            {"unknown provider", QByteArray("    provider: openshift\n" + base), "bad-value",
             "provider"},
            {"missing provider", QByteArray(base), "missing-key", "provider"},
            {"missing cidr", QByteArray(QByteArray("    provider: aws\n")), "missing-key", "cidr"},
            {"bad cidr", QByteArray("    provider: aws\n    cidr: 10.0.0.1/24\n"), "bad-cidr",
             "cidr"},
            {"cidr as number", QByteArray("    provider: aws\n    cidr: 10\n"), "wrong-type",
             "cidr"},
            {"string for int",
             QByteArray("    provider: aws\n" + base + "    number_of_hosts: three\n"),
             "wrong-type", "number_of_hosts"},
            {"list for map",
             QByteArray("    provider: kickstart\n" + base + "    kickstart_config: [a]\n"),
             "wrong-type", "kickstart_config"},
            {"zero hosts", QByteArray("    provider: aws\n" + base + "    number_of_hosts: 0\n"),
             "bad-value", "number_of_hosts"},
            {"bad ip",
             QByteArray("    provider: prepared\n" + base + "    ip_address_list: [10.0.0.300]\n"),
             "bad-address", "ip_address_list"},
        };
        for (const Row &r : rows)
            QTest::newRow(r.name) << r.stage << QString::fromLatin1(r.code)
                                  << QString::fromLatin1(r.key);
    }

    void providerRules()
    {
        QFETCH(QByteArray, stage);
        QFETCH(QString, code);
        QFETCH(QString, key);
        const LoadedInventory l = loadHive("  production:\n" + stage);
        QVERIFY(!l.ok());
        bool found = false;
        for (const Diagnostic &d : l.diagnostics.all()) {
            if (d.code == code && d.key == key) {
                found = true;
                QCOMPARE(d.stage, QStringLiteral("production"));
                QCOMPARE(d.mark.file, QStringLiteral("inventory/hive.yml"));
                QVERIFY(d.mark.line >= 4);
            }
        }
        QVERIFY2(found, qPrintable(describe(l.diagnostics)));
    }

    void unknownKeySuggestsTheRightOne()
    {
        const LoadedInventory l =
            loadHive("  private:\n    provider: vagrant\n    cidr: 10.0.0.0/24\n"
                     "    separate_repositry: false\n");
        // hive-builder ignores unknown stage keys: a warning, not an error.
        QVERIFY(l.ok());
        QCOMPARE(l.diagnostics.all().first().severity, Diagnostic::Severity::Warning);
        QVERIFY(
            l.diagnostics.all().first().message.contains(QStringLiteral("separate_repository")));
        QCOMPARE(l.diagnostics.all().first().mark.line, 7);
    }

    void unknownStageAndTopKeys()
    {
        const LoadedInventory l =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\nname: x\nstage: {}\nstages:\n  develop:\n"
                      "    provider: aws\n    cidr: 10.0.0.0/24\n")
                .load();
        QVERIFY(l.diagnostics.containsCode(QStringLiteral("unknown-key")));
        QVERIFY(l.diagnostics.containsCode(QStringLiteral("bad-stage")));
    }

    void allProblemsAreReportedAtOnce()
    {
        const LoadedInventory l =
            loadHive("  private:\n    provider: vagrant\n    cidr: 10.0.0.0/24\n"
                     "    region: x\n  production:\n    provider: aws\n    cidr: bad\n"
                     "    number_of_hosts: many\n");
        QVERIFY(l.diagnostics.errorCount() >= 3);
    }

    void firstHive()
    {
        const QByteArray stage = "  private:\n    provider: vagrant\n    cidr: 10.0.0.0/24\n"
                                 "  production:\n    provider: aws\n    cidr: 10.1.0.0/24\n";
        const LoadedInventory l = InventoryFixture()
                                      .file(QStringLiteral("hive.yml"),
                                            "plugin: hive_inventory\nname: pdns\nstages:\n" + stage)
                                      .firstHive(QStringLiteral("private"), 1)
                                      .load();
        QCOMPARE(hosts(l, "first_hive"), QStringList({"p-hive1.pdns", "hive0.pdns"}));
        QCOMPARE(var(l, QStringLiteral("p-hive2.pdns"), "hive_swarm_master"),
                 QStringLiteral("p-hive1.pdns"));
        QCOMPARE(var(l, QStringLiteral("hive2.pdns"), "hive_swarm_master"),
                 QStringLiteral("hive0.pdns"));
        QVERIFY(!l.inventory.ownHostVars(QStringLiteral("p-hive3.pdns"))
                     .contains(QStringLiteral("hive_swarm_master")));

        const LoadedInventory missing =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\nname: pdns\nstages:\n" + stage)
                .firstHive(QStringLiteral("private"), 7)
                .load();
        QVERIFY(missing.diagnostics.containsCode(QStringLiteral("first-hive-missing")));
        QCOMPARE(hosts(missing, "first_hive"), QStringList({"hive0.pdns"}));
    }

    void stageValuesOnEveryHost()
    {
        const LoadedInventory l =
            loadHive("  production:\n    provider: aws\n    cidr: 10.0.0.0/24\n"
                     "    root_password: secret\n    kernel_version: 5.14\n"
                     "    internal_cidr: 10.254.0.0/16\n    kms_key_id: k\n"
                     "    image_name: ami-1\n    mirrored_disk_encrypted: true\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        for (const QString &host : {QStringLiteral("hive0.pdns"), QStringLiteral("hive3.pdns")}) {
            QCOMPARE(var(l, host, "hive_root_password"), QStringLiteral("secret"));
            QCOMPARE(var(l, host, "hive_internal_cidr"), QStringLiteral("10.254.0.0/16"));
            QCOMPARE(var(l, host, "hive_vm_image_name"), QStringLiteral("ami-1"));
            QCOMPARE(var(l, host, "hive_kms_key_id"), QStringLiteral("k"));
        }
        QVERIFY(l.inventory.ownHostVars(QStringLiteral("hive0.pdns"))
                    .value(QStringLiteral("hive_kernel_version"))
                    .isDouble());
        QVERIFY(l.inventory.ownHostVars(QStringLiteral("hive0.pdns"))
                    .contains(QStringLiteral("hive_mirrored_disk_encrypted")));
        QVERIFY(!l.inventory.ownHostVars(QStringLiteral("hive3.pdns"))
                     .contains(QStringLiteral("hive_mirrored_disk_encrypted")));
    }

    void noHiveDefinitionOrTwo()
    {
        const LoadedInventory none =
            InventoryFixture()
                .file(QStringLiteral("s.yml"), "plugin: hive_services\nservices: {}\n")
                .load();
        QVERIFY(none.diagnostics.containsCode(QStringLiteral("no-hive-definition")));
        const LoadedInventory two =
            InventoryFixture()
                .file(QStringLiteral("a.yml"), InventoryFixture::minimalHive())
                .file(QStringLiteral("b.yml"), InventoryFixture::minimalHive())
                .load();
        QVERIFY(two.diagnostics.containsCode(QStringLiteral("second-hive-definition")));
        const LoadedInventory unknown =
            InventoryFixture()
                .file(QStringLiteral("a.yml"), InventoryFixture::minimalHive())
                .file(QStringLiteral("b.yml"), "plugin: hive_servicez\n")
                .load();
        QVERIFY(unknown.diagnostics.containsCode(QStringLiteral("unknown-plugin")));
    }
};

QTEST_GUILESS_MAIN(TestHiveDefinition)
#include "tst_hive_definition.moc"
