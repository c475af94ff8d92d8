// End to end on the test bed: `hive build-infra && hive setup-hosts` on a
// 4-host private stage (docker provider, separate repository), with the real
// `hive` binary, real SSH and real Docker. Afterwards: three managers in one
// swarm with their labels, the Docker API on 2376 only with a client
// certificate of the hive CA, a registry that takes a push only with the
// generated credentials, and a container's log line in /var/log/services on
// the repository server. Also -C, -T, the lock, a kill halfway and a re-run
// that changes nothing. Skips where the bed cannot run, except under CI.
#include "engine/run_event.h"
#include "gui/health/health_page.h"
#include "gui/health/repair_dialog.h"
#include "gui/shell/main_window.h"
#include "hive_cli_run.h"
#include "phases/build_infra/build_infra_phase.h"
#include "project/context_file.h"
#include "recipes/repository_recipes.h"
#include "recipes/setup_host_context.h"
#include "remote/docker_client.h"
#include "remote/shell_command.h"
#include "test_bed.h"

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
                                 "    command: [\"/bin/dash\", \"-c\", \"sleep 100000\"]\n"
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

    static bool waitUntil(const std::function<bool()> &done, int seconds)
    {
        for (int i = 0; i < seconds && !done(); ++i)
            QThread::msleep(1000);
        return done();
    }

    // How many hives p-hive0 lists as ready managers.
    QString managersReady() const
    {
        return inNode(0, QStringLiteral("docker node ls --format '{{.Hostname}} {{.Status}} "
                                        "{{.ManagerStatus}}' 2>&1 | grep -cE ' Ready "
                                        "(Leader|Reachable)$'"));
    }

    QString nodeList() const { return inNode(0, QStringLiteral("timeout 20 docker node ls 2>&1")); }

    // The three hives as ready managers within `seconds`; empty when they
    // are. A node that stays down while its engine answers (met in CI after
    // two managers were stopped and started again) is what the doctor
    // names with `recover node`: that repair is run, as the app's Repair
    // button would, timed, and given 90 s more.
    QString threeReadyManagers(int seconds) const
    {
        const auto ready = [this] { return managersReady() == QLatin1String("3"); };
        if (waitUntil(ready, seconds))
            return QString();
        const HiveCliRun doctor = hive({QStringLiteral("doctor"), QStringLiteral("--json")});
        const QJsonArray checks =
            QJsonDocument::fromJson(doctor.out).object().value(QStringLiteral("checks")).toArray();
        QString ran;
        for (const QJsonValue &c : checks) {
            // "repair": "hive recover node HOST"
            const QStringList words =
                c.toObject().value(QStringLiteral("repair")).toString().split(QLatin1Char(' '));
            if (words.size() != 4 || words.at(2) != QLatin1String("node"))
                continue;
            const QString host = words.at(3);
            const HiveCliRun r = hive(
                {QStringLiteral("recover"), QStringLiteral("node"), host, QStringLiteral("-y")});
            qInfo("node %s stayed down while its engine answered: hive recover node ran in "
                  "%.1f s (exit %d)",
                  qPrintable(host), double(r.elapsedMs) / 1000.0, r.exitCode);
            ran += r.describe() + QLatin1Char('\n');
        }
        if (!ran.isEmpty() && waitUntil(ready, 90))
            return QString();
        return nodeList() + QLatin1Char('\n') + (ran.isEmpty() ? doctor.describe() : ran);
    }

    // What the drills' workload must keep through a repair: the service,
    // its network and the file in its volume. Empty when all are there.
    QString workloadLost(const QString &marker) const
    {
        QStringList lost;
        if (!inNode(0, QStringLiteral("docker service ls --format '{{.Name}}'"))
                 .contains(QStringLiteral("drill")))
            lost << QStringLiteral("service drill");
        if (!inNode(0, QStringLiteral("docker network ls --format '{{.Name}}'"))
                 .contains(QStringLiteral("drill_net")))
            lost << QStringLiteral("network drill_net");
        const QString file = inNode(0, marker);
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
            engine = inNode(index, QStringLiteral("systemctl is-active docker.service"));
            if (engine != QLatin1String("active"))
                QThread::msleep(1000);
        }
        return engine;
    }

    // Every manager loses its swarm state (seeds/001).
    void loseEveryManager() const
    {
        for (int i = 0; i < 3; ++i)
            inNode(i, QStringLiteral("systemctl stop docker.service docker.socket; rm -rf "
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
        const QString journal = m_dir.filePath(QStringLiteral(".hive/private/journal"));
        QProcess p;
        p.start(QStringLiteral(HIVE_BINARY), {QStringLiteral("-r"), m_dir.path(),
                                              QStringLiteral("restore"), QStringLiteral("-y")});
        QVERIFY(p.waitForStarted());
        const QString entry = journalEntry(journal, QStringLiteral("restore-*-docker.json"), p, t);
        QVERIFY2(!entry.isEmpty(), p.readAllStandardOutput() + p.readAllStandardError());
        const QString host = hostOf(journal, entry);
        const int index = int(kHosts.indexOf(host));
        QVERIFY2(index >= 0, qPrintable(entry));
        // Into the moment docker is stopped there (polled on the host: the
        // unit runs for a few seconds only).
        const QString unit =
            inNode(index, QStringLiteral("for i in $(seq 1500); do systemctl is-active --quiet "
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
            r = hive({QStringLiteral("doctor")});
            QVERIFY2(
                r.out.contains("an interrupted restore left docker stopped on " + host.toUtf8()) &&
                    r.out.contains("hive recover resume"),
                qPrintable(r.describe()));
            r = hive({QStringLiteral("recover"), QStringLiteral("resume"), QStringLiteral("-y")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        } else {
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() != 0 &&
                         said.contains("interrupt") && said.contains("hive recover quorum"),
                     said.constData());
        }
        QVERIFY2(QDir(journal).isEmpty(QDir::Files), said.constData());
        const double stopped = double(t.elapsed()) / 1000.0;
        // The swarm state is back on the host, without its cluster.
        r = hive({QStringLiteral("doctor")});
        QVERIFY2(r.out.contains("hive recover quorum"), qPrintable(r.describe()));
        r = hive({QStringLiteral("recover"), QStringLiteral("quorum"), QStringLiteral("-y")});
        if (r.exitCode != 0) {
            for (const QString &line : r.describe().split(QLatin1Char('\n')))
                qInfo("first run: %s", qPrintable(line));
            qWarning("hive recover quorum failed once; running it again");
            r = hive({QStringLiteral("recover"), QStringLiteral("quorum"), QStringLiteral("-y")});
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString notThree = threeReadyManagers(60);
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
        // One compromised host is not every host: its Docker API certificate
        // serves only, its admin's client key is its own (not another
        // host's, not this machine's), and the registry has a key of its
        // own that only the registry's user reads.
        QCOMPARE(inNode(0, QStringLiteral("openssl x509 -noout -ext extendedKeyUsage -in "
                                          "/etc/docker/tls/cert.pem | tail -1 | xargs")),
                 QStringLiteral("TLS Web Server Authentication"));
        const QString adminKey =
            QStringLiteral("sha256sum /home/admin/.docker/key.pem | cut -c1-64");
        QVERIFY(inNode(0, adminKey) != inNode(1, adminKey));
        QVERIFY(inNode(0, adminKey) !=
                QString::fromLatin1(
                    QCryptographicHash::hash(ContextFile::read(m_dir.filePath(QStringLiteral(
                                                 ".hive/private/tls/client/key.pem"))),
                                             QCryptographicHash::Sha256)
                        .toHex()));
        QCOMPARE(inNode(3, QStringLiteral("stat -c '%a %U' /etc/docker/registry/tls/key.pem")),
                 QStringLiteral("600 docker-registry"));
        QVERIFY(inNode(3, QStringLiteral("cmp -s /etc/docker/registry/tls/key.pem "
                                         "/etc/docker/tls/key.pem; echo $?")) ==
                QLatin1String("1"));

        // The registry: a push with the generated credentials works, one
        // without any is refused.
        const QString image = kRegistry + QStringLiteral("/probe:1");
        const QString imported = inNode(
            0, QStringLiteral("tar -ch /bin/dash /bin/sleep /lib/x86_64-linux-gnu/libc.so.6 "
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
        // ... and every node reports to the leader again (not only its raft).
        const QString notReady = threeReadyManagers(60);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }

    // issue 8's drills on the bed, each from a healthy hive, printing the
    // time to detect, the time to recover and whether anything was lost:
    // maintenance moves tasks and is refused while another manager is down;
    // one lost manager is replaced; a lost quorum is recovered with the
    // services, networks and a volume's file kept; a backup is taken.
    void recoveryDrills()
    {
        HIVE_REQUIRE_BED(m_ready);
        // About ten minutes of rebuilding hosts, run once per CI run: the bed
        // suites are not in the ASan pass (tst_recovery_plans runs the same
        // flows' plans there).
        DockerClient docker(m_engine);
        const QString notReady = threeReadyManagers(90);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

        // A repair whose follow-up phases fail on a busy machine is run
        // again, as its operator would (they are safe to repeat); the
        // first failure is printed whole and counted.
        const auto repair = [this](const QStringList &args) {
            HiveCliRun run = hive(args + QStringList{QStringLiteral("-y")});
            if (run.exitCode != 0) {
                for (const QString &line : run.describe().split(QLatin1Char('\n')))
                    qInfo("first run: %s", qPrintable(line));
                qWarning("hive %s failed once; running it again",
                         qPrintable(args.join(QLatin1Char(' '))));
                run = hive(args + QStringList{QStringLiteral("-y")});
            }
            return run;
        };

        // A workload with a volume, a network and a file written before the drills.
        inNode(
            0,
            QStringLiteral(
                "docker network create -d overlay drill_net >/dev/null; "
                "docker service create -d --with-registry-auth --name drill --replicas 3 --network "
                "drill_net --mount source=drill_data,target=/data %1/probe:1 "
                "/bin/dash -c 'echo kept > /data/marker; while :; do sleep 5; "
                "done' >/dev/null")
                .arg(kRegistry));
        const auto runningOn = [this] {
            return inNode(0, QStringLiteral("docker service ps drill --filter "
                                            "desired-state=running --format '{{.Node}} "
                                            "{{.CurrentState}}' | grep Running | cut -d' ' -f1 "
                                            "| sort | uniq | tr '\\n' ' '"));
        };
        const auto replicas = [this] {
            return inNode(0, QStringLiteral("docker service ls --format '{{.Replicas}}' --filter "
                                            "name=drill"));
        };
        QVERIFY2(waitUntil([&] { return replicas() == QLatin1String("3/3"); }, 180),
                 qPrintable(replicas()));
        const QString marker =
            QStringLiteral("cat $(docker volume inspect -f '{{.Mountpoint}}' drill_data)/marker");
        QCOMPARE(inNode(0, marker), QStringLiteral("kept"));

        // Maintenance on: p-hive1's task moves away; off: active again.
        QElapsedTimer t;
        t.start();
        HiveCliRun r = hive({QStringLiteral("maintenance"), kHosts.at(1), QStringLiteral("on"),
                             QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!runningOn().contains(kHosts.at(1)), qPrintable(runningOn()));
        QVERIFY2(waitUntil([&] { return replicas() == QLatin1String("3/3"); }, 180),
                 qPrintable(replicas()));
        qInfo("drill maintenance: p-hive1 drained and its task moved in %.1f s, nothing lost",
              double(t.elapsed()) / 1000.0);
        r = hive({QStringLiteral("maintenance"), kHosts.at(1), QStringLiteral("off"),
                  QStringLiteral("--rebalance"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(inNode(0, QStringLiteral("docker node inspect -f '{{.Spec.Availability}}' %1")
                               .arg(kHosts.at(1))),
                 QStringLiteral("active"));

        // Maintenance cut short once the drain is recorded: Ctrl-C puts the
        // node back at once; a killed run leaves the entry, doctor names it
        // and `hive recover resume` puts it back.
        const QString maintenanceJournal = m_dir.filePath(QStringLiteral(".hive/private/journal"));
        for (const int signal : {SIGINT, SIGKILL}) {
            t.restart();
            QProcess p;
            p.start(QStringLiteral(HIVE_BINARY),
                    {QStringLiteral("-r"), m_dir.path(), QStringLiteral("maintenance"),
                     kHosts.at(2), QStringLiteral("on"), QStringLiteral("-y")});
            QVERIFY(p.waitForStarted());
            while (t.elapsed() < 120000 && p.state() == QProcess::Running &&
                   QDir(maintenanceJournal)
                       .entryList({QStringLiteral("maintenance-*.json")}, QDir::Files)
                       .isEmpty())
                QThread::msleep(20);
            ::kill(pid_t(p.processId()), signal);
            QVERIFY(p.waitForFinished(120000));
            const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
            if (signal == SIGKILL) {
                r = hive({QStringLiteral("doctor")});
                QVERIFY2(r.out.contains("an interrupted maintenance left " + kHosts.at(2).toUtf8() +
                                        " drained") &&
                             r.out.contains("hive recover resume"),
                         qPrintable(r.describe()));
                r = hive(
                    {QStringLiteral("recover"), QStringLiteral("resume"), QStringLiteral("-y")});
                QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            } else {
                QVERIFY2(said.contains("active again"), said.constData());
            }
            QVERIFY2(QDir(maintenanceJournal).isEmpty(QDir::Files), said.constData());
            QCOMPARE(inNode(0, QStringLiteral("docker node inspect -f '{{.Spec.Availability}}' %1")
                                   .arg(kHosts.at(2))),
                     QStringLiteral("active"));
            qInfo("drill maintenance interrupted by %s: %s active again in %.1f s",
                  signal == SIGINT ? "Ctrl-C" : "SIGKILL (then recover resume)",
                  qPrintable(kHosts.at(2)), double(t.elapsed()) / 1000.0);
        }
        // (Met once in CI: 2/3 for 180 s after the resume. Where each task
        // is and why is printed to find out next time.)
        QVERIFY2(waitUntil([&] { return replicas() == QLatin1String("3/3"); }, 180),
                 qPrintable(replicas() + QLatin1Char('\n') +
                            inNode(0, QStringLiteral("docker node ls; docker service ps --no-trunc "
                                                     "--format '{{.Name}} {{.Node}} "
                                                     "{{.DesiredState}} {{.CurrentState}} "
                                                     "{{.Error}}' drill | head -20"))));

        // A node that stops reporting (met in CI: listed as down while its
        // engine answers and its manager is reachable). Made here by
        // refusing p-hive1's own connections to port 2377 until its engine
        // restarts (a drop-in lifts the block then): the doctor names it
        // with `recover node`, and that repair brings it back.
        t.restart();
        inNode(1, QStringLiteral("iptables -I OUTPUT -p tcp --dport 2377 -j REJECT; mkdir -p "
                                 "/etc/systemd/system/docker.service.d; printf "
                                 "'[Service]\\nExecStartPre=-/usr/sbin/iptables -D OUTPUT -p tcp "
                                 "--dport 2377 -j REJECT\\n' > "
                                 "/etc/systemd/system/docker.service.d/hive-drill.conf; "
                                 "systemctl daemon-reload"));
        const auto nodeStatus = [this] {
            return inNode(0, QStringLiteral("docker node inspect -f '{{.Status.State}} "
                                            "{{.ManagerStatus.Reachability}}' %1")
                                 .arg(kHosts.at(1)));
        };
        QVERIFY2(waitUntil([&] { return nodeStatus() == QLatin1String("down reachable"); }, 60),
                 qPrintable(nodeList()));
        const double silent = double(t.elapsed()) / 1000.0;
        r = hive({QStringLiteral("doctor")});
        const double doctorTook = double(r.elapsedMs) / 1000.0;
        QVERIFY2(r.exitCode == 3 && r.out.contains("is down although its engine answers") &&
                     r.out.contains("hive recover node " + kHosts.at(1).toUtf8()),
                 qPrintable(r.describe()));
        t.restart();
        r = hive({QStringLiteral("recover"), QStringLiteral("node"), kHosts.at(1),
                  QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("reports to the swarm again"),
                 qPrintable(r.describe()));
        QCOMPARE(nodeStatus(), QStringLiteral("ready reachable"));
        QVERIFY2(waitUntil([&] { return replicas() == QLatin1String("3/3"); }, 180),
                 qPrintable(replicas()));
        qInfo("drill node stops reporting: down in %.1f s, doctor %.1f s, engine restarted and "
              "ready in %.1f s, nothing lost",
              silent, doctorTook, double(t.elapsed()) / 1000.0);
        inNode(1, QStringLiteral("rm -f /etc/systemd/system/docker.service.d/hive-drill.conf; "
                                 "systemctl daemon-reload"));

        // One manager down: maintenance on another is refused (seeds/003).
        t.restart();
        QVERIFY(docker.stopContainer(kHosts.at(2), 1).ok);
        QVERIFY(waitUntil([&] { return managersReady() == QLatin1String("2"); }, 60));
        const double detected = double(t.elapsed()) / 1000.0;
        r = hive({QStringLiteral("maintenance"), kHosts.at(0), QStringLiteral("on"),
                  QStringLiteral("-y")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("more than half") && r.out.contains(kHosts.at(2).toUtf8()),
                 qPrintable(r.describe()));
        QCOMPARE(inNode(0, QStringLiteral("docker node inspect -f '{{.Spec.Availability}}' %1")
                               .arg(kHosts.at(0))),
                 QStringLiteral("active"));

        // ... and the lost manager is replaced: 3 ready managers again.
        t.restart();
        r = hive({QStringLiteral("recover"), QStringLiteral("manager"), kHosts.at(2),
                  QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QString notThree = threeReadyManagers(30);
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
        const QString managers =
            inNode(0, QStringLiteral("docker node ls --format '{{.Hostname}} {{.ManagerStatus}}'"));
        int alone = -1;
        for (int i = 0; i < 3 && alone < 0; ++i) {
            const bool leads = managers.contains(kHosts.at(i) + QStringLiteral(" Leader"));
            if (!leads)
                alone = i;
        }
        QVERIFY2(alone >= 0, qPrintable(managers));
        const QString gateway =
            inNode(alone, QStringLiteral("ip route | awk '/^default/ {print $3; exit}'"));
        const QString aloneAddress = QStringLiteral("172.30.243.%1").arg(4 + alone);
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
            inNode(i, cut.arg(QStringLiteral("I"), gateway, aloneAddress));
        const bool partitioned = waitUntil(
            [&] {
                return inNode(alone, QStringLiteral("timeout 10 docker node ls 2>&1"))
                    .contains(QStringLiteral("does not have a leader"));
            },
            90);
        r = hive({QStringLiteral("recover"), QStringLiteral("quorum"), QStringLiteral("-n")});
        for (int i : majority)
            inNode(i, cut.arg(QStringLiteral("D"), gateway, aloneAddress));
        QVERIFY2(partitioned, qPrintable(kHosts.at(alone) + " still saw a leader across the "
                                                            "partition"));
        QVERIFY2(
            r.exitCode != 0 && r.out.contains("--risk-split-brain") &&
                r.out.contains("answers on its swarm port (2377) from " + kHosts.at(3).toUtf8()),
            qPrintable(r.describe()));
        notThree = threeReadyManagers(120);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree + r.describe()));
        QCOMPARE(workloadLost(marker), QString());
        qInfo("drill partition: %s cut off with this machine, no leader there; recover quorum "
              "refused (the majority answers p-hive3); healed, %.1f s all told",
              qPrintable(kHosts.at(alone)), double(t.elapsed()) / 1000.0);

        // Two of three down: no leader; quorum recovered from p-hive0.
        t.restart();
        QVERIFY(docker.stopContainer(kHosts.at(1), 1).ok);
        QVERIFY(docker.stopContainer(kHosts.at(2), 1).ok);
        QVERIFY(waitUntil(
            [&] {
                return inNode(0, QStringLiteral("timeout 10 docker node ls 2>&1"))
                    .contains(QStringLiteral("does not have a leader"));
            },
            60));
        const double noLeader = double(t.elapsed()) / 1000.0;
        t.restart();
        r = repair({QStringLiteral("recover"), QStringLiteral("quorum")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        notThree = threeReadyManagers(60);
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
            dry = hive({QStringLiteral("backup"), QStringLiteral("-n")});
            if (!dry.out.contains("Refused") || waited.elapsed() > 180000)
                break;
            QThread::msleep(5000);
        }
        QVERIFY2(!dry.out.contains("Refused"), qPrintable(dry.describe()));
        if (waited.elapsed() > 10000)
            qInfo("the backup waited %.1f s for the managers to answer in full",
                  double(waited.elapsed()) / 1000.0);
        r = hive({QStringLiteral("backup"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QFileInfoList archives =
            QDir(m_dir.filePath(QStringLiteral(".hive/private/backups")))
                .entryInfoList({QStringLiteral("swarm-*.tar.gz")}, QDir::Files);
        QCOMPARE(archives.size(), 2);
        for (const QFileInfo &a : archives)
            QVERIFY2(!(a.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)),
                     qPrintable(a.fileName()));
        notThree = threeReadyManagers(60);
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
        const QString journal = m_dir.filePath(QStringLiteral(".hive/private/journal"));
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
            p.start(QStringLiteral(HIVE_BINARY), {QStringLiteral("-r"), m_dir.path(),
                                                  QStringLiteral("backup"), QStringLiteral("-y")});
            QVERIFY(p.waitForStarted());
            const QString entry =
                journalEntry(journal, QStringLiteral("backup-*-docker.json"), p, t);
            QVERIFY2(!entry.isEmpty(), p.readAllStandardOutput() + p.readAllStandardError());
            const QString host = hostOf(journal, entry);
            const int index = int(kHosts.indexOf(host));
            QVERIFY2(index >= 0, qPrintable(entry));
            // Into the moment docker is stopped there: the unit runs.
            QString unit;
            while (unit != QLatin1String("active") && t.elapsed() < 180000 &&
                   p.state() == QProcess::Running)
                unit = inNode(index, QStringLiteral("systemctl is-active "
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
                r = hive({QStringLiteral("doctor")});
                QVERIFY2(r.out.contains("an interrupted backup left docker stopped on " +
                                        host.toUtf8()) &&
                             r.out.contains("hive recover resume"),
                         qPrintable(r.describe()));
                r = hive({QStringLiteral("deploy-services")});
                QVERIFY2(r.exitCode == 1 && r.err.contains("hive recover resume"),
                         qPrintable(r.describe()));
                r = hive(
                    {QStringLiteral("recover"), QStringLiteral("resume"), QStringLiteral("-y")});
                QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
                QVERIFY2(QDir(journal).isEmpty(QDir::Files), qPrintable(r.describe()));
            }
            notThree = threeReadyManagers(90);
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
        r = hive({QStringLiteral("doctor")});
        QVERIFY2(r.exitCode == 4 && r.out.contains("the swarm is lost") &&
                     r.out.contains("hive restore"),
                 qPrintable(r.describe()));
        t.restart();
        r = hive({QStringLiteral("restore"), QStringLiteral("-y")});
        if (r.exitCode != 0) {
            // Once the swarm is back, a failed rejoin is finished the way
            // the refusal of a second restore says: setup-hosts.
            for (const QString &line : r.describe().split(QLatin1Char('\n')))
                qInfo("first run: %s", qPrintable(line));
            qWarning("hive restore failed once; rejoining with setup-hosts");
            r = hive({QStringLiteral("setup-hosts")});
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        notThree = threeReadyManagers(60);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree + r.describe()));
        QCOMPARE(workloadLost(marker), QString());
        qInfo("drill every manager lost: restored from the newest backup in %.1f s; service, "
              "network and the volume's file kept",
              double(t.elapsed()) / 1000.0);
        inNode(0, QStringLiteral("docker service rm drill >/dev/null; sleep 5; docker network rm "
                                 "drill_net"));
    }

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
            ContextFile::read(m_dir.filePath(QStringLiteral(".hive/private/registry_password")))
                .trimmed();
        QVERIFY(!password.isEmpty());
        for (int i = 0; i < 3; ++i) {
            // The pattern file first, by a process of its own that ends: the
            // sampler's own command line must not hold the password.
            inNode(i, QStringLiteral("rm -f /tmp/hive-hits /tmp/hive-stop; printf '%s\\n' %1 > "
                                     "/tmp/hive-pw")
                          .arg(ShellCommand::quote(QString::fromUtf8(password))));
            inNode(i, QStringLiteral("(while [ ! -e /tmp/hive-stop ]; do grep -l -a 'SWMTK[N]' "
                                     "/proc/[0-9]*/cmdline; grep -l -a -F -f /tmp/hive-pw "
                                     "/proc/[0-9]*/cmdline; sleep 0.05; done >>/tmp/hive-hits "
                                     "2>/dev/null </dev/null &); echo sampling"));
        }
        const QString id = inNode(2, QStringLiteral("docker info -f '{{.Swarm.NodeID}}'"));
        QVERIFY(!id.isEmpty());
        inNode(2, QStringLiteral("docker swarm leave --force >/dev/null; rm -f "
                                 "/root/.docker/config.json"));
        inNode(0, QStringLiteral("docker node demote %1 >/dev/null 2>&1; docker node rm --force "
                                 "%1 >/dev/null")
                      .arg(id));
        const HiveCliRun r = hive({QStringLiteral("setup-hosts"), QStringLiteral("-l"),
                                   kHosts.at(2), QStringLiteral("--json")});
        QStringList hits;
        for (int i = 0; i < 3; ++i) {
            const QString found = inNode(
                // Each hit by its /proc path (the process may be gone by
                // now), with its command line while it still runs.
                i, QStringLiteral("touch /tmp/hive-stop; sleep 0.3; sort -u /tmp/hive-hits | "
                                  "while read -r f; do echo \"$f: $(tr '\\0' ' ' 2>/dev/null < "
                                  "\"$f\")\"; done; rm -f /tmp/hive-pw"));
            if (!found.isEmpty())
                hits << kHosts.at(i) + QStringLiteral(": ") + found;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.statuses(QStringLiteral("swarm-join")).value(kHosts.at(2)),
                 RunEvent::Status::Changed);
        QCOMPARE(r.statuses(QStringLiteral("registry-login")).value(kHosts.at(2)),
                 RunEvent::Status::Changed);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(!r.out.contains("SWMTKN") && !r.out.contains(password));
        QDirIterator logs(m_dir.filePath(QStringLiteral(".hive/private/runs")), QDir::Files);
        while (logs.hasNext()) {
            const QByteArray log = ContextFile::read(logs.next());
            QVERIFY2(!log.contains("SWMTKN") && !log.contains(password),
                     qPrintable(logs.filePath()));
        }
        const QString notThree = threeReadyManagers(90);
        QVERIFY2(notThree.isEmpty(), qPrintable(notThree));
        qInfo("secrets: %s rejoined and logged in again in %.1f s; no token or password in any "
              "command line (sampled every 50 ms on 3 hives), run log or --json",
              qPrintable(kHosts.at(2)), double(r.elapsedMs) / 1000.0);
    }

    // seeds/000's failed host services: a unit that failed is reset, and
    // one that should not run any more is disabled; both no longer failed.
    void failedUnitsAreResetOrDisabled()
    {
        HIVE_REQUIRE_BED(m_ready);
        inNode(1, QStringLiteral("for u in hive-drill-a hive-drill-b; do printf "
                                 "'[Service]\\nExecStart=/bin/false\\n[Install]\\nWantedBy=multi-"
                                 "user.target\\n' > /etc/systemd/system/$u.service; done; "
                                 "systemctl daemon-reload; systemctl enable hive-drill-b "
                                 "2>/dev/null; systemctl start hive-drill-a hive-drill-b; true"));
        QCOMPARE(inNode(1, QStringLiteral("systemctl is-failed hive-drill-a hive-drill-b")),
                 QStringLiteral("failed\nfailed"));
        HiveCliRun r = hive({QStringLiteral("doctor")});
        QVERIFY2(r.out.contains("hive-drill-a.service failed"), qPrintable(r.describe()));

        r = hive({QStringLiteral("recover"), QStringLiteral("units"),
                  QStringLiteral("hive-drill-b.service"), QStringLiteral("--disable"),
                  QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(inNode(1, QStringLiteral("systemctl is-enabled hive-drill-b; systemctl is-failed "
                                          "hive-drill-b")),
                 QStringLiteral("disabled\ninactive"));
        r = hive({QStringLiteral("recover"), QStringLiteral("units"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("systemctl reset-failed 'hive-drill-a.service'"),
                 qPrintable(r.describe()));
        QCOMPARE(inNode(1, QStringLiteral("systemctl is-failed hive-drill-a")),
                 QStringLiteral("inactive"));
        // Nothing failed any more: nothing to do.
        r = hive({QStringLiteral("recover"), QStringLiteral("units"), QStringLiteral("-n")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("No unit has failed"), qPrintable(r.describe()));
        inNode(1, QStringLiteral("rm -f /etc/systemd/system/hive-drill-*.service; systemctl "
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
        inNode(2, QStringLiteral("printf '[Service]\\nExecStart=/bin/false\\n' > "
                                 "/etc/systemd/system/%1; systemctl daemon-reload; systemctl "
                                 "start %1; true")
                      .arg(unit));
        QCOMPARE(inNode(2, QStringLiteral("systemctl is-failed %1").arg(unit)),
                 QStringLiteral("failed"));
        const auto unitFinding = [&](const gui::HealthPage *page) -> const HealthCheck * {
            for (const HealthCheck &c : page->report().checks) {
                if (c.subject == kHosts.at(2) && c.summary.contains(unit))
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
        QVERIFY2(window.openProject(m_dir.path(), &error), qPrintable(error));
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
        QCOMPARE(inNode(2, QStringLiteral("systemctl is-failed %1").arg(unit)),
                 QStringLiteral("failed"));

        t.restart();
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("repairRun"));
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == gui::RepairDialog::State::Finished, 120000);
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->statusText()));
        const double ran = double(t.elapsed()) / 1000.0;
        QCOMPARE(inNode(2, QStringLiteral("systemctl is-failed %1").arg(unit)),
                 QStringLiteral("inactive"));

        // The findings are checked again at once, without the unit.
        t.restart();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->state() == gui::HealthPage::State::Checked && !unitFinding(page), 120000);
        qInfo("the app's repair of a failed unit: found %.1f s after the project opened, "
              "planned in %.1f s, ran in %.1f s, checked again in %.1f s",
              found, planned, ran, double(t.elapsed()) / 1000.0);
        dialog->reject();
        inNode(2, QStringLiteral("rm -f /etc/systemd/system/%1; systemctl daemon-reload; "
                                 "systemctl reset-failed %1 2>/dev/null; true")
                      .arg(unit));
    }

    // seeds/000's full disk: a dangling image goes, the registry is
    // garbage-collected and is back afterwards.
    void diskSpaceIsFreed()
    {
        HIVE_REQUIRE_BED(m_ready);
        inNode(1, QStringLiteral("for v in 1 2; do printf 'FROM scratch\\nLABEL drill=%s\\n' $v | "
                                 "docker build -q -t hive-drill:dangling - >/dev/null; done"));
        QCOMPARE(inNode(1, QStringLiteral("docker images -q -f dangling=true | wc -l")),
                 QStringLiteral("1"));
        const HiveCliRun r =
            hive({QStringLiteral("recover"), QStringLiteral("disk"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("registry garbage-collected"),
                 qPrintable(r.describe()));
        QCOMPARE(inNode(1, QStringLiteral("docker images -q -f dangling=true | wc -l")),
                 QStringLiteral("0"));
        QCOMPARE(inNode(3, QStringLiteral("systemctl is-active docker-registry")),
                 QStringLiteral("active"));
        qInfo("recover disk on 4 hosts: %.1f s", double(r.elapsedMs) / 1000.0);
        inNode(1, QStringLiteral("docker rmi hive-drill:dangling >/dev/null"));
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
        QVERIFY(hive({QStringLiteral("set"), QStringLiteral("start_phase"),
                      QStringLiteral("build-volumes")})
                    .exitCode == 0);
        HiveCliRun r = hive({QStringLiteral("build-networks")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = hive(
            {QStringLiteral("deploy-services"), QStringLiteral("-l"), QStringLiteral("probe")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // A file in the volume, written through the service's task.
        const QString inTask =
            QStringLiteral("c=$(docker ps -q -f label=com.docker.swarm.service.name=probe | head "
                           "-1); [ -n \"$c\" ] && docker exec \"$c\" /bin/dash -c %1");
        QString written;
        for (int i = 0; i < 3 && written != QLatin1String("ok"); ++i)
            written =
                inNode(i, inTask.arg(QStringLiteral("'echo kept > /data/marker && echo ok'")));
        QCOMPARE(written, QStringLiteral("ok"));

        QElapsedTimer t;
        t.start();
        r = hive({QStringLiteral("recover"), QStringLiteral("drbd"), QStringLiteral("probe_data"),
                  QStringLiteral("--grow"), QStringLiteral("200M"), QStringLiteral("-y")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(ContextFile::read(m_dir.filePath(QStringLiteral("inventory/services.yml")))
                    .contains("size: 200M"));
        const QFileInfoList archives =
            QDir(m_dir.filePath(QStringLiteral(".hive/private/backups")))
                .entryInfoList({QStringLiteral("volume-probe_data-*.tar.gz")}, QDir::Files);
        QCOMPARE(archives.size(), 1);
        QVERIFY(!(archives.first().permissions() & (QFile::ReadOther | QFile::ReadGroup)));
        // The file is there again, wherever the task runs now.
        QString kept;
        for (int i = 0; i < 3 && kept != QLatin1String("kept"); ++i)
            kept = inNode(i, inTask.arg(QStringLiteral("'read l < /data/marker; echo $l'")));
        QCOMPARE(kept, QStringLiteral("kept"));
        // Nothing left for `hive recover resume`: the phases run on.
        QVERIFY2(QDir(m_dir.filePath(QStringLiteral(".hive/private/journal"))).isEmpty(QDir::Files),
                 qPrintable(QDir(m_dir.filePath(QStringLiteral(".hive/private/journal")))
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
        const QString journal = m_dir.filePath(QStringLiteral(".hive/private/journal"));
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
                    {QStringLiteral("-r"), m_dir.path(), QStringLiteral("recover"),
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
                there = inNode(0, serviceThere);
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
            r = hive({QStringLiteral("doctor")});
            QVERIFY2(r.out.contains("an interrupted grow-volume left volume probe_data being "
                                    "rebuilt") &&
                         r.out.contains("hive recover resume"),
                     qPrintable(r.describe()));
            const double cutAt = double(t.elapsed()) / 1000.0;
            r = hive({QStringLiteral("recover"), QStringLiteral("resume"), QStringLiteral("-y")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY2(QDir(journal).isEmpty(QDir::Files), qPrintable(r.describe()));
            QVERIFY(ContextFile::read(m_dir.filePath(QStringLiteral("inventory/services.yml")))
                        .contains(QByteArray("size: ") + cut.size));
            kept.clear();
            for (int i = 0; i < 3 && kept != QLatin1String("kept"); ++i)
                kept = inNode(i, inTask.arg(QStringLiteral("'read l < /data/marker; echo $l'")));
            QCOMPARE(kept, QStringLiteral("kept"));
            qInfo("drill volume grow interrupted by %s with the volume removed (at %.1f s): "
                  "finished by recover resume, the service's file kept; %.1f s",
                  cut.name, cutAt, double(t.elapsed()) / 1000.0);
        }
        r = hive({QStringLiteral("deploy-services"), QStringLiteral("-l"), QStringLiteral("probe"),
                  QStringLiteral("-D")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void cleanupTestCase()
    {
        // Worker threads that used OpenSSL (SSH, TLS) keep per-thread state
        // until they end: joined now, or LeakSanitizer reports it at exit.
        QThreadPool::globalInstance()->waitForDone();
        if (m_ready.isEmpty())
            removeBed();
    }
};

QTEST_MAIN(TestSetupHostsE2e)
#include "tst_setup_hosts_e2e.moc"
