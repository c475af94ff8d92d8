// End to end on the test bed: examples/offline-web (copied, under its own
// name and addresses) from an empty folder with one `hive all`, the real
// binary, real SSH, real Docker and real Ansible. The web service must
// answer on every hive's address, fetcher must reach it by name and log
// through the repository server, initialize-services must have loaded its
// data; a re-run changes nothing and says so; `deploy-services -l web -D`
// removes only web and `hive all` brings it back. Prints the wall times; with
// HIVE_MEASURE_DEPLOY=1 also deploy-services for 30 services against 30
// `docker service create` (bench/deploy-services-vs-cli.sh).
//
// HIVE_E2E_PROJECT=DIR shares the bed with the README's main job: DIR is
// examples/offline-web after scripts/run-example.sh built its hive from
// nothing (and checked that web answers). The suite then checks that hive in
// place instead of building a second one, and leaves it standing (the
// caller removes it with `build-infra -D`). CI runs it so: one hive from
// nothing instead of two on a 2-core machine.
// Skips where the bed cannot run, except under CI.
#include "engine/run_event.h"
#include "health/hive_monitoring.h"
#include "inventory/inventory_loader.h"
#include "project/context_file.h"
#include "project/project.h"
#include "remote/shell_command.h"
#include "tests/support/hive_cli_run.h"
#include "tests/support/test_bed.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace hive;

namespace {

// The copy's own name and addresses, so it never meets the README's run of the example.
const QString kOwnName = QStringLiteral("allweb.test");
const QString kOwnSubnet = QStringLiteral("172.30.244");

// One HTTP GET (the services answer plain HTTP/1.0 with a length).
QByteArray httpGet(const QString &address, int port, const QString &path)
{
    QTcpSocket s;
    s.connectToHost(address, quint16(port));
    if (!s.waitForConnected(3000))
        return {};
    s.write("GET " + path.toUtf8() + " HTTP/1.0\r\nHost: " + address.toUtf8() + "\r\n\r\n");
    QByteArray reply;
    while (s.waitForReadyRead(3000))
        reply += s.readAll();
    reply += s.readAll();
    const int body = reply.indexOf("\r\n\r\n");
    return reply.startsWith("HTTP/1.0 200") && body >= 0 ? reply.mid(body + 4) : QByteArray();
}

// One JSON-RPC call to the Zabbix console on localhost:port (HTTP/1.0).
QJsonValue zabbixCall(int port, const QString &method, const QJsonValue &params,
                      const QString &session = QString())
{
    QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("params"), params},
                        {QStringLiteral("id"), 1}};
    if (!session.isEmpty())
        request.insert(QStringLiteral("auth"), session);
    const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(3000))
        return {};
    s.write("POST /api_jsonrpc.php HTTP/1.0\r\nHost: localhost\r\n"
            "Content-Type: application/json-rpc\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray reply;
    while (s.waitForReadyRead(10000))
        reply += s.readAll();
    reply += s.readAll();
    const int at = reply.indexOf("\r\n\r\n");
    return at < 0 ? QJsonValue()
                  : QJsonDocument::fromJson(reply.mid(at + 4))
                        .object()
                        .value(QStringLiteral("result"));
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(from).relativeFilePath(file);
        if (relative.startsWith(QLatin1String(".hive")))
            continue;
        QDir().mkpath(QFileInfo(to + QLatin1Char('/') + relative).path());
        if (!QFile::copy(file, to + QLatin1Char('/') + relative))
            return false;
    }
    return true;
}

} // namespace

class TestHiveAllE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project; // m_dir's path, or HIVE_E2E_PROJECT's
    bool m_shared = false;
    QString m_name;
    QStringList m_hosts;     // p-hive0..3.<name>; p-hive3 is the repository server
    QStringList m_addresses; // the three hives'
    QString m_network;
    DockerEndpoint m_engine;
    QString m_ready;

    void nameAfter(const QString &name, const QString &subnet)
    {
        m_name = name;
        m_hosts.clear();
        m_addresses.clear();
        for (int i = 0; i < 4; ++i)
            m_hosts << QStringLiteral("p-hive%1.%2").arg(i).arg(name);
        for (int i = 4; i < 7; ++i)
            m_addresses << QStringLiteral("%1.%2").arg(subnet).arg(i);
        m_network = QStringLiteral("hive.private.") + name;
    }
    QString registryImage(const QString &image) const
    {
        return m_hosts.at(3) + QStringLiteral(":5000/") + image;
    }

    HiveCliRun hive(const QStringList &args) const
    {
        return HiveCliRun::run(QStringLiteral(HIVE_BINARY), m_project, args);
    }
    QString inNode(int i, const QString &script, int timeoutMs = 120000) const
    {
        return QString::fromUtf8(TestBed::inNode(m_engine, m_hosts.at(i), script, timeoutMs))
            .trimmed();
    }
    // Every hive answers on 8080 (waits a little: a task may still be starting).
    QString webAnswers() const
    {
        QStringList missing;
        for (const QString &a : std::as_const(m_addresses)) {
            QByteArray body;
            for (int attempt = 0; attempt < 20 && body.isEmpty(); ++attempt) {
                body = httpGet(a, 8080, QStringLiteral("/"));
                if (body.isEmpty())
                    QThread::msleep(500);
            }
            // The greeting is a template in services.yml: rendered by Ansible.
            if (!body.startsWith(
                    QStringLiteral("Hello from the hive %1 (private): ").arg(m_name).toUtf8()))
                missing << a + QStringLiteral(" said '") + QString::fromUtf8(body) +
                               QLatin1Char('\'');
        }
        return missing.join(QStringLiteral("; "));
    }
    QString services() const
    {
        return inNode(
            0, QStringLiteral("docker service ls --format '{{.Name}}' | sort | tr '\\n' ' '"));
    }

private slots:
    void initTestCase()
    {
        m_ready = TestBed::prepare(m_engine);
        if (!m_ready.isEmpty())
            return;
        const QString shared = qEnvironmentVariable("HIVE_E2E_PROJECT");
        if (!shared.isEmpty()) {
            // The main job's hive, checked in place.
            m_shared = true;
            m_project = QDir(shared).absolutePath();
            const QByteArray text =
                ContextFile::read(m_project + QStringLiteral("/inventory/hive.yml"));
            QVERIFY2(text.contains("offline-web.example.jp") && text.contains("172.30.242.0/24"),
                     qPrintable(m_project + QStringLiteral(" is not examples/offline-web")));
            nameAfter(QStringLiteral("offline-web.example.jp"), QStringLiteral("172.30.242"));
            QVERIFY2(QFileInfo::exists(m_project + QStringLiteral("/.hive/private")),
                     qPrintable(QStringLiteral("HIVE_E2E_PROJECT=%1: run `hive all` there first "
                                               "(scripts/run-example.sh does)")
                                    .arg(m_project)));
            return;
        }
        m_project = m_dir.path();
        nameAfter(kOwnName, kOwnSubnet);
        TestBed::remove(m_engine, m_hosts, m_network);
        QVERIFY(copyTree(QStringLiteral(HIVE_SOURCE_DIR "/examples/offline-web"), m_project));
        const QString hiveYml = m_dir.filePath(QStringLiteral("inventory/hive.yml"));
        QByteArray text = ContextFile::read(hiveYml);
        QVERIFY(text.contains("offline-web.example.jp") && text.contains("172.30.242.0/24"));
        text.replace("offline-web.example.jp", kOwnName.toUtf8())
            .replace("172.30.242.0/24", kOwnSubnet.toUtf8() + ".0/24")
            .replace("10.232.0.0/16", "10.233.0.0/16");
        QFile f(hiveYml);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        // HIVE_E2E_NO_ZABBIX=1: this suite's own hive leaves Zabbix out
        // (its packages and database take minutes).
        if (qEnvironmentVariableIsSet("HIVE_E2E_NO_ZABBIX")) {
            const QString vars = m_dir.filePath(QStringLiteral("inventory/group_vars/all.yml"));
            QByteArray all = ContextFile::read(vars);
            QVERIFY(all.contains("hive_monitoring: true"));
            all.replace("hive_monitoring: true", "hive_monitoring: false");
            QFile g(vars);
            QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
            g.write(all);
        }
    }

    void cleanupTestCase()
    {
        // Files a failed check left in the shared project go; its hive stays.
        if (m_shared) {
            QFile::remove(m_project + QStringLiteral("/inventory/zz-broken.yml"));
            QFile::remove(m_project + QStringLiteral("/inventory/zz-bench.yml"));
            QDir(m_project + QStringLiteral("/inventory/host_vars")).removeRecursively();
        } else if (m_ready.isEmpty() && !qEnvironmentVariableIsSet("HIVE_KEEP_BED"))
            TestBed::remove(m_engine, m_hosts, m_network);
    }

    void allFromAnEmptyFolderServesOnEveryHive()
    {
        HIVE_REQUIRE_BED(m_ready);
        if (m_shared) {
            qInfo("the README's main job built %s from nothing; checking what it serves",
                  qPrintable(m_project));
        } else {
            const HiveCliRun r = hive({QStringLiteral("all"), QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            qInfo("first hive all (4 hosts, 2 images, 2 services): %.1f s",
                  double(r.elapsedMs) / 1000.0);
            QCOMPARE(r.statuses(QStringLiteral("build")).value(QStringLiteral("image_web")),
                     RunEvent::Status::Changed);
            QCOMPARE(r.statuses(QStringLiteral("deploy")).value(QStringLiteral("web")),
                     RunEvent::Status::Changed);
        }
        const QString missing = webAnswers();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        // initialize-services loaded the data in one running task's volume.
        int welcomed = 0;
        for (const QString &a : std::as_const(m_addresses)) {
            if (httpGet(a, 8080, QStringLiteral("/data/welcome.txt")) ==
                QStringLiteral("Welcome to %1 (private)\n").arg(m_name).toUtf8())
                ++welcomed;
        }
        QCOMPARE(welcomed, 1);
        // fetcher reaches web by name over hive_default_network, and its log
        // reaches the repository server (the default syslog logging).
        QString log;
        for (int i = 0; i < 40 && !log.contains(QLatin1String("fetched http://web:8000/")); ++i) {
            QThread::msleep(500);
            log = inNode(3, QStringLiteral("tail -3 /var/log/services/fetcher.log 2>&1"));
        }
        QVERIFY2(log.contains(QLatin1String("fetched http://web:8000/: Hello from the hive")),
                 qPrintable(log));
        // The manual's runbook commands, as the admin, on the repository
        // server (not a manager: a hive's TLS API says where web runs).
        const QString inTask =
            inNode(3, QStringLiteral("su - admin -c 'dexec -n web cat /etc/hostname' 2>&1"));
        QVERIFY2(!inTask.isEmpty() && !inTask.contains(QLatin1String("dexec:")) &&
                     !inTask.contains(QLatin1String("rror")),
                 qPrintable(inTask));
        const QString copied =
            inNode(3, QStringLiteral("su - admin -c 'dcp web:/etc/hostname /tmp/web-hostname && "
                                     "cat /tmp/web-hostname' 2>&1"));
        QVERIFY2(copied == inTask, qPrintable(copied + QStringLiteral(" / ") + inTask));
        // The images are in the hive registry with a timestamp tag besides latest.
        const QString tags = inNode(3, QStringLiteral("docker image ls --format '{{.Tag}}' ") +
                                           registryImage(QStringLiteral("image_web")));
        QVERIFY2(tags.contains(QLatin1String("latest")) &&
                     tags.split(QLatin1Char('\n')).size() >= 2,
                 qPrintable(tags));
    }

    // One run, as a user reads it: on a failure its output names what changed.
    void aRerunChangesNothingAndSaysSo()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveCliRun text = hive({QStringLiteral("all")});
        qInfo("no-change re-run of hive all: %.1f s (target < 10 s)",
              double(text.elapsedMs) / 1000.0);
        QVERIFY2(text.exitCode == 0 &&
                     text.out.contains("Nothing changed: 7 phases found the stage as defined."),
                 qPrintable(text.describe()));
        // No role ran again: nothing they read changed.
        QVERIFY2(text.out.count("roles/addon: nothing it reads changed") == m_hosts.size() &&
                     text.out.count("nothing it is built from changed") == 2 &&
                     text.out.contains("initialize_roles of web: nothing they read changed"),
                 qPrintable(text.describe()));
    }

    // A role runs again when a file of it changed (and when asked), then
    // not again until something changes once more.
    void aRoleRunsAgainWhenWhatItReadsChanged()
    {
        HIVE_REQUIRE_BED(m_ready);
        const QString task = m_project + QStringLiteral("/roles/web-data/tasks/main.yml");
        const QByteArray original = ContextFile::read(task);
        QVERIFY(!original.isEmpty());
        // What the run said of web's roles: "skipped" (nothing they read
        // changed), "ran", or why the run failed.
        const QByteArray skipped = "initialize_roles of web: nothing they read changed";
        auto initialize = [&](const QStringList &extra = {}) {
            // That phase alone (`hive initialize-services` runs the ones
            // before it too, from start_phase).
            const HiveCliRun r = hive(QStringList{QStringLiteral("all"), QStringLiteral("-S"),
                                                  QStringLiteral("initialize-services")} +
                                      extra);
            if (r.exitCode != 0)
                return QStringLiteral("failed: ") + r.describe();
            if (r.out.contains(skipped))
                return QStringLiteral("skipped");
            return r.out.contains("initialize_roles of web: ") ||
                           r.out.contains("initialize_roles of web changed")
                       ? QStringLiteral("ran")
                       : QStringLiteral("unclear: ") + QString::fromUtf8(r.out);
        };
        QCOMPARE(initialize(), QStringLiteral("skipped"));
        QCOMPARE(initialize({QStringLiteral("--force")}), QStringLiteral("ran"));
        {
            QFile f(task);
            QVERIFY(f.open(QIODevice::Append));
            f.write("# edited by tst_hive_all_e2e\n");
        }
        const QString edited = initialize();
        bool written = false;
        QString error;
        QVERIFY(ContextFile::writeIfChanged(task, original, written, error));
        QCOMPARE(edited, QStringLiteral("ran"));
        QCOMPARE(initialize(), QStringLiteral("ran")); // the file put back
        QCOMPARE(initialize(), QStringLiteral("skipped"));
    }

    // The example's backup_scripts on the repository server: every backup
    // (web's data and the registry) now, then web's data changed and put
    // back; the nightly timer is set; fetcher's monitored lines reach the
    // error log and logrotate takes the rotation's configuration.
    void dataIsBackedUpAndComesBack()
    {
        HIVE_REQUIRE_BED(m_ready);
        auto inWeb = [this](const QString &command) {
            return inNode(3, QStringLiteral("su - admin -c %1 2>&1")
                                 .arg(ShellCommand::quote(QStringLiteral("dexec -n web sh -c ") +
                                                          ShellCommand::quote(command))));
        };
        QCOMPARE(inWeb(QStringLiteral("echo before > /srv/www/data/marker.txt && echo ok")),
                 QStringLiteral("ok"));
        QElapsedTimer timer;
        timer.start();
        const HiveCliRun all =
            hive({QStringLiteral("backup"), QStringLiteral("--data"), QStringLiteral("-y")});
        qInfo("hive backup --data (web's data and the registry): %.1f s",
              double(timer.elapsed()) / 1000.0);
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        const QString listing = inNode(3, QStringLiteral("ls /home/admin/backup"));
        QVERIFY2(listing.contains(QLatin1String("backup-web-data-latest.tar.gz")) &&
                     listing.contains(QLatin1String("backup-hive-registry-latest.tar.gz")),
                 qPrintable(listing));
        // Zabbix's database too, where it runs (a PostgreSQL dump).
        if (QFile::exists(m_project + QStringLiteral("/.hive/private/zabbix_admin_password")))
            QVERIFY2(listing.contains(QLatin1String("backup-hive-zabbix-latest.dump")) &&
                         inNode(3, QStringLiteral("head -c 5 /home/admin/backup/"
                                                  "backup-hive-zabbix-latest.dump")) ==
                             QLatin1String("PGDMP"),
                     qPrintable(listing));
        QVERIFY2(inNode(3, QStringLiteral("cat /var/lib/hive-backup/status/web"))
                     .endsWith(QLatin1String(" ok")),
                 qPrintable(inNode(3, QStringLiteral("ls -l /var/lib/hive-backup/status"))));
        QCOMPARE(inNode(3, QStringLiteral("systemctl is-enabled hive-backup.timer")),
                 QStringLiteral("enabled"));

        QCOMPARE(inWeb(QStringLiteral("echo after > /srv/www/data/marker.txt && "
                                      "touch /srv/www/data/new.txt && echo ok")),
                 QStringLiteral("ok"));
        const HiveCliRun restored = hive({QStringLiteral("restore"), QStringLiteral("--data"),
                                          QStringLiteral("web"), QStringLiteral("-y")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        QCOMPARE(inWeb(QStringLiteral("cat /srv/www/data/marker.txt; ls /srv/www/data")),
                 inWeb(QStringLiteral("echo before; ls /srv/www/data | grep -v new.txt")));
        QVERIFY(!inWeb(QStringLiteral("ls -a /srv/www/data")).contains(QLatin1String("new.txt")));
        // A service without backup_scripts is named, not run.
        const HiveCliRun none =
            hive({QStringLiteral("backup"), QStringLiteral("--data"), QStringLiteral("-l"),
                  QStringLiteral("fetcher"), QStringLiteral("-y")});
        QVERIFY2(none.exitCode == 1 && none.out.contains("fetcher has no backup_scripts"),
                 qPrintable(none.describe()));

        // fetcher's monitor_error: a matching line reaches the error log,
        // naming its service's log; another does not.
        const QString repository = m_hosts.at(3);
        inNode(0, QStringLiteral("logger -n %1 -P 10514 -d -t fetcher 'cannot fetch (a test)'; "
                                 "logger -n %1 -P 10514 -d -t fetcher 'fetched (a test)'")
                      .arg(repository));
        QString errors;
        for (int i = 0; i < 20 && !errors.contains(QLatin1String("(a test)")); ++i) {
            QThread::msleep(250);
            errors = inNode(3, QStringLiteral("cat /var/log/service-error.log 2>&1"));
        }
        QVERIFY2(errors.contains(QLatin1String("/var/log/services/fetcher.log")) &&
                     errors.contains(QLatin1String("cannot fetch (a test)")) &&
                     !errors.contains(QLatin1String("fetched (a test)")),
                 qPrintable(errors));
        const QString rotate = inNode(
            3,
            QStringLiteral("logrotate -d /etc/logrotate.d/hive-services >/dev/null 2>&1; echo $?"));
        QCOMPARE(rotate, QStringLiteral("0"));
    }

    // Zabbix on the repository server, as `hive ssh -z` shows it: its API
    // answers, Admin logs in with the stored password (not Zabbix's
    // default), and every server is a host whose agent is available.
    void zabbixWatchesEveryServer()
    {
        HIVE_REQUIRE_BED(m_ready);
        if (!QFile::exists(m_project + QStringLiteral("/.hive/private/zabbix_admin_password")))
            QSKIP("this hive has no Zabbix (hive_monitoring: false; CI's copy of the example "
                  "leaves it out, see scripts/test.sh)");
        const int port = 20052;
        QProcess forward;
        forward.setProcessChannelMode(QProcess::MergedChannels);
        forward.start(QStringLiteral(HIVE_BINARY),
                      {QStringLiteral("-r"), m_project, QStringLiteral("ssh"), QStringLiteral("-z"),
                       QStringLiteral("-Z"), QString::number(port), QStringLiteral("sleep"),
                       QStringLiteral("240")});
        QVERIFY(forward.waitForStarted());
        QJsonValue version;
        for (int i = 0; i < 40 && !version.isString(); ++i) {
            QThread::msleep(250);
            version = zabbixCall(port, QStringLiteral("apiinfo.version"), QJsonArray());
        }
        QVERIFY2(version.toString().startsWith(QLatin1String("6.0.")),
                 qPrintable(QString::fromUtf8(forward.readAll())));
        const QString password =
            QString::fromUtf8(
                ContextFile::read(m_project +
                                  QStringLiteral("/.hive/private/zabbix_admin_password")))
                .trimmed();
        QVERIFY(!password.isEmpty());
        auto login = [&](const QString &pw) {
            return zabbixCall(port, QStringLiteral("user.login"),
                              QJsonObject{{QStringLiteral("username"), QStringLiteral("Admin")},
                                          {QStringLiteral("password"), pw}})
                .toString();
        };
        QVERIFY(login(QStringLiteral("zabbix")).isEmpty());
        const QString session = login(password);
        QVERIFY(!session.isEmpty());
        QStringList available;
        QElapsedTimer waited;
        waited.start();
        while (available.size() < m_hosts.size() && waited.elapsed() < 180000) {
            available.clear();
            const QJsonArray hosts =
                zabbixCall(
                    port, QStringLiteral("host.get"),
                    QJsonObject{{QStringLiteral("output"), QJsonArray{QStringLiteral("host")}},
                                {QStringLiteral("selectInterfaces"),
                                 QJsonArray{QStringLiteral("available")}}},
                    session)
                    .toArray();
            for (const QJsonValue &h : hosts) {
                const QJsonObject o = h.toObject();
                if (o.value(QStringLiteral("interfaces"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("available"))
                        .toString() == QLatin1String("1"))
                    available << o.value(QStringLiteral("host")).toString();
            }
            if (available.size() < m_hosts.size())
                QThread::msleep(2000);
        }
        qInfo("Zabbix agents available on %lld of %lld servers after %.1f s",
              qint64(available.size()), qint64(m_hosts.size()), double(waited.elapsed()) / 1000.0);
        available.sort();
        QStringList expected = m_hosts;
        expected.sort();
        QCOMPARE(available, expected);

        // Alerts go to a listener on the repository server: every POST
        // Zabbix's webhook makes, one line each in /tmp/hook.log.
        const QString hostVars = m_project + QStringLiteral("/inventory/host_vars/") +
                                 m_hosts.at(3) + QStringLiteral(".yml");
        QVERIFY(QDir().mkpath(QFileInfo(hostVars).path()));
        {
            QFile vars(hostVars);
            QVERIFY(vars.open(QIODevice::WriteOnly));
            vars.write("hive_zabbix_webhook_url: http://127.0.0.1:18080/hook\n");
        }
        const HiveCliRun alerts =
            hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"), QStringLiteral("zabbix"),
                  QStringLiteral("-l"), m_hosts.at(3)});
        QVERIFY2(alerts.exitCode == 0 && alerts.out.contains("by Hive webhook"),
                 qPrintable(alerts.describe()));
        inNode(3, QStringLiteral(
                      "rm -f /tmp/hook.log; cat >/tmp/hook.py <<'EOF'\n"
                      "import http.server\n"
                      "class H(http.server.BaseHTTPRequestHandler):\n"
                      "    def do_POST(self):\n"
                      "        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))\n"
                      "        with open('/tmp/hook.log', 'ab') as f:\n"
                      "            f.write(body + b'\\n')\n"
                      "        self.send_response(200)\n"
                      "        self.end_headers()\n"
                      "    def log_message(self, *args):\n"
                      "        pass\n"
                      "http.server.HTTPServer(('127.0.0.1', 18080), H).serve_forever()\n"
                      "EOF\n"
                      "setsid nohup python3 /tmp/hook.py >/dev/null 2>&1 </dev/null &"));
        // fetcher scaled to 0 is a problem naming it, and over once it runs
        // again. Zabbix is asked to read at once ("check now") rather than
        // at its interval.
        auto first = [](const QJsonValue &list, const char *key) {
            return list.toArray().at(0).toObject().value(QLatin1String(key)).toString();
        };
        const QString repository = first(
            zabbixCall(
                port, QStringLiteral("host.get"),
                QJsonObject{{QStringLiteral("filter"),
                             QJsonObject{{QStringLiteral("host"), QJsonArray{m_hosts.at(3)}}}}},
                session),
            "hostid");
        auto itemOf = [&](const QString &key) {
            return first(zabbixCall(port,
                                    key == QLatin1String("hive.swarm.discovery")
                                        ? QStringLiteral("discoveryrule.get")
                                        : QStringLiteral("item.get"),
                                    QJsonObject{{QStringLiteral("hostids"), repository},
                                                {QStringLiteral("filter"),
                                                 QJsonObject{{QStringLiteral("key_"), key}}}},
                                    session),
                         "itemid");
        };
        auto checkNow = [&](const QStringList &items) {
            for (const QString &id : items)
                zabbixCall(port, QStringLiteral("task.create"),
                           QJsonObject{{QStringLiteral("type"), 6},
                                       {QStringLiteral("request"),
                                        QJsonObject{{QStringLiteral("itemid"), id}}}},
                           session);
        };
        const QString running = QStringLiteral("hive.swarm.running[fetcher]");
        const QString wanted = QStringLiteral("hive.swarm.wanted[fetcher]");
        QElapsedTimer discovered;
        discovered.start();
        while ((itemOf(running).isEmpty() || itemOf(wanted).isEmpty()) &&
               discovered.elapsed() < 120000) {
            checkNow({itemOf(QStringLiteral("hive.swarm.discovery"))});
            QThread::msleep(3000);
        }
        QVERIFY2(!itemOf(running).isEmpty(), "the swarm's services were not discovered");
        auto problems = [&]() {
            QStringList names;
            for (const QJsonValue &p :
                 zabbixCall(port, QStringLiteral("problem.get"),
                            QJsonObject{{QStringLiteral("hostids"), repository}}, session)
                     .toArray())
                names << p.toObject().value(QStringLiteral("name")).toString();
            return names.join(QLatin1Char('\n'));
        };
        auto waitFor = [&](bool present) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 120000) {
                checkNow({itemOf(running), itemOf(wanted)});
                QThread::msleep(3000);
                if (problems().contains(QLatin1String("Service fetcher runs fewer tasks")) ==
                    present)
                    return t.elapsed();
            }
            return qint64(-1);
        };
        // Running as the hive wants: no such problem.
        QVERIFY2(waitFor(false) >= 0, qPrintable(problems()));
        inNode(0, QStringLiteral("docker service scale -d fetcher=0"));
        const qint64 raised = waitFor(true);
        // hive doctor (and so the Health tab) shows it beside its own findings.
        const HiveCliRun doctor = hive({QStringLiteral("doctor")});
        inNode(0, QStringLiteral("docker service scale -d fetcher=1"));
        QVERIFY2(
            doctor.out.contains("Zabbix: Service fetcher runs fewer tasks than the hive wants"),
            qPrintable(doctor.describe()));
        const qint64 resolved = waitFor(false);
        qInfo("fetcher scaled to 0: a Zabbix problem after %.1f s, resolved %.1f s after scaling "
              "back",
              double(raised) / 1000.0, double(resolved) / 1000.0);
        QVERIFY2(raised >= 0, qPrintable(problems()));
        QVERIFY2(resolved >= 0, qPrintable(problems()));
        // Both reached the listener, as the webhook's JSON.
        QString hook;
        for (int i = 0; i < 60 && !hook.contains(QLatin1String("\"RESOLVED\"")); ++i) {
            QThread::msleep(1000);
            hook = inNode(3, QStringLiteral("grep fetcher /tmp/hook.log 2>&1"));
        }
        QVERIFY2(hook.contains(QLatin1String("\"status\":\"PROBLEM\"")) &&
                     hook.contains(QLatin1String("\"status\":\"RESOLVED\"")) &&
                     hook.contains(QLatin1String("Service fetcher runs fewer tasks")),
                 qPrintable(hook));

        // A line of fetcher's log that its monitor_error matches ("cannot
        // fetch") is a problem naming the service and the line.
        const QString errorLine = QStringLiteral("cannot fetch http://web:8000/: e2e %1")
                                      .arg(QDateTime::currentSecsSinceEpoch());
        QString errors;
        QElapsedTimer logged;
        logged.start();
        const QString errorItem =
            first(zabbixCall(port, QStringLiteral("item.get"),
                             QJsonObject{{QStringLiteral("hostids"), repository},
                                         {QStringLiteral("search"),
                                          QJsonObject{{QStringLiteral("key_"),
                                                       QStringLiteral("service-error.log")}}}},
                             session),
                  "itemid");
        QVERIFY(!errorItem.isEmpty());
        while (!errors.contains(errorLine) && logged.elapsed() < 150000) {
            // Again each round: the agent reads only lines written after it
            // first looked at the file.
            inNode(0, QStringLiteral("logger -n %1 -P 10514 -T -t fetcher %2")
                          .arg(m_hosts.at(3), ShellCommand::quote(errorLine)));
            QThread::msleep(5000);
            errors = problems();
        }
        qInfo("a monitor_error line: a Zabbix problem after %.1f s",
              double(logged.elapsed()) / 1000.0);
        QVERIFY2(errors.contains(QStringLiteral("Service error in fetcher: ") + errorLine),
                 qPrintable(errors));
        QVERIFY2(inNode(3, QStringLiteral("cat /var/log/service-error.log")).contains(errorLine),
                 "rsyslog did not write the line to /var/log/service-error.log");

        // What the app's Metrics view and Health tab ask, through the same
        // core: a host's history, a service's tasks, an acknowledgement.
        {
            Project::Options options;
            options.rootDir = m_project;
            Project project;
            DiagnosticList diags;
            QVERIFY(Project::open(options, project, diags));
            const LoadedInventory loaded =
                InventoryLoader::load(InventoryLoader::collect(project.inventoryDir(), diags));
            QList<HiveMonitoring::Chart> charts;
            QString error;
            QVERIFY2(HiveMonitoring::history(project, loaded, m_hosts.at(0), QString(), 3600,
                                             nullptr, charts, error),
                     qPrintable(error));
            QCOMPARE(charts.size(), HiveMonitoring::hostMetrics().size());
            // CPU is read every minute from the start (the interfaces and
            // file systems are found by discoveries that run hourly).
            QVERIFY(!charts.at(0).series.isEmpty() && !charts.at(0).series.at(0).points.isEmpty());
            QVERIFY(HiveMonitoring::history(project, loaded, QString(), QStringLiteral("fetcher"),
                                            3600, nullptr, charts, error));
            QCOMPARE(charts.size(), 1);
            QCOMPARE(charts.at(0).series.size(), 2);
            // fetcher ran 0 tasks for a while.
            double lowest = 1;
            for (const auto &point : charts.at(0).series.at(0).points)
                lowest = std::min(lowest, point.second);
            QCOMPARE(lowest, 0.0);

            const QJsonArray open =
                zabbixCall(port, QStringLiteral("problem.get"),
                           QJsonObject{{QStringLiteral("hostids"), repository},
                                       {QStringLiteral("search"),
                                        QJsonObject{{QStringLiteral("name"), errorLine}}}},
                           session)
                    .toArray();
            QVERIFY(!open.isEmpty());
            const QString event = open.at(0).toObject().value(QStringLiteral("eventid")).toString();
            QVERIFY2(HiveMonitoring::acknowledge(project, loaded, {event},
                                                 QStringLiteral("on it (e2e)"), nullptr, error),
                     qPrintable(error));
            const QJsonArray acked =
                zabbixCall(port, QStringLiteral("problem.get"),
                           QJsonObject{{QStringLiteral("eventids"), event},
                                       {QStringLiteral("output"),
                                        QJsonArray{QStringLiteral("acknowledged")}}},
                           session)
                    .toArray();
            QCOMPARE(acked.at(0).toObject().value(QStringLiteral("acknowledged")).toString(),
                     QStringLiteral("1"));
        }

        // Every server runs the template Hive host: its failed units read.
        const QJsonArray units =
            zabbixCall(port, QStringLiteral("item.get"),
                       QJsonObject{{QStringLiteral("filter"),
                                    QJsonObject{{QStringLiteral("key_"),
                                                 QStringLiteral("hive.units.failed")}}},
                                   {QStringLiteral("templated"), false}, // the hosts' own
                                   {QStringLiteral("output"),
                                    QJsonArray{QStringLiteral("state"), QStringLiteral("error")}}},
                       session)
                .toArray();
        QCOMPARE(units.size(), m_hosts.size());
        for (const QJsonValue &u : units)
            QVERIFY2(u.toObject().value(QStringLiteral("state")).toString() == QLatin1String("0"),
                     qPrintable(u.toObject().value(QStringLiteral("error")).toString()));
        forward.kill();
        forward.waitForFinished();
    }

    void removingWebLeavesTheRestAndAllBringsItBack()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveCliRun check =
            hive({QStringLiteral("deploy-services"), QStringLiteral("-l"), QStringLiteral("web"),
                  QStringLiteral("-D"), QStringLiteral("-C"), QStringLiteral("--json")});
        QCOMPARE(check.statuses(QStringLiteral("remove")).value(QStringLiteral("web")),
                 RunEvent::Status::Changed);
        QCOMPARE(services(), QStringLiteral("fetcher web"));
        const HiveCliRun removed = hive({QStringLiteral("deploy-services"), QStringLiteral("-l"),
                                         QStringLiteral("web"), QStringLiteral("-D")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(services(), QStringLiteral("fetcher"));
        QVERIFY(httpGet(m_addresses.at(1), 8080, QStringLiteral("/")).isEmpty());
        // A name that is not a service of the stage is refused with the list.
        const HiveCliRun typo = hive({QStringLiteral("deploy-services"), QStringLiteral("-l"),
                                      QStringLiteral("wbe"), QStringLiteral("-D")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.out.contains("web, fetcher"), qPrintable(typo.describe()));

        const HiveCliRun back = hive({QStringLiteral("all"), QStringLiteral("--json")});
        QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
        QCOMPARE(back.statuses(QStringLiteral("deploy")).value(QStringLiteral("web")),
                 RunEvent::Status::Changed);
        QCOMPARE(back.statuses(QStringLiteral("deploy")).value(QStringLiteral("fetcher")),
                 RunEvent::Status::Ok);
        QCOMPARE(services(), QStringLiteral("fetcher web"));
        const QString missing = webAnswers();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    // A service whose tasks cannot run fails with the task's own error, soon.
    void aServiceThatCannotRunFailsWithItsTaskError()
    {
        HIVE_REQUIRE_BED(m_ready);
        const QString extra = m_project + QStringLiteral("/inventory/zz-broken.yml");
        QFile f(extra);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plugin: hive_services\n"
                "available_on: [private]\n"
                "services:\n"
                "  broken:\n"
                "    image: " +
                registryImage(QStringLiteral("image_fetcher:latest")).toUtf8() +
                "\n"
                "    command: [\"python3\", \"-c\", \"raise SystemExit(3)\"]\n"
                "    endpoint_mode: dnsrr\n");
        f.close();
        // (After a whole `all`, start_phase is build-infra again: asking for
        // deploy-services alone means moving it there first.)
        QCOMPARE(hive({QStringLiteral("set"), QStringLiteral("start_phase"),
                       QStringLiteral("deploy-services")})
                     .exitCode,
                 0);
        const HiveCliRun r = hive({QStringLiteral("deploy-services"), QStringLiteral("-l"),
                                   QStringLiteral("broken"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.statuses(QStringLiteral("deploy")).value(QStringLiteral("broken")),
                 RunEvent::Status::Failed);
        QVERIFY2(r.out.contains("non-zero exit (3)") && r.out.contains("keep failing"),
                 qPrintable(r.describe()));
        QVERIFY2(r.elapsedMs < 120000, qPrintable(r.describe()));
        QVERIFY(hive({QStringLiteral("deploy-services"), QStringLiteral("-l"),
                      QStringLiteral("broken"), QStringLiteral("-D")})
                    .exitCode == 0);
        QVERIFY(QFile::remove(extra));
    }

    // deploy-services for 30 services against the same 30 `docker service
    // create` run by hand on the manager (printed; not asserted here). A
    // measurement of about 5 minutes, not a check: it runs through
    // bench/deploy-services-vs-cli.sh (HIVE_MEASURE_DEPLOY=1), not in CI.
    void thirtyServicesAgainstDockerServiceCreate()
    {
        HIVE_REQUIRE_BED(m_ready);
        if (!qEnvironmentVariableIsSet("HIVE_MEASURE_DEPLOY"))
            QSKIP("a measurement: bench/deploy-services-vs-cli.sh runs it");
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("a measurement: made in the dev build, not under AddressSanitizer");
#endif
        const QString image = registryImage(QStringLiteral("image_fetcher:latest"));
        QByteArray yaml = "plugin: hive_services\navailable_on: [private]\nservices:\n";
        QStringList names;
        for (int i = 1; i <= 30; ++i) {
            const QString name = QStringLiteral("bench%1").arg(i, 2, 10, QLatin1Char('0'));
            names << name;
            yaml += "  " + name.toUtf8() + ":\n    image: " + image.toUtf8() +
                    "\n    command: [\"python3\", \"-c\", \"import time; time.sleep(86400)\"]\n"
                    "    endpoint_mode: dnsrr\n"
                    // python ignores SIGTERM: without this each removal waits 10 s
                    "    stop_grace_period: 1s\n";
        }
        const QString extra = m_project + QStringLiteral("/inventory/zz-bench.yml");
        QFile f(extra);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        const QString limit = names.join(QLatin1Char(','));
        QCOMPARE(hive({QStringLiteral("set"), QStringLiteral("start_phase"),
                       QStringLiteral("deploy-services")})
                     .exitCode,
                 0);
        const HiveCliRun ours = hive({QStringLiteral("deploy-services"), QStringLiteral("-l"),
                                      limit, QStringLiteral("--json")});
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.describe()));
        QVERIFY(hive({QStringLiteral("deploy-services"), QStringLiteral("-l"), limit,
                      QStringLiteral("-D")})
                    .exitCode == 0);
        QVERIFY(QFile::remove(extra));
        // The same by hand: each create waits until its task runs (the CLI's default).
        QString script = QStringLiteral("set -e; start=$(date +%s%N); ");
        for (const QString &n : std::as_const(names))
            script += QStringLiteral("docker service create -q --with-registry-auth --name %1 "
                                     "--endpoint-mode dnsrr --stop-grace-period 1s --network "
                                     "hive_default_network %2 "
                                     "python3 -c 'import time; time.sleep(86400)' >/dev/null; ")
                          .arg(n, image);
        script +=
            QStringLiteral("echo $(( ($(date +%s%N) - start) / 1000000 )); docker service rm ") +
            names.join(QLatin1Char(' ')) + QStringLiteral(" >/dev/null");
        const QString byHand = inNode(0, script, 20 * 60 * 1000);
        bool ok = false;
        const qint64 byHandMs = byHand.section(QLatin1Char('\n'), -1).toLongLong(&ok);
        QVERIFY2(ok, qPrintable(byHand));
        qInfo("deploy-services, 30 services: %.1f s; 30 docker service create: %.1f s; ratio %.2f "
              "(target <= 1.5)",
              double(ours.elapsedMs) / 1000.0, double(byHandMs) / 1000.0,
              double(ours.elapsedMs) / double(qMax<qint64>(1, byHandMs)));
    }
};

QTEST_GUILESS_MAIN(TestHiveAllE2e)
#include "tst_hive_all_e2e.moc"
