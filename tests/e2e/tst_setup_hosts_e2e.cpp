// End to end on the test bed: `hive build-infra && hive setup-hosts` on a
// 4-host private stage (docker provider, separate repository), with the real
// `hive` binary, real SSH and real Docker. Afterwards: three managers in one
// swarm with their labels, the Docker API on 2376 only with a client
// certificate of the hive CA, a registry that takes a push only with the
// generated credentials, and a container's log line in /var/log/services on
// the repository server. Also -C, -T, the lock, a kill halfway, a re-run
// that changes nothing, networks, volumes, the doctor, secrets and repairs
// in the app (the recovery drills run beside it on a bed of their own:
// tst_recovery_drills_e2e). Skips where the bed cannot run, except under CI.
#include "access/hive_docker_access.h"
#include "access/stage_files.h"
#include "engine/run_event.h"
#include "gui/health/health_page.h"
#include "gui/health/repair_dialog.h"
#include "gui/shell/main_window.h"
#include "inventory/inventory_loader.h"
#include "phases/build_infra/build_infra_phase.h"
#include "phases/setup_hosts/ssh_port_move.h"
#include "project/context_file.h"
#include "project/project.h"
#include "recipes/repository_recipes.h"
#include "recipes/setup_host_context.h"
#include "remote/docker_client.h"
#include "remote/shell_command.h"
#include "tests/e2e/swarm_bed.h"
#include "tests/support/hive_cli_run.h"
#include "topology/live_topology_reader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTreeWidget>
#include <QtTest>
#include <csignal>
#include <cstring>
#include <sys/stat.h>

using namespace hive;

class TestSetupHostsE2e : public QObject
{
    Q_OBJECT

    SwarmBed m_bed{QStringLiteral("setup.test"), 243, 231};
    QString m_ready; // empty when the bed can run

private slots:
    void initTestCase()
    {
        m_ready = m_bed.prepare();
        if (!m_ready.isEmpty())
            return;
        const HiveCliRun r = m_bed.hive({QStringLiteral("build-infra")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void checkModeReportsChangesAndTouchesNothing()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveCliRun r = m_bed.hive(
            {QStringLiteral("setup-hosts"), QStringLiteral("-C"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        for (const QString &h : m_bed.hosts())
            QCOMPARE(r.statuses(QStringLiteral("docker")).value(h), RunEvent::Status::Changed);
        QCOMPARE(r.statuses(QStringLiteral("swarm-init")).value(m_bed.hosts().at(0)),
                 RunEvent::Status::Changed);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(
                m_bed.inNode(
                    i, QStringLiteral("ls /etc/hive /etc/docker/daemon.json "
                                      "/etc/ssh/sshd_config.d/10-hive.conf /etc/hive-addon-marker "
                                      "2>/dev/null | wc -l")),
                QStringLiteral("0"));
            QCOMPARE(m_bed.inNode(i, QStringLiteral("docker info -f '{{.Swarm.LocalNodeState}}'")),
                     QStringLiteral("inactive"));
        }
        // Not even the CA: check mode leaves the context dir alone too.
        QVERIFY(!QFile::exists(m_bed.filePath(QStringLiteral(".hive/private/tls/ca.pem"))));
        QVERIFY(ContextFile::read(m_bed.filePath(QStringLiteral(".hive/persistents.yml")))
                    .contains("setup-hosts"));
    }

    void aTagRunsOnlyItsSteps()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveCliRun r = m_bed.hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"),
                                         QStringLiteral("docker"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.steps(), QStringList({QStringLiteral("facts"), QStringLiteral("tls-certificate"),
                                         QStringLiteral("docker")}));
        QCOMPARE(m_bed.inNode(1, QStringLiteral("test -f /etc/docker/daemon.json && echo yes")),
                 QStringLiteral("yes"));
        QCOMPARE(m_bed.inNode(1, QStringLiteral("test -e /etc/hive/iptables.rules || echo absent")),
                 QStringLiteral("absent"));
        // A misspelt tag is an error listing the steps, and runs nothing.
        const HiveCliRun typo = m_bed.hive(
            {QStringLiteral("setup-hosts"), QStringLiteral("-T"), QStringLiteral("dokcer")});
        QCOMPARE(typo.exitCode, 1);
        // (refused before any host is reached: said on stderr, no run log)
        QVERIFY2(typo.err.contains("dokcer") && typo.err.contains("swarm-init"),
                 qPrintable(typo.describe()));
    }

    void aSecondRunIsRefusedAndAKilledRunIsCompletedByTheNext()
    {
        HIVE_REQUIRE_BED(m_ready);
        QProcess first;
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(QStringLiteral(HIVE_BINARY),
                    {QStringLiteral("-r"), m_bed.dir(), QStringLiteral("setup-hosts")});
        QVERIFY(first.waitForStarted());
        // Wait until it is changing hosts (past the certificates), then try a
        // second run and kill the first without a chance to clean up.
        QByteArray seen;
        QElapsedTimer t;
        t.start();
        while (!seen.contains("-- iptables") && t.elapsed() < 120000) {
            first.waitForReadyRead(200);
            seen += first.readAll();
        }
        QVERIFY2(seen.contains("-- iptables"), seen.constData());
        const HiveCliRun second = m_bed.hive({QStringLiteral("setup-hosts")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("setup-hosts") &&
                     second.err.contains(QByteArray::number(first.processId())),
                 qPrintable(second.describe()));
        ::kill(pid_t(first.processId()), SIGKILL);
        first.waitForFinished(10000);

        const HiveCliRun rerun =
            m_bed.hive({QStringLiteral("setup-hosts"), QStringLiteral("--json")});
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.describe()));
        qInfo("setup-hosts after a kill halfway: %.1f s", double(rerun.elapsedMs) / 1000.0);
        QVERIFY(ContextFile::read(m_bed.filePath(QStringLiteral(".hive/persistents.yml")))
                    .contains("build-images"));
    }

    void theHiveIsASecuredThreeManagerSwarm()
    {
        HIVE_REQUIRE_BED(m_ready);
        // Three managers in one swarm, the repository outside it, with labels.
        const QString nodes = m_bed.inNode(
            0, QStringLiteral("docker node ls --format '{{.Hostname}} {{.ManagerStatus}}' | sort"));
        QCOMPARE(nodes, QStringLiteral("p-hive0.setup.test Leader\np-hive1.setup.test Reachable\n"
                                       "p-hive2.setup.test Reachable"));
        QCOMPARE(m_bed.inNode(3, QStringLiteral("docker info -f '{{.Swarm.LocalNodeState}}'")),
                 QStringLiteral("inactive"));
        // The manual's runbooks work as the admin after `hive ssh`: docker
        // without sudo (the admin is in the docker group).
        QCOMPARE(m_bed.inNode(0, QStringLiteral("su - admin -c 'docker service ls -q >/dev/null "
                                                "&& docker node ls -q | wc -l' 2>&1")),
                 QStringLiteral("3"));
        const QJsonObject labels =
            QJsonDocument::fromJson(
                m_bed
                    .inNode(1, QStringLiteral("docker node inspect -f "
                                              "'{{json .Spec.Labels}}' p-hive0.setup.test"))
                    .toUtf8())
                .object();
        for (const char *l : {"hives", "servers", "first_hive", "private"})
            QVERIFY2(labels.value(QLatin1String(l)).toString() == QLatin1String("true"),
                     qPrintable(QString::fromUtf8(QJsonDocument(labels).toJson())));

        // Docker's own networks from internal_cidr, as the manual's table
        // splits it: ingress 1/4 after the overlay pool, docker_gwbridge and
        // docker0 1/8 each.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_bed.inNode(
                         i, QStringLiteral("docker network inspect -f '{{range "
                                           ".IPAM.Config}}{{.Subnet}}{{end}}' docker_gwbridge")),
                     QStringLiteral("10.231.128.0/19"));
            QVERIFY(m_bed.inNode(i, QStringLiteral("ip -4 -o addr show docker0"))
                        .contains(QStringLiteral("10.231.160.1/19")));
        }
        QCOMPARE(m_bed.inNode(1, QStringLiteral("docker network inspect -f '{{range "
                                                ".IPAM.Config}}{{.Subnet}}{{end}}' ingress")),
                 QStringLiteral("10.231.64.0/18"));

        // The Docker API on 2376 answers with the admin's client certificate,
        // and refuses a client without one.
        const QString curl =
            QStringLiteral("curl -s --max-time 5 https://p-hive0.setup.test:2376/version --cacert "
                           "/home/admin/.docker/ca.pem");
        QVERIFY(m_bed
                    .inNode(1, curl + QStringLiteral(" --cert /home/admin/.docker/cert.pem --key "
                                                     "/home/admin/.docker/key.pem"))
                    .contains(QStringLiteral("\"ApiVersion\"")));
        QCOMPARE(m_bed.inNode(1, curl + QStringLiteral(" >/dev/null; echo $?")) ==
                     QStringLiteral("0"),
                 false);
        // The system trusts the hive CA (curl without --cacert), and its
        // trust store is the one update-ca-certificates itself would write.
        QVERIFY(m_bed
                    .inNode(2, QStringLiteral("curl -s --max-time 5 "
                                              "https://p-hive0.setup.test:2376/version --cert "
                                              "/home/admin/.docker/cert.pem --key "
                                              "/home/admin/.docker/key.pem"))
                    .contains(QStringLiteral("\"ApiVersion\"")));
        QCOMPARE(m_bed.inNode(
                     2, QStringLiteral("cd /etc/ssl/certs && cp ca-certificates.crt /tmp/bundle && "
                                       "find . -type l -printf '%p %l\\n' | sort >/tmp/links && "
                                       "update-ca-certificates --fresh >/dev/null 2>&1 && "
                                       "cmp ca-certificates.crt /tmp/bundle && "
                                       "find . -type l -printf '%p %l\\n' | sort | "
                                       "diff /tmp/links - && grep -c hive-ca /tmp/links")),
                 QStringLiteral("2"));
        // One compromised host is not every host: its Docker API certificate
        // serves only, its admin's client key is its own (not another
        // host's, not this machine's), and the registry has a key of its
        // own that only the registry's user reads.
        QCOMPARE(m_bed.inNode(0, QStringLiteral("openssl x509 -noout -ext extendedKeyUsage -in "
                                                "/etc/docker/tls/cert.pem | tail -1 | xargs")),
                 QStringLiteral("TLS Web Server Authentication"));
        const QString adminKey =
            QStringLiteral("sha256sum /home/admin/.docker/key.pem | cut -c1-64");
        QVERIFY(m_bed.inNode(0, adminKey) != m_bed.inNode(1, adminKey));
        QVERIFY(m_bed.inNode(0, adminKey) !=
                QString::fromLatin1(
                    QCryptographicHash::hash(ContextFile::read(m_bed.filePath(QStringLiteral(
                                                 ".hive/private/tls/client/key.pem"))),
                                             QCryptographicHash::Sha256)
                        .toHex()));
        QCOMPARE(
            m_bed.inNode(3, QStringLiteral("stat -c '%a %U' /etc/docker/registry/tls/key.pem")),
            QStringLiteral("600 docker-registry"));
        QVERIFY(m_bed.inNode(3, QStringLiteral("cmp -s /etc/docker/registry/tls/key.pem "
                                               "/etc/docker/tls/key.pem; echo $?")) ==
                QLatin1String("1"));

        // The registry: a push with the generated credentials works, one
        // without any is refused.
        const QString image = m_bed.registry() + QStringLiteral("/probe:1");
        const QString imported = m_bed.pushProbeImage();
        QVERIFY2(imported.endsWith(QStringLiteral("pushed")), qPrintable(imported));
        const QString anonymous = m_bed.inNode(
            1, QStringLiteral("mkdir -p /tmp/anon && docker --config /tmp/anon pull %1 2>&1; true")
                   .arg(image));
        QVERIFY2(anonymous.contains(QStringLiteral("no basic auth credentials")) ||
                     anonymous.contains(QStringLiteral("unauthorized")),
                 qPrintable(anonymous));
        const QString password = QString::fromUtf8(ContextFile::read(m_bed.filePath(QStringLiteral(
                                                       ".hive/private/registry_password"))))
                                     .trimmed();
        QCOMPARE(password.size(), 24);

        // A container's log line reaches /var/log/services on the repository.
        m_bed.inNode(1, QStringLiteral(
                            "docker run --rm --log-driver syslog --log-opt "
                            "syslog-address=tcp://p-hive3.setup.test:10514 --log-opt tag=probe %1 "
                            "/bin/dash -c 'echo hello-from-the-hive'")
                            .arg(image));
        QString logged;
        for (int i = 0; i < 50 && !logged.contains(QStringLiteral("hello-from-the-hive")); ++i) {
            QThread::msleep(200);
            logged = m_bed.inNode(3, QStringLiteral("cat /var/log/services/probe.log 2>&1"));
        }
        QVERIFY2(logged.contains(QStringLiteral("hello-from-the-hive")), qPrintable(logged));

        // The addon role ran on every host, with the inventory's variables.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_bed.inNode(i, QStringLiteral("cat /etc/hive-addon-marker")),
                     QStringLiteral("addon on 172.30.243.%1").arg(4 + i));

        // sshd takes keys only.
        QVERIFY(m_bed.inNode(2, QStringLiteral("sshd -T | grep -i '^passwordauthentication'"))
                    .endsWith(QStringLiteral("no")));
    }

    void aRerunChangesNothing()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveCliRun r = m_bed.hive({QStringLiteral("setup-hosts"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QStringList changed;
        for (const RunEvent &e : r.events) {
            if (e.kind == RunEvent::Kind::HostFinished && e.status != RunEvent::Status::Ok &&
                e.status != RunEvent::Status::Skipped)
                changed << e.step + QLatin1Char('@') + e.host + QStringLiteral(": ") + e.text;
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char('\n'))));
        qInfo("setup-hosts with nothing to do on 4 hosts: %.1f s (target: under 20 s)",
              double(r.elapsedMs) / 1000.0);

        // hive-builder's play tags select the same work here: build-cluster
        // the swarm's steps (nothing to do), registry the repository's.
        const HiveCliRun cluster =
            m_bed.hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"),
                        QStringLiteral("build-cluster"), QStringLiteral("--json")});
        QVERIFY2(cluster.exitCode == 0, qPrintable(cluster.describe()));
        QCOMPARE(cluster.steps(),
                 QStringList({QStringLiteral("facts"), QStringLiteral("tls-certificate"),
                              QStringLiteral("swarm-init"), QStringLiteral("swarm-join"),
                              QStringLiteral("node-labels")}));
        const HiveCliRun registry = m_bed.hive(
            {QStringLiteral("setup-hosts"), QStringLiteral("--check_mode"), QStringLiteral("-T"),
             QStringLiteral("registry"), QStringLiteral("--json")});
        QVERIFY2(registry.exitCode == 0, qPrintable(registry.describe()));
        QCOMPARE(registry.steps(),
                 QStringList({QStringLiteral("facts"), QStringLiteral("tls-certificate"),
                              QStringLiteral("registry"), QStringLiteral("backup-tools"),
                              QStringLiteral("rsyslogd"), QStringLiteral("zabbix")}));
        // A role of hive-builder's this version has no step for: refused, saying so.
        const HiveCliRun follow = m_bed.hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"),
                                              QStringLiteral("docker-compose,docker")});
        QCOMPARE(follow.exitCode, 1);
        QVERIFY2(follow.err.contains("docker-compose: hive-builder's, not in this version yet"),
                 qPrintable(follow.describe()));

        // No run log holds a secret: the swarm join tokens, the registry password.
        const QString password = QString::fromUtf8(ContextFile::read(m_bed.filePath(QStringLiteral(
                                                       ".hive/private/registry_password"))))
                                     .trimmed();
        const QDir runs(m_bed.filePath(QStringLiteral(".hive/private/runs")));
        const QStringList logs = runs.entryList({QStringLiteral("*.jsonl")}, QDir::Files);
        QVERIFY(logs.size() >= 5);
        for (const QString &log : logs) {
            const QByteArray text = ContextFile::read(runs.filePath(log));
            QVERIFY2(!text.contains("SWMTKN-") && !text.contains(password.toUtf8()),
                     qPrintable(log));
        }
    }

    // A restart owed by a run stopped between a configuration change and the
    // restart (its marker left on the host) is done by the next run, once.
    void anOwedRestartIsDoneByTheNextRun()
    {
        HIVE_REQUIRE_BED(m_ready);
        SetupHostContext c;
        c.facts = HostFacts::debian12();
        QString handler;
        for (const HostChange &change : RepositoryRecipes::rsyslogd(c))
            handler = change.onChange.isEmpty() ? handler : change.onChange;
        QVERIFY(!handler.isEmpty());
        const QString marker = QString::fromLatin1(
            QCryptographicHash::hash(handler.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
        m_bed.inNode(
            3, QStringLiteral("mkdir -p /var/lib/hive/pending && touch /var/lib/hive/pending/") +
                   marker);
        const QString before =
            m_bed.inNode(3, QStringLiteral("systemctl show -p MainPID --value rsyslog"));
        const HiveCliRun owed = m_bed.hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"),
                                            QStringLiteral("rsyslogd"), QStringLiteral("--json")});
        QVERIFY2(owed.exitCode == 0, qPrintable(owed.describe()));
        QCOMPARE(owed.statuses(QStringLiteral("rsyslogd")).value(m_bed.hosts().at(3)),
                 RunEvent::Status::Changed);
        QVERIFY(m_bed.inNode(3, QStringLiteral("systemctl show -p MainPID --value rsyslog")) !=
                before);
        QCOMPARE(m_bed.inNode(3, QStringLiteral("ls /var/lib/hive/pending | wc -l")),
                 QStringLiteral("0"));
        const HiveCliRun again = m_bed.hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"),
                                             QStringLiteral("rsyslogd"), QStringLiteral("--json")});
        QCOMPARE(again.statuses(QStringLiteral("rsyslogd")).value(m_bed.hosts().at(3)),
                 RunEvent::Status::Ok);
    }

    // strict-source-ip's safe sshd port (hive_sshd_port) moves sshd without
    // locking out: the run says so, every later connection, `hive ssh` and
    // ssh_config use the new port, a re-run changes nothing, and unsetting
    // it moves sshd back.
    void theSafeSshdPortNeverLocksOut()
    {
        HIVE_REQUIRE_BED(m_ready);
        const QString host = m_bed.hosts().at(1);
        QDir().mkpath(m_bed.filePath(QStringLiteral("inventory/host_vars")));
        const QString vars = m_bed.filePath(QStringLiteral("inventory/host_vars/%1.yml").arg(host));
        QFile f(vars);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hive_sshd_port: 2222\n");
        f.close();
        const QStringList run{QStringLiteral("setup-hosts"),
                              QStringLiteral("-T"),
                              QStringLiteral("strict-source-ip"),
                              QStringLiteral("-l"),
                              host,
                              QStringLiteral("--json")};
        HiveCliRun moved = m_bed.hive(run);
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.describe()));
        QCOMPARE(moved.statuses(QStringLiteral("ssh-port")).value(host), RunEvent::Status::Changed);
        const auto portLines = [&] {
            return m_bed.inNode(
                1, QStringLiteral("grep -h '^Port' /etc/ssh/sshd_config.d/11-hive-port.conf"));
        };
        QCOMPARE(portLines(), QStringLiteral("Port 2222"));
        QVERIFY(ContextFile::read(m_bed.filePath(QStringLiteral(".hive/private/ssh_config")))
                    .contains("Port 2222"));
        // A new connection (the system ssh through ssh_config), and a phase's.
        const auto reached = [&] {
            const HiveCliRun ssh =
                m_bed.hive({QStringLiteral("ssh"), QStringLiteral("-t"), host, QStringLiteral("--"),
                            QStringLiteral("echo"), QStringLiteral("reached")});
            QVERIFY2(ssh.exitCode == 0 && ssh.out.contains("reached"), qPrintable(ssh.describe()));
        };
        reached();
        if (QTest::currentTestFailed())
            return;
        HiveCliRun again = m_bed.hive(run);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.statuses(QStringLiteral("ssh-port")).value(host), RunEvent::Status::Ok);

        // Back to 22.
        QVERIFY(QFile::remove(vars));
        HiveCliRun back = m_bed.hive(run);
        QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
        QCOMPARE(back.statuses(QStringLiteral("ssh-port")).value(host), RunEvent::Status::Changed);
        // Written out: a Port line in sshd_config itself must not be the only one left.
        QCOMPARE(portLines(), QStringLiteral("Port 22"));
        reached();
    }

    // The same move cut short at each of its points, both ways (a kill
    // without a chance to clean up at every point; Ctrl-C and a hang-up at
    // one each): the host answers `hive ssh` right after, and the next run
    // finishes the move with sshd on the wanted port alone.
    void anSshPortMoveCutShortAnywhereLeavesTheHostReachable()
    {
        HIVE_REQUIRE_BED(m_ready);
        const QString host = m_bed.hosts().at(1);
        QDir().mkpath(m_bed.filePath(QStringLiteral("inventory/host_vars")));
        const QString vars = m_bed.filePath(QStringLiteral("inventory/host_vars/%1.yml").arg(host));
        const QStringList args{QStringLiteral("setup-hosts"), QStringLiteral("-T"),
                               QStringLiteral("strict-source-ip"), QStringLiteral("-l"), host};
        const auto reached = [&](const char *when) {
            const HiveCliRun ssh =
                m_bed.hive({QStringLiteral("ssh"), QStringLiteral("-t"), host, QStringLiteral("--"),
                            QStringLiteral("echo"), QStringLiteral("reached")});
            QVERIFY2(ssh.exitCode == 0 && ssh.out.contains("reached"),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(when), ssh.describe())));
        };
        struct Cut
        {
            const char *point;
            int signal;
        };
        const Cut cuts[] = {{"ssh-port/both-ports", SIGKILL}, {"ssh-port/pinned", SIGKILL},
                            {"ssh-port/recorded", SIGKILL},   {"ssh-port/single-port", SIGKILL},
                            {"ssh-port/both-ports", SIGINT},  {"ssh-port/recorded", SIGHUP}};
        int port = 22;
        for (const Cut &cut : cuts) {
            const int wanted = port == 22 ? 2222 : 22;
            const QString what =
                QStringLiteral("%1 -> %2, %3 at %4")
                    .arg(port)
                    .arg(wanted)
                    .arg(QLatin1String(strsignal(cut.signal)), QLatin1String(cut.point));
            if (wanted == 22) {
                QVERIFY(QFile::remove(vars));
            } else {
                QFile f(vars);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("hive_sshd_port: 2222\n");
            }
            QProcess cutShort;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HIVE_FAIL_POINT"), QLatin1String(cut.point));
            cutShort.setProcessEnvironment(env);
            cutShort.setProcessChannelMode(QProcess::MergedChannels);
            cutShort.start(QStringLiteral(HIVE_BINARY),
                           QStringList{QStringLiteral("-r"), m_bed.dir()} + args);
            QVERIFY(cutShort.waitForStarted());
            const QByteArray marker = QByteArray("fail point ") + cut.point + " reached";
            QByteArray seen;
            QElapsedTimer t;
            t.start();
            while (!seen.contains(marker) && t.elapsed() < 120000 &&
                   cutShort.state() == QProcess::Running) {
                cutShort.waitForReadyRead(200);
                seen += cutShort.readAll();
            }
            QVERIFY2(seen.contains(marker), qPrintable(what + QLatin1Char('\n') + seen));
            const pid_t pid = pid_t(cutShort.processId());
            // The marker is written just before the process stops itself:
            // a signal sent in between would be handled first, and the
            // SIGCONT lost, leaving it stopped for good. So: stopped first.
            const auto stopped = [pid] {
                const QByteArray stat = ContextFile::read(QStringLiteral("/proc/%1/stat").arg(pid));
                // "pid (comm) S ...": the state follows the last ')'.
                return stat.mid(stat.lastIndexOf(')') + 2, 1) == "T";
            };
            QElapsedTimer stopping;
            stopping.start();
            while (!stopped() && stopping.elapsed() < 30000)
                QThread::msleep(20);
            QVERIFY2(stopped(), qPrintable(what + QStringLiteral(": never stopped")));
            ::kill(pid, cut.signal);
            ::kill(pid, SIGCONT);
            QVERIFY(cutShort.waitForFinished(120000));
            seen += cutShort.readAll();
            qInfo("%s: exit %d", qPrintable(what), cutShort.exitCode());
            reached(qPrintable(what));
            if (QTest::currentTestFailed())
                return;

            const HiveCliRun next = m_bed.hive(args + QStringList{QStringLiteral("--json")});
            QVERIFY2(next.exitCode == 0, qPrintable(what + QLatin1Char('\n') + next.describe()));
            QVERIFY(next.statuses(QStringLiteral("ssh-port")).contains(host));
            QCOMPARE(m_bed.inNode(
                         1, QStringLiteral("grep -h '^Port' %1").arg(SshPortMove::dropInPath())),
                     QStringLiteral("Port %1").arg(wanted));
            // (ssh_config leaves out port 22.)
            QVERIFY2(ContextFile::read(m_bed.filePath(QStringLiteral(".hive/private/ssh_config")))
                             .contains("Port 2222") == (wanted == 2222),
                     qPrintable(what));
            reached(qPrintable(what));
            if (QTest::currentTestFailed())
                return;
            port = wanted;
        }
    }

    // A host this machine reaches at a recorded public address (a cloud
    // host: its 2376 is not open to the internet) has its Docker API
    // carried over SSH: the engine answers through the tunnel, the Live
    // tab's reader sees the whole swarm that way, and without the record
    // it is TLS on 2376 again.
    void aHostWithAPublicAddressHasItsDockerApiOverSsh()
    {
        HIVE_REQUIRE_BED(m_ready);
        Project::Options options;
        options.rootDir = m_bed.dir();
        options.stage = QStringLiteral("private");
        Project project;
        DiagnosticList diags;
        QVERIFY(Project::open(options, project, diags));
        const LoadedInventory loaded =
            InventoryLoader::load(InventoryLoader::collect(project.inventoryDir(), diags));
        const StagePlan *stage = loaded.hive.stage(QStringLiteral("private"));
        QVERIFY(stage);
        const QString contextDir = QDir(project.contextDir()).absolutePath();
        const auto record = [&](bool on) {
            QString error;
            for (const HostPlan &h : stage->hosts)
                QVERIFY2(StageFiles::recordPublicAddress(contextDir, h.privateIp,
                                                         on ? h.privateIp : QString(), error),
                         qPrintable(error));
        };
        record(true);
        const HiveDockerAccess access(project, *stage);
        const QString first = stage->hosts.first().name;
        const DockerEndpoint tunnel = access.endpoint(first);
        QCOMPARE(tunnel.kind, DockerEndpoint::Kind::UnixSocket);
        // Owner only: the socket grants the host's Docker API.
        struct stat st = {};
        QVERIFY(::stat(QFile::encodeName(tunnel.socketPath).constData(), &st) == 0);
        QVERIFY2(S_ISSOCK(st.st_mode) && (st.st_mode & 077) == 0,
                 qPrintable(QStringLiteral("%1: %2").arg(tunnel.socketPath).arg(st.st_mode, 0, 8)));
        const DockerClient::Reply info = DockerClient(tunnel).info();
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.object()
                     .value(QStringLiteral("Swarm"))
                     .toObject()
                     .value(QStringLiteral("LocalNodeState"))
                     .toString(),
                 QStringLiteral("active"));
        LiveTopologyReader reader(project, *stage);
        const LiveTopology seen = reader.read();
        QVERIFY2(seen.error.isEmpty(), qPrintable(seen.error));
        QCOMPARE(seen.nodes.size(), 3);
        QVERIFY(
            access.cliEnvironment(first).first().startsWith(QStringLiteral("DOCKER_HOST=unix://")));
        record(false);
        QCOMPARE(access.endpoint(first).kind, DockerEndpoint::Kind::Tls);
    }

    // hive_swarm_mode: worker — a hive that joins (here: one made to leave
    // the swarm first) joins as a worker, a re-run keeps it, the doctor
    // does not call it a fault; without the variable setup-hosts promotes it.
    void aHiveOfSwarmModeWorkerJoinsAsAWorker()
    {
        HIVE_REQUIRE_BED(m_ready);
        const QString host = m_bed.hosts().at(2);
        const QString role =
            QStringLiteral("docker node inspect -f '{{.Spec.Role}}' %1 2>&1").arg(host);
        m_bed.inNode(0, QStringLiteral("docker node demote %1").arg(host));
        m_bed.inNode(2, QStringLiteral("docker swarm leave --force"));
        m_bed.inNode(0, QStringLiteral("docker node rm --force %1").arg(host));
        QDir().mkpath(m_bed.filePath(QStringLiteral("inventory/host_vars")));
        const QString vars = m_bed.filePath(QStringLiteral("inventory/host_vars/%1.yml").arg(host));
        {
            QFile f(vars);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hive_swarm_mode: worker\n");
        }
        const QStringList join{QStringLiteral("setup-hosts"),
                               QStringLiteral("-T"),
                               QStringLiteral("swarm"),
                               QStringLiteral("-l"),
                               host,
                               QStringLiteral("--json")};
        const HiveCliRun joined = m_bed.hive(join);
        QVERIFY2(joined.exitCode == 0, qPrintable(joined.describe()));
        QCOMPARE(joined.statuses(QStringLiteral("swarm-join")).value(host),
                 RunEvent::Status::Changed);
        QCOMPARE(m_bed.inNode(0, role), QStringLiteral("worker"));
        const HiveCliRun again = m_bed.hive(join);
        QCOMPARE(again.statuses(QStringLiteral("swarm-join")).value(host), RunEvent::Status::Ok);
        const HiveCliRun doctor = m_bed.hive({QStringLiteral("doctor"), QStringLiteral("--json")});
        QVERIFY2(!doctor.out.contains("is a worker"), qPrintable(doctor.describe()));

        QVERIFY(QFile::remove(vars));
        const HiveCliRun promoted = m_bed.hive(join);
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.describe()));
        QCOMPARE(promoted.statuses(QStringLiteral("swarm-join")).value(host),
                 RunEvent::Status::Changed);
        QCOMPARE(m_bed.inNode(0, role), QStringLiteral("manager"));
    }

    // build-networks on the swarm setup-hosts made: hive_default_network as
    // an attachable overlay network in the overlay quarter of internal_cidr.
    void buildNetworksMakesTheStageNetworks()
    {
        HIVE_REQUIRE_BED(m_ready);
        // start_phase is build-images; the probe service has no image to build.
        QCOMPARE(m_bed
                     .hive({QStringLiteral("set"), QStringLiteral("start_phase"),
                            QStringLiteral("build-networks")})
                     .exitCode,
                 0);
        const QString inspect = QStringLiteral(
            "docker network inspect -f '{{.Driver}} {{.Attachable}} {{.Scope}} {{range "
            ".IPAM.Config}}{{.Subnet}}{{end}}' hive_default_network 2>&1");
        const HiveCliRun check = m_bed.hive(
            {QStringLiteral("build-networks"), QStringLiteral("-C"), QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        QCOMPARE(
            check.statuses(QStringLiteral("network")).value(QStringLiteral("hive_default_network")),
            RunEvent::Status::Changed);
        QVERIFY(m_bed.inNode(1, inspect).contains(QStringLiteral("No such network")));

        const HiveCliRun made =
            m_bed.hive({QStringLiteral("build-networks"), QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        QCOMPARE(m_bed.inNode(1, inspect), QStringLiteral("overlay true swarm 10.231.0.0/24"));
        const HiveCliRun again =
            m_bed.hive({QStringLiteral("build-networks"), QStringLiteral("--json")});
        QCOMPARE(
            again.statuses(QStringLiteral("network")).value(QStringLiteral("hive_default_network")),
            RunEvent::Status::Ok);
        QVERIFY(ContextFile::read(m_bed.filePath(QStringLiteral(".hive/persistents.yml")))
                    .contains("deploy-services"));

        // -D removes it and leaves start_phase; a name that is not a network is refused.
        const HiveCliRun typo = m_bed.hive(
            {QStringLiteral("build-networks"), QStringLiteral("-l"), QStringLiteral("nope")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.out.contains("hive_default_network"), qPrintable(typo.describe()));
        const HiveCliRun removed =
            m_bed.hive({QStringLiteral("build-networks"), QStringLiteral("-D")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY(m_bed.inNode(1, inspect).contains(QStringLiteral("No such network")));
        QVERIFY(ContextFile::read(m_bed.filePath(QStringLiteral(".hive/persistents.yml")))
                    .contains("deploy-services"));

        // The default network as hive-builder makes it (the whole overlay
        // quarter) is taken as it is.
        QVERIFY(m_bed
                    .inNode(1, QStringLiteral("docker network create --driver overlay --attachable "
                                              "--subnet 10.231.0.0/18 hive_default_network "
                                              ">/dev/null && echo made"))
                    .contains(QLatin1String("made")));
        const HiveCliRun theirs =
            m_bed.hive({QStringLiteral("build-networks"), QStringLiteral("--json")});
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.describe()));
        QCOMPARE(theirs.statuses(QStringLiteral("network"))
                     .value(QStringLiteral("hive_default_network")),
                 RunEvent::Status::Ok);
        QVERIFY(m_bed.hive({QStringLiteral("build-networks"), QStringLiteral("-D")}).exitCode == 0);
    }

    // build-volumes on the bed: DRBD cannot load here, so the mirrored volume
    // is a plain local one on every hive (each host says so) with its
    // resource file written; the driver volume gets its options; -D is
    // refused while a service mounts a volume.
    void buildVolumesFallsBackWhereDrbdCannotRun()
    {
        HIVE_REQUIRE_BED(m_ready);
        QCOMPARE(m_bed
                     .hive({QStringLiteral("set"), QStringLiteral("start_phase"),
                            QStringLiteral("build-volumes")})
                     .exitCode,
                 0);
        const HiveCliRun r =
            m_bed.hive({QStringLiteral("build-volumes"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.statuses(QStringLiteral("probe_data")).value(m_bed.hosts().at(i)),
                     RunEvent::Status::Changed);
            bool said = false;
            for (const RunEvent &e : r.events)
                said = said ||
                       (e.kind == RunEvent::Kind::HostFinished &&
                        e.step == QLatin1String("probe_data") && e.host == m_bed.hosts().at(i) &&
                        e.text.contains(QStringLiteral("plain local volume")));
            QVERIFY(said);
            QCOMPARE(m_bed.inNode(
                         i, QStringLiteral("docker volume inspect -f '{{.Driver}}' probe_data")),
                     QStringLiteral("local"));
            QVERIFY(m_bed.inNode(i, QStringLiteral("cat /etc/drbd.d/probe_data.res"))
                        .contains(QStringLiteral("device /dev/drbd1;")));
            QCOMPARE(m_bed.inNode(i, QStringLiteral("docker volume inspect -f '{{.Options.type}}' "
                                                    "probe_cache")),
                     QStringLiteral("tmpfs"));
        }
        QVERIFY(m_bed.inNode(3, QStringLiteral("docker volume ls -q"))
                    .isEmpty()); // not on the repository
        const HiveCliRun again =
            m_bed.hive({QStringLiteral("build-volumes"), QStringLiteral("--json")});
        QCOMPARE(again.statuses(QStringLiteral("probe_data")).value(m_bed.hosts().at(0)),
                 RunEvent::Status::Ok);

        // A service that mounts probe_data (no replicas: only its definition
        // matters, and no task can make the volume again behind our back):
        // -D refuses that volume and names the service, and still removes
        // the one no service mounts (the refusal is the volume's, not the
        // hosts').
        m_bed.inNode(
            0, QStringLiteral("docker service create -d --replicas 0 --name probe-user --mount "
                              "source=probe_data,target=/data %1/probe:1 /bin/dash -c 'sleep 1000'")
                   .arg(m_bed.registry()));
        const HiveCliRun refused =
            m_bed.hive({QStringLiteral("build-volumes"), QStringLiteral("-D")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains("probe-user"), qPrintable(refused.describe()));
        QCOMPARE(m_bed.inNode(1, QStringLiteral("docker volume inspect -f '{{.Name}}' probe_data")),
                 QStringLiteral("probe_data"));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(m_bed.inNode(i, QStringLiteral("docker volume ls -q")) ==
                         QLatin1String("probe_data"),
                     qPrintable(refused.describe()));
        m_bed.inNode(0, QStringLiteral("docker service rm probe-user"));
        const HiveCliRun removed =
            m_bed.hive({QStringLiteral("build-volumes"), QStringLiteral("-D")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(m_bed.inNode(i, QStringLiteral("docker volume ls -q")).isEmpty(),
                     qPrintable(removed.describe()));
    }

    // issue 8's first two drills, as far as diagnosis goes: `hive doctor`
    // on the healthy swarm, with one of three managers stopped (warning,
    // fault tolerance 0), with two stopped (critical, no leader: the
    // survivor's API refuses every swarm call), and healthy again once they
    // are back. Last: it stops hosts.
    void doctorFollowsManagersGoingDownAndBack()
    {
        HIVE_REQUIRE_BED(m_ready);
        // Each host's condition as the doctor's JSON gives it (the Hosts tab's).
        QHash<QString, QJsonObject> hosts;
        const auto swarmFinding = [this, &hosts](int &exitCode, qint64 &ms) {
            const HiveCliRun r = m_bed.hive({QStringLiteral("doctor"), QStringLiteral("--json")});
            exitCode = r.exitCode;
            ms = r.elapsedMs;
            hosts.clear();
            const QJsonArray states =
                QJsonDocument::fromJson(r.out).object().value(QStringLiteral("hosts")).toArray();
            for (const QJsonValue &h : states)
                hosts.insert(h.toObject().value(QStringLiteral("host")).toString(), h.toObject());
            const QJsonArray checks =
                QJsonDocument::fromJson(r.out).object().value(QStringLiteral("checks")).toArray();
            for (const QJsonValue &c : checks) {
                if (c.toObject().value(QStringLiteral("area")).toString() ==
                        QLatin1String("swarm") &&
                    c.toObject().value(QStringLiteral("subject")).toString() ==
                        QLatin1String("swarm"))
                    return c.toObject();
            }
            return QJsonObject{{QStringLiteral("summary"), r.describe()}};
        };
        const auto text = [](const QJsonObject &o) {
            return QString::fromUtf8(QJsonDocument(o).toJson());
        };
        int code = 0;
        qint64 ms = 0;
        QJsonObject swarm = swarmFinding(code, ms);
        // Asks the doctor once a second until the swarm's severity is as
        // wanted (or the time is up; the caller's checks then say what it was).
        const auto waitForSeverity = [&](bool (*wanted)(const QString &), int seconds) {
            for (int i = 0; i < seconds; ++i) {
                swarm = swarmFinding(code, ms);
                if (wanted(swarm.value(QStringLiteral("severity")).toString()))
                    return;
                QThread::msleep(1000);
            }
        };
        QCOMPARE(swarm.value(QStringLiteral("severity")).toString(), QStringLiteral("ok"));
        QVERIFY2(swarm.value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("3 managers")),
                 qPrintable(text(swarm)));
        qInfo("doctor on the healthy hive: %.1f s", double(ms) / 1000.0);
        QVERIFY(hosts.size() >= m_bed.hosts().size());
        for (const QString &h : m_bed.hosts()) {
            const QJsonObject state = hosts.value(h);
            QVERIFY2(state.value(QStringLiteral("condition")).toString() == QLatin1String("up") &&
                         state.value(QStringLiteral("load1")).toDouble(-1) >= 0 &&
                         state.value(QStringLiteral("memory_total_kib")).toDouble() > 0 &&
                         state.value(QStringLiteral("fullest_disk_percent")).toInt(-1) >= 0,
                     qPrintable(h + QStringLiteral(": ") + text(state)));
        }

        DockerClient docker(m_bed.engine());
        QElapsedTimer down;
        down.start();
        QVERIFY(docker.stopContainer(m_bed.hosts().at(2), 1).ok);
        // The swarm marks a manager unreachable after a few missed heartbeats.
        waitForSeverity([](const QString &s) { return s != QLatin1String("ok"); }, 30);
        QCOMPARE(code, 3);
        QCOMPARE(swarm.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY2(swarm.value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("fault tolerance 0")),
                 qPrintable(text(swarm)));
        QCOMPARE(hosts.value(m_bed.hosts().at(2)).value(QStringLiteral("condition")).toString(),
                 QStringLiteral("unreachable"));
        QCOMPARE(hosts.value(m_bed.hosts().at(0)).value(QStringLiteral("condition")).toString(),
                 QStringLiteral("up"));
        qInfo("1 of 3 managers stopped: found in %.1f s (doctor %.1f s)",
              double(down.elapsed()) / 1000.0, double(ms) / 1000.0);

        down.restart();
        QVERIFY(docker.stopContainer(m_bed.hosts().at(1), 1).ok);
        waitForSeverity([](const QString &s) { return s == QLatin1String("critical"); }, 30);
        QCOMPARE(code, 4);
        QVERIFY2(
            swarm.value(QStringLiteral("summary")).toString().contains(QStringLiteral("no leader")),
            qPrintable(text(swarm)));
        // What the survivor said: "does not have a leader", or a deadline
        // exceeded while it still looks for one.
        QVERIFY2(swarm.value(QStringLiteral("evidence"))
                     .toString()
                     .contains(QStringLiteral(" $ docker node ls")),
                 qPrintable(text(swarm)));
        qInfo("2 of 3 managers stopped: no leader found in %.1f s (doctor %.1f s)",
              double(down.elapsed()) / 1000.0, double(ms) / 1000.0);

        // Both back: the swarm heals by itself and the doctor says so.
        QElapsedTimer back;
        back.start();
        QVERIFY(docker.startContainer(m_bed.hosts().at(1)).ok);
        QVERIFY(docker.startContainer(m_bed.hosts().at(2)).ok);
        waitForSeverity([](const QString &s) { return s == QLatin1String("ok"); }, 90);
        QVERIFY2(swarm.value(QStringLiteral("severity")).toString() == QLatin1String("ok"),
                 qPrintable(text(swarm)));
        qInfo("both managers started again: healthy after %.1f s", double(back.elapsed()) / 1000.0);
        // ... and every node reports to the leader again (not only its raft).
        const QString notReady = m_bed.threeReadyManagers(60);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }

    // issue 8's drills on the bed, each from a healthy hive, printing the
    // time to detect, the time to recover and whether anything was lost:
    // maintenance moves tasks and is refused while another manager is down;
    // one lost manager is replaced; a lost quorum is recovered with the
    // services, networks and a volume's file kept; a backup is taken.
    // Secrets reach the hosts on standard input only. A hive leaves the
    // swarm and loses its registry login; setup-hosts joins it again (with
    // the manager join token) and logs it in again (with the registry's
    // password). Meanwhile every hive looks through every process's command
    // line every 50 ms: neither secret may show there, nor in the run logs
    // or the --json stream.
    void secretsNeverReachACommandLine()
    {
        HIVE_REQUIRE_BED(m_ready);
        const QByteArray password =
            ContextFile::read(m_bed.filePath(QStringLiteral(".hive/private/registry_password")))
                .trimmed();
        QVERIFY(!password.isEmpty());
        for (int i = 0; i < 3; ++i) {
            // The pattern file first, by a process of its own that ends: the
            // sampler's own command line must not hold the password.
            m_bed.inNode(i,
                         QStringLiteral("rm -f /tmp/hive-hits /tmp/hive-stop; printf '%s\\n' %1 > "
                                        "/tmp/hive-pw")
                             .arg(ShellCommand::quote(QString::fromUtf8(password))));
            m_bed.inNode(i,
                         QStringLiteral("(while [ ! -e /tmp/hive-stop ]; do grep -l -a 'SWMTK[N]' "
                                        "/proc/[0-9]*/cmdline; grep -l -a -F -f /tmp/hive-pw "
                                        "/proc/[0-9]*/cmdline; sleep 0.05; done >>/tmp/hive-hits "
                                        "2>/dev/null </dev/null &); echo sampling"));
        }
        const QString id = m_bed.inNode(2, QStringLiteral("docker info -f '{{.Swarm.NodeID}}'"));
        QVERIFY(!id.isEmpty());
        m_bed.inNode(2, QStringLiteral("docker swarm leave --force >/dev/null; rm -f "
                                       "/root/.docker/config.json"));
        m_bed.inNode(0,
                     QStringLiteral("docker node demote %1 >/dev/null 2>&1; docker node rm --force "
                                    "%1 >/dev/null")
                         .arg(id));
        const HiveCliRun r = m_bed.hive({QStringLiteral("setup-hosts"), QStringLiteral("-l"),
                                         m_bed.hosts().at(2), QStringLiteral("--json")});
        QStringList hits;
        for (int i = 0; i < 3; ++i) {
            const QString found = m_bed.inNode(
                // Each hit by its /proc path (the process may be gone by
                // now), with its command line while it still runs.
                i, QStringLiteral("touch /tmp/hive-stop; sleep 0.3; sort -u /tmp/hive-hits | "
                                  "while read -r f; do echo \"$f: $(tr '\\0' ' ' 2>/dev/null < "
                                  "\"$f\")\"; done; rm -f /tmp/hive-pw"));
            if (!found.isEmpty())
                hits << m_bed.hosts().at(i) + QStringLiteral(": ") + found;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.statuses(QStringLiteral("swarm-join")).value(m_bed.hosts().at(2)),
                 RunEvent::Status::Changed);
        QCOMPARE(r.statuses(QStringLiteral("registry-login")).value(m_bed.hosts().at(2)),
                 RunEvent::Status::Changed);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(!r.out.contains("SWMTKN") && !r.out.contains(password));
        QDirIterator logs(m_bed.filePath(QStringLiteral(".hive/private/runs")), QDir::Files);
        while (logs.hasNext()) {
            const QByteArray log = ContextFile::read(logs.next());
            QVERIFY2(!log.contains("SWMTKN") && !log.contains(password),
                     qPrintable(logs.filePath()));
        }
        const QString notThree = m_bed.threeReadyManagers(90);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree));
        qInfo("secrets: %s rejoined and logged in again in %.1f s; no token or password in any "
              "command line (sampled every 50 ms on 3 hives), run log or --json",
              qPrintable(m_bed.hosts().at(2)), double(r.elapsedMs) / 1000.0);
    }

    // seeds/000's failed host services: a unit that failed is reset, and
    // one that should not run any more is disabled; both no longer failed.
    void failedUnitsAreResetOrDisabled()
    {
        HIVE_REQUIRE_BED(m_ready);
        m_bed.inNode(
            1, QStringLiteral("for u in hive-drill-a hive-drill-b; do printf "
                              "'[Service]\\nExecStart=/bin/false\\n[Install]\\nWantedBy=multi-"
                              "user.target\\n' > /etc/systemd/system/$u.service; done; "
                              "systemctl daemon-reload; systemctl enable hive-drill-b "
                              "2>/dev/null; systemctl start hive-drill-a hive-drill-b; true"));
        QCOMPARE(m_bed.inNode(1, QStringLiteral("systemctl is-failed hive-drill-a hive-drill-b")),
                 QStringLiteral("failed\nfailed"));
        HiveCliRun r = m_bed.hive({QStringLiteral("doctor")});
        QVERIFY2(r.out.contains("hive-drill-a.service failed"), qPrintable(r.describe()));

        r = m_bed.hive({QStringLiteral("recover"), QStringLiteral("units"),
                        QStringLiteral("hive-drill-b.service"), QStringLiteral("--disable"),
                        QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(
            m_bed.inNode(1, QStringLiteral("systemctl is-enabled hive-drill-b; systemctl is-failed "
                                           "hive-drill-b")),
            QStringLiteral("disabled\ninactive"));
        r = m_bed.hive({QStringLiteral("recover"), QStringLiteral("units"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("systemctl reset-failed 'hive-drill-a.service'"),
                 qPrintable(r.describe()));
        QCOMPARE(m_bed.inNode(1, QStringLiteral("systemctl is-failed hive-drill-a")),
                 QStringLiteral("inactive"));
        // Nothing failed any more: nothing to do.
        r = m_bed.hive({QStringLiteral("recover"), QStringLiteral("units"), QStringLiteral("-n")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("No unit has failed"), qPrintable(r.describe()));
        m_bed.inNode(1, QStringLiteral("rm -f /etc/systemd/system/hive-drill-*.service; systemctl "
                                       "daemon-reload"));
    }

    // The app's way to the same repair, on the real hive: the Health tab
    // checks by itself once the project opens, the failed unit's finding
    // offers `recover units`, Ctrl+R shows the plan, Run Repair runs it, and
    // the check that follows no longer finds the unit.
    void theHealthTabRepairsAFailedUnit()
    {
        HIVE_REQUIRE_BED(m_ready);
        const QString unit = QStringLiteral("hive-drill-c.service");
        m_bed.inNode(2, QStringLiteral("printf '[Service]\\nExecStart=/bin/false\\n' > "
                                       "/etc/systemd/system/%1; systemctl daemon-reload; systemctl "
                                       "start %1; true")
                            .arg(unit));
        QCOMPARE(m_bed.inNode(2, QStringLiteral("systemctl is-failed %1").arg(unit)),
                 QStringLiteral("failed"));
        const auto unitFinding = [&](const gui::HealthPage *page) -> const HealthCheck * {
            for (const HealthCheck &c : page->report().checks) {
                if (c.subject == m_bed.hosts().at(2) && c.summary.contains(unit))
                    return &c;
            }
            return nullptr;
        };

        QStandardPaths::setTestModeEnabled(true); // the test's settings, not the user's
        gui::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(window.openProject(m_bed.dir(), &error), qPrintable(error));
        gui::HealthPage *page = window.healthPage();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->state() == gui::HealthPage::State::Checked && unitFinding(page), 120000);
        const double found = double(t.elapsed()) / 1000.0;
        QCOMPARE(unitFinding(page)->repair,
                 (QStringList{QStringLiteral("recover"), QStringLiteral("units"), unit}));

        window.showHealth();
        auto *list = page->findChild<QTreeWidget *>(QStringLiteral("healthFindings"));
        QVERIFY(list);
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < list->topLevelItemCount() && !item; ++i) {
            for (int c = 0; c < list->columnCount(); ++c) {
                if (list->topLevelItem(i)->text(c).contains(unit))
                    item = list->topLevelItem(i);
            }
        }
        QVERIFY(item);
        list->setCurrentItem(item);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
        gui::RepairDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<gui::RepairDialog *>()) != nullptr);
        t.restart();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != gui::RepairDialog::State::Planning, 60000);
        QVERIFY2(dialog->state() == gui::RepairDialog::State::Planned,
                 qPrintable(dialog->statusText()));
        const double planned = double(t.elapsed()) / 1000.0;
        QVERIFY2(dialog->plan().preview().contains(
                     QStringLiteral("systemctl reset-failed '%1'").arg(unit)),
                 qPrintable(dialog->plan().preview()));
        // Nothing ran yet.
        QCOMPARE(m_bed.inNode(2, QStringLiteral("systemctl is-failed %1").arg(unit)),
                 QStringLiteral("failed"));

        t.restart();
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("repairRun"));
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == gui::RepairDialog::State::Finished, 120000);
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->statusText()));
        const double ran = double(t.elapsed()) / 1000.0;
        QCOMPARE(m_bed.inNode(2, QStringLiteral("systemctl is-failed %1").arg(unit)),
                 QStringLiteral("inactive"));

        // The findings are checked again at once, without the unit.
        t.restart();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->state() == gui::HealthPage::State::Checked && !unitFinding(page), 120000);
        qInfo("the app's repair of a failed unit: found %.1f s after the project opened, "
              "planned in %.1f s, ran in %.1f s, checked again in %.1f s",
              found, planned, ran, double(t.elapsed()) / 1000.0);
        dialog->reject();
        m_bed.inNode(2, QStringLiteral("rm -f /etc/systemd/system/%1; systemctl daemon-reload; "
                                       "systemctl reset-failed %1 2>/dev/null; true")
                            .arg(unit));
    }

    // seeds/000's full disk: a dangling image goes, the registry is
    // garbage-collected and is back afterwards.
    void diskSpaceIsFreed()
    {
        HIVE_REQUIRE_BED(m_ready);
        m_bed.inNode(
            1, QStringLiteral("for v in 1 2; do printf 'FROM scratch\\nLABEL drill=%s\\n' $v | "
                              "docker build -q -t hive-drill:dangling - >/dev/null; done"));
        QCOMPARE(m_bed.inNode(1, QStringLiteral("docker images -q -f dangling=true | wc -l")),
                 QStringLiteral("1"));
        const HiveCliRun r =
            m_bed.hive({QStringLiteral("recover"), QStringLiteral("disk"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("registry garbage-collected"),
                 qPrintable(r.describe()));
        QCOMPARE(m_bed.inNode(1, QStringLiteral("docker images -q -f dangling=true | wc -l")),
                 QStringLiteral("0"));
        QCOMPARE(m_bed.inNode(3, QStringLiteral("systemctl is-active docker-registry")),
                 QStringLiteral("active"));
        qInfo("recover disk on 4 hosts: %.1f s", double(r.elapsedMs) / 1000.0);
        m_bed.inNode(1, QStringLiteral("docker rmi hive-drill:dangling >/dev/null"));
    }

    // seeds/000's full DRBD volume, grown as one guided run: the service's
    // file survives the volume being archived, rebuilt at the new size and
    // put back, and the services file says the new size (this kernel has no
    // DRBD: the volume is a local one on each hive, the path a DRBD-less
    // host takes).
    void aVolumeGrowsAndKeepsItsFiles()
    {
        HIVE_REQUIRE_BED(m_ready);
        // Earlier cases removed the stage's volumes and networks: built
        // again first (start_phase at build-volumes: build-networks runs
        // both), then the service.
        QVERIFY(m_bed
                    .hive({QStringLiteral("set"), QStringLiteral("start_phase"),
                           QStringLiteral("build-volumes")})
                    .exitCode == 0);
        HiveCliRun r = m_bed.hive({QStringLiteral("build-networks")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_bed.hive(
            {QStringLiteral("deploy-services"), QStringLiteral("-l"), QStringLiteral("probe")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // A file in the volume, written through the service's task.
        const QString inTask =
            QStringLiteral("c=$(docker ps -q -f label=com.docker.swarm.service.name=probe | head "
                           "-1); [ -n \"$c\" ] && docker exec \"$c\" /bin/dash -c %1");
        QString written;
        for (int i = 0; i < 3 && written != QLatin1String("ok"); ++i)
            written = m_bed.inNode(
                i, inTask.arg(QStringLiteral("'echo kept > /data/marker && echo ok'")));
        QCOMPARE(written, QStringLiteral("ok"));

        QElapsedTimer t;
        t.start();
        r = m_bed.hive({QStringLiteral("recover"), QStringLiteral("drbd"),
                        QStringLiteral("probe_data"), QStringLiteral("--grow"),
                        QStringLiteral("200M"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(ContextFile::read(m_bed.filePath(QStringLiteral("inventory/services.yml")))
                    .contains("size: 200M"));
        const QFileInfoList archives =
            QDir(m_bed.filePath(QStringLiteral(".hive/private/backups")))
                .entryInfoList({QStringLiteral("volume-probe_data-*.tar.gz")}, QDir::Files);
        QCOMPARE(archives.size(), 1);
        QVERIFY(!(archives.first().permissions() & (QFile::ReadOther | QFile::ReadGroup)));
        // The file is there again, wherever the task runs now.
        QString kept;
        for (int i = 0; i < 3 && kept != QLatin1String("kept"); ++i)
            kept = m_bed.inNode(i, inTask.arg(QStringLiteral("'read l < /data/marker; echo $l'")));
        QCOMPARE(kept, QStringLiteral("kept"));
        // Nothing left for `hive recover resume`: the phases run on.
        QVERIFY2(QDir(m_bed.filePath(QStringLiteral(".hive/private/journal"))).isEmpty(QDir::Files),
                 qPrintable(QDir(m_bed.filePath(QStringLiteral(".hive/private/journal")))
                                .entryList(QDir::Files)
                                .join(QLatin1Char(' '))));
        qInfo("drill volume grown 100M → 200M (archived, rebuilt, put back) in %.1f s; the "
              "service's file kept",
              double(t.elapsed()) / 1000.0);

        // A grow cut short once the volume is removed (its files only in
        // the archive, its service removed): Ctrl-C stops there and says
        // how to finish; a killed run leaves the same. Either way the
        // journal names it, doctor tells `hive recover resume`, and that
        // rebuilds the volume, puts the files back and deploys the service.
        const QString journal = m_bed.filePath(QStringLiteral(".hive/private/journal"));
        // (From deploy-services -D to the files being back, the service
        // is gone: seconds, long enough to be seen.)
        const QString serviceThere = QStringLiteral(
            "docker service inspect probe >/dev/null 2>&1 && echo there || echo gone");
        struct Cut
        {
            int signal;
            const char *name;
            const char *size;
        };
        for (const Cut &cut : {Cut{SIGINT, "Ctrl-C", "300M"}, Cut{SIGKILL, "SIGKILL", "400M"}}) {
            t.restart();
            QProcess p;
            p.start(QStringLiteral(HIVE_BINARY),
                    {QStringLiteral("-r"), m_bed.dir(), QStringLiteral("recover"),
                     QStringLiteral("drbd"), QStringLiteral("probe_data"), QStringLiteral("--grow"),
                     QString::fromLatin1(cut.size), QStringLiteral("-y")});
            QVERIFY(p.waitForStarted());
            while (t.elapsed() < 180000 &&
                   !QFileInfo::exists(journal + QStringLiteral("/grow-volume-probe-data.json")) &&
                   !p.waitForFinished(20)) {
            }
            QString there;
            while (t.elapsed() < 180000 && p.state() == QProcess::Running &&
                   there != QLatin1String("gone")) {
                there = m_bed.inNode(0, serviceThere);
                p.waitForFinished(10);
            }
            QVERIFY2(there == QLatin1String("gone") && p.state() == QProcess::Running,
                     (p.readAllStandardOutput() + p.readAllStandardError()).right(1500));
            ::kill(pid_t(p.processId()), cut.signal);
            QVERIFY(p.waitForFinished(300000));
            const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
            QVERIFY2(p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0, said.constData());
            if (cut.signal == SIGINT)
                QVERIFY2(said.contains("hive recover resume"), said.constData());
            r = m_bed.hive({QStringLiteral("doctor")});
            QVERIFY2(r.out.contains("an interrupted grow-volume left volume probe_data being "
                                    "rebuilt") &&
                         r.out.contains("hive recover resume"),
                     qPrintable(r.describe()));
            const double cutAt = double(t.elapsed()) / 1000.0;
            r = m_bed.hive(
                {QStringLiteral("recover"), QStringLiteral("resume"), QStringLiteral("-y")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY2(QDir(journal).isEmpty(QDir::Files), qPrintable(r.describe()));
            QVERIFY(ContextFile::read(m_bed.filePath(QStringLiteral("inventory/services.yml")))
                        .contains(QByteArray("size: ") + cut.size));
            kept.clear();
            for (int i = 0; i < 3 && kept != QLatin1String("kept"); ++i)
                kept =
                    m_bed.inNode(i, inTask.arg(QStringLiteral("'read l < /data/marker; echo $l'")));
            QCOMPARE(kept, QStringLiteral("kept"));
            qInfo("drill volume grow interrupted by %s with the volume removed (at %.1f s): "
                  "finished by recover resume, the service's file kept; %.1f s",
                  cut.name, cutAt, double(t.elapsed()) / 1000.0);
        }
        r = m_bed.hive({QStringLiteral("deploy-services"), QStringLiteral("-l"),
                        QStringLiteral("probe"), QStringLiteral("-D")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
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

QTEST_MAIN(TestSetupHostsE2e)
#include "tst_setup_hosts_e2e.moc"
