// The recovery flows' plans, made from swarm states recorded on the test bed
// (tests/fixtures/doctor: healthy, one of three managers stopped, two
// stopped): what each flow would run where, and what it refuses and why.
// The quorum guard and the archive names on their own. The flows running
// for real are drilled in tst_setup_hosts_e2e.
#include "engine/undo_scope.h"
#include "health/repair_journal_health.h"
#include "inventory/inventory_loader.h"
#include "project/context_file.h"
#include "project/project.h"
#include "recovery/backup_schedule.h"
#include "recovery/disk_cleanup_flow.h"
#include "recovery/drbd_grow_flow.h"
#include "recovery/drbd_repair_flow.h"
#include "recovery/maintenance_flow.h"
#include "recovery/manager_liveness.h"
#include "recovery/manager_recovery_flow.h"
#include "recovery/node_restart_flow.h"
#include "recovery/quorum_guard.h"
#include "recovery/recovery_context.h"
#include "recovery/recovery_request.h"
#include "recovery/repair_resume_flow.h"
#include "recovery/service_pause.h"
#include "recovery/swarm_archive.h"
#include "recovery/swarm_backup_flow.h"
#include "recovery/swarm_survey.h"
#include "recovery/unit_repair_flow.h"
#include "tests/support/probe_fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
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

// p-hive1's engine answers as an active manager, but the leader lists its
// node as down: the state tst_setup_hosts_e2e met in CI after two managers
// were stopped and started again (healthy-host0.txt with that one status).
SwarmSurvey agentDown(bool host1Answers = true)
{
    return SwarmSurvey::fromProbes({probeFixture(kHive0, QStringLiteral("agent-down-host0.txt")),
                                    host1Answers
                                        ? probeFixture(kHive1, QStringLiteral("healthy-host0.txt"))
                                        : unreachableHost(kHive1),
                                    probeFixture(kHive2, QStringLiteral("healthy-host0.txt"))});
}

SwarmSurvey noLeader()
{
    return SwarmSurvey::fromProbes({probeFixture(kHive0, QStringLiteral("no-leader-host.txt")),
                                    unreachableHost(kHive1), unreachableHost(kHive2)});
}

// A script run for real by `shell`, with the programs in `stubs` first on
// the PATH (stand-ins for systemctl, drbdadm, docker).
struct ShellRun
{
    int exitCode = -1;
    QString stderrText;
};
ShellRun runWithStubs(const QString &shell, const QString &stubs, const QString &script)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), stubs + QStringLiteral(":") + env.value("PATH"));
    p.setProcessEnvironment(env);
    p.start(shell, {QStringLiteral("-c"), script});
    p.waitForFinished(30000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
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

    void restartingTheEngineOfANodeThatDoesNotReport()
    {
        RecoveryPlan plan = NodeRestartFlow::plan(m_ctx, agentDown(), kHive1);
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        const QString commands = allCommands(plan);
        QVERIFY2(commands.contains(QStringLiteral("restart-engine:") + kHive1 +
                                   QStringLiteral("\nsystemctl reset-failed docker.service "
                                                  "2>/dev/null || true; systemctl restart "
                                                  "docker")),
                 qPrintable(commands));
        QCOMPARE(plan.checks.size(), 1);
        QCOMPARE(plan.checks.at(0).name, QStringLiteral("node-ready"));
        // Watched from the leader, not from the host that restarts.
        QVERIFY2(plan.checks.at(0)
                     .commands.join(QLatin1Char(' '))
                     .contains(QStringLiteral("nu2vmw68nwupyrnuih2ztckuu   # on ") + kHive0),
                 qPrintable(plan.checks.at(0).commands.join(QLatin1Char(' '))));
        QVERIFY(plan.notes.join(QLatin1Char(' ')).contains(QStringLiteral("is a manager")));

        // Ready: nothing to do. Not answering: lost, not stuck.
        QVERIFY(NodeRestartFlow::plan(m_ctx, healthy(), kHive1).empty());
        plan = NodeRestartFlow::plan(m_ctx, agentDown(false), kHive1);
        QVERIFY2(plan.refusal.contains(QStringLiteral("does not answer")) &&
                     plan.refusal.contains(QStringLiteral("hive recover manager ") + kHive1),
                 qPrintable(plan.refusal));
        // An answer cut off after the engine said it is active (its node
        // list hangs, as on a node in this state) still counts.
        ProbedHost slow = probeFixture(kHive1, QStringLiteral("healthy-host0.txt"));
        slow.reached = false;
        slow.error = QStringLiteral("no complete answer within the time limit");
        slow.sections.remove(QStringLiteral("nodes"));
        plan = NodeRestartFlow::plan(
            m_ctx,
            SwarmSurvey::fromProbes({probeFixture(kHive0, QStringLiteral("agent-down-host0.txt")),
                                     slow,
                                     probeFixture(kHive2, QStringLiteral("healthy-host0.txt"))}),
            kHive1);
        QVERIFY2(plan.runnable() && !plan.empty(), qPrintable(plan.refusal));
        // Another manager down: restarting this one would cost the quorum.
        const SwarmSurvey twoBad = SwarmSurvey::fromProbes(
            {probeFixture(kHive0, QStringLiteral("agent-down-host0.txt")),
             probeFixture(kHive1, QStringLiteral("healthy-host0.txt")), unreachableHost(kHive2)});
        plan = NodeRestartFlow::plan(m_ctx, twoBad, kHive1);
        QVERIFY2(plan.refusal.contains(QStringLiteral("1 of 3")) && plan.refusal.contains(kHive2),
                 qPrintable(plan.refusal));
        QVERIFY(NodeRestartFlow::plan(m_ctx, noLeader(), kHive1)
                    .refusal.contains(QStringLiteral("no leader")));
        QVERIFY(NodeRestartFlow::plan(m_ctx, agentDown(), QStringLiteral("nope"))
                    .refusal.contains(QStringLiteral("not a hive")));
    }

    void recoveringTheQuorum()
    {
        RecoveryPlan plan = ManagerRecoveryFlow::quorum(m_ctx, noLeader(), QString());
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps.at(0).name, QStringLiteral("force-new-cluster"));
        QCOMPARE(plan.steps.at(0).hosts, QStringList{kHive0});
        QVERIFY(plan.steps.at(0)
                    .commands.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("--force-new-cluster --advertise-addr 172.30.242.4")));
        QCOMPARE(plan.followUps.at(1).limit, kHive1 + QLatin1Char(',') + kHive2);

        // A manager this machine cannot reach answers from another host: a
        // partition, not a loss. Refused, saying so, unless the user takes
        // the risk by name; even then it is not made to leave its swarm.
        const QHash<QString, QString> alive{
            {kHive1, QStringLiteral("answers on its swarm port (2377) from p-hive3")}};
        plan = ManagerRecoveryFlow::quorum(m_ctx, noLeader(), QString(), alive);
        QVERIFY2(plan.refusal.contains(QStringLiteral("would split the swarm in two")) &&
                     plan.refusal.contains(kHive1 + QStringLiteral(" answers on its swarm port")) &&
                     plan.refusal.contains(QStringLiteral("--risk-split-brain")),
                 qPrintable(plan.refusal));
        plan = ManagerRecoveryFlow::quorum(m_ctx, noLeader(), QString(), alive, true);
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        QCOMPARE(plan.followUps.at(1).limit, kHive2);
        QVERIFY(plan.notes.join(QLatin1Char(' ')).contains(QStringLiteral("--risk-split-brain")));

        QVERIFY(ManagerRecoveryFlow::quorum(m_ctx, healthy(), QString()).empty());
        const RecoveryPlan one = ManagerRecoveryFlow::quorum(m_ctx, oneDown(), QString());
        QVERIFY2(one.empty() && one.refusal.isEmpty(), qPrintable(one.refusal));
        // Two managers stopped a moment ago: the leader still lists them as
        // reachable, but they do not answer. Not "nothing to do".
        const SwarmSurvey justStopped =
            SwarmSurvey::fromProbes({probeFixture(kHive0, QStringLiteral("healthy-host0.txt")),
                                     unreachableHost(kHive1), unreachableHost(kHive2)});
        QCOMPARE(justStopped.managersDown(), (QStringList{kHive1, kHive2}));
        plan = ManagerRecoveryFlow::quorum(m_ctx, justStopped, QString());
        QVERIFY2(plan.refusal.contains(QStringLiteral("still acts as the leader")) &&
                     plan.refusal.contains(QStringLiteral("2 of the 3 managers")),
                 qPrintable(plan.refusal));
        plan = ManagerRecoveryFlow::quorum(m_ctx, noLeader(), kHive1);
        QVERIFY2(plan.refusal.contains(QStringLiteral("does not answer")),
                 qPrintable(plan.refusal));
    }

    // The restore's script run for real in bash (systemctl a stub that
    // notes its calls): a good archive replaces the state, keeping the old
    // one aside; a broken one leaves the old state where it was — docker
    // never starts on half an archive — and docker is started either way.
    void aFailedRestorePutsTheOldStateBack()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("docker root"));
        const QString bin = dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/swarm")) && QDir().mkpath(bin));
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(root + QStringLiteral("/swarm/state"), "old\n");
        // (reset-failed fails, as it does where a unit is not loaded: docker
        // must be started all the same.)
        write(bin + QStringLiteral("/systemctl"),
              "#!/bin/sh\necho \"$*\" >> \"$(dirname \"$0\")/calls\"\n"
              "[ \"$1\" != reset-failed ]\n");
        QFile::setPermissions(bin + QStringLiteral("/systemctl"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString archive = dir.filePath(QStringLiteral("restore.tar.gz"));
        const auto restore = [&] {
            return runWithStubs(QStringLiteral("bash"), bin,
                                SwarmBackupFlow::restoreScript(archive, QStringLiteral("T1"), root))
                .exitCode;
        };
        write(archive, "not an archive");
        QVERIFY(restore() != 0);
        QCOMPARE(ContextFile::read(root + QStringLiteral("/swarm/state")), QByteArray("old\n"));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/swarm.before-restore-T1")));
        QVERIFY(
            ContextFile::read(bin + QStringLiteral("/calls")).endsWith("start docker.service\n"));

        const QString source = dir.filePath(QStringLiteral("source"));
        QVERIFY(QDir().mkpath(source + QStringLiteral("/swarm")));
        write(source + QStringLiteral("/swarm/state"), "restored\n");
        QCOMPARE(QProcess::execute(QStringLiteral("tar"),
                                   {QStringLiteral("czf"), archive, QStringLiteral("-C"), source,
                                    QStringLiteral("swarm")}),
                 0);
        QCOMPARE(restore(), 0);
        QCOMPARE(ContextFile::read(root + QStringLiteral("/swarm/state")),
                 QByteArray("restored\n"));
        QCOMPARE(ContextFile::read(root + QStringLiteral("/swarm.before-restore-T1/state")),
                 QByteArray("old\n"));
        QVERIFY(!QFileInfo::exists(archive));
    }

    // The witness command, run for real: a listening swarm port answers,
    // a closed one does not.
    void theSwarmPortProbeTellsALiveManager()
    {
        QTcpServer listening;
        QVERIFY2(listening.listen(QHostAddress(QStringLiteral("127.0.0.1")), 2377),
                 qPrintable(listening.errorString()));
        QProcess p;
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), ManagerLiveness::probeCommand(
                                                                 {QStringLiteral("127.0.0.1"),
                                                                  QStringLiteral("127.0.0.2")})});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray("127.0.0.1\n"));
    }

    void backupOfNonLeadersWithinQuorum()
    {
        RecoveryPlan plan = SwarmBackupFlow::backup(m_ctx, healthy(), 7);
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        QCOMPARE(plan.steps.at(0).hosts, (QStringList{kHive1, kHive2}));
        QCOMPARE(plan.steps.at(0).maxParallel, 1);
        const QString archive = plan.steps.at(0).commands.at(0);
        QVERIFY(archive.contains(QStringLiteral(
            "tar czf /var/lib/hive-transfer/swarm-backup.tar.gz -C /var/lib/docker swarm")));
        // A unit of the host's own: a killed client cannot leave docker
        // stopped, and docker starts even when the sequence is killed.
        QVERIFY2(archive.startsWith(QStringLiteral("systemd-run --quiet --collect --wait --pipe "
                                                   "--unit=hive-swarm-backup.service "
                                                   "'--property=ExecStopPost=/bin/systemctl "
                                                   "start --no-block docker.service' /bin/bash "
                                                   "-c ")),
                 qPrintable(archive));
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
        // ... naming the leader, and the way to finish a restore whose rejoin failed.
        QVERIFY2(plan.refusal.contains(QStringLiteral("the swarm answers (on p-hive0")) &&
                     plan.refusal.contains(QStringLiteral("`hive setup-hosts`")),
                 qPrintable(plan.refusal));
        // p-hive0 still holds the manager state: quorum recovery, not restore.
        plan = SwarmBackupFlow::restore(m_ctx, noLeader(), QString());
        QVERIFY2(plan.refusal.contains(QStringLiteral("recover quorum")), qPrintable(plan.refusal));
        archive.remove();
    }

    void repairingFailedUnits()
    {
        // As systemctl prints it on a terminal (bullet) and through SSH,
        // with a stale DRBD resource's unit and an escaped name.
        const QString listed = QStringLiteral(
            "\u25cf drbd@old_data.service loaded failed failed DRBD resource old_data\n"
            "systemd-fsck@dev-disk-by\\x2dlabel-data.service loaded failed failed File System "
            "Check\n"
            "not a unit line\n");
        const QStringList units = UnitRepairFlow::parse(listed);
        QCOMPARE(units,
                 (QStringList{QStringLiteral("drbd@old_data.service"),
                              QStringLiteral("systemd-fsck@dev-disk-by\\x2dlabel-data.service")}));

        const UnitRepairFlow::FailedUnits failed{{kHive1, units}, {kHive2, {}}};
        RecoveryPlan plan = UnitRepairFlow::plan(m_ctx, failed, {});
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps.at(0).hosts, QStringList{kHive1});
        // Quoted, so the shell leaves the escape alone.
        QCOMPARE(plan.steps.at(0).commands.at(0),
                 QStringLiteral("systemctl reset-failed 'drbd@old_data.service' "
                                "'systemd-fsck@dev-disk-by\\x2dlabel-data.service'"));
        QCOMPARE(plan.checks.at(0).hosts, QStringList{kHive1});

        UnitRepairFlow::Options disable;
        disable.action = UnitRepairFlow::Action::Disable;
        disable.unit = QStringLiteral("drbd@old_data.service");
        plan = UnitRepairFlow::plan(m_ctx, failed, disable);
        QCOMPARE(plan.steps.at(0).commands,
                 (QStringList{QStringLiteral("systemctl disable --now 'drbd@old_data.service'"),
                              QStringLiteral("systemctl reset-failed 'drbd@old_data.service'")}));
        QVERIFY(plan.preview().contains(QStringLiteral("systemctl enable --now")));

        // Nothing failed there: nothing to do; bad names and a restart of
        // "everything" are refused.
        disable.unit = QStringLiteral("docker.service");
        plan = UnitRepairFlow::plan(m_ctx, failed, disable);
        QVERIFY(plan.runnable() && plan.empty());
        disable.unit = QStringLiteral("x; rm -rf /");
        QVERIFY(!UnitRepairFlow::plan(m_ctx, failed, disable).runnable());
        UnitRepairFlow::Options restartAll;
        restartAll.action = UnitRepairFlow::Action::Restart;
        QVERIFY(!UnitRepairFlow::plan(m_ctx, failed, restartAll).runnable());
    }

    void freeingDiskSpace()
    {
        // docker 20.10's prune output.
        QCOMPARE(DiskCleanupFlow::reclaimedBytes(
                     QStringLiteral("Deleted Containers:\nabc\n\nTotal reclaimed space: 0B\n"
                                    "Deleted Images:\nuntagged: x\ndeleted: sha256:1\n\n"
                                    "Total reclaimed space: 1.25GB\nTotal reclaimed space: "
                                    "512kB")),
                 qint64(1250512000));
        QCOMPARE(DiskCleanupFlow::reclaimedBytes(QStringLiteral("nothing")), qint64(0));

        const auto ctx = RecoveryContext::make(QStringLiteral("private"), {kHive0, kHive1}, {},
                                               QStringLiteral("admin"), m_context.path());
        ctx->setHosts({kHive0, kHive1, QStringLiteral("p-hive3.offline-web.example.jp")});
        ctx->setRepositoryHost(QStringLiteral("p-hive3.offline-web.example.jp"));
        RecoveryPlan plan = DiskCleanupFlow::plan(ctx, {});
        QCOMPARE(plan.steps.size(), 3);
        QCOMPARE(plan.steps.at(0).hosts.size(), 3);
        QVERIFY(plan.steps.at(0).commands.contains(QStringLiteral("docker image prune -f")));
        QCOMPARE(plan.steps.at(1).name, QStringLiteral("registry-gc"));
        QCOMPARE(plan.steps.at(1).hosts,
                 QStringList{QStringLiteral("p-hive3.offline-web.example.jp")});
        DiskCleanupFlow::Options all;
        all.allImages = true;
        all.registry = false;
        plan = DiskCleanupFlow::plan(ctx, all);
        QCOMPARE(plan.steps.size(), 1);
        QVERIFY(plan.steps.at(0).commands.contains(QStringLiteral("docker image prune -a -f")));
        QVERIFY(plan.preview().contains(QStringLiteral("pulls its image again")));
    }

    // The archive and restore scripts of --grow, run for real in sh on the
    // local-volume branch (drbdadm knows no such resource; docker names the
    // volume's folder), with a volume name that needs quoting: the files go
    // into an owner-only archive and come back; the archive goes after.
    void theGrowScriptsArchiveAndRestoreALocalVolume()
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin"));
        const QString volume = dir.filePath(QStringLiteral("volume"));
        QVERIFY(QDir().mkpath(bin) && QDir().mkpath(volume + QStringLiteral("/sub")));
        const auto stub = [&](const QString &name, const QByteArray &body) {
            QFile f(bin + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\n" + body);
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        };
        stub(QStringLiteral("drbdadm"), "exit 1\n");
        // `docker volume inspect -f … NAME`: only the exact (quoted) name answers.
        stub(QStringLiteral("docker"),
             "[ \"$5\" = \"it's data\" ] || exit 9\necho " + QFile::encodeName(volume) + "\n");
        QFile data(volume + QStringLiteral("/sub/file.txt"));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("kept\n");
        data.close();

        DrbdResource r;
        r.name = QStringLiteral("it's data");
        r.deviceId = 3;
        const QString archive = dir.filePath(QStringLiteral("volume backup.tar.gz"));
        const auto sh = [&](const QString &script) {
            const ShellRun run = runWithStubs(QStringLiteral("sh"), bin, script);
            return run.exitCode == 0
                       ? QString()
                       : run.stderrText + QStringLiteral(" (exit %1)").arg(run.exitCode);
        };
        QString failed =
            sh(DrbdGrowFlow::backupCommand(r, archive,
                                           QString::fromLocal8Bit(qgetenv("USER")).isEmpty()
                                               ? QStringLiteral("root")
                                               : QString::fromLocal8Bit(qgetenv("USER"))));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(QFileInfo(archive).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions{});
        QVERIFY(QDir(volume).removeRecursively() && QDir().mkpath(volume));
        failed = sh(DrbdGrowFlow::restoreCommand(r, archive));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(ContextFile::read(volume + QStringLiteral("/sub/file.txt")), QByteArray("kept\n"));
        QVERIFY(!QFileInfo::exists(archive));
    }

    void growingADrbdVolume()
    {
        // A copy of the sample: the resize step edits its services file.
        QTemporaryDir copy;
        QProcess::execute(
            QStringLiteral("cp"),
            {QStringLiteral("-r"), QStringLiteral(HIVE_EXAMPLES "/sample/."), copy.path()});
        Project project;
        DiagnosticList diags;
        QVERIFY(
            Project::open({copy.path(), QStringLiteral("private"), {}, {}, {}}, project, diags));
        const LoadedInventory loaded = project.loadInventory();
        const StagePlan *stage = loaded.hive.stage(QStringLiteral("private"));
        DrbdRepairFlow::Target target;
        QString error;
        QVERIFY(
            DrbdRepairFlow::target(loaded, *stage, QStringLiteral("kvstore_data"), target, error));
        DrbdGrowFlow::Definition definition;
        QVERIFY2(
            DrbdGrowFlow::definition(loaded, QStringLiteral("kvstore_data"), definition, error),
            qPrintable(error));
        QVERIFY(definition.file.endsWith(QStringLiteral("inventory/services.yml")));
        QCOMPARE(definition.path,
                 (QStringList{QStringLiteral("services"), QStringLiteral("kvstore"),
                              QStringLiteral("volumes"), QStringLiteral("0"),
                              QStringLiteral("drbd"), QStringLiteral("size")}));
        QCOMPARE(definition.size, QStringLiteral("100M"));

        // Only larger, and a size.
        QVERIFY(DrbdGrowFlow::plan(m_ctx, target, definition, QStringLiteral("50M"), kHive1)
                    .refusal.contains(QStringLiteral("not larger")));
        QVERIFY(DrbdGrowFlow::plan(m_ctx, target, definition, QStringLiteral("lots"), kHive1)
                    .refusal.contains(QStringLiteral("not a size")));

        const RecoveryPlan plan =
            DrbdGrowFlow::plan(m_ctx, target, definition, QStringLiteral("2G"), kHive1);
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        const auto names = [](const QList<RecoveryPlan::Step> &steps) {
            QStringList out;
            for (const RecoveryPlan::Step &st : steps)
                out << st.name + QLatin1Char('@') + st.hosts.join(QLatin1Char(','));
            return out;
        };
        // Stopped on the first hive, archived where the service ran, resized here.
        QCOMPARE(names(plan.steps), (QStringList{QStringLiteral("stop-services@") + kHive0,
                                                 QStringLiteral("backup-volume@") + kHive1,
                                                 QStringLiteral("resize-definition@localhost")}));
        QCOMPARE(names(plan.finally), QStringList{QStringLiteral("start-services@") + kHive0});
        // seeds/000's order: services and volume removed, built again.
        QVERIFY(plan.reloadBeforePhases);
        const QString preview = plan.preview();
        for (const QString &line :
             {QStringLiteral("hive deploy-services -D -l kvstore"),
              QStringLiteral("hive build-volumes -D -l kvstore_data"),
              QStringLiteral("hive build-volumes -l kvstore_data"),
              QStringLiteral("hive deploy-services -l kvstore"),
              QStringLiteral("inventory/services.yml: services.kvstore.volumes.0.drbd.size: "
                             "100M → 2G")})
            QVERIFY2(preview.contains(line), qPrintable(line + QStringLiteral("\n") + preview));
        // The files go back into the new volume before its services are
        // deployed again (nothing of theirs writes there first).
        QCOMPARE(plan.followUps.size(), 3);
        QCOMPARE(names(plan.afterPhases),
                 (QStringList{QStringLiteral("restore-volume@") + kHive0 + QLatin1Char(',') +
                                  kHive1 + QLatin1Char(',') + kHive2,
                              QStringLiteral("files-restored@localhost")}));
        QCOMPARE(plan.afterPhases.at(0).maxParallel, 1);
        QVERIFY(plan.afterPhasesFinally.isEmpty());
        QCOMPARE(plan.phasesAfter.size(), 1);
        QCOMPARE(plan.phasesAfter.at(0).phase, QStringLiteral("deploy-services"));
        QVERIFY(!plan.phasesAfter.at(0).destroy);
        QVERIFY(preview.indexOf(QStringLiteral("restore-volume")) <
                preview.indexOf(QStringLiteral("hive deploy-services -l kvstore")));
        QCOMPARE(plan.checks.at(0).name, QStringLiteral("check-services"));
        // The archive is mounted read-only for DRBD and made owner-only.
        QVERIFY(plan.steps.at(1).commands.at(0).contains(QStringLiteral("mount -o ro /dev/drbd")));
        QVERIFY(plan.steps.at(1).commands.at(0).contains(QStringLiteral("chmod 600")));

        // The resize step changes that value and nothing else in the file,
        // once the journal says how the grow is finished: the scale-back
        // the stop step left goes (the grow removes the services).
        const RepairJournal journal = m_ctx->journal();
        QString message;
        QVERIFY(journal.record(
            ServicePause::journalEntry(kHive0, QStringLiteral("kvstore"), QStringLiteral("1")),
            message));
        const QByteArray before = ContextFile::read(definition.file);
        QCOMPARE(plan.steps.at(2).work(QStringLiteral("localhost"), message),
                 RunEvent::Status::Changed);
        const QByteArray after = ContextFile::read(definition.file);
        QCOMPARE(after, QByteArray(before).replace("size: 100M", "size: 2G"));
        const LoadedInventory grown = project.loadInventory();
        QCOMPARE(grown.services.service(QStringLiteral("kvstore"))->volumes.first().size,
                 QStringLiteral("2G"));
        QList<RepairJournal::Entry> left = journal.entries();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).finish(), QStringLiteral("grow-volume"));
        QCOMPARE(left.at(0).host, kHive0);
        QVERIFY2(left.at(0).taken.contains(QStringLiteral("kvstore removed")),
                 qPrintable(left.at(0).taken));
        const QList<HealthCheck> found = RepairJournalHealth::check(m_context.path());
        QCOMPARE(found.size(), 1);
        QVERIFY(found.at(0).action.contains(QStringLiteral("to finish it")));

        // Stopped there, `hive recover resume` finishes it from the archive
        // (refused while the archive is gone)...
        QVERIFY(journal.record(
            ServicePause::journalEntry(kHive0, QStringLiteral("kvstore"), QStringLiteral("1")),
            message));
        DrbdGrowFlow::Progress progress;
        QVERIFY(DrbdGrowFlow::progressOf(left.at(0), progress));
        QCOMPARE(progress.services, QStringList{QStringLiteral("kvstore")});
        QVERIFY(!progress.restored);
        RecoveryPlan resume = RepairResumeFlow::plan(m_ctx, grown);
        QVERIFY2(resume.refusal.contains(QStringLiteral("is gone")), qPrintable(resume.refusal));
        QVERIFY(QDir().mkpath(QFileInfo(progress.archive).path()));
        QFile archive(progress.archive);
        QVERIFY(archive.open(QIODevice::WriteOnly));
        archive.close();
        resume = RepairResumeFlow::plan(m_ctx, grown);
        QVERIFY2(resume.runnable(), qPrintable(resume.refusal));
        QVERIFY2(
            resume.title.startsWith(QStringLiteral("Finish growing volume kvstore_data to 2G")),
            qPrintable(resume.title));
        // ... not by scaling back services it removes, but by rebuilding.
        QCOMPARE(names(resume.steps), QStringList{QStringLiteral("resize-definition@localhost")});
        QCOMPARE(resume.followUps.size(), 3);
        QCOMPARE(names(resume.afterPhases), names(plan.afterPhases));
        QCOMPARE(resume.phasesAfter.size(), 1);
        QVERIFY(resume.reloadBeforePhases);
        QCOMPARE(resume.steps.at(0).work(QStringLiteral("localhost"), message),
                 RunEvent::Status::Ok); // the size is written already
        QCOMPARE(journal.entries().size(), 1);
        // Once the files are back, only the deployment is left.
        QCOMPARE(resume.afterPhases.at(1).work(QStringLiteral("localhost"), message),
                 RunEvent::Status::Ok);
        left = journal.entries();
        QCOMPARE(left.size(), 1);
        QVERIFY2(left.at(0).taken.contains(QStringLiteral("not deployed again")),
                 qPrintable(left.at(0).taken));
        QVERIFY(archive.remove()); // not needed any more
        resume = RepairResumeFlow::plan(m_ctx, grown);
        QVERIFY2(resume.runnable(), qPrintable(resume.refusal));
        QVERIFY(resume.followUps.isEmpty() && resume.afterPhases.isEmpty());
        QCOMPARE(resume.phasesAfter.size(), 1);
        QCOMPARE(resume.phasesAfter.at(0).limit, QStringLiteral("kvstore"));
        QCOMPARE(names(resume.checks), QStringList{QStringLiteral("check-services@") + kHive0});
        QVERIFY(journal.resolve(left.at(0).id, message));
        QVERIFY(journal.empty());

        // The command line, both ways.
        RecoveryRequest request;
        QVERIFY(RecoveryRequest::parse({QStringLiteral("recover"), QStringLiteral("drbd"),
                                        QStringLiteral("kvstore_data"), QStringLiteral("--grow"),
                                        QStringLiteral("2G")},
                                       request, error));
        QCOMPARE(request.growTo, QStringLiteral("2G"));
        QCOMPARE(request.commandLine(), QStringLiteral("hive recover drbd kvstore_data --grow 2G"));
        QVERIFY(!RecoveryRequest::parse({QStringLiteral("recover"), QStringLiteral("drbd"),
                                         QStringLiteral("kvstore_data"), QStringLiteral("--grow"),
                                         QStringLiteral("2G"), QStringLiteral("--fsck")},
                                        request, error));
        QVERIFY(!RecoveryRequest::parse({QStringLiteral("recover"), QStringLiteral("drbd"),
                                         QStringLiteral("kvstore_data"), QStringLiteral("--grow")},
                                        request, error));
    }

    void repairingADrbdVolume()
    {
        // The sample's kvstore_data (ext4) and the service that mounts it.
        Project project;
        DiagnosticList diags;
        QVERIFY(Project::open(
            {QStringLiteral(HIVE_EXAMPLES "/sample"), QStringLiteral("private"), {}, {}, {}},
            project, diags));
        const LoadedInventory loaded = project.loadInventory();
        const StagePlan *stage = loaded.hive.stage(QStringLiteral("private"));
        QVERIFY(stage);
        DrbdRepairFlow::Target target;
        QString error;
        QVERIFY(!DrbdRepairFlow::target(loaded, *stage, QStringLiteral("nope"), target, error));
        QVERIFY2(error.contains(QStringLiteral("kvstore_data")), qPrintable(error));
        QVERIFY2(
            DrbdRepairFlow::target(loaded, *stage, QStringLiteral("kvstore_data"), target, error),
            qPrintable(error));
        QCOMPARE(target.services, QStringList{QStringLiteral("kvstore")});
        QCOMPARE(target.resource.fstype, QStringLiteral("ext4"));

        // seeds/000: every copy Outdated.
        const auto outdated = [](const QString &a, const QString &b) {
            DrbdStatus s;
            QString e;
            DrbdStatus::parse(QStringLiteral("kvstore_data role:Secondary\n  disk:Outdated\n"
                                             "  %1 role:Secondary\n    peer-disk:Outdated\n"
                                             "  %2 role:Secondary\n    peer-disk:Outdated\n")
                                  .arg(a, b),
                              s, e);
            return s;
        };
        const QHash<QString, DrbdStatus> statuses{{kHive0, outdated(kHive1, kHive2)},
                                                  {kHive1, outdated(kHive0, kHive2)},
                                                  {kHive2, outdated(kHive0, kHive1)}};
        RecoveryPlan plan = DrbdRepairFlow::plan(m_ctx, target, statuses, {});
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        QStringList names;
        for (const RecoveryPlan::Step &st : plan.steps)
            names << st.name + QLatin1Char('@') + st.hosts.join(QLatin1Char(','));
        QCOMPARE(
            names,
            (QStringList{QStringLiteral("stop-services@") + kHive0,
                         QStringLiteral("drbd-1@") + kHive0, QStringLiteral("drbd-2@") + kHive1,
                         QStringLiteral("drbd-3@") + kHive2, QStringLiteral("drbd-4@") + kHive0}));
        QCOMPARE(plan.steps.at(1).commands,
                 QStringList{QStringLiteral("drbdadm primary --force kvstore_data")});
        QCOMPARE(plan.steps.at(0).commands.at(0),
                 QStringLiteral("docker service scale -d kvstore=0"));
        // The service comes back whatever happens, and the volume is read again.
        QCOMPARE(plan.finally.size(), 1);
        QCOMPARE(plan.finally.at(0).name, QStringLiteral("start-services"));
        QVERIFY(plan.preview().contains(
            QStringLiteral("start-services on %1 (whatever happens)").arg(kHive0)));
        QCOMPARE(plan.checks.at(0).name, QStringLiteral("check-drbd"));

        // The file system too, by its type.
        DrbdRepairFlow::Options fsck;
        fsck.repairFileSystem = true;
        plan = DrbdRepairFlow::plan(m_ctx, target, statuses, fsck);
        QCOMPARE(plan.steps.last().name, QStringLiteral("repair-file-system"));
        QVERIFY(plan.steps.last().commands.contains(
            QStringLiteral("fsck -t ext4 -y %1; [ $? -le 1 ]").arg(target.resource.device())));
        QCOMPARE(
            DrbdRepairFlow::fileSystemRepair(QStringLiteral("xfs"), QStringLiteral("/dev/drbd8")),
            QStringLiteral("xfs_repair /dev/drbd8"));

        // Healthy: nothing to do; not reported anywhere: refused.
        DrbdStatus ok;
        QVERIFY(DrbdStatus::parse(QStringLiteral("kvstore_data role:Secondary\n  disk:UpToDate\n"
                                                 "  %1 role:Secondary\n    peer-disk:UpToDate\n")
                                      .arg(kHive1),
                                  ok, error));
        DrbdStatus ok1 = ok;
        ok1.peers[0].host = kHive0;
        plan = DrbdRepairFlow::plan(m_ctx, target, {{kHive0, ok}, {kHive1, ok1}}, {});
        QVERIFY2(plan.runnable() && plan.empty(), qPrintable(plan.preview()));
        QVERIFY(!DrbdRepairFlow::plan(m_ctx, target, {}, {}).runnable());
        DrbdRepairFlow::Options discard;
        discard.discard = kHive1;
        QVERIFY(DrbdRepairFlow::plan(m_ctx, target, {{kHive0, ok}, {kHive1, ok1}}, discard)
                    .refusal.contains(QStringLiteral("has none now")));

        // Split brain: the copies went on apart. Nothing is chosen for the
        // operator: refused, showing each copy, until --discard names one.
        DrbdStatus primary, secondary;
        QVERIFY(DrbdStatus::parse(QStringLiteral("kvstore_data role:Primary\n  disk:UpToDate\n"
                                                 "  %1 connection:StandAlone\n")
                                      .arg(kHive1),
                                  primary, error));
        QVERIFY(DrbdStatus::parse(QStringLiteral("kvstore_data role:Secondary\n  disk:UpToDate\n"
                                                 "  %1 connection:StandAlone\n")
                                      .arg(kHive0),
                                  secondary, error));
        const QHash<QString, DrbdStatus> split{{kHive0, primary}, {kHive1, secondary}};
        plan = DrbdRepairFlow::plan(m_ctx, target, split, {});
        QVERIFY2(plan.refusal.contains(QStringLiteral("split brain")) &&
                     plan.refusal.contains(kHive0 + QStringLiteral(": Primary, disk UpToDate")) &&
                     plan.refusal.contains(QStringLiteral("--discard HOST")),
                 qPrintable(plan.refusal));
        // The app offers each copy to discard, the one in use marked as such.
        QCOMPARE(plan.choices.size(), 2);
        QCOMPARE(
            plan.choices.at(0).arguments,
            (QStringList{QStringLiteral("recover"), QStringLiteral("drbd"),
                         QStringLiteral("kvstore_data"), QStringLiteral("--discard"), kHive0}));
        QVERIFY2(plan.choices.at(0).label.contains(QStringLiteral("the copy in use")),
                 qPrintable(plan.choices.at(0).label));
        QVERIFY(!plan.choices.at(1).label.contains(QStringLiteral("the copy in use")));
        for (const RecoveryPlan::Choice &c : plan.choices) {
            RecoveryRequest parsed;
            QVERIFY2(RecoveryRequest::parse(c.arguments, parsed, error), qPrintable(error));
        }
        plan = DrbdRepairFlow::plan(m_ctx, target, split, discard);
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        const QString commands = allCommands(plan);
        QVERIFY2(commands.contains(QStringLiteral("drbd-1:") + kHive1 +
                                   QStringLiteral("\ndrbdadm secondary kvstore_data && { drbdadm "
                                                  "disconnect kvstore_data; drbdadm connect "
                                                  "--discard-my-data kvstore_data; }")) &&
                     commands.contains(QStringLiteral("drbd-2:") + kHive0 +
                                       QStringLiteral("\ndrbdadm disconnect kvstore_data; "
                                                      "drbdadm connect kvstore_data")),
                 qPrintable(commands));
        QVERIFY(!commands.contains(kHive0 + QStringLiteral("\ndrbdadm secondary")));
        discard.discard = QStringLiteral("p-hive9");
        QVERIFY(DrbdRepairFlow::plan(m_ctx, target, split, discard)
                    .refusal.contains(QStringLiteral("no such copy")));
    }

    void requestsReadAndWriteTheirCommandLine()
    {
        // Every repair's words read back to the same command line.
        const QList<QStringList> good{
            {QStringLiteral("maintenance"), kHive1, QStringLiteral("on")},
            {QStringLiteral("maintenance"), kHive1, QStringLiteral("off"),
             QStringLiteral("--rebalance")},
            {QStringLiteral("maintenance"), kHive1, QStringLiteral("on"),
             QStringLiteral("--timeout"), QStringLiteral("60")},
            {QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("3")},
            {QStringLiteral("restore")},
            {QStringLiteral("recover"), QStringLiteral("manager"), kHive2},
            {QStringLiteral("recover"), QStringLiteral("quorum")},
            {QStringLiteral("recover"), QStringLiteral("node"), kHive1},
            {QStringLiteral("recover"), QStringLiteral("units"), QStringLiteral("a.service"),
             QStringLiteral("--disable")},
            {QStringLiteral("recover"), QStringLiteral("disk"), QStringLiteral("--all-images")},
            {QStringLiteral("recover"), QStringLiteral("drbd"), QStringLiteral("v"),
             QStringLiteral("--fsck")},
            {QStringLiteral("recover"), QStringLiteral("resume")},
            {QStringLiteral("recover"), QStringLiteral("drbd"), QStringLiteral("v"),
             QStringLiteral("--discard"), kHive1},
            {QStringLiteral("recover"), QStringLiteral("quorum"), kHive0,
             QStringLiteral("--risk-split-brain")},
            {QStringLiteral("restore"), QStringLiteral("--risk-split-brain")}};
        for (const QStringList &words : good) {
            RecoveryRequest r;
            QString error;
            QVERIFY2(RecoveryRequest::parse(words, r, error), qPrintable(error));
            QCOMPARE(r.words(), words);
        }
        RecoveryRequest r;
        QString error;
        QVERIFY(RecoveryRequest::parse({QStringLiteral("recover"), QStringLiteral("units"),
                                        QStringLiteral("u.service"), QStringLiteral("--restart")},
                                       r, error));
        QCOMPARE(r.kind, RecoveryRequest::Kind::Units);
        QCOMPARE(r.unitAction, UnitRepairFlow::Action::Restart);
        QCOMPARE(r.commandLine(), QStringLiteral("hive recover units u.service --restart"));
        for (const QStringList &bad : QList<QStringList>{
                 {QStringLiteral("recover")},
                 {QStringLiteral("recover"), QStringLiteral("drbd")},
                 {QStringLiteral("recover"), QStringLiteral("node")},
                 {QStringLiteral("recover"), QStringLiteral("quorum"), QStringLiteral("--fsck")},
                 {QStringLiteral("recover"), QStringLiteral("resume"), kHive1},
                 {QStringLiteral("recover"), QStringLiteral("manager"), kHive1,
                  QStringLiteral("--risk-split-brain")},
                 {QStringLiteral("maintenance"), kHive1},
                 {QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("x")},
                 {QStringLiteral("frobnicate")}}) {
            QVERIFY2(!RecoveryRequest::parse(bad, r, error),
                     qPrintable(bad.join(QLatin1Char(' '))));
            QVERIFY(!error.isEmpty());
        }
    }

    // What a repair took away is on disk before it is taken, owner only;
    // doctor names each entry and its resume; the resume puts each back on
    // its host and is refused for what it cannot read or place.
    void anInterruptedRepairIsResumedFromItsJournal()
    {
        QTemporaryDir dir;
        const auto ctx = RecoveryContext::make(QStringLiteral("private"), {kHive0, kHive1, kHive2},
                                               {}, QStringLiteral("admin"), dir.path());
        const RepairJournal journal = ctx->journal();
        QVERIFY(journal.empty());
        RecoveryPlan plan = RepairResumeFlow::plan(ctx, LoadedInventory{});
        QVERIFY(plan.runnable() && plan.empty());
        QVERIFY(RepairJournalHealth::check(dir.path()).isEmpty());

        QString error;
        RepairJournal::Entry bad;
        bad.id = QStringLiteral("../escape");
        bad.host = kHive0;
        bad.undo = QStringLiteral("true");
        QVERIFY(!journal.record(bad, error));
        QVERIFY2(error.contains(QStringLiteral("../escape")), qPrintable(error));
        QCOMPARE(RepairJournal::idOf({QStringLiteral("backup"), kHive1, QStringLiteral("Dock er")}),
                 QStringLiteral("backup-p-hive1.offline-web.example.jp-dock-er"));

        const RepairJournal::Entry paused =
            ServicePause::journalEntry(kHive0, QStringLiteral("web"), QStringLiteral("2"));
        QCOMPARE(paused.undo, QStringLiteral("docker service scale -d web=2"));
        QVERIFY(journal.record(paused, error));
        RepairJournal::Entry docker;
        docker.id = QStringLiteral("backup-p-hive1-docker");
        docker.operation = QStringLiteral("backup");
        docker.host = kHive1;
        docker.taken = QStringLiteral("docker stopped on p-hive1");
        docker.undo = QStringLiteral("systemctl start docker.service");
        docker.check = QStringLiteral("systemctl is-active --quiet docker.service");
        docker.at = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(journal.record(docker, error));
        const QFileInfo file(journal.dir() + QStringLiteral("/backup-p-hive1-docker.json"));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions{});
        QCOMPARE(QFileInfo(journal.dir()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions{});

        const QList<RepairJournal::Entry> entries = journal.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, paused.id); // oldest first
        QCOMPARE(entries.at(1).undo, docker.undo);

        const QList<HealthCheck> found = RepairJournalHealth::check(dir.path());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(1).severity, HealthCheck::Severity::Critical);
        QVERIFY2(found.at(1).summary.startsWith(
                     QStringLiteral("an interrupted backup left docker stopped on p-hive1")),
                 qPrintable(found.at(1).summary));
        QCOMPARE(found.at(1).repair,
                 (QStringList{QStringLiteral("recover"), QStringLiteral("resume")}));
        QVERIFY(found.at(0).summary.contains(QStringLiteral("service web scaled from 2 to 0")));

        plan = RepairResumeFlow::plan(ctx, LoadedInventory{});
        QVERIFY2(plan.runnable(), qPrintable(plan.refusal));
        QCOMPARE(plan.operation, QStringLiteral("resume"));
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps.at(0).hosts, QStringList{kHive0});
        QCOMPARE(plan.steps.at(0).commands.last(), paused.undo);
        QCOMPARE(plan.steps.at(1).hosts, QStringList{kHive1});
        QVERIFY(plan.preview().contains(QStringLiteral("docker stopped on p-hive1")));

        // A host that is not the stage's, and a file that cannot be read.
        RepairJournal::Entry stranger = docker;
        stranger.id = QStringLiteral("backup-elsewhere-docker");
        stranger.host = QStringLiteral("elsewhere.example.jp");
        QVERIFY(journal.record(stranger, error));
        QVERIFY(RepairResumeFlow::plan(ctx, LoadedInventory{})
                    .refusal.contains(QStringLiteral("elsewhere")));
        QVERIFY(journal.resolve(stranger.id, error));
        QFile broken(journal.dir() + QStringLiteral("/broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QVERIFY(RepairResumeFlow::plan(ctx, LoadedInventory{})
                    .refusal.contains(QStringLiteral("broken.json")));
        QCOMPARE(RepairJournalHealth::check(dir.path()).size(), 3);
        QVERIFY(broken.remove());

        QVERIFY(journal.resolve(paused.id, error) && journal.resolve(docker.id, error));
        QVERIFY(journal.resolve(docker.id, error)); // twice: harmless
        QVERIFY(journal.empty());
    }

    // An undo is never cut short: remote commands run without the cancel
    // flag while one runs, in any thread.
    void anUndoIgnoresCancellation()
    {
        std::atomic_bool cancel{true};
        QCOMPARE(UndoScope::unlessUndoing(&cancel), &cancel);
        QVERIFY(!UndoScope::active());
        {
            const UndoScope undoing;
            QVERIFY(UndoScope::active());
            QCOMPARE(UndoScope::unlessUndoing(&cancel), nullptr);
            const UndoScope nested;
            QVERIFY(UndoScope::active());
        }
        QVERIFY(!UndoScope::active());
        QCOMPARE(UndoScope::unlessUndoing(&cancel), &cancel);
    }

    void aScheduledBackupIsDueWhenTheNewestIsOld()
    {
        QTemporaryDir dir;
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0, 0), Qt::UTC);
        const QStringList hives{QStringLiteral("h1"), QStringLiteral("h2")};
        QDateTime newest;
        // None yet: due as soon as a schedule is chosen; never when it is not.
        QVERIFY(BackupSchedule::due(dir.path(), hives, 24, now, &newest));
        QVERIFY(!newest.isValid());
        QVERIFY(!BackupSchedule::due(dir.path(), hives, 0, now));
        QDir().mkpath(dir.filePath(QStringLiteral("backups")));
        for (const auto &[host, hoursAgo] :
             {std::pair{QStringLiteral("h1"), 30}, std::pair{QStringLiteral("h2"), 5}}) {
            QFile f(dir.filePath(QStringLiteral("backups/")) +
                    SwarmArchive::fileName(host, QStringLiteral("20.10"),
                                           now.addSecs(-3600 * hoursAgo)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        // The newest of any hive counts (5 hours old).
        QVERIFY(!BackupSchedule::due(dir.path(), hives, 24, now, &newest));
        QCOMPARE(newest, now.addSecs(-3600 * 5));
        QVERIFY(BackupSchedule::due(dir.path(), hives, 4, now));
        // Archives of hosts that are no longer hives do not count.
        QVERIFY(BackupSchedule::due(dir.path(), {QStringLiteral("h1")}, 24, now));
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
