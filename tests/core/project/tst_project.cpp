#include "project/project.h"
#include "project/proxy_settings.h"
#include "project/variable_catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hive;

class TestProject : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeProject(const QString &root)
    {
        write(
            root + QStringLiteral("/inventory/hive.yml"),
            "plugin: hive_inventory\nname: pdns\nstages:\n  private:\n    provider: vagrant\n"
            "    cidr: 192.168.0.0/24\n  production:\n    provider: aws\n    cidr: 10.0.0.0/24\n");
        write(root + QStringLiteral("/inventory/powerdns.yml"),
              "plugin: hive_services\nservices:\n  powerdns:\n    image: pdns\n    ports: "
              "['53/udp', '53', '8081']\n"
              "    volumes:\n      - {source: pdnsdb_data, target: /var/lib/mysql, drbd: {fstype: "
              "xfs, size: 1G}}\n");
    }

private slots:
    void hiveBuilderFileIsReadAndKeptStable()
    {
        QTemporaryDir dir;
        writeProject(dir.path());
        // As hive-builder writes it.
        write(dir.path() + QStringLiteral("/.hive/persistents.yml"),
              "drbd_device_map:\n  private:\n    pdnsdb_data: 4\npublished_port_map:\n  private:\n"
              "    powerdns53: 61010\n    powerdns8081: 61011\nstage:\n  global: private\n"
              "start_phase:\n  private: build-images\n");
        DiagnosticList diags;
        Project project;
        QVERIFY(Project::open({dir.path(), {}, {}, {}, {}}, project, diags));
        QCOMPARE(project.stage(), QStringLiteral("private"));
        const LoadedInventory l = project.loadInventory();
        QVERIFY(l.ok());
        QVERIFY(!l.maps.isChanged());
        QString error;
        QVERIFY(project.storeAllocations(l, error));
        const QByteArray before = read(project.persistentsPath());
        QVERIFY(before.contains("powerdns53: 61010"));
        const Value ports =
            l.inventory.ownHostVars(QStringLiteral("powerdns")).value(QStringLiteral("hive_ports"));
        QCOMPARE(ports.items()[0].value(QStringLiteral("published_port")).toInt(), 61010);
        QCOMPARE(ports.items()[2].value(QStringLiteral("published_port")).toInt(), 61011);
        QCOMPARE(project.persistents()
                     .effective(QStringLiteral("start_phase"), QStringLiteral("private"))
                     .toString(),
                 QStringLiteral("build-images"));
    }

    void allocationsAreStoredUnderTheEffectiveStage()
    {
        QTemporaryDir dir;
        writeProject(dir.path());
        DiagnosticList diags;
        Project project;
        QVERIFY(
            Project::open({dir.path(), QStringLiteral("production"), {}, {}, {}}, project, diags));
        const LoadedInventory l = project.loadInventory();
        QVERIFY(l.maps.isChanged());
        QString error;
        QVERIFY2(project.storeAllocations(l, error), qPrintable(error));
        const QByteArray text = read(project.persistentsPath());
        QVERIFY2(text.contains("published_port_map:\n  production:\n    powerdns53: 61001\n    "
                               "powerdns8081: 61002\n"),
                 text.constData());
        QVERIFY(text.contains("drbd_device_map:\n  production:\n    pdnsdb_data: 1\n"));
        QCOMPARE(QFileInfo(project.persistentsPath()).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(project.hiveDir()).permissions() & QFileDevice::ReadOther,
                 QFileDevice::Permissions());
        // A second load allocates nothing new and changes nothing.
        const LoadedInventory again = project.loadInventory();
        QVERIFY(!again.maps.isChanged());
    }

    void badInputNeverWritesHive()
    {
        QTemporaryDir dir;
        writeProject(dir.path());
        write(dir.path() + QStringLiteral("/inventory/zbroken.yml"),
              "plugin: hive_services\nservices:\n  x: [\n");
        DiagnosticList diags;
        Project project;
        QVERIFY(Project::open({dir.path(), {}, {}, {}, {}}, project, diags));
        const LoadedInventory l = project.loadInventory();
        QVERIFY(!l.ok());
        QString error;
        QVERIFY(project.storeAllocations(l, error));
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/.hive")));
    }

    void unreadablePersistentsAreNotOverwritten()
    {
        QTemporaryDir dir;
        writeProject(dir.path());
        const QByteArray junk = "stage: [oops\n";
        write(dir.path() + QStringLiteral("/.hive/persistents.yml"), junk);
        DiagnosticList diags;
        Project project;
        QVERIFY(!Project::open({dir.path(), {}, {}, {}, {}}, project, diags));
        QVERIFY(diags.hasErrors());
        project.persistents().set(QStringLiteral("stage"), QStringLiteral("global"),
                                  Value::string(QStringLiteral("staging")));
        QString error;
        QVERIFY(!project.persistents().save(error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(read(dir.path() + QStringLiteral("/.hive/persistents.yml")), junk);
    }

    // A renamed service keeps its published ports in every stage; a port the
    // new name has already keeps its own; the old name's entries stay.
    void aRenamedServiceKeepsItsPublishedPorts()
    {
        QTemporaryDir dir;
        writeProject(dir.path());
        write(dir.path() + QStringLiteral("/.hive/persistents.yml"),
              "published_port_map:\n"
              "  private:\n    kv6379: 61003\n    kv8080: 61004\n    web80: 61001\n"
              "  production:\n    kv6379: 61010\n    cache8080: 61020\n");
        DiagnosticList diags;
        Project project;
        QVERIFY(Project::open({dir.path(), {}, {}, {}, {}}, project, diags));
        const Expected<QStringList> carried = project.carryPublishedPorts(
            QStringLiteral("kv"), QStringLiteral("cache"), {6379, 8080});
        QVERIFY2(carried, qPrintable(carried.error()));
        QCOMPARE(*carried, QStringList({QStringLiteral("private: cache:6379 → 61003"),
                                        QStringLiteral("private: cache:8080 → 61004"),
                                        QStringLiteral("production: cache:6379 → 61010")}));
        const QByteArray text = read(dir.path() + QStringLiteral("/.hive/persistents.yml"));
        QVERIFY(text.contains("cache8080: 61020")); // its own, kept
        QVERIFY(text.contains("kv6379: 61003") && text.contains("web80: 61001"));
        // Nothing to carry: nothing written, nothing said.
        const Expected<QStringList> none =
            project.carryPublishedPorts(QStringLiteral("nosuch"), QStringLiteral("x"), {80});
        QVERIFY(none && none->isEmpty());
    }

    void saveKeepsOtherProcessesChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/.hive/persistents.yml");
        DiagnosticList diags;
        Persistents a = Persistents::load(path, diags);
        Persistents b = Persistents::load(path, diags);
        a.set(QStringLiteral("stage"), QStringLiteral("global"),
              Value::string(QStringLiteral("staging")));
        b.set(QStringLiteral("start_phase"), QStringLiteral("private"),
              Value::string(QStringLiteral("setup-hosts")));
        QString error;
        QVERIFY(a.save(error));
        QVERIFY(b.save(error));
        const QByteArray text = read(path);
        QVERIFY(text.contains("stage:\n  global: staging\n"));
        QVERIFY(text.contains("start_phase:\n  private: setup-hosts\n"));
    }

    // hive-builder's proxy variables: read per stage, with the forms its
    // manual writes; a value that cannot work is refused naming it.
    void proxySettingsAreReadAndChecked()
    {
        QTemporaryDir dir;
        DiagnosticList diags;
        Persistents p = Persistents::load(dir.filePath(QStringLiteral("persistents.yml")), diags);
        const auto set = [&p](const char *name, const char *scope, const char *value) {
            p.set(QString::fromUtf8(name), QString::fromUtf8(scope),
                  Value::string(QString::fromUtf8(value)));
        };
        ProxySettings proxy;
        QString error;
        QVERIFY(ProxySettings::read(p, QStringLiteral("private"), proxy, error));
        QVERIFY(!proxy.hasProxy());
        set("http_proxy", "global", "localhost:3128");
        set("http_proxy", "staging", "http://proxy.example.jp:8080/");
        set("registry_mirror", "global", "http://registry-mirror.offline-cache");
        QVERIFY2(ProxySettings::read(p, QStringLiteral("private"), proxy, error),
                 qPrintable(error));
        QCOMPARE(proxy.proxyHost, QStringLiteral("localhost"));
        QCOMPARE(proxy.proxyPort, 3128);
        QCOMPARE(proxy.urlOnHosts(), QStringLiteral("http://127.0.0.1:3128"));
        QCOMPARE(proxy.registryMirror, QStringLiteral("http://registry-mirror.offline-cache"));
        QVERIFY(ProxySettings::read(p, QStringLiteral("staging"), proxy, error));
        QCOMPARE(proxy.proxyHost, QStringLiteral("proxy.example.jp"));
        QCOMPARE(proxy.proxyPort, 8080);
        set("http_proxy_port", "global", "13128");
        QVERIFY(ProxySettings::read(p, QStringLiteral("staging"), proxy, error));
        QCOMPARE(proxy.urlOnHosts(), QStringLiteral("http://127.0.0.1:13128"));

        for (const auto &[name, value] : {std::pair{"http_proxy", "localhost"},
                                          {"http_proxy", "bad host;rm:80"},
                                          {"http_proxy_port", "99999"},
                                          {"registry_mirror", "mirror:5000"},
                                          {"pip_index_url", "http://x/'$(id)'"},
                                          {"pip_trusted_host", "a b"}}) {
            Persistents bad = p;
            bad.set(QString::fromUtf8(name), QStringLiteral("private"),
                    Value::string(QString::fromUtf8(value)));
            error.clear();
            QVERIFY2(!ProxySettings::read(bad, QStringLiteral("private"), proxy, error), value);
            QVERIFY2(error.contains(QString::fromUtf8(name)), qPrintable(error));
        }
    }

    void stageAndDirectoriesResolve()
    {
        QTemporaryDir dir;
        writeProject(dir.path());
        write(dir.path() + QStringLiteral("/.hive/persistents.yml"),
              "stage:\n  global: staging\ntemp_dir:\n  staging: /tmp\n");
        DiagnosticList diags;
        Project p;
        QVERIFY(Project::open({dir.path(), {}, {}, {}, {}}, p, diags));
        QCOMPARE(p.stage(), QStringLiteral("staging"));
        QCOMPARE(p.contextDir(), dir.path() + QStringLiteral("/.hive/staging"));
        QCOMPARE(p.tempDir(), QStringLiteral("/tmp"));
        QCOMPARE(p.inventoryDir(), dir.path() + QStringLiteral("/inventory"));
        Project q;
        QVERIFY(Project::open({dir.path(), QStringLiteral("production"), {}, {}, {}}, q, diags));
        QCOMPARE(q.stage(), QStringLiteral("production"));
        QCOMPARE(q.tempDir(), QStringLiteral("/var/tmp/hive"));
    }

    void variableConversion()
    {
        Value v;
        QString error;
        QVERIFY(VariableCatalog::convert(*VariableCatalog::find(QStringLiteral("verbose")),
                                         QStringLiteral("Yes"), v, error));
        QVERIFY(v.toBool());
        QVERIFY(!VariableCatalog::convert(*VariableCatalog::find(QStringLiteral("verbose")),
                                          QStringLiteral("maybe"), v, error));
        QVERIFY(!VariableCatalog::convert(*VariableCatalog::find(QStringLiteral("stage")),
                                          QStringLiteral("dev"), v, error));
        QVERIFY(VariableCatalog::convert(*VariableCatalog::find(QStringLiteral("first_hive")),
                                         QStringLiteral("2"), v, error));
        QCOMPARE(v.toInt(), 2);
        QVERIFY(!VariableCatalog::convert(*VariableCatalog::find(QStringLiteral("first_hive")),
                                          QStringLiteral("two"), v, error));
        QVERIFY(
            VariableCatalog::convert(*VariableCatalog::find(QStringLiteral("published_port_map")),
                                     QStringLiteral("{\"web80\": 61001}"), v, error));
        QCOMPARE(v.value(QStringLiteral("web80")).toInt(), 61001);
        QCOMPARE(VariableCatalog::find(QStringLiteral("first_hive"))->scope,
                 VariableSpec::Scope::Stage);
        QCOMPARE(VariableCatalog::find(QStringLiteral("stage"))->scope,
                 VariableSpec::Scope::Global);
        QCOMPARE(VariableCatalog::find(QStringLiteral("destroy"))->scope,
                 VariableSpec::Scope::None);
        QVERIFY(VariableCatalog::find(QStringLiteral("aws_secret_access_key"))->secret);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
