// End to end on the test bed: `hive build-infra && hive setup-hosts` on a
// 4-host private stage (docker provider, separate repository), with the real
// `hive` binary, real SSH and real Docker. Afterwards: three managers in one
// swarm with their labels, the Docker API on 2376 only with a client
// certificate of the hive CA, a registry that takes a push only with the
// generated credentials, and a container's log line in /var/log/services on
// the repository server. Also -C, -T, the lock, a kill halfway and a re-run
// that changes nothing. Skips where the bed cannot run, except under CI.
#include "engine/run_event.h"
#include "hive_cli_run.h"
#include "phases/build_infra_phase.h"
#include "phases/setup_hosts/repository_recipes.h"
#include "phases/setup_hosts/setup_host_context.h"
#include "project/context_file.h"
#include "remote/docker_client.h"
#include "test_bed.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <csignal>

using namespace hive;

namespace {

const QStringList kHosts{QStringLiteral("p-hive0.setup.test"), QStringLiteral("p-hive1.setup.test"),
                         QStringLiteral("p-hive2.setup.test"),
                         QStringLiteral("p-hive3.setup.test")};
const QString kNetwork = QStringLiteral("hive.private.setup.test");
const QString kRegistry = QStringLiteral("p-hive3.setup.test:5000");

const QByteArray kHiveYaml = "plugin: hive_inventory\n"
                             "name: setup.test\n"
                             "stages:\n"
                             "  private:\n"
                             "    provider: docker\n"
                             "    separate_repository: true\n"
                             "    cidr: 172.30.243.0/24\n"
                             "    memory_size: 1024\n"
                             "    internal_cidr: 10.231.0.0/16\n";

const QByteArray kServicesYaml = "plugin: hive_services\n"
                                 "services:\n"
                                 "  probe:\n"
                                 "    image: p-hive3.setup.test:5000/probe:1\n"
                                 "    volumes:\n"
                                 "      - source: probe_data\n"
                                 "        target: /data\n"
                                 "        type: volume\n"
                                 "        drbd:\n"
                                 "          fstype: ext4\n"
                                 "          size: 100M\n"
                                 "      - source: probe_cache\n"
                                 "        target: /cache\n"
                                 "        type: volume\n"
                                 "        driver: local\n"
                                 "        driver_opts:\n"
                                 "          type: tmpfs\n"
                                 "          device: tmpfs\n";

// The project's own addon role (applied with ansible-playbook): it sees the
// inventory's variables.
const QByteArray kAddonTasks = "- name: leave a marker with the host's address\n"
                               "  ansible.builtin.copy:\n"
                               "    dest: /etc/hive-addon-marker\n"
                               "    content: \"addon on {{ hive_private_ip }}\\n\"\n"
                               "    mode: \"0644\"\n";

} // namespace

class TestSetupHostsE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DockerEndpoint m_engine;
    QString m_ready; // empty when the bed can run

    HiveCliRun hive(const QStringList &args) const
    {
        return HiveCliRun::run(QStringLiteral(HIVE_BINARY), m_dir.path(), args);
    }

    // A shell command inside a node as root, through the bed's back door (to
    // look, never to set up: setup-hosts does that over SSH).
    QString inNode(int i, const QString &script) const
    {
        return QString::fromUtf8(TestBed::inNode(m_engine, kHosts.at(i), script)).trimmed();
    }

    void removeBed() { TestBed::remove(m_engine, kHosts, kNetwork); }

private slots:
    void initTestCase()
    {
        m_ready = TestBed::prepare(m_engine);
        if (!m_ready.isEmpty())
            return;
        removeBed(); // what a killed earlier run may have left behind
        QDir().mkpath(m_dir.filePath(QStringLiteral("inventory")));
        bool changed = false;
        QString error;
        QVERIFY(ContextFile::writeIfChanged(m_dir.filePath(QStringLiteral("inventory/hive.yml")),
                                            kHiveYaml, changed, error));
        // A services file (hive_default_network comes with it) with a DRBD
        // volume and a driver volume for build-volumes.
        QVERIFY(
            ContextFile::writeIfChanged(m_dir.filePath(QStringLiteral("inventory/services.yml")),
                                        kServicesYaml, changed, error));
        QVERIFY(ContextFile::writeIfChanged(
            m_dir.filePath(QStringLiteral("roles/addon/tasks/main.yml")), kAddonTasks, changed,
            error));
        const HiveCliRun r = hive({QStringLiteral("build-infra")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void checkModeReportsChangesAndTouchesNothing()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveCliRun r =
            hive({QStringLiteral("setup-hosts"), QStringLiteral("-C"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        for (const QString &h : kHosts)
            QCOMPARE(r.statuses(QStringLiteral("docker")).value(h), RunEvent::Status::Changed);
        QCOMPARE(r.statuses(QStringLiteral("swarm-init")).value(kHosts.at(0)),
                 RunEvent::Status::Changed);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(inNode(i, QStringLiteral(
                                   "ls /etc/hive /etc/docker/daemon.json "
                                   "/etc/ssh/sshd_config.d/10-hive.conf /etc/hive-addon-marker "
                                   "2>/dev/null | wc -l")),
                     QStringLiteral("0"));
            QCOMPARE(inNode(i, QStringLiteral("docker info -f '{{.Swarm.LocalNodeState}}'")),
                     QStringLiteral("inactive"));
        }
        // Not even the CA: check mode leaves the context dir alone too.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral(".hive/private/tls/ca.pem"))));
        QVERIFY(ContextFile::read(m_dir.filePath(QStringLiteral(".hive/persistents.yml")))
                    .contains("setup-hosts"));
    }

    void aTagRunsOnlyItsSteps()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveCliRun r = hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"),
                                   QStringLiteral("docker"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.steps(), QStringList({QStringLiteral("facts"), QStringLiteral("tls-certificate"),
                                         QStringLiteral("docker")}));
        QCOMPARE(inNode(1, QStringLiteral("test -f /etc/docker/daemon.json && echo yes")),
                 QStringLiteral("yes"));
        QCOMPARE(inNode(1, QStringLiteral("test -e /etc/hive/iptables.rules || echo absent")),
                 QStringLiteral("absent"));
        // A misspelt tag is an error listing the steps, and runs nothing.
        const HiveCliRun typo =
            hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"), QStringLiteral("dokcer")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.out.contains("dokcer") && typo.out.contains("swarm-init"),
                 qPrintable(typo.describe()));
    }

    void aSecondRunIsRefusedAndAKilledRunIsCompletedByTheNext()
    {
        HIVE_REQUIRE_BED(m_ready);
        QProcess first;
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(QStringLiteral(HIVE_BINARY),
                    {QStringLiteral("-r"), m_dir.path(), QStringLiteral("setup-hosts")});
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
        const HiveCliRun second = hive({QStringLiteral("setup-hosts")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("setup-hosts") &&
                     second.err.contains(QByteArray::number(first.processId())),
                 qPrintable(second.describe()));
        ::kill(pid_t(first.processId()), SIGKILL);
        first.waitForFinished(10000);

        const HiveCliRun rerun = hive({QStringLiteral("setup-hosts"), QStringLiteral("--json")});
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.describe()));
        qInfo("setup-hosts after a kill halfway: %.1f s", double(rerun.elapsedMs) / 1000.0);
        QVERIFY(ContextFile::read(m_dir.filePath(QStringLiteral(".hive/persistents.yml")))
                    .contains("build-images"));
    }

    void theHiveIsASecuredThreeManagerSwarm()
    {
        HIVE_REQUIRE_BED(m_ready);
        // Three managers in one swarm, the repository outside it, with labels.
        const QString nodes = inNode(
            0, QStringLiteral("docker node ls --format '{{.Hostname}} {{.ManagerStatus}}' | sort"));
        QCOMPARE(nodes, QStringLiteral("p-hive0.setup.test Leader\np-hive1.setup.test Reachable\n"
                                       "p-hive2.setup.test Reachable"));
        QCOMPARE(inNode(3, QStringLiteral("docker info -f '{{.Swarm.LocalNodeState}}'")),
                 QStringLiteral("inactive"));
        const QJsonObject labels =
            QJsonDocument::fromJson(
                inNode(1, QStringLiteral("docker node inspect -f "
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
            QCOMPARE(inNode(i, QStringLiteral("docker network inspect -f '{{range "
                                              ".IPAM.Config}}{{.Subnet}}{{end}}' docker_gwbridge")),
                     QStringLiteral("10.231.128.0/19"));
            QVERIFY(inNode(i, QStringLiteral("ip -4 -o addr show docker0"))
                        .contains(QStringLiteral("10.231.160.1/19")));
        }
        QCOMPARE(inNode(1, QStringLiteral("docker network inspect -f '{{range "
                                          ".IPAM.Config}}{{.Subnet}}{{end}}' ingress")),
                 QStringLiteral("10.231.64.0/18"));

        // The Docker API on 2376 answers with the admin's client certificate,
        // and refuses a client without one.
        const QString curl =
            QStringLiteral("curl -s --max-time 5 https://p-hive0.setup.test:2376/version --cacert "
                           "/home/admin/.docker/ca.pem");
        QVERIFY(inNode(1, curl + QStringLiteral(" --cert /home/admin/.docker/cert.pem --key "
                                                "/home/admin/.docker/key.pem"))
                    .contains(QStringLiteral("\"ApiVersion\"")));
        QCOMPARE(inNode(1, curl + QStringLiteral(" >/dev/null; echo $?")) == QStringLiteral("0"),
                 false);

        // The registry: a push with the generated credentials works, one
        // without any is refused.
        const QString image = kRegistry + QStringLiteral("/probe:1");
        const QString imported = inNode(
            0, QStringLiteral("tar -ch /bin/dash /lib/x86_64-linux-gnu/libc.so.6 "
                              "/lib64/ld-linux-x86-64.so.2 2>/dev/null | docker import - %1 && "
                              "docker push %1 >/dev/null && echo pushed")
                   .arg(image));
        QVERIFY2(imported.endsWith(QStringLiteral("pushed")), qPrintable(imported));
        const QString anonymous = inNode(
            1, QStringLiteral("mkdir -p /tmp/anon && docker --config /tmp/anon pull %1 2>&1; true")
                   .arg(image));
        QVERIFY2(anonymous.contains(QStringLiteral("no basic auth credentials")) ||
                     anonymous.contains(QStringLiteral("unauthorized")),
                 qPrintable(anonymous));
        const QString password = QString::fromUtf8(ContextFile::read(m_dir.filePath(QStringLiteral(
                                                       ".hive/private/registry_password"))))
                                     .trimmed();
        QCOMPARE(password.size(), 24);

        // A container's log line reaches /var/log/services on the repository.
        inNode(1, QStringLiteral(
                      "docker run --rm --log-driver syslog --log-opt "
                      "syslog-address=tcp://p-hive3.setup.test:10514 --log-opt tag=probe %1 "
                      "/bin/dash -c 'echo hello-from-the-hive'")
                      .arg(image));
        QString logged;
        for (int i = 0; i < 50 && !logged.contains(QStringLiteral("hello-from-the-hive")); ++i) {
            QThread::msleep(200);
            logged = inNode(3, QStringLiteral("cat /var/log/services/probe.log 2>&1"));
        }
        QVERIFY2(logged.contains(QStringLiteral("hello-from-the-hive")), qPrintable(logged));

        // The addon role ran on every host, with the inventory's variables.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(inNode(i, QStringLiteral("cat /etc/hive-addon-marker")),
                     QStringLiteral("addon on 172.30.243.%1").arg(4 + i));

        // sshd takes keys only.
        QVERIFY(inNode(2, QStringLiteral("sshd -T | grep -i '^passwordauthentication'"))
                    .endsWith(QStringLiteral("no")));
    }

    void aRerunChangesNothing()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveCliRun r = hive({QStringLiteral("setup-hosts"), QStringLiteral("--json")});
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

        // No run log holds a secret: the swarm join tokens, the registry password.
        const QString password = QString::fromUtf8(ContextFile::read(m_dir.filePath(QStringLiteral(
                                                       ".hive/private/registry_password"))))
                                     .trimmed();
        const QDir runs(m_dir.filePath(QStringLiteral(".hive/private/runs")));
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
        inNode(3, QStringLiteral("mkdir -p /var/lib/hive/pending && touch /var/lib/hive/pending/") +
                      marker);
        const QString before =
            inNode(3, QStringLiteral("systemctl show -p MainPID --value rsyslog"));
        const HiveCliRun owed = hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"),
                                      QStringLiteral("rsyslogd"), QStringLiteral("--json")});
        QVERIFY2(owed.exitCode == 0, qPrintable(owed.describe()));
        QCOMPARE(owed.statuses(QStringLiteral("rsyslogd")).value(kHosts.at(3)),
                 RunEvent::Status::Changed);
        QVERIFY(inNode(3, QStringLiteral("systemctl show -p MainPID --value rsyslog")) != before);
        QCOMPARE(inNode(3, QStringLiteral("ls /var/lib/hive/pending | wc -l")),
                 QStringLiteral("0"));
        const HiveCliRun again = hive({QStringLiteral("setup-hosts"), QStringLiteral("-T"),
                                       QStringLiteral("rsyslogd"), QStringLiteral("--json")});
        QCOMPARE(again.statuses(QStringLiteral("rsyslogd")).value(kHosts.at(3)),
                 RunEvent::Status::Ok);
    }

    // build-networks on the swarm setup-hosts made: hive_default_network as
    // an attachable overlay network in the overlay quarter of internal_cidr.
    void buildNetworksMakesTheStageNetworks()
    {
        HIVE_REQUIRE_BED(m_ready);
        // start_phase is build-images; the probe service has no image to build.
        QCOMPARE(hive({QStringLiteral("set"), QStringLiteral("start_phase"),
                       QStringLiteral("build-networks")})
                     .exitCode,
                 0);
        const QString inspect = QStringLiteral(
            "docker network inspect -f '{{.Driver}} {{.Attachable}} {{.Scope}} {{range "
            ".IPAM.Config}}{{.Subnet}}{{end}}' hive_default_network 2>&1");
        const HiveCliRun check = hive(
            {QStringLiteral("build-networks"), QStringLiteral("-C"), QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        QCOMPARE(
            check.statuses(QStringLiteral("network")).value(QStringLiteral("hive_default_network")),
            RunEvent::Status::Changed);
        QVERIFY(inNode(1, inspect).contains(QStringLiteral("No such network")));

        const HiveCliRun made = hive({QStringLiteral("build-networks"), QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        QCOMPARE(inNode(1, inspect), QStringLiteral("overlay true swarm 10.231.0.0/24"));
        const HiveCliRun again = hive({QStringLiteral("build-networks"), QStringLiteral("--json")});
        QCOMPARE(
            again.statuses(QStringLiteral("network")).value(QStringLiteral("hive_default_network")),
            RunEvent::Status::Ok);
        QVERIFY(ContextFile::read(m_dir.filePath(QStringLiteral(".hive/persistents.yml")))
                    .contains("deploy-services"));

        // -D removes it and leaves start_phase; a name that is not a network is refused.
        const HiveCliRun typo =
            hive({QStringLiteral("build-networks"), QStringLiteral("-l"), QStringLiteral("nope")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.out.contains("hive_default_network"), qPrintable(typo.describe()));
        const HiveCliRun removed = hive({QStringLiteral("build-networks"), QStringLiteral("-D")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY(inNode(1, inspect).contains(QStringLiteral("No such network")));
        QVERIFY(ContextFile::read(m_dir.filePath(QStringLiteral(".hive/persistents.yml")))
                    .contains("deploy-services"));
    }

    // build-volumes on the bed: DRBD cannot load here, so the mirrored volume
    // is a plain local one on every hive (each host says so) with its
    // resource file written; the driver volume gets its options; -D is
    // refused while a service mounts a volume.
    void buildVolumesFallsBackWhereDrbdCannotRun()
    {
        HIVE_REQUIRE_BED(m_ready);
        QCOMPARE(hive({QStringLiteral("set"), QStringLiteral("start_phase"),
                       QStringLiteral("build-volumes")})
                     .exitCode,
                 0);
        const HiveCliRun r = hive({QStringLiteral("build-volumes"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.statuses(QStringLiteral("probe_data")).value(kHosts.at(i)),
                     RunEvent::Status::Changed);
            bool said = false;
            for (const RunEvent &e : r.events)
                said = said || (e.kind == RunEvent::Kind::HostFinished &&
                                e.step == QLatin1String("probe_data") && e.host == kHosts.at(i) &&
                                e.text.contains(QStringLiteral("plain local volume")));
            QVERIFY(said);
            QCOMPARE(inNode(i, QStringLiteral("docker volume inspect -f '{{.Driver}}' probe_data")),
                     QStringLiteral("local"));
            QVERIFY(inNode(i, QStringLiteral("cat /etc/drbd.d/probe_data.res"))
                        .contains(QStringLiteral("device /dev/drbd1;")));
            QCOMPARE(inNode(i, QStringLiteral("docker volume inspect -f '{{.Options.type}}' "
                                              "probe_cache")),
                     QStringLiteral("tmpfs"));
        }
        QVERIFY(
            inNode(3, QStringLiteral("docker volume ls -q")).isEmpty()); // not on the repository
        const HiveCliRun again = hive({QStringLiteral("build-volumes"), QStringLiteral("--json")});
        QCOMPARE(again.statuses(QStringLiteral("probe_data")).value(kHosts.at(0)),
                 RunEvent::Status::Ok);

        // A service that mounts probe_data (no replicas: only its definition
        // matters, and no task can make the volume again behind our back):
        // -D refuses and names it.
        inNode(0,
               QStringLiteral("docker service create -d --replicas 0 --name probe-user --mount "
                              "source=probe_data,target=/data %1/probe:1 /bin/dash -c 'sleep 1000'")
                   .arg(kRegistry));
        const HiveCliRun refused = hive({QStringLiteral("build-volumes"), QStringLiteral("-D"),
                                         QStringLiteral("-l"), QStringLiteral("probe_data")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains("probe-user"), qPrintable(refused.describe()));
        QCOMPARE(inNode(1, QStringLiteral("docker volume inspect -f '{{.Name}}' probe_data")),
                 QStringLiteral("probe_data"));
        inNode(0, QStringLiteral("docker service rm probe-user"));
        const HiveCliRun removed = hive({QStringLiteral("build-volumes"), QStringLiteral("-D")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(inNode(i, QStringLiteral("docker volume ls -q")).isEmpty(),
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
        const auto swarmFinding = [this](int &exitCode, qint64 &ms) {
            const HiveCliRun r = hive({QStringLiteral("doctor"), QStringLiteral("--json")});
            exitCode = r.exitCode;
            ms = r.elapsedMs;
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

        DockerClient docker(m_engine);
        QElapsedTimer down;
        down.start();
        QVERIFY(docker.stopContainer(kHosts.at(2), 1).ok);
        // The swarm marks a manager unreachable after a few missed heartbeats.
        waitForSeverity([](const QString &s) { return s != QLatin1String("ok"); }, 30);
        QCOMPARE(code, 3);
        QCOMPARE(swarm.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY2(swarm.value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("fault tolerance 0")),
                 qPrintable(text(swarm)));
        qInfo("1 of 3 managers stopped: found in %.1f s (doctor %.1f s)",
              double(down.elapsed()) / 1000.0, double(ms) / 1000.0);

        down.restart();
        QVERIFY(docker.stopContainer(kHosts.at(1), 1).ok);
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
        QVERIFY(docker.startContainer(kHosts.at(1)).ok);
        QVERIFY(docker.startContainer(kHosts.at(2)).ok);
        waitForSeverity([](const QString &s) { return s == QLatin1String("ok"); }, 90);
        QVERIFY2(swarm.value(QStringLiteral("severity")).toString() == QLatin1String("ok"),
                 qPrintable(text(swarm)));
        qInfo("both managers started again: healthy after %.1f s", double(back.elapsed()) / 1000.0);
    }

    void cleanupTestCase()
    {
        if (m_ready.isEmpty())
            removeBed();
    }
};

QTEST_GUILESS_MAIN(TestSetupHostsE2e)
#include "tst_setup_hosts_e2e.moc"
