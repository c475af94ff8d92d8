// The checks of `hive doctor` on recorded real outputs: the probe's answers
// from a healthy bed, with one of three managers stopped and with two stopped
// (no leader), the restart loop of seeds/000 (a damaged file system on a DRBD
// volume), task errors of each kind, disks filling up, failed and stale
// units, DRBD on hosts without it, backups and autolock, and the report's
// JSON and exit codes.
#include "health/backup_health.h"
#include "health/data_backup_health.h"
#include "health/drbd_health.h"
#include "health/health_report.h"
#include "health/host_probe.h"
#include "health/host_resources_health.h"
#include "health/host_state.h"
#include "health/service_health.h"
#include "health/swarm_extension_health.h"
#include "health/swarm_health.h"
#include "health/task_error_classifier.h"
#include "health/zabbix_health.h"
#include "tests/support/golden_file.h"
#include "tests/support/probe_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {

const QString kHive0 = QStringLiteral("p-hive0.offline-web.example.jp");
const QString kHive1 = QStringLiteral("p-hive1.offline-web.example.jp");
const QString kHive2 = QStringLiteral("p-hive2.offline-web.example.jp");

ProbedHost fixture(const QString &host, const QString &file)
{
    return probeFixture(host, file);
}

ProbedHost unreachable(const QString &host)
{
    return unreachableHost(host);
}

const HealthCheck *find(const QList<HealthCheck> &checks, const QString &subject)
{
    for (const HealthCheck &c : checks) {
        if (c.subject == subject)
            return &c;
    }
    return nullptr;
}

HealthCheck::Severity worst(const QList<HealthCheck> &checks)
{
    HealthReport r;
    r.checks = checks;
    return r.worst();
}

ProbedHost withSection(const QString &host, const QString &name, const QString &text)
{
    ProbedHost p;
    p.host = host;
    p.reached = true;
    p.sections.insert(name, text);
    return p;
}

} // namespace

class TestHealthChecks : public QObject
{
    Q_OBJECT

private slots:
    void probeOutputIsSplitAndACutOffOneRefused()
    {
        QHash<QString, QString> s;
        QString error;
        QVERIFY(HostProbe::parse(QStringLiteral("\n@@hive-doctor a\nx\ny\n\n@@hive-doctor b\n\n"
                                                "@@hive-doctor end\n"),
                                 s, error));
        QCOMPARE(s.value(QStringLiteral("a")), QStringLiteral("x\ny"));
        QVERIFY(s.contains(QStringLiteral("b")) && !s.contains(QStringLiteral("end")));
        QVERIFY(!HostProbe::parse(QStringLiteral("@@hive-doctor a\nx\n"), s, error));
        QVERIFY2(error.contains(QStringLiteral("cut off after section a")), qPrintable(error));
        QVERIFY(!HostProbe::parse(QStringLiteral("bash: docker: command not found\n"), s, error));
        QVERIFY2(error.contains(QStringLiteral("command not found")), qPrintable(error));
        // Every round ends with the end marker, so a complete answer is told
        // from one cut off by a timeout.
        QVERIFY(HostProbe::script(HostProbe::Round::Host).endsWith(QStringLiteral("s end\n")));
        QVERIFY(
            HostProbe::script(HostProbe::Round::Services).contains(QStringLiteral("--no-trunc")));
    }

    void aHealthySwarmIsOk()
    {
        const ProbedHost h0 = fixture(kHive0, QStringLiteral("healthy-host0.txt"));
        const QList<HealthCheck> checks = SwarmHealth::check({h0, h0, h0});
        QCOMPARE(worst(checks), HealthCheck::Severity::Ok);
        const HealthCheck *swarm = find(checks, QStringLiteral("swarm"));
        QVERIFY(swarm);
        QVERIFY2(swarm->summary.contains(QStringLiteral("3 managers")) &&
                     swarm->summary.contains(QStringLiteral("fault tolerance 1")),
                 qPrintable(swarm->summary));
        QVERIFY(swarm->evidence.startsWith(kHive0 + QStringLiteral(" $ docker node ls")));
        // The repository server is not in the swarm and is not a hive: its
        // answer has no node list.
        QList<SwarmHealth::Node> nodes;
        QVERIFY(!SwarmHealth::parseNodes(
            fixture(QStringLiteral("p-hive3"), QStringLiteral("healthy-host3.txt"))
                .section(QStringLiteral("nodes")),
            nodes));
    }

    // A hive made a worker by hive_swarm_mode is as designed; another hive
    // found a worker is named, with the run that promotes it.
    void aWorkerIsNamedUnlessTheInventoryMakesIt()
    {
        ProbedHost h0 = fixture(kHive0, QStringLiteral("healthy-host0.txt"));
        QString nodes = h0.section(QStringLiteral("nodes"));
        const int at = int(nodes.indexOf(QStringLiteral("p-hive2")));
        QVERIFY(at > 0);
        nodes.replace(nodes.indexOf(QStringLiteral("\"Reachable\""), at), 11,
                      QStringLiteral("\"\""));
        h0.sections[QStringLiteral("nodes")] = nodes;
        ProbedHost h2 = h0;
        h2.host = kHive2;
        ProbedHost h1 = h0;
        h1.host = kHive1;
        const HealthCheck *named = nullptr;
        QList<HealthCheck> checks = SwarmHealth::check({h0, h1, h2});
        named = find(checks, kHive2);
        QVERIFY2(named && named->summary.contains(QStringLiteral("is a worker")),
                 qPrintable(checks.isEmpty() ? QString() : checks.first().summary));
        h2.swarmWorker = true;
        checks = SwarmHealth::check({h0, h1, h2});
        named = find(checks, kHive2);
        QVERIFY2(!named || named->severity == HealthCheck::Severity::Ok,
                 qPrintable(named ? named->summary : QString()));
    }

    // The first drill's finding: 1 of 3 managers stopped.
    void oneManagerDownLeavesNoFaultTolerance()
    {
        const QList<HealthCheck> checks = SwarmHealth::check(
            {fixture(kHive0, QStringLiteral("one-down-host0.txt")),
             fixture(kHive1, QStringLiteral("one-down-host1.txt")), unreachable(kHive2)});
        QCOMPARE(worst(checks), HealthCheck::Severity::Warning);
        const HealthCheck *swarm = find(checks, QStringLiteral("swarm"));
        QVERIFY(swarm);
        QCOMPARE(swarm->severity, HealthCheck::Severity::Warning);
        QVERIFY2(
            swarm->summary.contains(QStringLiteral("1 of 3 managers unreachable (") + kHive2) &&
                swarm->summary.contains(QStringLiteral("fault tolerance 0 (designed 1)")) &&
                swarm->summary.contains(QStringLiteral("losing one more manager")),
            qPrintable(swarm->summary));
        QVERIFY(swarm->evidence.contains(QStringLiteral("\"ManagerStatus\":\"Unreachable\"")));
        QVERIFY(swarm->action.contains(QStringLiteral("hive recover manager ") + kHive2));
        // ... and the words of that repair, for the app's Repair button.
        QCOMPARE(swarm->repair,
                 (QStringList{QStringLiteral("recover"), QStringLiteral("manager"), kHive2}));
        const HealthCheck *host = find(checks, kHive2);
        QVERIFY(host && host->evidence.contains(QStringLiteral("Connection refused")));
    }

    // A node the leader lists as down while its engine answers as an active
    // member (met in CI after managers were stopped and started): restart
    // its engine, not replace it. The same status from a host that does
    // not answer keeps the old advice.
    void aNodeThatStopsReportingWhileItsEngineAnswers()
    {
        const ProbedHost h0 = fixture(kHive0, QStringLiteral("agent-down-host0.txt"));
        QList<HealthCheck> checks =
            SwarmHealth::check({h0, fixture(kHive1, QStringLiteral("healthy-host0.txt")),
                                fixture(kHive2, QStringLiteral("healthy-host0.txt"))});
        QCOMPARE(worst(checks), HealthCheck::Severity::Warning);
        QCOMPARE(find(checks, QStringLiteral("swarm"))->severity, HealthCheck::Severity::Ok);
        const HealthCheck *node = find(checks, kHive1);
        QVERIFY(node);
        QVERIFY2(node->summary.contains(QStringLiteral("is down although its engine answers")),
                 qPrintable(node->summary));
        QCOMPARE(node->repair,
                 (QStringList{QStringLiteral("recover"), QStringLiteral("node"), kHive1}));
        QVERIFY(node->action.contains(QStringLiteral("hive recover node ") + kHive1));
        // Evidence: the leader's list, and what the host says of itself.
        QVERIFY2(node->evidence.contains(QStringLiteral("\"Status\":\"Down\"")) &&
                     node->evidence.contains(kHive1 + QStringLiteral(" $ ")) &&
                     node->evidence.contains(QStringLiteral("\"LocalNodeState\":\"active\"")),
                 qPrintable(node->evidence));

        checks = SwarmHealth::check(
            {h0, unreachable(kHive1), fixture(kHive2, QStringLiteral("healthy-host0.txt"))});
        bool oldAdvice = false;
        for (const HealthCheck &c : std::as_const(checks)) {
            QVERIFY(c.repair.value(1) != QLatin1String("node"));
            oldAdvice = oldAdvice || (c.subject == kHive1 &&
                                      c.action.contains(QStringLiteral("hive recover manager")));
        }
        QVERIFY(oldAdvice);
    }

    // The second drill's finding: 2 of 3 stopped; the survivor's API refuses
    // every swarm call, and that is found.
    // seeds/001, every manager lost (recorded on the bed after a failed
    // restore): one hive still holds a manager's copy (pending), so quorum
    // recovery from it; with none left, restore from a backup.
    void everyManagerLost()
    {
        QList<HealthCheck> checks =
            SwarmHealth::check({fixture(kHive0, QStringLiteral("all-lost-inactive.txt")),
                                fixture(kHive1, QStringLiteral("all-lost-inactive.txt")),
                                fixture(kHive2, QStringLiteral("all-lost-pending.txt"))});
        const HealthCheck *swarm = find(checks, QStringLiteral("swarm"));
        QVERIFY(swarm);
        QCOMPARE(swarm->severity, HealthCheck::Severity::Critical);
        QVERIFY2(swarm->summary.contains(QStringLiteral("the swarm is lost")),
                 qPrintable(swarm->summary));
        QCOMPARE(swarm->repair,
                 (QStringList{QStringLiteral("recover"), QStringLiteral("quorum"), kHive2}));
        QVERIFY(swarm->evidence.contains(QStringLiteral("\"LocalNodeState\":\"pending\"")));
        // It comes first, and the hives' own findings point to it.
        QCOMPARE(&checks.first(), swarm);
        QVERIFY(checks.at(1).repair.isEmpty() &&
                checks.at(1).action.contains(QStringLiteral("whole swarm is lost")));
        checks = SwarmHealth::check({fixture(kHive0, QStringLiteral("all-lost-inactive.txt")),
                                     fixture(kHive1, QStringLiteral("all-lost-inactive.txt")),
                                     unreachable(kHive2)});
        swarm = find(checks, QStringLiteral("swarm"));
        QVERIFY(swarm);
        QCOMPARE(swarm->repair, QStringList{QStringLiteral("restore")});
        QVERIFY(swarm->action.contains(QStringLiteral("hive restore")));
    }

    void twoManagersDownMeansNoLeader()
    {
        const QList<HealthCheck> checks =
            SwarmHealth::check({fixture(kHive0, QStringLiteral("no-leader-host.txt")),
                                unreachable(kHive1), unreachable(kHive2)});
        QCOMPARE(worst(checks), HealthCheck::Severity::Critical);
        const HealthCheck *swarm = find(checks, QStringLiteral("swarm"));
        QVERIFY(swarm);
        QCOMPARE(swarm->severity, HealthCheck::Severity::Critical);
        QVERIFY2(swarm->summary.contains(QStringLiteral("no leader")) &&
                     swarm->summary.contains(QStringLiteral("3 manager")),
                 qPrintable(swarm->summary));
        QVERIFY(swarm->evidence.contains(QStringLiteral("The swarm does not have a leader")));
        QVERIFY(swarm->action.contains(QStringLiteral("--force-new-cluster")));
        QCOMPARE(swarm->repair, (QStringList{QStringLiteral("recover"), QStringLiteral("quorum")}));
        // Services cannot be read then, and the doctor says why.
        const QList<HealthCheck> services =
            ServiceHealth::check(fixture(kHive0, QStringLiteral("no-leader-services.txt")),
                                 {QStringLiteral("web"), QStringLiteral("fetcher")});
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.at(0).severity, HealthCheck::Severity::Warning);
        QVERIFY(services.at(0).evidence.contains(QStringLiteral("does not have a leader")));
    }

    void servicesAgainstTheInventory()
    {
        const ProbedHost m = fixture(kHive0, QStringLiteral("healthy-services.txt"));
        QList<HealthCheck> checks =
            ServiceHealth::check(m, {QStringLiteral("web"), QStringLiteral("fetcher")});
        QCOMPARE(worst(checks), HealthCheck::Severity::Ok);
        QCOMPARE(find(checks, QStringLiteral("web"))->summary.left(20),
                 QStringLiteral("3 of 3 tasks running"));
        // A service defined but not running, one running but not defined.
        checks = ServiceHealth::check(m, {QStringLiteral("web"), QStringLiteral("db")});
        QCOMPARE(find(checks, QStringLiteral("db"))->summary,
                 QStringLiteral("defined but not deployed"));
        QCOMPARE(find(checks, QStringLiteral("db"))->action,
                 QStringLiteral("`hive deploy-services -l db`"));
        QCOMPARE(find(checks, QStringLiteral("db"))->fix,
                 (QStringList{QStringLiteral("deploy-services"), QStringLiteral("db")}));
        QVERIFY(find(checks, QStringLiteral("fetcher"))->fix.isEmpty());
        QCOMPARE(find(checks, QStringLiteral("fetcher"))->summary,
                 QStringLiteral("runs but is not defined in the inventory (1 of 1 tasks running)"));
        QCOMPARE(find(checks, QStringLiteral("fetcher"))->severity, HealthCheck::Severity::Warning);
    }

    // seeds/000: ldap restarts for ever, "failed to mount local volume ...
    // invalid argument" -> the file system on the DRBD volume is damaged.
    void theSeedsRestartLoopIsAFileSystemDamage()
    {
        const QList<HealthCheck> checks =
            ServiceHealth::check(fixture(QStringLiteral("s-hive0.op"),
                                         QStringLiteral("seed000-restart-loop-services.txt")),
                                 {QStringLiteral("ldap")});
        QCOMPARE(checks.size(), 1);
        const HealthCheck &c = checks.at(0);
        QCOMPARE(c.severity, HealthCheck::Severity::Critical);
        QVERIFY2(
            c.summary.contains(QStringLiteral("no task running (0 of 1)")) &&
                c.summary.contains(QStringLiteral("file system of volume ldap_data (/dev/drbd8) "
                                                  "is damaged")),
            qPrintable(c.summary));
        QVERIFY(c.action.contains(QStringLiteral("docker service scale ldap=0")));
        QVERIFY(c.action.contains(QStringLiteral("xfs_repair /dev/drbd8")));
        QCOMPARE(c.repair, (QStringList{QStringLiteral("recover"), QStringLiteral("drbd"),
                                        QStringLiteral("ldap_data"), QStringLiteral("--fsck")}));
        QCOMPARE(c.toJson().value(QStringLiteral("repair")).toString(),
                 QStringLiteral("hive recover drbd ldap_data --fsck"));
        QCOMPARE(c.evidence.count(QStringLiteral("invalid argument")), 5);
    }

    void taskErrorsAreClassified_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("kind");
        QTest::newRow("seed000") << "failed to mount local volume: mount "
                                    "/dev/drbd8:/var/lib/docker/volumes/ldap_data/_data: invalid "
                                    "argument"
                                 << "file-system-damage";
        QTest::newRow("mount") << "failed to mount local volume: mount "
                                  "/dev/drbd3:/var/lib/docker/volumes/x/_data: no such device"
                               << "volume-mount";
        QTest::newRow("pull") << "No such image: p-hive3.x:5000/image_web:latest@sha256:0"
                              << "image-pull";
        QTest::newRow("auth") << "pull access denied for image_web, repository does not exist"
                              << "image-pull";
        QTest::newRow("port") << "host-mode port already in use on 1 node"
                              << "port-conflict";
        QTest::newRow("bind") << "driver failed programming external connectivity: Bind for "
                                 "0.0.0.0:8080 failed: port is already allocated"
                              << "port-conflict";
        QTest::newRow("placement") << "no suitable node (scheduling constraints not satisfied on 3 "
                                      "nodes)"
                                   << "no-suitable-node";
        QTest::newRow("oom") << "task: non-zero exit (137)"
                             << "out-of-memory";
        QTest::newRow("exit") << "task: non-zero exit (3)"
                              << "process-exit";
        QTest::newRow("other") << "cannot create a swarm scoped network when swarm is not active"
                               << "other";
        QTest::newRow("none") << ""
                              << "none";
    }
    void taskErrorsAreClassified()
    {
        QFETCH(QString, error);
        QFETCH(QString, kind);
        const TaskErrorClassifier::Result r =
            TaskErrorClassifier::classify(error, QStringLiteral("s"));
        QCOMPARE(TaskErrorClassifier::kindName(r.kind), kind);
        QCOMPARE(r.action.isEmpty(), kind == QLatin1String("none"));
    }

    void disksFillingUpNameTheLargestDirectories()
    {
        const ProbedHost healthy = fixture(kHive0, QStringLiteral("healthy-host0.txt"));
        QList<HealthCheck> checks = HostResourcesHealth::checkDisks(healthy);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).severity, HealthCheck::Severity::Ok);
        QVERIFY2(checks.at(0).summary.startsWith(QStringLiteral("/ ")),
                 qPrintable(checks.at(0).summary));

        ProbedHost full = withSection(
            QStringLiteral("h"), QStringLiteral("df"),
            QStringLiteral("Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                           "/dev/sda1 1000 850 150 85% /\n"
                           "/dev/drbd3 1000 950 50 95% /var/lib/docker/volumes/ldap_data/_data\n"));
        full.sections.insert(
            QStringLiteral("du"),
            QStringLiteral("819200\t/\n512000\t/var/lib/docker\n204800\t/var/log"));
        checks = HostResourcesHealth::checkDisks(full);
        QCOMPARE(checks.at(0).severity, HealthCheck::Severity::Critical);
        QVERIFY2(checks.at(0).summary.contains(QStringLiteral("DRBD volume /dev/drbd3")) &&
                     checks.at(0).summary.contains(QStringLiteral("/var/lib/docker (500 MiB)")),
                 qPrintable(checks.at(0).summary));
        QVERIFY(checks.at(0).action.contains(QStringLiteral("docker image prune")));
    }

    void failedUnitsAndStaleOnes()
    {
        const ProbedHost host = withSection(
            QStringLiteral("h"), QStringLiteral("units"),
            QStringLiteral("drbd@old_data.service loaded failed failed DRBD resource old_data\n"
                           "drbd@ldap_data.service loaded failed failed DRBD resource ldap_data\n"
                           "rsyslog.service loaded failed failed System Logging Service\n"));
        const QList<HealthCheck> checks =
            HostResourcesHealth::checkUnits(host, {QStringLiteral("ldap_data")});
        QCOMPARE(checks.size(), 3);
        QVERIFY(checks.at(0).summary.contains(QStringLiteral("old_data is no longer defined")));
        QVERIFY(checks.at(0).action.contains(QStringLiteral("systemctl reset-failed "
                                                            "drbd@old_data.service")));
        QVERIFY(
            checks.at(1).action.contains(QStringLiteral("journalctl -u drbd@ldap_data.service")));
        QCOMPARE(checks.at(0).repair.last(), QStringLiteral("--disable"));
        QCOMPARE(checks.at(1).repair,
                 (QStringList{QStringLiteral("recover"), QStringLiteral("units"),
                              QStringLiteral("drbd@ldap_data.service")}));
        QCOMPARE(HostResourcesHealth::checkUnits(
                     fixture(kHive0, QStringLiteral("healthy-host0.txt")), {})
                     .at(0)
                     .severity,
                 HealthCheck::Severity::Ok);
    }

    void drbdOnEveryHiveOrNone()
    {
        const QString status = QStringLiteral("ldap_data role:Primary\n  disk:UpToDate\n"
                                              "  b role:Secondary\n    peer-disk:UpToDate\n"
                                              "web_data role:Secondary\n  disk:Outdated\n"
                                              "  b role:Secondary\n    peer-disk:Outdated\n");
        const QHash<QString, QString> split = DrbdHealth::splitResources(status);
        QCOMPARE(split.size(), 2);
        QVERIFY(
            split.value(QStringLiteral("web_data")).startsWith(QStringLiteral("web_data role")));
        // No DRBD on the bed's hives: the volumes are not mirrored there.
        const ProbedHost bed = fixture(kHive0, QStringLiteral("healthy-host0.txt"));
        QList<HealthCheck> checks = DrbdHealth::check({bed}, {QStringLiteral("web_data")});
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).severity, HealthCheck::Severity::Warning);
        QVERIFY(checks.at(0).summary.contains(QStringLiteral("not mirrored")));
        QVERIFY(DrbdHealth::check({bed}, {}).isEmpty());
        // Both hives Outdated: the diagnosis of seeds/000, with its steps.
        const QString outdated = QStringLiteral("web_data role:Secondary\n  disk:Outdated\n"
                                                "  %1 role:Secondary\n    peer-disk:Outdated\n");
        checks = DrbdHealth::check({withSection(QStringLiteral("a"), QStringLiteral("drbd"),
                                                outdated.arg(QLatin1Char('b'))),
                                    withSection(QStringLiteral("b"), QStringLiteral("drbd"),
                                                outdated.arg(QLatin1Char('a')))},
                                   {QStringLiteral("web_data")});
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).severity, HealthCheck::Severity::Critical);
        QVERIFY2(
            checks.at(0).action.startsWith(QStringLiteral("a: drbdadm primary --force web_data")),
            qPrintable(checks.at(0).action));
    }

    void backupsAndAutolock()
    {
        QTemporaryDir context;
        const ProbedHost h0 = fixture(kHive0, QStringLiteral("healthy-host0.txt"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<HealthCheck> checks = BackupHealth::check(context.path(), {h0}, now);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).severity, HealthCheck::Severity::Warning);
        QVERIFY(checks.at(0).summary.contains(kHive0));
        QCOMPARE(checks.at(1).subject, QStringLiteral("autolock"));
        QCOMPARE(checks.at(1).severity, HealthCheck::Severity::Ok);

        QDir().mkpath(BackupHealth::backupDir(context.path()));
        QFile backup(BackupHealth::backupDir(context.path()) +
                     QStringLiteral("/swarm-%1-20.10.24-20261101T000000.tar.gz").arg(kHive0));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.close();
        checks = BackupHealth::check(context.path(), {h0}, now);
        QCOMPARE(checks.at(0).severity, HealthCheck::Severity::Ok);
        checks = BackupHealth::check(context.path(), {h0}, now.addDays(10));
        QCOMPARE(checks.at(0).severity, HealthCheck::Severity::Warning);
        QVERIFY2(checks.at(0).summary.contains(QStringLiteral("10 day")),
                 qPrintable(checks.at(0).summary));

        // Autolock on without the key kept here: critical.
        ProbedHost locked = h0;
        locked.sections[QStringLiteral("swarm")].replace(
            QStringLiteral("\"AutoLockManagers\":false"),
            QStringLiteral("\"AutoLockManagers\":true"));
        checks = BackupHealth::check(context.path(), {locked}, now);
        QCOMPARE(checks.last().severity, HealthCheck::Severity::Critical);
        QVERIFY(checks.last().action.contains(QStringLiteral("docker swarm unlock-key -q")));
    }

    // The Hosts tab and doctor's host table: load, memory, the fullest disk
    // and uptime from the probe; the swarm's view from a manager's node list;
    // a host that did not answer; the findings counted per host.
    // The repository server's section: a backup from this night is ok, one
    // that failed or is two days old is named, a script installed an hour
    // ago waits for tonight, one a week old that never ran is named.
    void dataBackupsFromTheRepository()
    {
        const qint64 now = 1765000000;
        ProbedHost repo;
        repo.host = QStringLiteral("p-hive3");
        repo.reached = true;
        repo.sections.insert(
            QStringLiteral("databackups"),
            QStringLiteral("web %1 %2 ok\ndb %1 %2 failed\nold %1 %3 ok\nnew %4 none\n"
                           "idle %1 none\nnow %5")
                .arg(now - 7 * 86400)
                .arg(now - 3600)
                .arg(now - 2 * 86400)
                .arg(now - 3600)
                .arg(now));
        const QList<HealthCheck> checks = DataBackupHealth::check(
            repo, {QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("old"),
                   QStringLiteral("new"), QStringLiteral("idle"), QStringLiteral("gone")});
        QHash<QString, HealthCheck> by;
        for (const HealthCheck &c : checks)
            by.insert(c.subject, c);
        QCOMPARE(by.size(), 6);
        QCOMPARE(by.value(QStringLiteral("web")).severity, HealthCheck::Severity::Ok);
        QVERIFY(by.value(QStringLiteral("web")).summary.contains(QLatin1String("60 minute")));
        QCOMPARE(by.value(QStringLiteral("db")).severity, HealthCheck::Severity::Warning);
        QVERIFY(by.value(QStringLiteral("db")).summary.contains(QLatin1String("failed")));
        QCOMPARE(by.value(QStringLiteral("db")).repair,
                 QStringList({QStringLiteral("backup"), QStringLiteral("--data"),
                              QStringLiteral("--limit"), QStringLiteral("db")}));
        QCOMPARE(by.value(QStringLiteral("old")).severity, HealthCheck::Severity::Warning);
        QVERIFY2(by.value(QStringLiteral("old")).summary.contains(QLatin1String("2 day")),
                 qPrintable(by.value(QStringLiteral("old")).summary));
        QCOMPARE(by.value(QStringLiteral("new")).severity, HealthCheck::Severity::Ok);
        QCOMPARE(by.value(QStringLiteral("idle")).severity, HealthCheck::Severity::Warning);
        QVERIFY(by.value(QStringLiteral("idle")).summary.contains(QLatin1String("never")));
        QCOMPARE(by.value(QStringLiteral("gone")).severity, HealthCheck::Severity::Warning);
        QCOMPARE(by.value(QStringLiteral("gone")).fix,
                 QStringList({QStringLiteral("deploy-services"), QStringLiteral("gone")}));
        QVERIFY(HostProbe::script(HostProbe::Round::Host).contains(QLatin1String("s databackups")));
    }

    // Zabbix's problems as findings: high and disaster are critical, the
    // rest warnings; none is one ok finding; a silent console is named.
    void zabbixProblemsAreFindings()
    {
        QList<ZabbixConsole::Problem> problems;
        problems << ZabbixConsole::Problem{QStringLiteral("p-hive3"),
                                           QStringLiteral("Service fetcher runs fewer tasks than "
                                                          "the hive wants"),
                                           4,
                                           1765000000,
                                           false,
                                           QStringLiteral("41")}
                 << ZabbixConsole::Problem{QStringLiteral("p-hive1"),
                                           QStringLiteral("High memory utilization"),
                                           2,
                                           1765000000,
                                           true,
                                           QStringLiteral("42")};
        const QList<HealthCheck> checks =
            ZabbixHealth::fromProblems(QStringLiteral("p-hive3"), problems);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).severity, HealthCheck::Severity::Critical);
        QCOMPARE(checks.at(0).area, QStringLiteral("monitoring"));
        QVERIFY(checks.at(0).summary.contains(QLatin1String("fetcher")));
        QCOMPARE(checks.at(1).severity, HealthCheck::Severity::Warning);
        QCOMPARE(checks.at(1).subject, QStringLiteral("p-hive1"));
        QVERIFY(checks.at(1).summary.contains(QLatin1String("acknowledged")));
        // The event goes with the finding (the app acknowledges it; --json).
        QCOMPARE(checks.at(0).zabbixEvent, QStringLiteral("41"));
        QCOMPARE(checks.at(0).toJson().value(QStringLiteral("zabbix_event")).toString(),
                 QStringLiteral("41"));
        const QList<HealthCheck> none = ZabbixHealth::fromProblems(QStringLiteral("p-hive3"), {});
        QCOMPARE(none.size(), 1);
        QCOMPARE(none.first().severity, HealthCheck::Severity::Ok);
        const HealthCheck silent =
            ZabbixHealth::notAnswering(QStringLiteral("p-hive3"), QStringLiteral("refused"));
        QCOMPARE(silent.severity, HealthCheck::Severity::Warning);
        QCOMPARE(silent.fix.value(0), QStringLiteral("setup-hosts"));
    }

    void hostStatesFromTheProbe()
    {
        const ProbedHost h0 = fixture(kHive0, QStringLiteral("healthy-host0.txt"));
        const ProbedHost h3 =
            fixture(QStringLiteral("p-hive3"), QStringLiteral("healthy-host3.txt"));
        QList<HostState> hosts{
            HostState::fromProbe(h0, true), HostState::fromProbe(unreachable(kHive1), true),
            HostState::fromProbe(fixture(kHive2, QStringLiteral("one-down-host1.txt")), true),
            HostState::fromProbe(h3, false)};
        QCOMPARE(hosts[0].load1, 0.52);
        QCOMPARE(hosts[0].processors, 2);
        // A container host: its cgroup's limit and use, its PID 1's age
        // (not the machine's 4 GiB and 1 h 30 min).
        QCOMPARE(hosts[0].memoryTotalKib, 1048576);
        // Page cache the kernel can drop (inactive_file) is not in use.
        QCOMPARE(hosts[0].memoryAvailableKib, (1073741824 - 322961408 + 107374182) / 1024);
        QCOMPARE(hosts[0].uptimeSeconds, 1320);
        QCOMPARE(hosts[0].fullestDiskPercent, 28);
        QCOMPARE(hosts[0].fullestDisk, QStringLiteral("/"));
        QCOMPARE(hosts[0].dockerVersion, QStringLiteral("20.10.24+dfsg1"));
        QCOMPARE(hosts[0].loadText(), QStringLiteral("0.52 / 2"));
        QCOMPARE(hosts[0].memoryText(), QStringLiteral("0.2 of 1.0 GiB"));
        QCOMPARE(hosts[0].uptimeText(), QStringLiteral("22 min"));
        // No limit of its own: the machine's memory.
        QCOMPARE(hosts[3].memoryTotalKib, 2014280);
        QCOMPARE(hosts[3].uptimeText(), QStringLiteral("2 d 5 h"));
        // An answer without the load section (an older probe): not known, not zero.
        QCOMPARE(hosts[2].load1, -1.0);
        QVERIFY(hosts[2].loadText().isEmpty() && hosts[2].memoryText().isEmpty());

        QList<SwarmHealth::Node> nodes;
        QVERIFY(SwarmHealth::parseNodes(
            fixture(kHive0, QStringLiteral("one-down-host0.txt")).section(QStringLiteral("nodes")),
            nodes));
        HostState::addNodes(hosts, nodes);
        QCOMPARE(hosts[0].condition(), HostState::Condition::Up);
        QCOMPARE(hosts[0].swarmRoleText(), QStringLiteral("leader"));
        QCOMPARE(hosts[1].condition(), HostState::Condition::Unreachable);
        QCOMPARE(hosts[1].conditionText(), QStringLiteral("does not answer"));
        // The swarm lost contact with p-hive2 (Unknown), though it answers ssh.
        QCOMPARE(hosts[2].condition(), HostState::Condition::Down);
        QCOMPARE(hosts[2].swarmRoleText(), QStringLiteral("manager (unreachable)"));
        // The repository server is not in the swarm: up, with no swarm role.
        QCOMPARE(hosts[3].condition(), HostState::Condition::Up);
        QVERIFY(hosts[3].swarmRoleText().isEmpty());

        const QList<HealthCheck> checks{
            {QStringLiteral("disk"), kHive0, HealthCheck::Severity::Warning, {}, {}, {}, {}},
            {QStringLiteral("units"), kHive0, HealthCheck::Severity::Critical, {}, {}, {}, {}},
            {QStringLiteral("disk"),
             QStringLiteral("p-hive3"),
             HealthCheck::Severity::Ok,
             {},
             {},
             {},
             {}}};
        HostState::addFindings(hosts, checks);
        QCOMPARE(hosts[0].findings, 2);
        QCOMPARE(hosts[0].worst, HealthCheck::Severity::Critical);
        QCOMPARE(hosts[3].findings, 0);

        HealthReport report;
        report.hosts = hosts;
        const QJsonArray json = QJsonDocument::fromJson(report.toJson())
                                    .object()
                                    .value(QStringLiteral("hosts"))
                                    .toArray();
        QCOMPARE(json.size(), 4);
        QCOMPARE(json[0].toObject().value(QStringLiteral("condition")).toString(),
                 QStringLiteral("up"));
        QCOMPARE(json[0].toObject().value(QStringLiteral("load1")).toDouble(), 0.52);
        QCOMPARE(json[1].toObject().value(QStringLiteral("condition")).toString(),
                 QStringLiteral("unreachable"));
        QCOMPARE(json[2].toObject().value(QStringLiteral("condition")).toString(),
                 QStringLiteral("down"));
        QVERIFY(!json[1].toObject().contains(QStringLiteral("load1")));
    }

    // The swarm extensions: a service's HIVE_VIP on exactly the node of
    // its task is ok; on none, on another or on two nodes it is said; a
    // HIVE_MARK label the same way; a hive that did not answer is named.
    void swarmExtensionsAreWhereTheirTasksRun()
    {
        const auto host = [](const QString &name, const QString &addresses) {
            ProbedHost h;
            h.host = name;
            h.reached = true;
            h.sections.insert(QStringLiteral("addresses"), addresses);
            return h;
        };
        const QString eth0 = QStringLiteral("2: eth0    inet 172.30.242.%1/24 brd 172.30.242.255 "
                                            "scope global eth0");
        const QString vip =
            QStringLiteral("2: eth0    inet 172.30.242.200/24 scope global secondary eth0");
        ProbedHost manager;
        manager.host = kHive0;
        manager.reached = true;
        manager.sections.insert(QStringLiteral("labels"),
                                QStringLiteral("service vip {\"HIVE_VIP\":\"172.30.242.200\"}\n"
                                               "service leader {\"HIVE_MARK\":\"lead\"}\n"
                                               "service web null\n"
                                               "node %1 {\"hives\":\"true\"}\n"
                                               "node %2 {\"hives\":\"true\",\"lead\":\"true\"}\n"
                                               "node %3 {\"hives\":\"true\"}")
                                    .arg(kHive0, kHive1, kHive2));
        const auto tasks = [&](const QString &vipNode, const QString &leaderNode) {
            return QStringLiteral(
                       "{\"CurrentState\":\"Running 1 minute ago\",\"DesiredState\":\"Running\","
                       "\"Name\":\"vip.1\",\"Node\":\"%1\"}\n"
                       "{\"CurrentState\":\"Shutdown 2 minutes ago\",\"DesiredState\":"
                       "\"Shutdown\",\"Name\":\"vip.1\",\"Node\":\"%3\"}\n"
                       "{\"CurrentState\":\"Running 1 minute ago\",\"DesiredState\":\"Running\","
                       "\"Name\":\"leader.1\",\"Node\":\"%2\"}")
                .arg(vipNode, leaderNode, kHive2);
        };
        manager.sections.insert(QStringLiteral("tasks"), tasks(kHive0, kHive1));
        QList<ProbedHost> hives{host(kHive0, eth0.arg(4) + QLatin1Char('\n') + vip),
                                host(kHive1, eth0.arg(5)), host(kHive2, eth0.arg(6))};
        QList<HealthCheck> checks = SwarmExtensionHealth::check(manager, hives);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(worst(checks), HealthCheck::Severity::Ok);
        QVERIFY2(find(checks, QStringLiteral("vip"))->summary.contains(kHive0),
                 qPrintable(find(checks, QStringLiteral("vip"))->summary));

        // The task moved, the address did not; the leader moved, the label did not.
        manager.sections.insert(QStringLiteral("tasks"), tasks(kHive1, kHive2));
        checks = SwarmExtensionHealth::check(manager, hives);
        QCOMPARE(find(checks, QStringLiteral("vip"))->severity, HealthCheck::Severity::Critical);
        QVERIFY(find(checks, QStringLiteral("vip"))
                    ->summary.contains(QStringLiteral("but its task runs on ") + kHive1));
        QCOMPARE(find(checks, QStringLiteral("leader"))->severity, HealthCheck::Severity::Warning);
        QVERIFY(find(checks, QStringLiteral("vip"))
                    ->action.contains(QStringLiteral("journalctl -u follow-swarm-service")));

        // Moving: the task starts on p-hive1 (its image pulled), the
        // address still where it was: said as a move, not a fault.
        QString starting = tasks(kHive1, kHive2);
        starting.replace(
            QStringLiteral("\"CurrentState\":\"Running 1 minute ago\",\"DesiredState\":"
                           "\"Running\",\"Name\":\"vip.1\""),
            QStringLiteral("\"CurrentState\":\"Preparing 2 seconds ago\",\"DesiredState\":"
                           "\"Running\",\"Name\":\"vip.1\""));
        manager.sections.insert(QStringLiteral("tasks"), starting);
        checks = SwarmExtensionHealth::check(manager, hives);
        QCOMPARE(find(checks, QStringLiteral("vip"))->severity, HealthCheck::Severity::Warning);
        QVERIFY2(find(checks, QStringLiteral("vip"))->summary.contains(QStringLiteral("is moving")),
                 qPrintable(find(checks, QStringLiteral("vip"))->summary));
        // Two replicas: left alone, and said.
        manager.sections.insert(
            QStringLiteral("tasks"),
            tasks(kHive1, kHive2) +
                QStringLiteral("\n{\"CurrentState\":\"Running 1 minute ago\",\"DesiredState\":"
                               "\"Running\",\"Name\":\"vip.2\",\"Node\":\"%1\"}")
                    .arg(kHive2));
        checks = SwarmExtensionHealth::check(manager, hives);
        QVERIFY2(
            find(checks, QStringLiteral("vip"))->summary.contains(QStringLiteral("one replica")),
            qPrintable(find(checks, QStringLiteral("vip"))->summary));
        manager.sections.insert(QStringLiteral("tasks"), tasks(kHive1, kHive2));
        checks = SwarmExtensionHealth::check(manager, hives);
        // Nodes named short by the swarm, hosts by their full names.
        ProbedHost shortNames = manager;
        shortNames.sections.insert(QStringLiteral("tasks"),
                                   tasks(QStringLiteral("p-hive1"), QStringLiteral("p-hive2")));
        QCOMPARE(
            find(SwarmExtensionHealth::check(shortNames, hives), QStringLiteral("vip"))->summary,
            find(checks, QStringLiteral("vip"))->summary);

        // Held twice.
        hives[1] = host(kHive1, eth0.arg(5) + QLatin1Char('\n') + vip);
        checks = SwarmExtensionHealth::check(manager, hives);
        QCOMPARE(find(checks, QStringLiteral("vip"))->severity, HealthCheck::Severity::Critical);
        QVERIFY(find(checks, QStringLiteral("vip"))->summary.contains(QStringLiteral("2 nodes")));

        // On no hive that answered, one did not: that is said.
        hives[0] = host(kHive0, eth0.arg(4));
        hives[1] = unreachable(kHive1);
        checks = SwarmExtensionHealth::check(manager, hives);
        QCOMPARE(find(checks, QStringLiteral("vip"))->severity, HealthCheck::Severity::Warning);
        QVERIFY(find(checks, QStringLiteral("vip"))->summary.contains(kHive1));
    }

    void theReportAsJsonAndExitCodes()
    {
        HealthReport r;
        r.stage = QStringLiteral("private");
        r.checkedAt = QDateTime(QDate(2026, 11, 23), QTime(1, 2, 3), Qt::UTC);
        QCOMPARE(HealthReport::exitCodeFor(r.worst()), 0);
        r.checks << HealthCheck{QStringLiteral("swarm"),
                                QStringLiteral("swarm"),
                                HealthCheck::Severity::Warning,
                                QStringLiteral("s"),
                                QStringLiteral("e"),
                                QStringLiteral("a"),
                                {}};
        QCOMPARE(HealthReport::exitCodeFor(r.worst()), 3);
        r.checks << HealthCheck{QStringLiteral("disk"),
                                QStringLiteral("h"),
                                HealthCheck::Severity::Critical,
                                QStringLiteral("s"),
                                {},
                                {},
                                {}};
        QCOMPARE(HealthReport::exitCodeFor(r.worst()), 4);
        const QJsonObject o = QJsonDocument::fromJson(r.toJson()).object();
        QCOMPARE(o.value(QStringLiteral("worst")).toString(), QStringLiteral("critical"));
        QCOMPARE(o.value(QStringLiteral("checked_at")).toString(),
                 QStringLiteral("2026-11-23T01:02:03Z"));
        const QJsonObject first = o.value(QStringLiteral("checks")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(first.value(QStringLiteral("evidence")).toString(), QStringLiteral("e"));
    }
};

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "tst_health_checks.moc"
