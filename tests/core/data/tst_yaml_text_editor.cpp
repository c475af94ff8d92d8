#include "data/yaml_text_editor.h"

#include <QtTest>
#include <functional>

using namespace hive;

// A services file as people write them: comments everywhere, Japanese text,
// quoting styles, flow lists, blank lines, a list flush with its key.
static const QByteArray kServices = R"(# サービス定義 (services of the site)
plugin: hive_services

services:
  # the web front end
  web:
    image: nginx:1.25   # pinned
    mode: global
    ports:
      - published_port: 8080  # HTTP
        target_port: 80
        mode: host
      - "8443:443"
    environment:
      TZ: 'Asia/Tokyo'
      GREETING: "こんにちは"

  kvstore:
    image: redis:7
    command: ["redis-server", "--appendonly", "yes"]
    volumes:
    - source: kvstore_data   # flush with its key
      target: /data
    labels:
    backup_scripts:
      - name: dump
        backup_command: |
          redis-cli save
          cp /data/dump.rdb /backup/

networks:
  hive_default_network: {driver: overlay}
)";

class TestYamlTextEditor : public QObject
{
    Q_OBJECT

    // The lines that differ between a and b (same line count assumed), as "n: text".
    static QStringList changedLines(const QByteArray &a, const QByteArray &b)
    {
        const QList<QByteArray> la = a.split('\n');
        const QList<QByteArray> lb = b.split('\n');
        QStringList out;
        if (la.size() != lb.size())
            return {QStringLiteral("line count %1 -> %2").arg(la.size()).arg(lb.size())};
        for (int i = 0; i < la.size(); ++i) {
            if (la[i] != lb[i])
                out << QStringLiteral("%1: %2").arg(i + 1).arg(QString::fromUtf8(lb[i]));
        }
        return out;
    }

    static YamlTextEditor::Path path(const char *dotted)
    {
        return QString::fromLatin1(dotted).split(QLatin1Char('.'));
    }

private slots:
    // The form follows the source's cursor through this.
    void thePathAtALine()
    {
        const QByteArray text = "# services of the hive\n"       // 1
                                "web:\n"                         // 2
                                "  image: nginx:1.25\n"          // 3
                                "  ports:\n"                     // 4
                                "    - 8080:80\n"                // 5
                                "    - target_port: 443\n"       // 6
                                "      published_port: 8443\n"   // 7
                                "\n"                             // 8
                                "db:\n"                          // 9
                                "  environment: {A: 1, B: 2}\n"; // 10
        YamlTextEditor ed(text);
        QVERIFY(ed.parses());
        QCOMPARE(ed.pathAtLine(1), YamlTextEditor::Path{});
        QCOMPARE(ed.pathAtLine(2), YamlTextEditor::Path{QStringLiteral("web")});
        QCOMPARE(ed.pathAtLine(3),
                 (YamlTextEditor::Path{QStringLiteral("web"), QStringLiteral("image")}));
        QCOMPARE(ed.pathAtLine(5),
                 (YamlTextEditor::Path{QStringLiteral("web"), QStringLiteral("ports"),
                                       QStringLiteral("0")}));
        QCOMPARE(ed.pathAtLine(7),
                 (YamlTextEditor::Path{QStringLiteral("web"), QStringLiteral("ports"),
                                       QStringLiteral("1"), QStringLiteral("published_port")}));
        // A blank line belongs to what is above it.
        QCOMPARE(ed.pathAtLine(8).mid(0, 2),
                 (YamlTextEditor::Path{QStringLiteral("web"), QStringLiteral("ports")}));
        QCOMPARE(ed.pathAtLine(10).mid(0, 2),
                 (YamlTextEditor::Path{QStringLiteral("db"), QStringLiteral("environment")}));
        // Text that does not parse has no paths.
        YamlTextEditor broken(QByteArray("web: [\n"));
        QVERIFY(broken.pathAtLine(1).isEmpty());
    }

    void editingAPortChangesExactlyThatLine()
    {
        YamlTextEditor ed(kServices, QStringLiteral("services.yml"));
        QVERIFY(ed.parses());
        QVERIFY2(ed.setValue(path("services.web.ports.0.published_port"), Value::integer(8081)),
                 qPrintable(ed.lastError()));
        QCOMPARE(changedLines(kServices, ed.text()),
                 QStringList{QStringLiteral("10:       - published_port: 8081  # HTTP")});
        QCOMPARE(ed.find(path("services.web.ports.0.published_port"))->toInt(), 8081);
    }

    void quotingStyleIsKept()
    {
        YamlTextEditor ed(kServices);
        QVERIFY(
            ed.setValue(path("services.web.ports.1"), Value::string(QStringLiteral("8444:443"))));
        QVERIFY(
            ed.setValue(path("services.web.environment.TZ"), Value::string(QStringLiteral("UTC"))));
        QVERIFY(ed.setValue(path("services.web.environment.GREETING"),
                            Value::string(QStringLiteral("おはよう \"朝\""))));
        QCOMPARE(changedLines(kServices, ed.text()),
                 (QStringList{QStringLiteral("13:       - \"8444:443\""),
                              QStringLiteral("15:       TZ: 'UTC'"),
                              QStringLiteral("16:       GREETING: \"おはよう \\\"朝\\\"\"")}));
    }

    void aStringThatWouldReadAsAnotherTypeIsQuoted()
    {
        YamlTextEditor ed(kServices);
        QVERIFY(ed.setValue(path("services.web.mode"), Value::string(QStringLiteral("yes"))));
        QCOMPARE(changedLines(kServices, ed.text()),
                 QStringList{QStringLiteral("8:     mode: 'yes'")});
        QCOMPARE(ed.find(path("services.web.mode"))->toString(), QStringLiteral("yes"));
    }

    void flowListStaysOnItsLine()
    {
        YamlTextEditor ed(kServices);
        Value cmd = Value::list({Value::string(QStringLiteral("redis-server")),
                                 Value::string(QStringLiteral("--port")),
                                 Value::string(QStringLiteral("6380"))});
        QVERIFY2(ed.setValue(path("services.kvstore.command"), cmd), qPrintable(ed.lastError()));
        QCOMPARE(changedLines(kServices, ed.text()),
                 QStringList{QStringLiteral("20:     command: [redis-server, '--port', '6380']")});
        QVERIFY(ed.setValue(path("networks.hive_default_network.driver"),
                            Value::string(QStringLiteral("overlay2"))));
        QCOMPARE(ed.find(path("networks.hive_default_network.driver"))->toString(),
                 QStringLiteral("overlay2"));
        QVERIFY(ed.text().endsWith("  hive_default_network: {driver: overlay2}\n"));
    }

    void addingAnEntryInsertsLinesAndTouchesNothingElse()
    {
        YamlTextEditor ed(kServices);
        QVERIFY2(ed.setValue(path("services.web.environment.LANG"),
                             Value::string(QStringLiteral("ja_JP.UTF-8"))),
                 qPrintable(ed.lastError()));
        QByteArray expected = kServices;
        expected.replace("      GREETING: \"こんにちは\"\n",
                         "      GREETING: \"こんにちは\"\n      LANG: ja_JP.UTF-8\n");
        QCOMPARE(ed.text(), expected);

        // A new key in a service goes after its last entry, before the blank line.
        QVERIFY(ed.setValue(path("services.web.replicas"), Value::integer(2)));
        expected.replace("      LANG: ja_JP.UTF-8\n\n",
                         "      LANG: ja_JP.UTF-8\n    replicas: 2\n\n");
        QCOMPARE(ed.text(), expected);
    }

    void anEmptyValueGetsItsFirstEntry()
    {
        YamlTextEditor ed(kServices);
        QVERIFY2(ed.setValue(path("services.kvstore.labels.published_fqdn"),
                             Value::string(QStringLiteral("kv.example.jp"))),
                 qPrintable(ed.lastError()));
        QByteArray expected = kServices;
        expected.replace("    labels:\n", "    labels:\n      published_fqdn: kv.example.jp\n");
        QCOMPARE(ed.text(), expected);
    }

    void appendingToAListFlushWithItsKey()
    {
        YamlTextEditor ed(kServices);
        Value vol = Value::map();
        vol.insert(QStringLiteral("source"), Value::string(QStringLiteral("kv_logs")));
        vol.insert(QStringLiteral("target"), Value::string(QStringLiteral("/logs")));
        QVERIFY2(ed.append(path("services.kvstore.volumes"), vol), qPrintable(ed.lastError()));
        QByteArray expected = kServices;
        expected.replace("      target: /data\n",
                         "      target: /data\n    - source: kv_logs\n      target: /logs\n");
        QCOMPARE(ed.text(), expected);
        QVERIFY(ed.append(path("services.web.ports"), Value::string(QStringLiteral("9000"))));
        QCOMPARE(ed.find(path("services.web.ports"))->size(), 3);
        QVERIFY(ed.text().contains("      - \"8443:443\"\n      - '9000'\n"));
    }

    void removingAnEntryRemovesItsLinesOnly()
    {
        YamlTextEditor ed(kServices);
        QVERIFY2(ed.remove(path("services.web.ports.0")), qPrintable(ed.lastError()));
        QByteArray expected = kServices;
        expected.replace("      - published_port: 8080  # HTTP\n        target_port: 80\n"
                         "        mode: host\n",
                         "");
        QCOMPARE(ed.text(), expected);
        QVERIFY(ed.remove(path("services.web.environment")));
        expected.replace(
            "    environment:\n      TZ: 'Asia/Tokyo'\n      GREETING: \"こんにちは\"\n", "");
        QCOMPARE(ed.text(), expected);
        // The last entry of a mapping leaves an empty mapping, not a null.
        QVERIFY(ed.remove(path("networks.hive_default_network.driver")));
        QVERIFY(ed.find(path("networks.hive_default_network"))->isMap());
    }

    void blockScalarsAreReplacedWhole()
    {
        YamlTextEditor ed(kServices);
        const QString script = QStringLiteral("redis-cli bgsave\nsleep 1\n");
        QVERIFY2(ed.setValue(path("services.kvstore.backup_scripts.0.backup_command"),
                             Value::string(script)),
                 qPrintable(ed.lastError()));
        QByteArray expected = kServices;
        expected.replace("          redis-cli save\n          cp /data/dump.rdb /backup/\n",
                         "          redis-cli bgsave\n          sleep 1\n");
        QCOMPARE(ed.text(), expected);
    }

    void renamingAServiceKeepsItsPlaceAndBody()
    {
        YamlTextEditor ed(kServices);
        QVERIFY2(ed.renameKey(path("services.kvstore"), QStringLiteral("redis")),
                 qPrintable(ed.lastError()));
        QCOMPARE(changedLines(kServices, ed.text()), QStringList{QStringLiteral("18:   redis:")});
        QVERIFY(!ed.renameKey(path("services.redis"), QStringLiteral("web")));
        QVERIFY(ed.lastError().contains(QLatin1String("already exists")));
    }

    void replacingAScalarWithAMappingWritesABlock()
    {
        YamlTextEditor ed(kServices);
        Value image = Value::map();
        image.insert(QStringLiteral("from"), Value::string(QStringLiteral("redis:7")));
        image.insert(QStringLiteral("roles"),
                     Value::list({Value::string(QStringLiteral("python-aptk"))}));
        QVERIFY2(ed.setValue(path("services.kvstore.image"), image), qPrintable(ed.lastError()));
        QByteArray expected = kServices;
        expected.replace("    image: redis:7\n",
                         "    image:\n      from: redis:7\n      roles:\n        - python-aptk\n");
        QCOMPARE(ed.text(), expected);
        // And back to a tag.
        QVERIFY(
            ed.setValue(path("services.kvstore.image"), Value::string(QStringLiteral("redis:7"))));
        QCOMPARE(ed.text(), kServices);
    }

    void aliasesAreRefusedAndTheTextIsKept()
    {
        const QByteArray text = "base: &b\n  port: 80\nweb:\n  <<: *b\n  name: web\n";
        YamlTextEditor ed(text);
        QVERIFY(ed.parses());
        QVERIFY(!ed.setValue(QStringList{QStringLiteral("web"), QStringLiteral("port")},
                             Value::integer(81)));
        QVERIFY(ed.lastError().contains(QLatin1String("merge")));
        QCOMPARE(ed.text(), text);
    }

    // Every scalar of the file, changed one at a time: each edit succeeds and
    // changes exactly one line (the block scalar keeps its line count too).
    void everyScalarEditChangesOneLine()
    {
        YamlTextEditor base(kServices);
        QList<YamlTextEditor::Path> leaves;
        std::function<void(const Value &, const YamlTextEditor::Path &)> walk =
            [&](const Value &v, const YamlTextEditor::Path &p) {
                if (v.isMap()) {
                    for (const Value::Entry &e : v.entries())
                        walk(e.value, p + QStringList{e.key});
                } else if (v.isList()) {
                    for (int i = 0; i < v.size(); ++i)
                        walk(v.items()[size_t(i)], p + QStringList{QString::number(i)});
                } else if (!v.isNull()) {
                    leaves << p;
                }
            };
        walk(base.root(), {});
        QVERIFY2(leaves.size() >= 18, qPrintable(QString::number(leaves.size())));
        for (const YamlTextEditor::Path &leaf : leaves) {
            for (const Value &v : {Value::integer(4242), Value::string(QStringLiteral("x: y #z")),
                                   Value::boolean(false)}) {
                YamlTextEditor ed(kServices);
                QVERIFY2(ed.setValue(leaf, v), qPrintable(YamlTextEditor::pathText(leaf) +
                                                          QStringLiteral(": ") + ed.lastError()));
                QCOMPARE(changedLines(kServices, ed.text()).size(), 1);
                QCOMPARE(*ed.find(leaf), v);
            }
        }
    }

    void brokenTextIsNotEdited()
    {
        const QByteArray text = "services:\n  web: [unclosed\n";
        YamlTextEditor ed(text);
        QVERIFY(!ed.parses());
        QVERIFY(!ed.setValue(path("services.web"), Value::string(QStringLiteral("x"))));
        QCOMPARE(ed.text(), text);
    }

    void addingToAnEmptyFileAndCreatingParents()
    {
        YamlTextEditor ed(QByteArray("# only a comment\n"));
        QVERIFY2(
            ed.setValue(path("stages.private.provider"), Value::string(QStringLiteral("docker"))),
            qPrintable(ed.lastError()));
        QCOMPARE(ed.text(),
                 QByteArray("# only a comment\nstages:\n  private:\n    provider: docker\n"));
        QVERIFY(
            ed.setValue(path("stages.private.cidr"), Value::string(QStringLiteral("10.0.0.0/24"))));
        QVERIFY(ed.setValue(path("name"), Value::string(QStringLiteral("a.example.jp"))));
        QCOMPARE(ed.text(),
                 QByteArray("# only a comment\nstages:\n  private:\n    provider: docker\n"
                            "    cidr: 10.0.0.0/24\nname: a.example.jp\n"));
    }
};

QTEST_GUILESS_MAIN(TestYamlTextEditor)
#include "tst_yaml_text_editor.moc"
