// The recovery drills end to end on a test bed of their own (run beside the
// setup-hosts suite's): the swarm's repairs and backups on a real 3-manager
// swarm with a workload (a replicated service, an overlay network and a
// file in a volume) that must be kept through every one of them, and their
// interruptions (Ctrl-C, SIGHUP, SIGKILL) at the moment something is taken
// away. Skips where the bed cannot run, except under CI.
#include "project/context_file.h"
#include "remote/docker_client.h"
#include "tests/e2e/swarm_bed.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QThreadPool>
#include <QtTest>
#include <csignal>
#include <functional>

using namespace hive;

class TestRecoveryDrillsE2e : public QObject
{
    Q_OBJECT

    SwarmBed m_bed{QStringLiteral("drills.test"), 244, 233};
    QString m_ready; // empty when the bed can run

    // What the drills' workload must keep through a repair: the service,
    // its network and the file in its volume. Empty when all are there.
    QString workloadLost(const QString &marker) const
    {
        QStringList lost;
        if (!m_bed.inNode(0, QStringLiteral("docker service ls --format '{{.Name}}'"))
                 .contains(QStringLiteral("drill")))
            lost << QStringLiteral("service drill");
        if (!m_bed.inNode(0, QStringLiteral("docker network ls --format '{{.Name}}'"))
                 .contains(QStringLiteral("drill_net")))
            lost << QStringLiteral("network drill_net");
        const QString file = m_bed.inNode(0, marker);
        if (file != QLatin1String("kept"))
            lost << QStringLiteral("the volume's file (%1)").arg(file);
        return lost.join(QStringLiteral(", "));
    }

    // The first journal entry matching `pattern` that the running repair
    // `p` writes, polled until it ends or 180 s since `t`; empty if none.
    static QString journalEntry(const QString &journal, const QString &pattern, const QProcess &p,
                                const QElapsedTimer &t)
    {
        QString entry;
        while (entry.isEmpty() && t.elapsed() < 180000 && p.state() == QProcess::Running) {
            entry = QDir(journal).entryList({pattern}, QDir::Files).value(0);
            if (entry.isEmpty())
                QThread::msleep(20);
        }
        return entry;
    }

    // The host a journal entry names.
    static QString hostOf(const QString &journal, const QString &entry)
    {
        return QJsonDocument::fromJson(ContextFile::read(journal + QLatin1Char('/') + entry))
            .object()
            .value(QStringLiteral("host"))
            .toString();
    }

    // docker.service's state on hive `index` once it is active or 60 s passed.
    QString dockerActiveAgain(int index) const
    {
        QString engine;
        for (int i = 0; i < 60 && engine != QLatin1String("active"); ++i) {
            engine = m_bed.inNode(index, QStringLiteral("systemctl is-active docker.service"));
            if (engine != QLatin1String("active"))
                QThread::msleep(1000);
        }
        return engine;
    }

    // Every manager loses its swarm state (seeds/001).
    void loseEveryManager() const
    {
        for (int i = 0; i < 3; ++i)
            m_bed.inNode(i,
                         QStringLiteral("systemctl stop docker.service docker.socket; rm -rf "
                                        "/var/lib/docker/swarm; systemctl start docker.service"));
    }

    // A restore cut by `signal` while docker is stopped for it on the
    // backup's host: docker runs again there, nothing is left in the
    // journal once doctor's resume ran, and what doctor names next (the
    // restored state is there without its cluster: `recover quorum`)
    // brings back the hive with its workload.
    void interruptRestore(int signal, const QString &marker) const
    {
        loseEveryManager();
        QElapsedTimer t;
        t.start();
        const QString journal = m_bed.filePath(QStringLiteral(".hive/private/journal"));
        QProcess p;
        p.start(QStringLiteral(HIVE_BINARY), {QStringLiteral("-r"), m_bed.dir(),
                                              QStringLiteral("restore"), QStringLiteral("-y")});
        QVERIFY(p.waitForStarted());
        const QString entry = journalEntry(journal, QStringLiteral("restore-*-docker.json"), p, t);
        QVERIFY2(!entry.isEmpty(), p.readAllStandardOutput() + p.readAllStandardError());
        const QString host = hostOf(journal, entry);
        const int index = int(m_bed.hosts().indexOf(host));
        QVERIFY2(index >= 0, qPrintable(entry));
        // Into the moment docker is stopped there (polled on the host: the
        // unit runs for a few seconds only).
        const QString unit = m_bed.inNode(
            index, QStringLiteral("for i in $(seq 1500); do systemctl is-active --quiet "
                                  "hive-swarm-restore.service && break; sleep 0.02; done; "
                                  "systemctl is-active hive-swarm-restore.service"));
        ::kill(pid_t(p.processId()), signal);
        QCOMPARE(unit, QStringLiteral("active"));
        QVERIFY(p.waitForFinished(300000));
        const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
        QCOMPARE(dockerActiveAgain(index), QStringLiteral("active"));
        HiveCliRun r;
        if (signal == SIGKILL) {
            QVERIFY(QFileInfo::exists(journal + QLatin1Char('/') + entry));
            r = m_bed.hive({QStringLiteral("doctor")});
            QVERIFY2(
                r.out.contains("an interrupted restore left docker stopped on " + host.toUtf8()) &&
                    r.out.contains("hive recover resume"),
                qPrintable(r.describe()));
            r = m_bed.hive(
                {QStringLiteral("recover"), QStringLiteral("resume"), QStringLiteral("-y")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        } else {
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() != 0 &&
                         said.contains("interrupt") && said.contains("hive recover quorum"),
                     said.constData());
        }
        QVERIFY2(QDir(journal).isEmpty(QDir::Files), said.constData());
        const double stopped = double(t.elapsed()) / 1000.0;
        // The swarm state is back on the host, without its cluster.
        r = m_bed.hive({QStringLiteral("doctor")});
        QVERIFY2(r.out.contains("hive recover quorum"), qPrintable(r.describe()));
        r = m_bed.hive({QStringLiteral("recover"), QStringLiteral("quorum"), QStringLiteral("-y")});
        if (r.exitCode != 0) {
            for (const QString &line : r.describe().split(QLatin1Char('\n')))
                qInfo("first run: %s", qPrintable(line));
            qWarning("hive recover quorum failed once; running it again");
            r = m_bed.hive(
                {QStringLiteral("recover"), QStringLiteral("quorum"), QStringLiteral("-y")});
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString notThree = m_bed.threeReadyManagers(60);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree + r.describe()));
        QCOMPARE(workloadLost(marker), QString());
        qInfo("drill restore interrupted by %s while docker was stopped on %s: docker running "
              "again%s in %.1f s; recover quorum (as doctor said) finished it, workload kept, "
              "%.1f s all told",
              signal == SIGINT ? "Ctrl-C" : "SIGKILL", qPrintable(host),
              signal == SIGKILL ? " after recover resume" : "", stopped,
              double(t.elapsed()) / 1000.0);
    }

private slots:
    // The hive the drills work on: built, set up, with the registry's probe image.
    void initTestCase()
    {
        m_ready = m_bed.prepare();
        if (!m_ready.isEmpty())
            return;
        HiveCliRun r = m_bed.hive({QStringLiteral("build-infra")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_bed.hive({QStringLiteral("setup-hosts")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString pushed = m_bed.pushProbeImage();
        QVERIFY2(pushed.endsWith(QStringLiteral("pushed")), qPrintable(pushed));
    }

    // The swarm extensions (manual, chapter 9) on the hive: a one-replica
    // service with HIVE_VIP makes the node running its task answer on the
    // address; draining that node moves the task and the address with it;
    // a HIVE_MARK leader takes the node label, and a member constrained to
    // it, along when it moves; an engine restart on the holder leaves one
    // holder; removing the services leaves no address and no label.
    void swarmExtensionsFollowTheTask()
    {
        HIVE_REQUIRE_BED(m_ready);
        const QString vip =
            m_bed.address(0).section(QLatin1Char('.'), 0, 2) + QStringLiteral(".200");
        QStringList names; // each hive's host name, as the swarm names its node
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_bed.inNode(i, QStringLiteral("systemctl is-active follow-swarm-service")),
                     QStringLiteral("active"));
            names << m_bed.inNode(i, QStringLiteral("hostname"));
        }
        const auto holders = [&] {
            QStringList out;
            for (int i = 0; i < 4; ++i) {
                if (m_bed.inNode(i, QStringLiteral("ip -o -4 addr show | grep -c ' %1/' || true")
                                        .arg(vip)) != QLatin1String("0"))
                    out << (i < 3 ? names.at(i) : QStringLiteral("the repository"));
            }
            return out;
        };
        const auto taskNode = [&](const char *service) {
            return m_bed.inNode(
                0, QStringLiteral("docker service ps %1 --filter desired-state=running --format "
                                  "'{{.Node}} {{.CurrentState}}' | grep Running | cut -d' ' -f1")
                       .arg(QLatin1String(service)));
        };
        // Asked from the repository server: its ARP cache must follow.
        const auto answers = [&] {
            return m_bed.inNode(
                       3, QStringLiteral("ping -c 1 -W 1 %1 >/dev/null && echo yes").arg(vip)) ==
                   QLatin1String("yes");
        };
        const auto labelled = [&] {
            return m_bed.inNode(
                0, QStringLiteral(
                       "for n in $(docker node ls -q); do docker node inspect -f "
                       "'{{.Description.Hostname}} {{index .Spec.Labels \"probe-leader\"}}' "
                       "$n; done | grep ' true$' | cut -d' ' -f1 | tr '\\n' ' ' | xargs"));
        };
        // True once `ok` held for 3 s running (a task may still be placed
        // right after its service is made), else false after `seconds`.
        const auto settled = [](const std::function<bool()> &ok, int seconds) {
            int streak = 0;
            for (int i = 0; i < seconds; ++i) {
                streak = ok() ? streak + 1 : 0;
                if (streak >= 3)
                    return true;
                QThread::msleep(1000);
            }
            return false;
        };
        // True at the first time `ok` holds (for timing a move).
        const auto until = [](const std::function<bool()> &ok, int seconds) {
            for (int i = 0; i < seconds; ++i) {
                if (ok())
                    return true;
                QThread::msleep(1000);
            }
            return false;
        };
        const auto maintenance = [&](const QString &node, const char *onOff) {
            return m_bed.hive({QStringLiteral("maintenance"), m_bed.hosts().at(names.indexOf(node)),
                               QLatin1String(onOff), QStringLiteral("-y")});
        };
        m_bed.inNode(
            0, QStringLiteral(
                   "docker service create -d --with-registry-auth --name vip --label HIVE_VIP=%1 "
                   "--constraint node.role==manager %2/probe:1 /bin/sleep 1000000 >/dev/null && "
                   "docker service create -d --with-registry-auth --name leader --label "
                   "HIVE_MARK=probe-leader --constraint node.role==manager %2/probe:1 /bin/sleep "
                   "1000000 >/dev/null && docker service create -d --with-registry-auth --name "
                   "member --constraint node.labels.probe-leader==true %2/probe:1 /bin/sleep "
                   "1000000 >/dev/null")
                   .arg(vip, m_bed.registry()));
        QVERIFY2(settled(
                     [&] {
                         const QString on = taskNode("vip");
                         return !on.isEmpty() && holders() == QStringList{on} && answers();
                     },
                     90),
                 qPrintable(QStringLiteral("task on %1, address on %2")
                                .arg(taskNode("vip"), holders().join(QLatin1Char(',')))));

        // The daemon restarted (setup-hosts upgrading it): the address stays.
        const QString first = taskNode("vip");
        m_bed.inNode(names.indexOf(first),
                     QStringLiteral("systemctl restart follow-swarm-service; sleep 3"));
        QVERIFY2(holders() == QStringList{first} && answers(),
                 qPrintable(holders().join(QLatin1Char(','))));

        // Its node drained: the task moves, the address follows.
        QElapsedTimer t;
        t.start();
        HiveCliRun r = maintenance(first, "on");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QString moved;
        double taskMoved = 0;
        QVERIFY2(until(
                     [&] {
                         moved = taskNode("vip");
                         if (taskMoved == 0 && !moved.isEmpty() && moved != first)
                             taskMoved = double(t.elapsed()) / 1000.0;
                         return taskMoved > 0 && holders() == QStringList{moved} && answers();
                     },
                     90),
                 qPrintable(QStringLiteral("task on %1, address on %2")
                                .arg(moved, holders().join(QLatin1Char(',')))));
        const double answered = double(t.elapsed()) / 1000.0;
        qInfo("HIVE_VIP: %s drained; the task ran on %s after %.1f s, and %s answered there "
              "%.1f s after the drain (%.1f s after the task moved)",
              qPrintable(first), qPrintable(moved), taskMoved, qPrintable(vip), answered,
              answered - taskMoved);
        QVERIFY2(answered - taskMoved <= 10.0, "the address took over 10 s to follow its task");
        r = maintenance(first, "off");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // The leader's node has the label, and the member runs there; its
        // node drained, both move and the label with them.
        QVERIFY2(settled(
                     [&] {
                         const QString leader = taskNode("leader");
                         return !leader.isEmpty() && labelled() == leader &&
                                taskNode("member") == leader;
                     },
                     120),
                 qPrintable(QStringLiteral("leader on %1, label on %2, member on %3")
                                .arg(taskNode("leader"), labelled(), taskNode("member"))));
        const QString leaderWas = taskNode("leader");
        t.restart();
        r = maintenance(leaderWas, "on");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(until(
                     [&] {
                         const QString leader = taskNode("leader");
                         return !leader.isEmpty() && leader != leaderWas && labelled() == leader &&
                                taskNode("member") == leader;
                     },
                     120),
                 qPrintable(QStringLiteral("leader on %1, label on %2, member on %3")
                                .arg(taskNode("leader"), labelled(), taskNode("member"))));
        qInfo("HIVE_MARK: %s drained; the leader, its label and the member on %s in %.1f s",
              qPrintable(leaderWas), qPrintable(taskNode("leader")), double(t.elapsed()) / 1000.0);
        r = maintenance(leaderWas, "off");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // The holder's engine restarted: one holder, where the task runs.
        const QString holder = taskNode("vip");
        m_bed.inNode(names.indexOf(holder), QStringLiteral("systemctl restart docker"));
        QVERIFY2(settled(
                     [&] {
                         const QString on = taskNode("vip");
                         return !on.isEmpty() && holders() == QStringList{on} && answers();
                     },
                     120),
                 qPrintable(QStringLiteral("task on %1, address on %2")
                                .arg(taskNode("vip"), holders().join(QLatin1Char(',')))));
        const QString notReady = m_bed.threeReadyManagers(120);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

        // Gone with their services.
        m_bed.inNode(0, QStringLiteral("docker service rm vip leader member >/dev/null"));
        QVERIFY2(until([&] { return holders().isEmpty() && labelled().isEmpty(); }, 60),
                 qPrintable(holders().join(QLatin1Char(',')) + QLatin1Char(' ') + labelled()));
    }

    void recoveryDrills()
    {
        HIVE_REQUIRE_BED(m_ready);
        // About ten minutes of rebuilding hosts, run once per CI run: the bed
        // suites are not in the ASan pass (tst_recovery_plans runs the same
        // flows' plans there).
        DockerClient docker(m_bed.engine());
        const QString notReady = m_bed.threeReadyManagers(90);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

        // A repair whose follow-up phases fail on a busy machine is run
        // again, as its operator would (they are safe to repeat); the
        // first failure is printed whole and counted.
        const auto repair = [this](const QStringList &args) {
            HiveCliRun run = m_bed.hive(args + QStringList{QStringLiteral("-y")});
            if (run.exitCode != 0) {
                for (const QString &line : run.describe().split(QLatin1Char('\n')))
                    qInfo("first run: %s", qPrintable(line));
                qWarning("hive %s failed once; running it again",
                         qPrintable(args.join(QLatin1Char(' '))));
                run = m_bed.hive(args + QStringList{QStringLiteral("-y")});
            }
            return run;
        };

        // A workload with a volume, a network and a file written before the drills.
        m_bed.inNode(
            0,
            QStringLiteral(
                "docker network create -d overlay drill_net >/dev/null; "
                "docker service create -d --with-registry-auth --name drill --replicas 3 --network "
                "drill_net --mount source=drill_data,target=/data %1/probe:1 "
                "/bin/dash -c 'echo kept > /data/marker; while :; do sleep 5; "
                "done' >/dev/null")
                .arg(m_bed.registry()));
        const auto runningOn = [this] {
            return m_bed.inNode(0,
                                QStringLiteral("docker service ps drill --filter "
                                               "desired-state=running --format '{{.Node}} "
                                               "{{.CurrentState}}' | grep Running | cut -d' ' -f1 "
                                               "| sort | uniq | tr '\\n' ' '"));
        };
        const auto replicas = [this] {
            return m_bed.inNode(
                0, QStringLiteral("docker service ls --format '{{.Replicas}}' --filter "
                                  "name=drill"));
        };
        QVERIFY2(SwarmBed::waitUntil([&] { return replicas() == QLatin1String("3/3"); }, 180),
                 qPrintable(replicas()));
        const QString marker =
            QStringLiteral("cat $(docker volume inspect -f '{{.Mountpoint}}' drill_data)/marker");
        QCOMPARE(m_bed.inNode(0, marker), QStringLiteral("kept"));

        // Maintenance on: p-hive1's task moves away; off: active again.
        QElapsedTimer t;
        t.start();
        HiveCliRun r = m_bed.hive({QStringLiteral("maintenance"), m_bed.hosts().at(1),
                                   QStringLiteral("on"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!runningOn().contains(m_bed.hosts().at(1)), qPrintable(runningOn()));
        QVERIFY2(SwarmBed::waitUntil([&] { return replicas() == QLatin1String("3/3"); }, 180),
                 qPrintable(replicas()));
        qInfo("drill maintenance: p-hive1 drained and its task moved in %.1f s, nothing lost",
              double(t.elapsed()) / 1000.0);
        r = m_bed.hive({QStringLiteral("maintenance"), m_bed.hosts().at(1), QStringLiteral("off"),
                        QStringLiteral("--rebalance"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(
            m_bed.inNode(0, QStringLiteral("docker node inspect -f '{{.Spec.Availability}}' %1")
                                .arg(m_bed.hosts().at(1))),
            QStringLiteral("active"));

        // Maintenance cut short once the drain is recorded: Ctrl-C puts the
        // node back at once; a killed run leaves the entry, doctor names it
        // and `hive recover resume` puts it back.
        const QString maintenanceJournal = m_bed.filePath(QStringLiteral(".hive/private/journal"));
        for (const int signal : {SIGINT, SIGKILL}) {
            // The swarm does not move tasks back to a node made active
            // again: without a task on the node, the drain ends before it
            // can be interrupted (met in a rehearsal). Spread them first.
            // (Only a task there is waited for: all three back is the check
            // after the rounds.)
            m_bed.inNode(0, QStringLiteral("docker service update -d --force drill >/dev/null"));
            QVERIFY2(
                SwarmBed::waitUntil([&] { return runningOn().contains(m_bed.hosts().at(2)); }, 180),
                qPrintable(runningOn() + QLatin1Char(' ') + replicas()));
            t.restart();
            QProcess p;
            p.start(QStringLiteral(HIVE_BINARY),
                    {QStringLiteral("-r"), m_bed.dir(), QStringLiteral("maintenance"),
                     m_bed.hosts().at(2), QStringLiteral("on"), QStringLiteral("-y")});
            QVERIFY(p.waitForStarted());
            while (t.elapsed() < 120000 && p.state() == QProcess::Running &&
                   QDir(maintenanceJournal)
                       .entryList({QStringLiteral("maintenance-*.json")}, QDir::Files)
                       .isEmpty())
                QThread::msleep(20);
            QVERIFY2(p.state() == QProcess::Running,
                     "the maintenance ended before it could be interrupted");
            ::kill(pid_t(p.processId()), signal);
            QVERIFY(p.waitForFinished(120000));
            const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
            if (signal == SIGKILL) {
                r = m_bed.hive({QStringLiteral("doctor")});
                QVERIFY2(r.out.contains("an interrupted maintenance left " +
                                        m_bed.hosts().at(2).toUtf8() + " drained") &&
                             r.out.contains("hive recover resume"),
                         qPrintable(r.describe()));
                r = m_bed.hive(
                    {QStringLiteral("recover"), QStringLiteral("resume"), QStringLiteral("-y")});
                QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            } else {
                QVERIFY2(said.contains("active again"), said.constData());
            }
            QVERIFY2(QDir(maintenanceJournal).isEmpty(QDir::Files), said.constData());
            QCOMPARE(
                m_bed.inNode(0, QStringLiteral("docker node inspect -f '{{.Spec.Availability}}' %1")
                                    .arg(m_bed.hosts().at(2))),
                QStringLiteral("active"));
            qInfo("drill maintenance interrupted by %s: %s active again in %.1f s",
                  signal == SIGINT ? "Ctrl-C" : "SIGKILL (then recover resume)",
                  qPrintable(m_bed.hosts().at(2)), double(t.elapsed()) / 1000.0);
        }
        // (Met once in CI: 2/3 for 180 s after the resume. Where each task
        // is and why is printed to find out next time.)
        QVERIFY2(SwarmBed::waitUntil([&] { return replicas() == QLatin1String("3/3"); }, 180),
                 qPrintable(
                     replicas() + QLatin1Char('\n') +
                     m_bed.inNode(0, QStringLiteral("docker node ls; docker service ps --no-trunc "
                                                    "--format '{{.Name}} {{.Node}} "
                                                    "{{.DesiredState}} {{.CurrentState}} "
                                                    "{{.Error}}' drill | head -20"))));

        // A node that stops reporting (met in CI: listed as down while its
        // engine answers and its manager is reachable). Made here by
        // refusing p-hive1's own connections to port 2377 until its engine
        // restarts (a drop-in lifts the block then): the doctor names it
        // with `recover node`, and that repair brings it back.
        t.restart();
        m_bed.inNode(
            1, QStringLiteral("iptables -I OUTPUT -p tcp --dport 2377 -j REJECT; mkdir -p "
                              "/etc/systemd/system/docker.service.d; printf "
                              "'[Service]\\nExecStartPre=-/usr/sbin/iptables -D OUTPUT -p tcp "
                              "--dport 2377 -j REJECT\\n' > "
                              "/etc/systemd/system/docker.service.d/hive-drill.conf; "
                              "systemctl daemon-reload"));
        const auto nodeStatus = [this] {
            return m_bed.inNode(0, QStringLiteral("docker node inspect -f '{{.Status.State}} "
                                                  "{{.ManagerStatus.Reachability}}' %1")
                                       .arg(m_bed.hosts().at(1)));
        };
        QVERIFY2(SwarmBed::waitUntil(
                     [&] { return nodeStatus() == QLatin1String("down reachable"); }, 60),
                 qPrintable(m_bed.nodeList()));
        const double silent = double(t.elapsed()) / 1000.0;
        r = m_bed.hive({QStringLiteral("doctor")});
        const double doctorTook = double(r.elapsedMs) / 1000.0;
        QVERIFY2(r.exitCode == 3 && r.out.contains("is down although its engine answers") &&
                     r.out.contains("hive recover node " + m_bed.hosts().at(1).toUtf8()),
                 qPrintable(r.describe()));
        t.restart();
        r = m_bed.hive({QStringLiteral("recover"), QStringLiteral("node"), m_bed.hosts().at(1),
                        QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("reports to the swarm again"),
                 qPrintable(r.describe()));
        QCOMPARE(nodeStatus(), QStringLiteral("ready reachable"));
        QVERIFY2(SwarmBed::waitUntil([&] { return replicas() == QLatin1String("3/3"); }, 180),
                 qPrintable(replicas()));
        qInfo("drill node stops reporting: down in %.1f s, doctor %.1f s, engine restarted and "
              "ready in %.1f s, nothing lost",
              silent, doctorTook, double(t.elapsed()) / 1000.0);
        m_bed.inNode(1,
                     QStringLiteral("rm -f /etc/systemd/system/docker.service.d/hive-drill.conf; "
                                    "systemctl daemon-reload"));

        // One manager down: maintenance on another is refused (seeds/003).
        t.restart();
        QVERIFY(docker.stopContainer(m_bed.hosts().at(2), 1).ok);
        QVERIFY(
            SwarmBed::waitUntil([&] { return m_bed.managersReady() == QLatin1String("2"); }, 60));
        const double detected = double(t.elapsed()) / 1000.0;
        r = m_bed.hive({QStringLiteral("maintenance"), m_bed.hosts().at(0), QStringLiteral("on"),
                        QStringLiteral("-y")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("more than half") && r.out.contains(m_bed.hosts().at(2).toUtf8()),
                 qPrintable(r.describe()));
        QCOMPARE(
            m_bed.inNode(0, QStringLiteral("docker node inspect -f '{{.Spec.Availability}}' %1")
                                .arg(m_bed.hosts().at(0))),
            QStringLiteral("active"));

        // ... and the lost manager is replaced: 3 ready managers again.
        t.restart();
        r = m_bed.hive({QStringLiteral("recover"), QStringLiteral("manager"), m_bed.hosts().at(2),
                        QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QString notThree = m_bed.threeReadyManagers(30);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree + r.describe()));
        QCOMPARE(workloadLost(marker), QString());
        qInfo("drill one manager lost: detected in %.1f s, replaced in %.1f s, nothing lost",
              detected, double(t.elapsed()) / 1000.0);

        // A partition, not a loss: this machine and one manager (not the
        // leader) are cut off from the two others, which keep the swarm and
        // its leader between them and still answer the repository server.
        // The one cut off sees no leader, and recover quorum is refused:
        // p-hive3 reaches their swarm port, so forcing a new cluster there
        // would run the swarm twice.
        t.restart();
        const QString managers = m_bed.inNode(
            0, QStringLiteral("docker node ls --format '{{.Hostname}} {{.ManagerStatus}}'"));
        int alone = -1;
        for (int i = 0; i < 3 && alone < 0; ++i) {
            const bool leads = managers.contains(m_bed.hosts().at(i) + QStringLiteral(" Leader"));
            if (!leads)
                alone = i;
        }
        QVERIFY2(alone >= 0, qPrintable(managers));
        const QString gateway =
            m_bed.inNode(alone, QStringLiteral("ip route | awk '/^default/ {print $3; exit}'"));
        const QString aloneAddress = m_bed.address(alone);
        QVERIFY2(!gateway.isEmpty(), "no default route in the node");
        const QString cut =
            QStringLiteral("iptables -%1 INPUT -s %2 -j DROP; iptables -%1 INPUT -s %3 -j DROP; "
                           "iptables -%1 OUTPUT -d %3 -j DROP");
        QList<int> majority;
        for (int i = 0; i < 3; ++i) {
            if (i != alone)
                majority << i;
        }
        for (int i : majority)
            m_bed.inNode(i, cut.arg(QStringLiteral("I"), gateway, aloneAddress));
        const bool partitioned = SwarmBed::waitUntil(
            [&] {
                return m_bed.inNode(alone, QStringLiteral("timeout 10 docker node ls 2>&1"))
                    .contains(QStringLiteral("does not have a leader"));
            },
            90);
        r = m_bed.hive({QStringLiteral("recover"), QStringLiteral("quorum"), QStringLiteral("-n")});
        for (int i : majority)
            m_bed.inNode(i, cut.arg(QStringLiteral("D"), gateway, aloneAddress));
        QVERIFY2(partitioned, qPrintable(m_bed.hosts().at(alone) + " still saw a leader across the "
                                                                   "partition"));
        QVERIFY2(r.exitCode != 0 && r.out.contains("--risk-split-brain") &&
                     r.out.contains("answers on its swarm port (2377) from " +
                                    m_bed.hosts().at(3).toUtf8()),
                 qPrintable(r.describe()));
        notThree = m_bed.threeReadyManagers(120);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree + r.describe()));
        QCOMPARE(workloadLost(marker), QString());
        qInfo("drill partition: %s cut off with this machine, no leader there; recover quorum "
              "refused (the majority answers p-hive3); healed, %.1f s all told",
              qPrintable(m_bed.hosts().at(alone)), double(t.elapsed()) / 1000.0);

        // Two of three down: no leader; quorum recovered from p-hive0.
        t.restart();
        QVERIFY(docker.stopContainer(m_bed.hosts().at(1), 1).ok);
        QVERIFY(docker.stopContainer(m_bed.hosts().at(2), 1).ok);
        QVERIFY(SwarmBed::waitUntil(
            [&] {
                return m_bed.inNode(0, QStringLiteral("timeout 10 docker node ls 2>&1"))
                    .contains(QStringLiteral("does not have a leader"));
            },
            60));
        const double noLeader = double(t.elapsed()) / 1000.0;
        t.restart();
        r = repair({QStringLiteral("recover"), QStringLiteral("quorum")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        notThree = m_bed.threeReadyManagers(60);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree + r.describe()));
        QCOMPARE(workloadLost(marker), QString());
        qInfo("drill quorum lost: no leader found in %.1f s, recovered in %.1f s; service, "
              "network and the volume's file kept",
              noLeader, double(t.elapsed()) / 1000.0);

        // A backup of the managers that are not the leader, kept 0600. Right
        // after a quorum recovery the rejoined managers may not all answer
        // in full yet, and the backup is refused saying which; it is run
        // once its plan is no longer refused, as its operator would.
        t.restart();
        QElapsedTimer waited;
        waited.start();
        HiveCliRun dry;
        while (true) {
            dry = m_bed.hive({QStringLiteral("backup"), QStringLiteral("-n")});
            if (!dry.out.contains("Refused") || waited.elapsed() > 180000)
                break;
            QThread::msleep(5000);
        }
        QVERIFY2(!dry.out.contains("Refused"), qPrintable(dry.describe()));
        if (waited.elapsed() > 10000)
            qInfo("the backup waited %.1f s for the managers to answer in full",
                  double(waited.elapsed()) / 1000.0);
        r = m_bed.hive({QStringLiteral("backup"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QFileInfoList archives =
            QDir(m_bed.filePath(QStringLiteral(".hive/private/backups")))
                .entryInfoList({QStringLiteral("swarm-*.tar.gz")}, QDir::Files);
        QCOMPARE(archives.size(), 2);
        for (const QFileInfo &a : archives)
            QVERIFY2(!(a.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)),
                     qPrintable(a.fileName()));
        notThree = m_bed.threeReadyManagers(60);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree + r.describe()));
        qInfo("drill backup: 2 managers archived one at a time in %.1f s",
              double(t.elapsed()) / 1000.0);

        // Interrupted backups (Ctrl-C while docker was stopped on a manager
        // used to leave it stopped). Ctrl-C once, a closed terminal (SIGHUP):
        // the manager being archived gets docker back first, then the run
        // stops, nothing left over. Ctrl-C twice: the same, and the second
        // says the undo runs on and how to stop it anyway. Killed outright:
        // the sequence ends on the host by itself, the journal keeps what was
        // taken, doctor names it, phases refuse, and `hive recover resume`
        // clears it.
        const QString journal = m_bed.filePath(QStringLiteral(".hive/private/journal"));
        struct Interruption
        {
            const char *name;
            QList<int> sent;
        };
        for (const Interruption &way :
             {Interruption{"Ctrl-C", {SIGINT}}, Interruption{"Ctrl-C twice", {SIGINT, SIGINT}},
              Interruption{"SIGHUP", {SIGHUP}}, Interruption{"SIGKILL", {SIGKILL}}}) {
            const int signal = way.sent.first();
            t.restart();
            QProcess p;
            p.start(QStringLiteral(HIVE_BINARY), {QStringLiteral("-r"), m_bed.dir(),
                                                  QStringLiteral("backup"), QStringLiteral("-y")});
            QVERIFY(p.waitForStarted());
            const QString entry =
                journalEntry(journal, QStringLiteral("backup-*-docker.json"), p, t);
            QVERIFY2(!entry.isEmpty(), p.readAllStandardOutput() + p.readAllStandardError());
            const QString host = hostOf(journal, entry);
            const int index = int(m_bed.hosts().indexOf(host));
            QVERIFY2(index >= 0, qPrintable(entry));
            // Into the moment docker is stopped there: the unit runs.
            QString unit;
            while (unit != QLatin1String("active") && t.elapsed() < 180000 &&
                   p.state() == QProcess::Running)
                unit = m_bed.inNode(index, QStringLiteral("systemctl is-active "
                                                          "hive-swarm-backup.service"));
            QCOMPARE(unit, QStringLiteral("active"));
            for (const int each : way.sent) {
                ::kill(pid_t(p.processId()), each);
                QThread::msleep(300);
            }
            QVERIFY(p.waitForFinished(300000));
            const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
            QCOMPARE(dockerActiveAgain(index), QStringLiteral("active"));
            if (signal != SIGKILL) {
                QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() != 0 &&
                             said.contains("interrupt"),
                         said.constData());
                QVERIFY2(QDir(journal).isEmpty(QDir::Files), said.constData());
                if (way.sent.size() > 1)
                    QVERIFY2(said.contains("putting back what the repair took away") &&
                                 said.contains("hive recover resume"),
                             said.constData());
            } else {
                QVERIFY(QFileInfo::exists(journal + QLatin1Char('/') + entry));
                r = m_bed.hive({QStringLiteral("doctor")});
                QVERIFY2(r.out.contains("an interrupted backup left docker stopped on " +
                                        host.toUtf8()) &&
                             r.out.contains("hive recover resume"),
                         qPrintable(r.describe()));
                r = m_bed.hive({QStringLiteral("deploy-services")});
                QVERIFY2(r.exitCode == 1 && r.err.contains("hive recover resume"),
                         qPrintable(r.describe()));
                r = m_bed.hive(
                    {QStringLiteral("recover"), QStringLiteral("resume"), QStringLiteral("-y")});
                QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
                QVERIFY2(QDir(journal).isEmpty(QDir::Files), qPrintable(r.describe()));
            }
            notThree = m_bed.threeReadyManagers(90);
            QVERIFY2(notThree.isEmpty(), qPrintable(notThree + QString::fromUtf8(said)));
            qInfo("drill backup interrupted by %s while %s was being archived: docker running "
                  "again, %s; %.1f s",
                  way.name, qPrintable(host),
                  signal != SIGKILL ? "nothing left over" : "resumed from the journal",
                  double(t.elapsed()) / 1000.0);
        }

        // Every manager lost (seeds/001): the swarm state gone on all three,
        // restored from the newest backup; service, network and file kept.
        // First cut short with Ctrl-C while docker is stopped for the
        // restore (its few seconds are not cut; the run stops after them
        // and says how to finish), then finished the way doctor says. A
        // restore killed outright (SIGKILL) ends on the host the same way
        // as a killed backup, drilled above; HIVE_DRILL_ALL=1 drills it
        // too (about 80 s more, left out of CI's time).
        QList<int> restoreCuts{SIGINT};
        if (qEnvironmentVariableIsSet("HIVE_DRILL_ALL"))
            restoreCuts << SIGKILL;
        for (const int signal : restoreCuts) {
            interruptRestore(signal, marker);
            if (QTest::currentTestFailed())
                return;
        }
        loseEveryManager();
        r = m_bed.hive({QStringLiteral("doctor")});
        QVERIFY2(r.exitCode == 4 && r.out.contains("the swarm is lost") &&
                     r.out.contains("hive restore"),
                 qPrintable(r.describe()));
        t.restart();
        r = m_bed.hive({QStringLiteral("restore"), QStringLiteral("-y")});
        if (r.exitCode != 0) {
            // Once the swarm is back, a failed rejoin is finished the way
            // the refusal of a second restore says: setup-hosts.
            for (const QString &line : r.describe().split(QLatin1Char('\n')))
                qInfo("first run: %s", qPrintable(line));
            qWarning("hive restore failed once; rejoining with setup-hosts");
            r = m_bed.hive({QStringLiteral("setup-hosts")});
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        notThree = m_bed.threeReadyManagers(60);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree + r.describe()));
        QCOMPARE(workloadLost(marker), QString());
        qInfo("drill every manager lost: restored from the newest backup in %.1f s; service, "
              "network and the volume's file kept",
              double(t.elapsed()) / 1000.0);
        m_bed.inNode(
            0, QStringLiteral("docker service rm drill >/dev/null; sleep 5; docker network rm "
                              "drill_net"));
    }

    void cleanupTestCase()
    {
        // Worker threads that used OpenSSL (SSH, TLS) keep per-thread state
        // until they end: joined now, or LeakSanitizer reports it at exit.
        QThreadPool::globalInstance()->waitForDone();
        if (m_ready.isEmpty())
            m_bed.remove();
    }
};

QTEST_MAIN(TestRecoveryDrillsE2e)
#include "tst_recovery_drills_e2e.moc"
