#include "data/json_writer.h"
#include "tests/support/inventory_fixture.h"

#include <QTest>

using namespace hive;

class TestInventoryExport : public QObject
{
    Q_OBJECT

    static LoadedInventory sample()
    {
        return InventoryFixture()
            .file(QStringLiteral("hive.yml"),
                  "plugin: hive_inventory\nname: pdns\nstages:\n  private:\n    provider: vagrant\n"
                  "    cidr: 192.168.0.0/24\n    separate_repository: false\n")
            .file(QStringLiteral("services.yml"),
                  "plugin: hive_services\nservices:\n  web:\n    image: nginx\n    ports: ['80']\n")
            .groupVars(QStringLiteral("all"), "who: all\nlevel: all\n")
            .groupVars(QStringLiteral("servers"), "level: servers\nfrom_servers: 1\n")
            .groupVars(QStringLiteral("hives"), "level: hives\n")
            .groupVars(QStringLiteral("private"), "level: private\nstage_only: yes\n")
            .groupVars(QStringLiteral("nosuchgroup"), "ignored: true\n")
            .hostVars(QStringLiteral("p-hive1.pdns"),
                      "level: host\nhive_no_mirrored_device: True\n")
            .load();
    }

private slots:
    void flattenedPrecedenceFollowsAnsible()
    {
        const LoadedInventory l = sample();
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        // Depths: all 0, hosts 1, private 1, servers 2, hives 3. Deeper groups win;
        // group_vars files come after every inventory-set group variable.
        const Value h0 = l.inventory.flattenedHostVars(QStringLiteral("p-hive0.pdns"));
        QCOMPARE(h0.value(QStringLiteral("level")).toString(), QStringLiteral("hives"));
        QCOMPARE(h0.value(QStringLiteral("from_servers")).toInt(), 1);
        QVERIFY(h0.value(QStringLiteral("stage_only")).toBool());
        QCOMPARE(h0.value(QStringLiteral("hive_provider")).toString(), QStringLiteral("vagrant"));
        QCOMPARE(h0.value(QStringLiteral("hive_name")).toString(), QStringLiteral("pdns"));
        QVERIFY(!h0.contains(QStringLiteral("ignored")));
        const Value h1 = l.inventory.flattenedHostVars(QStringLiteral("p-hive1.pdns"));
        QCOMPARE(h1.value(QStringLiteral("level")).toString(), QStringLiteral("host"));
        // The mother is not a server: private wins over all.
        const Value mother = l.inventory.flattenedHostVars(QStringLiteral("p-mother.pdns"));
        QCOMPARE(mother.value(QStringLiteral("level")).toString(), QStringLiteral("private"));
        // A service host sees group all and its stage groups.
        const Value web = l.inventory.flattenedHostVars(QStringLiteral("web"));
        QCOMPARE(web.value(QStringLiteral("level")).toString(), QStringLiteral("private"));
        QCOMPARE(web.value(QStringLiteral("who")).toString(), QStringLiteral("all"));
    }

    void groupOrderForPrecedence()
    {
        const LoadedInventory l = sample();
        QCOMPARE(l.inventory.groupsOfHost(QStringLiteral("p-hive2.pdns")),
                 QStringList({"all", "hosts", "private", "servers", "hives", "repository"}));
    }

    void listStructure()
    {
        const LoadedInventory l = sample();
        const Value list = l.inventory.toAnsibleList(false);
        const Value all = list.value(QStringLiteral("all"));
        QStringList children;
        for (const Value &c : all.value(QStringLiteral("children")).items())
            children << c.toString();
        QCOMPARE(children.first(), QStringLiteral("ungrouped"));
        QVERIFY(children.contains(QStringLiteral("hosts")));
        QVERIFY(children.contains(QStringLiteral("private")));
        QVERIFY(children.contains(QStringLiteral("services")));
        QVERIFY(!children.contains(QStringLiteral("servers"))); // it has a parent
        QVERIFY(!all.contains(QStringLiteral("hosts")));
        QVERIFY(!all.contains(QStringLiteral("vars"))); // only with --export
        // Empty groups disappear, like ansible-inventory does.
        QVERIFY(!list.contains(QStringLiteral("ungrouped")));
        QVERIFY(!list.contains(QStringLiteral("volumes")));
        QVERIFY(!list.contains(QStringLiteral("nfs_volumes")));
        QCOMPARE(list.value(QStringLiteral("servers")).value(QStringLiteral("children")).size(), 2);
        QVERIFY(!list.value(QStringLiteral("servers")).contains(QStringLiteral("hosts")));
        const Value hostvars =
            list.value(QStringLiteral("_meta")).value(QStringLiteral("hostvars"));
        QCOMPARE(hostvars.value(QStringLiteral("p-hive0.pdns"))
                     .value(QStringLiteral("level"))
                     .toString(),
                 QStringLiteral("hives"));
    }

    void exportKeepsVariablesOnGroups()
    {
        const LoadedInventory l = sample();
        const Value list = l.inventory.toAnsibleList(true);
        QCOMPARE(list.value(QStringLiteral("all"))
                     .value(QStringLiteral("vars"))
                     .value(QStringLiteral("hive_name"))
                     .toString(),
                 QStringLiteral("pdns"));
        QCOMPARE(list.value(QStringLiteral("all"))
                     .value(QStringLiteral("vars"))
                     .value(QStringLiteral("who"))
                     .toString(),
                 QStringLiteral("all"));
        const Value privateVars =
            list.value(QStringLiteral("private")).value(QStringLiteral("vars"));
        QCOMPARE(privateVars.value(QStringLiteral("hive_provider")).toString(),
                 QStringLiteral("vagrant"));
        QCOMPARE(privateVars.value(QStringLiteral("level")).toString(), QStringLiteral("private"));
        const Value hostvars =
            list.value(QStringLiteral("_meta")).value(QStringLiteral("hostvars"));
        const Value h0 = hostvars.value(QStringLiteral("p-hive0.pdns"));
        QVERIFY(!h0.contains(QStringLiteral("hive_name")));
        QCOMPARE(h0.value(QStringLiteral("hive_private_ip")).toString(),
                 QStringLiteral("192.168.0.4"));
        QVERIFY(hostvars.value(QStringLiteral("p-hive1.pdns"))
                    .value(QStringLiteral("hive_no_mirrored_device"))
                    .toBool());
        // Hosts without variables of their own are left out of _meta.
        QVERIFY(!hostvars.contains(QStringLiteral("hive_default_network")));
    }

    void outputIsDeterministic()
    {
        QCOMPARE(JsonWriter::write(sample().inventory.toAnsibleList(true)),
                 JsonWriter::write(sample().inventory.toAnsibleList(true)));
    }

    void variablesFileMustBeAMapping()
    {
        const LoadedInventory l =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .groupVars(QStringLiteral("all"), "- a\n- b\n")
                .load();
        QVERIFY(l.diagnostics.containsCode(QStringLiteral("wrong-type")));
        QCOMPARE(l.diagnostics.all().first().mark.file,
                 QStringLiteral("inventory/group_vars/all.yml"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryExport)
#include "tst_inventory_export.moc"
