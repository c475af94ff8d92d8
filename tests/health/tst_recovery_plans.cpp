// The recovery flows' plans, made from swarm states recorded on the test bed
// (tests/fixtures/doctor: healthy, one of three managers stopped, two
// stopped): what each flow would run where, and what it refuses and why.
// The quorum guard and the archive names on their own. The flows running
// for real are drilled in tst_setup_hosts_e2e.
#include "probe_fixture.h"
#include "recovery/maintenance_flow.h"
#include "recovery/manager_recovery_flow.h"
#include "recovery/quorum_guard.h"
#include "recovery/recovery_context.h"
#include "recovery/swarm_archive.h"
#include "recovery/swarm_backup_flow.h"
#include "recovery/swarm_survey.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {

const QString kHive0 = QStringLiteral("p-hive0.offline-web.example.jp");
const QString kHive1 = QStringLiteral("p-hive1.offline-web.example.jp");
const QString kHive2 = QStringLiteral("p-hive2.offline-web.example.jp");

SwarmSurvey healthy()
{
    // Every hive answers as a manager; the node list is the first one's.
    ProbedHost h1 = probeFixture(kHive1, QStringLiteral("healthy-host0.txt"));
    ProbedHost h2 = probeFixture(kHive2, QStringLiteral("healthy-host0.txt"));
    return SwarmSurvey::fromProbes(
        {probeFixture(kHive0, QStringLiteral("healthy-host0.txt")), h1, h2});
}

SwarmSurvey oneDown()
{
    return SwarmSurvey::fromProbes({probeFixture(kHive0, QStringLiteral("one-down-host0.txt")),
                                    probeFixture(kHive1, QStringLiteral("one-down-host1.txt")),
                                    unreachableHost(kHive2)});
}

SwarmSurvey noLeader()
{
    return SwarmSurvey::fromProbes({probeFixture(kHive0, QStringLiteral("no-leader-host.txt")),
                                    unreachableHost(kHive1), unreachableHost(kHive2)});
}

QString allCommands(const RecoveryPlan &plan)
{
    QStringList out;
    for (const RecoveryPlan::Step &s : plan.steps)
        out << s.name + QLatin1Char(':') + s.hosts.join(QLatin1Char(',')) << s.commands;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestRecoveryPlans : public QObject
{
    Q_OBJECT

    QTemporaryDir m_context;
    std::shared_ptr<RecoveryContext> m_ctx;

private slots:
    void initTestCase()
    {
        m_ctx = RecoveryContext::make(QStringLiteral("private"), {kHive0, kHive1, kHive2},
                                      {{kHive0, QStringLiteral("172.30.242.4")},
                                       {kHive1, QStringLiteral("172.30.242.5")},
                                       {kHive2, QStringLiteral("172.30.242.6")}},
                                      QStringLiteral("admin"), m_context.path());
    }

    void theQuorumGuard()
    {
        QVERIFY(QuorumGuard::refusal(3, {}, {kHive0}, QStringLiteral("x")).isEmpty());
        QVERIFY(QuorumGuard::refusal(5, {kHive1}, {kHive0}, QStringLiteral("x")).isEmpty());
        const QString refused = QuorumGuard::refusal(3, {kHive2}, {kHive0}, QStringLiteral("x"));
        QVERIFY2(refused.contains(QStringLiteral("1 of 3 managers up")) &&
                     refused.contains(QStringLiteral("needs 2")) && refused.contains(kHive2),
                 qPrintable(refused));
        QVERIFY(
            !QuorumGuard::refusal(5, {kHive1, kHive2}, {kHive0}, QStringLiteral("x")).isEmpty());
        QVERIFY(!QuorumGuard::refusal(1, {}, {kHive0}, QStringLiteral("x")).isEmpty());
        // A host named twice counts once.
        QVERIFY(QuorumGuard::refusal(3, {kHive0}, {kHive0}, QStringLiteral("x")).isEmpty());
    }

    void theSurveyOfRecordedStates()
    {
        const SwarmSurvey ok = healthy();
        QVERIFY(ok.hasLeader());
        QCOMPARE(ok.leader(), kHive0);
        QCOMPARE(ok.managerCount, 3);
        QVERIFY(ok.managersDown().isEmpty());
        const SwarmSurvey down = oneDown();
        QCOMPARE(down.managersDown(), QStringList{kHive2});
        const SwarmSurvey lost = noLeader();
        QVERIFY(!lost.hasLeader());
        QCOMPARE(lost.managerCount, 3); // from RemoteManagers
        QCOMPARE(lost.hive(kHive0)->localState, QStringLiteral("active"));
    }

    void maintenanceDrainsOrIsRefused()
    {
        RecoveryPlan plan = MaintenanceFlow::plan(m_ctx, healthy(), kHive1, {});
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        const QString commands = allCommands(plan);
        QVERIFY2(
            commands.contains(QStringLiteral("drain:") + kHive1) &&
                commands.contains(QStringLiteral("docker node update --availability drain ")) &&
                commands.contains(QStringLiteral("tasks-moved:") + kHive1),
            qPrintable(commands));
        QVERIFY2(plan.notes.join(QLatin1Char(' ')).contains(QStringLiteral("0 more manager")),
                 qPrintable(plan.notes.join(QLatin1Char(' '))));

        // seeds/003: with p-hive2 down, taking p-hive0 down too is refused.
        plan = MaintenanceFlow::plan(m_ctx, oneDown(), kHive0, {});
        QVERIFY(!plan.runnable());
        QVERIFY2(plan.refusal.contains(kHive2) && plan.refusal.contains(QStringLiteral("1 of 3")),
                 qPrintable(plan.refusal));
        QVERIFY(plan.preview().contains(QStringLiteral("Refused: ")));

        plan = MaintenanceFlow::plan(m_ctx, noLeader(), kHive1, {});
        QVERIFY(plan.refusal.contains(QStringLiteral("no leader")));
        plan = MaintenanceFlow::plan(m_ctx, healthy(), QStringLiteral("nope"), {});
        QVERIFY(plan.refusal.contains(kHive2));

        MaintenanceFlow::Options off;
        off.on = false;
        plan = MaintenanceFlow::plan(m_ctx, healthy(), kHive1, off);
        QVERIFY(plan.runnable() && plan.empty()); // not in maintenance
    }

    void replacingOneManager()
    {
        RecoveryPlan plan = ManagerRecoveryFlow::replace(m_ctx, oneDown(), kHive2);
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        const QString commands = allCommands(plan);
        QVERIFY2(commands.contains(QStringLiteral("remove-node-entry:") + kHive2) &&
                     commands.contains(QStringLiteral("docker node rm --force ")) &&
                     commands.contains(QStringLiteral("# on ") + kHive0),
                 qPrintable(commands));
        QCOMPARE(plan.followUps.size(), 2);
        QCOMPARE(plan.followUps.at(0).phase, QStringLiteral("build-infra"));
        QCOMPARE(plan.followUps.at(1).phase, QStringLiteral("setup-hosts"));
        QCOMPARE(plan.followUps.at(1).limit, kHive2);
        QCOMPARE(plan.checks.size(), 1);

        QVERIFY(ManagerRecoveryFlow::replace(m_ctx, healthy(), kHive2).empty());
        QVERIFY(ManagerRecoveryFlow::replace(m_ctx, noLeader(), kHive2)
                    .refusal.contains(QStringLiteral("recover quorum")));
    }

    void recoveringTheQuorum()
    {
        RecoveryPlan plan = ManagerRecoveryFlow::quorum(m_ctx, noLeader(), QString());
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps.at(0).name, QStringLiteral("force-new-cluster"));
        QCOMPARE(plan.steps.at(0).hosts, QStringList{kHive0});
        QVERIFY(plan.steps.at(0).commands.at(0).contains(
            QStringLiteral("--force-new-cluster --advertise-addr 172.30.242.4")));
        QCOMPARE(plan.followUps.at(1).limit, kHive1 + QLatin1Char(',') + kHive2);

        QVERIFY(ManagerRecoveryFlow::quorum(m_ctx, healthy(), QString()).empty());
        plan = ManagerRecoveryFlow::quorum(m_ctx, noLeader(), kHive1);
        QVERIFY2(plan.refusal.contains(QStringLiteral("does not answer")),
                 qPrintable(plan.refusal));
    }

    void backupOfNonLeadersWithinQuorum()
    {
        RecoveryPlan plan = SwarmBackupFlow::backup(m_ctx, healthy(), 7);
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        QCOMPARE(plan.steps.at(0).hosts, (QStringList{kHive1, kHive2}));
        QCOMPARE(plan.steps.at(0).maxParallel, 1);
        QVERIFY(plan.steps.at(0).commands.at(0).contains(
            QStringLiteral("tar czf /var/tmp/hive-swarm-backup.tar.gz -C /var/lib/docker swarm")));
        // p-hive2 down: stopping p-hive1 as well would cost the quorum.
        plan = SwarmBackupFlow::backup(m_ctx, oneDown(), 7);
        QVERIFY(!plan.runnable());
        QVERIFY2(plan.refusal.contains(QStringLiteral("quorum")), qPrintable(plan.refusal));
        QVERIFY(!SwarmBackupFlow::backup(m_ctx, noLeader(), 7).runnable());
    }

    void restoreNeedsABackupAndNoLivingManager()
    {
        RecoveryPlan plan = SwarmBackupFlow::restore(m_ctx, noLeader(), QString());
        QVERIFY2(plan.refusal.contains(QStringLiteral("no swarm backup")),
                 qPrintable(plan.refusal));
        QDir().mkpath(m_context.filePath(QStringLiteral("backups")));
        QFile archive(m_context.filePath(QStringLiteral("backups/")) +
                      SwarmArchive::fileName(kHive1, QStringLiteral("20.10.24+dfsg1"),
                                             QDateTime::currentDateTimeUtc()));
        QVERIFY(archive.open(QIODevice::WriteOnly));
        archive.close();
        plan = SwarmBackupFlow::restore(m_ctx, healthy(), QString());
        QVERIFY2(plan.refusal.contains(QStringLiteral("has a leader")), qPrintable(plan.refusal));
        // p-hive0 still holds the manager state: quorum recovery, not restore.
        plan = SwarmBackupFlow::restore(m_ctx, noLeader(), QString());
        QVERIFY2(plan.refusal.contains(QStringLiteral("recover quorum")), qPrintable(plan.refusal));
        archive.remove();
    }

    void archiveNamesAndRetention()
    {
        const QDateTime at(QDate(2026, 11, 23), QTime(4, 37, 0), Qt::UTC);
        const QString name =
            SwarmArchive::fileName(QStringLiteral("p-hive1"), QStringLiteral("24.0.7-1+b2"), at);
        QCOMPARE(name, QStringLiteral("swarm-p-hive1-24.0.7-1+b2-20261123T043700Z.tar.gz"));
        SwarmArchive a;
        // The longest host name that fits wins: p-hive10 is not p-hive1.
        QVERIFY(
            SwarmArchive::parse(name, {QStringLiteral("p-hive1"), QStringLiteral("p-hive10")}, a));
        QCOMPARE(a.host, QStringLiteral("p-hive1"));
        QCOMPARE(a.engineVersion, QStringLiteral("24.0.7-1+b2"));
        QCOMPARE(a.takenAt, at);
        QVERIFY(SwarmArchive::parse(
            SwarmArchive::fileName(QStringLiteral("p-hive10"), QStringLiteral("20.10"), at),
            {QStringLiteral("p-hive1"), QStringLiteral("p-hive10")}, a));
        QCOMPARE(a.host, QStringLiteral("p-hive10"));
        QVERIFY(!SwarmArchive::parse(QStringLiteral("swarm-other-20.10-20261123T043700Z.tar.gz"),
                                     {QStringLiteral("p-hive1")}, a));
        QVERIFY(!SwarmArchive::parse(QStringLiteral("swarm-p-hive1-20.10-yesterday.tar.gz"),
                                     {QStringLiteral("p-hive1")}, a));

        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("backups")));
        for (int i = 0; i < 5; ++i) {
            for (const QString &host : {QStringLiteral("h1"), QStringLiteral("h2")}) {
                QFile f(dir.filePath(QStringLiteral("backups/")) +
                        SwarmArchive::fileName(host, QStringLiteral("20.10"), at.addDays(i)));
                QVERIFY(f.open(QIODevice::WriteOnly));
            }
        }
        QCOMPARE(SwarmArchive::list(dir.path(), {QStringLiteral("h1")}).first().takenAt,
                 at.addDays(4));
        QCOMPARE(SwarmArchive::prune(dir.path(), {QStringLiteral("h1")}, 2).size(), 3);
        const QList<SwarmArchive> left =
            SwarmArchive::list(dir.path(), {QStringLiteral("h1"), QStringLiteral("h2")});
        QCOMPARE(left.size(), 7); // h1: the newest 2; h2 untouched
    }
};

QTEST_GUILESS_MAIN(TestRecoveryPlans)
#include "tst_recovery_plans.moc"
