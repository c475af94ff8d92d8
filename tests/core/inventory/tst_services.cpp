#include "data/yaml_writer.h"
#include "inventory/service_templates.h"
#include "tests/support/inventory_fixture.h"

#include <QTest>

using namespace hive;

class TestServices : public QObject
{
    Q_OBJECT

    static LoadedInventory load(const QByteArray &services, const AllocationMaps &maps = {})
    {
        return InventoryFixture()
            .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
            .file(QStringLiteral("services.yml"), "plugin: hive_services\n" + services)
            .maps(maps)
            .load();
    }
    static Value hv(const LoadedInventory &l, const char *host, const char *key)
    {
        return l.inventory.ownHostVars(QString::fromLatin1(host)).value(QString::fromLatin1(key));
    }
    static QList<qint64> published(const Value &ports)
    {
        QList<qint64> out;
        for (const Value &p : ports.items())
            out << p.value(QStringLiteral("published_port")).toInt();
        return out;
    }
    static bool hasDiag(const LoadedInventory &l, const char *code, const char *service,
                        const char *key)
    {
        for (const Diagnostic &d : l.diagnostics.all()) {
            if (d.code == QLatin1String(code) && d.service == QLatin1String(service) &&
                d.key == QLatin1String(key))
                return true;
        }
        return false;
    }

private slots:
    // Add Service's templates read back as the services they say, with no
    // problem; the database's volume and the web server's port stay clear of
    // those already taken.
    void serviceTemplatesLoadCleanly()
    {
        for (const ServiceTemplates::Template &t : ServiceTemplates::all()) {
            Value services = Value::map();
            services.insert(t.suggestedName, ServiceTemplates::make(t.id, t.suggestedName, {}));
            Value root = Value::map();
            root.insert(QStringLiteral("services"), services);
            const QByteArray text = YamlWriter::writeInOrder(root, 0);
            const LoadedInventory l = load(text);
            QVERIFY2(l.ok() && l.diagnostics.errorCount() == 0,
                     qPrintable(t.id + QLatin1Char('\n') + QString::fromUtf8(text)));
            QVERIFY(l.services.service(t.suggestedName));
        }
        const Value db = ServiceTemplates::make(QStringLiteral("database"), QStringLiteral("db"),
                                                {}, {QStringLiteral("db_data")});
        QCOMPARE(db.value(QStringLiteral("volumes"))
                     .items()
                     .at(0)
                     .value(QStringLiteral("source"))
                     .toString(),
                 QStringLiteral("db_data_2"));
        const Value web =
            ServiceTemplates::make(QStringLiteral("web"), QStringLiteral("web"), {8080, 8081});
        QCOMPARE(web.value(QStringLiteral("ports"))
                     .items()
                     .at(0)
                     .value(QStringLiteral("published_port"))
                     .toInt(),
                 8082);
        QVERIFY(
            ServiceTemplates::make(QStringLiteral("no-such"), QStringLiteral("x"), {}).isNull());
        QVERIFY(!ServiceTemplates::isValidName(QStringLiteral("-bad")));
        QVERIFY(ServiceTemplates::isValidName(QStringLiteral("web-2")));
    }

    void serviceHostsGroupsAndCopiedKeys()
    {
        const LoadedInventory l =
            load("available_on: [production, staging]\nservices:\n  web:\n"
                 "    image: nginx\n    environment: {A: '1'}\n    replicas: 2\n"
                 "    labels: {x: y}\n  job:\n    image: busybox\n    available_on: [private]\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QCOMPARE(l.inventory.group(QStringLiteral("services"))->hosts, QStringList({"web", "job"}));
        QVERIFY(l.inventory.group(QStringLiteral("production"))
                    ->hostSet.contains(QStringLiteral("web")));
        QVERIFY(
            !l.inventory.group(QStringLiteral("private"))->hostSet.contains(QStringLiteral("web")));
        QVERIFY(
            l.inventory.group(QStringLiteral("private"))->hostSet.contains(QStringLiteral("job")));
        QCOMPARE(hv(l, "web", "hive_image").toString(), QStringLiteral("nginx"));
        QCOMPARE(hv(l, "web", "hive_replicas").toInt(), 2);
        QCOMPARE(hv(l, "web", "hive_environment").value(QStringLiteral("A")).toString(),
                 QStringLiteral("1"));
        QVERIFY(!hv(l, "web", "hive_available_on").isString());
        QVERIFY(!l.inventory.ownHostVars(QStringLiteral("web"))
                     .contains(QStringLiteral("hive_available_on")));
        // The default network follows the file's stages.
        QVERIFY(l.inventory.group(QStringLiteral("networks"))
                    ->hostSet.contains(QStringLiteral("hive_default_network")));
        QVERIFY(!l.inventory.group(QStringLiteral("private"))
                     ->hostSet.contains(QStringLiteral("hive_default_network")));
    }

    void portAllocationOrderAcrossFiles()
    {
        const LoadedInventory l =
            InventoryFixture()
                .file(QStringLiteral("a.yml"),
                      "plugin: hive_services\nservices:\n  b:\n    image: x\n"
                      "    ports: ['80', '443', '53/udp', '53/tcp']\n  a:\n"
                      "    image: x\n    ports: [{target_port: 22}]\n")
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .file(QStringLiteral("z.yml"),
                      "plugin: hive_services\nservices:\n  c:\n    image: x\n"
                      "    ports: ['9000:90', '91']\n")
                .load();
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        // Files in sorted order, services in YAML order, ports in list order;
        // tcp and udp of one target share a port.
        QCOMPARE(published(hv(l, "b", "hive_ports")), QList<qint64>({61001, 61002, 61003, 61003}));
        QCOMPARE(published(hv(l, "a", "hive_ports")), QList<qint64>({61004}));
        QCOMPARE(published(hv(l, "c", "hive_ports")), QList<qint64>({9000, 61005}));
        const Value b0 = hv(l, "b", "hive_ports").items()[2];
        QCOMPARE(b0.value(QStringLiteral("protocol")).toString(), QStringLiteral("udp"));
        QCOMPARE(b0.value(QStringLiteral("target_port")).toInt(), 53);
        // Long syntax without protocol means tcp (fix).
        QCOMPARE(hv(l, "a", "hive_ports").items()[0].value(QStringLiteral("protocol")).toString(),
                 QStringLiteral("tcp"));
        const Value map = l.maps.portsValue();
        QCOMPARE(map.value(QStringLiteral("b80")).toInt(), 61001);
        QCOMPARE(map.value(QStringLiteral("c90")).toInt(), 9000);
        QVERIFY(l.maps.isChanged());
    }

    void portsReuseThePersistentMap()
    {
        Value ports = Value::map();
        ports.insert(QStringLiteral("web80"), Value::integer(61005));
        ports.insert(QStringLiteral("gone8080"), Value::integer(61001));
        const LoadedInventory l =
            load("services:\n  web:\n    image: x\n    ports: ['80', '443']\n",
                 AllocationMaps(ports, Value::map()));
        // Kept port, and the smallest port that is not a value in the map.
        QCOMPARE(published(hv(l, "web", "hive_ports")), QList<qint64>({61005, 61002}));
    }

    void freedPortIsHandedOutAgainFirst()
    {
        AllocationMaps maps;
        QCOMPARE(maps.allocatePort(QStringLiteral("a80")), 61001);
        QCOMPARE(maps.allocatePort(QStringLiteral("b80")), 61002);
        maps.setPort(QStringLiteral("a80"), 9000); // a moves to an explicit port
        QCOMPARE(maps.allocatePort(QStringLiteral("c80")), 61001);
        QCOMPARE(maps.allocatePort(QStringLiteral("d80")), 61003);
        QCOMPARE(maps.allocateDevice(QStringLiteral("v1")), 1);
        maps.setDevice(QStringLiteral("v2"), 2);
        QCOMPARE(maps.allocateDevice(QStringLiteral("v3")), 3);
    }

    void explicitPublishedPortTakenIsAWarning()
    {
        Value ports = Value::map();
        ports.insert(QStringLiteral("db5432"), Value::integer(8080));
        const LoadedInventory l = load("services:\n  web:\n    image: x\n    ports: ['8080:80']\n",
                                       AllocationMaps(ports, Value::map()));
        QVERIFY(l.ok());
        QVERIFY(hasDiag(l, "duplicate-published-port", "web", "published_port"));
    }

    void portKeyCollisionIsReported()
    {
        const LoadedInventory l = load("services:\n  web1:\n    image: x\n    ports: ['80']\n"
                                       "  web:\n    image: x\n    ports: ['180']\n");
        QVERIFY(hasDiag(l, "port-key-collision", "web", "ports"));
        QCOMPARE(published(hv(l, "web", "hive_ports")), published(hv(l, "web1", "hive_ports")));
    }

    void badPorts_data()
    {
        QTest::addColumn<QByteArray>("port");
        QTest::addColumn<QString>("code");
        QTest::newRow("unquoted base 60")
            << QByteArray("2222:22") << QString::fromLatin1("bad-port");
        QTest::newRow("number") << QByteArray("80") << QString::fromLatin1("bad-port");
        QTest::newRow("garbage") << QByteArray("'http'") << QString::fromLatin1("bad-port");
        QTest::newRow("host ip") << QByteArray("'0.0.0.0:80:80'")
                                 << QString::fromLatin1("bad-port");
        QTest::newRow("protocol") << QByteArray("'80/icmp'") << QString::fromLatin1("bad-protocol");
        QTest::newRow("range") << QByteArray("'70000'") << QString::fromLatin1("bad-port");
        QTest::newRow("long unknown key")
            << QByteArray("{target_port: 80, publish: 1}") << QString::fromLatin1("unknown-key");
        QTest::newRow("long without target")
            << QByteArray("{published_port: 80}") << QString::fromLatin1("missing-key");
        QTest::newRow("long string target")
            << QByteArray("{target_port: '80'}") << QString::fromLatin1("wrong-type");
    }
    void badPorts()
    {
        QFETCH(QByteArray, port);
        QFETCH(QString, code);
        const LoadedInventory l =
            load("services:\n  web:\n    image: x\n    ports:\n      - " + port + "\n");
        QVERIFY(!l.ok());
        bool found = false;
        for (const Diagnostic &d : l.diagnostics.all())
            found =
                found || (d.code == code && d.service == QLatin1String("web") && d.mark.line == 6);
        QVERIFY2(found, qPrintable(describe(l.diagnostics)));
    }

    void drbdDeviceIds()
    {
        Value devices = Value::map();
        devices.insert(QStringLiteral("old"), Value::integer(1));
        devices.insert(QStringLiteral("b_data"), Value::integer(7));
        const LoadedInventory l = load(
            "services:\n  a:\n    image: x\n    volumes:\n      - source: a_data\n        target: "
            "/d\n"
            "        type: volume\n        drbd: {fstype: xfs, size: 1G}\n  b:\n    image: x\n    "
            "volumes:\n"
            "      - source: b_data\n        target: /d\n        drbd: {fstype: ext4, size: 100M}\n"
            "      - source: c_data\n        target: /e\n        drbd: {fstype: ext4, size: 100M, "
            "device_id: 9}\n",
            AllocationMaps(Value::map(), devices));
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QCOMPARE(hv(l, "volume_a_data", "hive_volume")
                     .value(QStringLiteral("drbd"))
                     .value(QStringLiteral("device_id"))
                     .toInt(),
                 2);
        QCOMPARE(hv(l, "volume_b_data", "hive_volume")
                     .value(QStringLiteral("drbd"))
                     .value(QStringLiteral("device_id"))
                     .toInt(),
                 7);
        QCOMPARE(l.maps.devicesValue().value(QStringLiteral("c_data")).toInt(), 9);
        QVERIFY(l.inventory.group(QStringLiteral("drbd_volumes"))
                    ->hostSet.contains(QStringLiteral("volume_c_data")));
        // The service only keeps the mount keys.
        const Value vol = hv(l, "a", "hive_volumes").items()[0];
        QCOMPARE(vol.size(), 3);
        QVERIFY(!vol.contains(QStringLiteral("drbd")));
    }

    // A volume that several services mount may give its DRBD settings once
    // (hive-builder takes it), in whichever file or order; given nowhere, it
    // is an error naming the volume.
    void aDrbdSizeGivenOnceServesEveryServiceThatMountsIt()
    {
        const QByteArray user = "plugin: hive_services\nservices:\n  backup:\n    image: x\n"
                                "    volumes:\n      - source: db_data\n        target: /b\n"
                                "        drbd: {fstype: xfs}\n";
        const QByteArray owner = "plugin: hive_services\nservices:\n  db:\n    image: x\n"
                                 "    volumes:\n      - source: db_data\n        target: /d\n"
                                 "        drbd: {fstype: xfs, size: 500M}\n";
        const LoadedInventory l =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .file(QStringLiteral("a-backup.yml"), user)
                .file(QStringLiteral("b-db.yml"), owner)
                .load();
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        for (const ServicePlan &s : l.services.services) {
            QCOMPARE(s.volumes.size(), 1);
            QCOMPARE(s.volumes.first().size, QStringLiteral("500M"));
        }
        QCOMPARE(hv(l, "volume_db_data", "hive_volume")
                     .value(QStringLiteral("drbd"))
                     .value(QStringLiteral("size"))
                     .scalarText(),
                 QStringLiteral("500M"));

        const LoadedInventory none = load("services:\n  backup:\n    image: x\n    volumes:\n"
                                          "      - source: db_data\n        target: /b\n"
                                          "        drbd: {fstype: xfs}\n");
        QVERIFY(hasDiag(none, "missing-key", "backup", "size"));
    }

    // ignore_error and monitor_error take lists of regular expressions;
    // hive-builder takes other values without a word (and ignores them): a
    // warning saying what to write, not an error.
    void ignoreErrorTrueIsAWarning()
    {
        const LoadedInventory l = load("services:\n  db:\n    image: x\n    ignore_error: true\n"
                                       "    monitor_error: Error\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QVERIFY(hasDiag(l, "tolerated-type", "db", "ignore_error"));
        QVERIFY(hasDiag(l, "tolerated-type", "db", "monitor_error"));
        QCOMPARE(l.diagnostics.warningCount(), 2);
    }

    void duplicateExplicitDeviceIdIsAnError()
    {
        Value devices = Value::map();
        devices.insert(QStringLiteral("a_data"), Value::integer(3));
        const LoadedInventory l =
            load("services:\n  b:\n    image: x\n    volumes:\n      - source: b_data\n"
                 "        target: /d\n        drbd: {fstype: xfs, size: 1G, device_id: 3}\n",
                 AllocationMaps(Value::map(), devices));
        QVERIFY(hasDiag(l, "duplicate-device-id", "b", "device_id"));
    }

    void volumeRules()
    {
        const LoadedInventory l =
            load("services:\n  a:\n    image: x\n    volumes:\n      - /data:/data\n"
                 "      - {source: s, target: /t, drbd: {fstype: xfs, size: 1G}, driver: local}\n"
                 "      - {source: s2}\n      - {source: s3, target: /x, mountpoint: y}\n"
                 "      - {source: s4, target: /x, drbd: {fstype: btrfs, size: 1G}}\n"
                 "      - {source: s5, target: /x, drbd: {size: 1G}}\n    labels: [a]\n    colour: "
                 "red\n");
        QVERIFY(hasDiag(l, "volume-short-syntax", "a", "volumes"));
        QVERIFY(hasDiag(l, "volume-conflict", "a", "drbd"));
        QVERIFY(hasDiag(l, "missing-key", "a", "target"));
        QVERIFY(hasDiag(l, "unknown-key", "a", "mountpoint"));
        QVERIFY(hasDiag(l, "bad-value", "a", "fstype"));
        QVERIFY(hasDiag(l, "missing-key", "a", "fstype"));
        QVERIFY(hasDiag(l, "wrong-type", "a", "labels"));
        QVERIFY(hasDiag(l, "unknown-key", "a", "colour"));
        QVERIFY(l.diagnostics.errorCount() >= 8);
    }

    void driverAndNfsVolumes()
    {
        const LoadedInventory l =
            load("services:\n  a:\n    image: x\n    available_on: [production]\n    volumes:\n"
                 "      - {source: d, target: /d, driver: local, driver_opts: {type: nfs}}\n"
                 "      - {source: n, target: /n, nfs: {size: 120G, available_on: [staging]}}\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        const Value d = hv(l, "volume_d", "hive_volume");
        QCOMPARE(d.value(QStringLiteral("driver")).toString(), QStringLiteral("local"));
        QVERIFY(d.value(QStringLiteral("dirver_options")).isMap());
        QVERIFY(l.inventory.group(QStringLiteral("volumes"))
                    ->hostSet.contains(QStringLiteral("volume_d")));
        QVERIFY(l.inventory.group(QStringLiteral("nfs_volumes"))
                    ->hostSet.contains(QStringLiteral("volume_n")));
        QVERIFY(l.inventory.group(QStringLiteral("staging"))
                    ->hostSet.contains(QStringLiteral("volume_n")));
        QVERIFY(!l.inventory.group(QStringLiteral("production"))
                     ->hostSet.contains(QStringLiteral("volume_n")));
    }

    void imageBuild()
    {
        const LoadedInventory l =
            load("services:\n  web:\n    available_on: [staging]\n    image:\n"
                 "      from: alpine:3\n      roles: [python-aptk, web]\n      env: {A: b}\n"
                 "      pull_on: [production]\n      pull_from: me/web\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QCOMPARE(hv(l, "web", "hive_image_name").toString(), QStringLiteral("image_web"));
        QCOMPARE(hv(l, "image_web", "hive_from").toString(), QStringLiteral("alpine:3"));
        QCOMPARE(hv(l, "image_web", "hive_roles").size(), 2);
        QCOMPARE(hv(l, "image_web", "hive_pull_from").toString(), QStringLiteral("me/web"));
        QVERIFY(l.inventory.group(QStringLiteral("images"))
                    ->hostSet.contains(QStringLiteral("image_web")));
        QVERIFY(l.inventory.group(QStringLiteral("staging"))
                    ->hostSet.contains(QStringLiteral("image_web")));

        const LoadedInventory bad =
            load("services:\n  web:\n    image:\n      roles: [x]\n      pull_from: y\n"
                 "      flavour: z\n");
        QVERIFY(hasDiag(bad, "missing-key", "web", "from"));
        QVERIFY(hasDiag(bad, "pull-from-needs-pull-on", "web", "pull_from"));
        QVERIFY(hasDiag(bad, "unknown-key", "web", "flavour"));
        const LoadedInventory wrong = load("services:\n  web:\n    image: 5\n");
        QVERIFY(hasDiag(wrong, "wrong-type", "web", "image"));
    }

    void standaloneExpansion()
    {
        const LoadedInventory l = load(
            "services:\n  os:\n    standalone: true\n    cap_add: [SYS_ADMIN, NET_RAW]\n"
            "    image: {from: 'almalinux:9'}\n    volumes:\n      - {source: v, target: /v}\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QVERIFY(hv(l, "image_os", "hive_standalone").toBool());
        QVERIFY(hv(l, "image_os", "hive_privileged").toBool());
        const Value volumes = hv(l, "os", "hive_volumes");
        QCOMPARE(volumes.size(), 4);
        QCOMPARE(volumes.items()[0].value(QStringLiteral("target")).toString(),
                 QStringLiteral("/run"));
        QCOMPARE(volumes.items()[2].value(QStringLiteral("target")).toString(),
                 QStringLiteral("/sys/fs/cgroup"));
        QCOMPARE(volumes.items()[2].value(QStringLiteral("type")).toString(),
                 QStringLiteral("tmpfs"));
        QCOMPARE(volumes.items()[3].value(QStringLiteral("source")).toString(),
                 QStringLiteral("v"));
        QStringList caps;
        for (const Value &c : hv(l, "os", "hive_cap_add").items())
            caps << c.toString();
        QCOMPARE(caps, QStringList({"SYS_ADMIN", "NET_RAW", "NET_ADMIN", "SYSLOG", "SYS_PTRACE",
                                    "AUDIT_CONTROL"}));
        QCOMPARE(hv(l, "os", "hive_command").items()[2].toString(),
                 QStringLiteral("mount -t cgroup2 cgroup2 /sys/fs/cgroup && exec /sbin/init"));

        const LoadedInventory own =
            load("services:\n  os:\n    standalone: true\n    command: [/sbin/init]\n");
        QCOMPARE(hv(own, "os", "hive_command").size(), 1);
        QCOMPARE(hv(own, "os", "hive_volumes").size(), 3);
    }

    void networks()
    {
        const LoadedInventory l = load("services: {}\nnetworks:\n  backend:\n    driver: overlay\n"
                                       "    ipam: {config: [{subnet: 10.9.0.0/24}]}\n  plain:\n");
        QVERIFY2(l.ok(), qPrintable(describe(l.diagnostics)));
        QCOMPARE(hv(l, "backend", "hive_driver").toString(), QStringLiteral("overlay"));
        QVERIFY(hv(l, "backend", "hive_ipam").isMap());
        QCOMPARE(l.inventory.group(QStringLiteral("networks"))->hosts,
                 QStringList({"backend", "plain", "hive_default_network"}));
        const LoadedInventory bad =
            load("services: {}\nnetworks:\n  backend:\n    drivers: overlay\n");
        QVERIFY(bad.diagnostics.containsCode(QStringLiteral("unknown-key")));
    }

    void fileLevelErrors()
    {
        const LoadedInventory l = load("services: [web]\navailable_on: [develop]\nextra: 1\n");
        QVERIFY(l.diagnostics.containsCode(QStringLiteral("wrong-type")));
        QVERIFY(l.diagnostics.containsCode(QStringLiteral("bad-stage")));
        QVERIFY(l.diagnostics.containsCode(QStringLiteral("unknown-key")));
        const LoadedInventory dup =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .file(QStringLiteral("s1.yml"),
                      "plugin: hive_services\nservices:\n  web: {image: a}\n")
                .file(QStringLiteral("s2.yml"),
                      "plugin: hive_services\nservices:\n  web: {image: b}\n")
                .load();
        QVERIFY(dup.diagnostics.containsCode(QStringLiteral("duplicate-service")));
        QCOMPARE(dup.diagnostics.all().first().mark.file, QStringLiteral("inventory/s2.yml"));
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
