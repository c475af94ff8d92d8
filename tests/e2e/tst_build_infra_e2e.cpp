// End to end on the test bed: the real `hive` binary builds a 4-host stage
// with the docker provider on this machine's Docker Engine (systemd + sshd +
// dockerd containers), and a prepared stage is bootstrapped on the same
// machines by root password. Real SSH, real Docker; nothing is mocked.
// Needs root and a Docker Engine (started here if none answers); skips with
// the reason otherwise, except under CI, where it must run.
#include "access/stage_files.h"
#include "engine/run_event.h"
#include "engine/run_log.h"
#include "inventory/inventory_loader.h"
#include "project/context_file.h"
#include "project/project.h"
#include "providers/first_contact_keys.h"
#include "providers/node_image_recipe.h"
#include "remote/docker_client.h"
#include "remote/host_pool.h"
#include "remote/ssh_session.h"
#include "tests/support/hive_cli_run.h"
#include "tests/support/test_bed.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace hive;

namespace {

const QString kHive = QStringLiteral("e2e.test");
const QStringList kHosts{QStringLiteral("p-hive0.e2e.test"), QStringLiteral("p-hive1.e2e.test"),
                         QStringLiteral("p-hive2.e2e.test"), QStringLiteral("p-hive3.e2e.test")};
const QStringList kAddresses{QStringLiteral("172.30.241.4"), QStringLiteral("172.30.241.5"),
                             QStringLiteral("172.30.241.6"), QStringLiteral("172.30.241.7")};
const QString kRootPassword = QStringLiteral("e2e-Root-pw-1");

const QByteArray kHiveYaml = "plugin: hive_inventory\n"
                             "name: e2e.test\n"
                             "stages:\n"
                             "  private:\n"
                             "    provider: docker\n"
                             "    separate_repository: true\n"
                             "    cidr: 172.30.241.0/24\n"
                             "    memory_size: 1024\n"
                             "  staging:\n"
                             "    provider: prepared\n"
                             "    separate_repository: true\n"
                             "    cidr: 172.30.241.0/24\n"
                             "    ip_address_list: [172.30.241.4, 172.30.241.5, 172.30.241.6, "
                             "172.30.241.7]\n"
                             "    root_password: e2e-Root-pw-1\n";

using HiveRun = HiveCliRun;

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestBuildInfraE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DockerEndpoint m_engine;
    QString m_ready; // empty when the bed can run

    QString context(const QString &stage) const
    {
        return m_dir.filePath(QStringLiteral(".hive/") + stage);
    }

    HiveRun hive(const QStringList &args, int timeoutMs = 15 * 60 * 1000) const
    {
        return HiveCliRun::run(QStringLiteral(HIVE_BINARY), m_dir.path(), args, timeoutMs);
    }

    static QString describe(const HiveRun &r) { return r.describe(); }

    static QHash<QString, RunEvent::Status> statuses(const HiveRun &r, const QString &step)
    {
        return r.statuses(step);
    }

    SshEndpoint endpoint(int i, const QString &stage) const
    {
        SshEndpoint e;
        e.name = kHosts.at(i);
        e.address = kAddresses.at(i);
        e.user = QStringLiteral("admin");
        e.identityFile = StageFiles::keyPath(context(stage));
        e.knownHostsFile = StageFiles::knownHostsPath(context(stage));
        e.policy = SshEndpoint::HostKeyPolicy::RequireKnown;
        e.connectTimeoutSeconds = 5;
        return e;
    }

    bool running(const QString &container) const
    {
        return DockerClient(m_engine)
            .inspectContainer(container)
            .object()
            .value(QStringLiteral("State"))
            .toObject()
            .value(QStringLiteral("Running"))
            .toBool();
    }

    // Runs a shell command inside a node as root (the bed's back door, for faults).
    QByteArray inNode(int i, const QString &script) const
    {
        return TestBed::inNode(m_engine, kHosts.at(i), script, 60000);
    }

private slots:
    void initTestCase()
    {
        m_ready = TestBed::prepare(m_engine);
        if (!m_ready.isEmpty())
            return;
        QDir().mkpath(m_dir.filePath(QStringLiteral("inventory")));
        bool changed = false;
        QString error;
        QVERIFY(ContextFile::writeIfChanged(m_dir.filePath(QStringLiteral("inventory/hive.yml")),
                                            kHiveYaml, changed, error));
        // What a killed earlier run may have left behind.
        TestBed::remove(m_engine, kHosts, QStringLiteral("hive.private.e2e.test"));
    }

    void buildsFourHostsThatAnswerSshAndDocker()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveRun r = hive({QStringLiteral("build-infra"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const auto hosts = statuses(r, QStringLiteral("hosts"));
        QCOMPARE(hosts.size(), 4);
        for (const QString &h : kHosts)
            QCOMPARE(hosts.value(h), RunEvent::Status::Changed);
        qInfo("first build-infra (node image %s): %.1f s",
              statuses(r, QStringLiteral("node-image")).value(QString()) == RunEvent::Status::Ok
                  ? "reused"
                  : "built",
              double(r.elapsedMs) / 1000.0);

        // The context dir: key pair, known_hosts with the pinned keys, ssh_config; owner only.
        const QString ctx = context(QStringLiteral("private"));
        // The run is recorded: replaying its log gives exactly what --json
        // printed (but where start_phase moved, which is said last and not
        // logged), and start_phase moved on to setup-hosts.
        const QList<RunLog::Entry> runs = RunLog::list(
            RunLog::runsDir(m_dir.filePath(QStringLiteral(".hive")), QStringLiteral("private")));
        QVERIFY(!runs.isEmpty());
        QCOMPARE(runs.first().phase, QStringLiteral("build-infra"));
        struct Collector : RunEventSink
        {
            QList<RunEvent> events;
            void post(const RunEvent &e) override { events << e; }
        } replayed;
        QString replayError;
        QVERIFY2(RunLog::replay(runs.first().path, &replayed, replayError),
                 qPrintable(replayError));
        QList<RunEvent> printed = r.events;
        QVERIFY(!printed.isEmpty());
        const RunEvent moved = printed.takeLast();
        QCOMPARE(int(moved.kind), int(RunEvent::Kind::StartPhaseMoved));
        QCOMPARE(moved.phase + QStringLiteral(" → ") + moved.text,
                 QStringLiteral("build-infra → setup-hosts"));
        QCOMPARE(replayed.events.size(), printed.size());
        for (int i = 0; i < printed.size(); ++i)
            QCOMPARE(replayed.events.at(i).toJson(), printed.at(i).toJson());
        QVERIFY(ContextFile::read(m_dir.filePath(QStringLiteral(".hive/persistents.yml")))
                    .contains("setup-hosts"));
        for (const char *f : {"id_ed25519", "known_hosts", "ssh_config"})
            QCOMPARE(modeOf(ctx + QLatin1Char('/') + QLatin1String(f)), 0600);
        const QByteArray config = ContextFile::read(StageFiles::sshConfigPath(ctx));
        for (int i = 0; i < 4; ++i)
            QVERIFY(config.contains("Host " + kHosts.at(i).toUtf8()));

        // Every host answers SSH (keys only, pinned host keys) and runs its own dockerd.
        HostPool pool;
        for (int i = 0; i < 4; ++i)
            pool.addHost(endpoint(i, QStringLiteral("private")));
        HostPool::RunOptions options;
        options.asRoot = true;
        options.timeoutMs = 30000;
        const auto results = pool.runOnAll(
            kHosts, QStringLiteral("docker info --format '{{.ServerVersion}} {{.Driver}}'"),
            options);
        for (const QString &h : kHosts) {
            const CommandResult c = results.value(h);
            QVERIFY2(c.succeeded(), qPrintable(h + QStringLiteral(": ") + c.error + c.stderrText));
            QVERIFY2(c.stdoutText.contains(QStringLiteral("overlay2")), qPrintable(c.stdoutText));
        }
        // The host name and address are the inventory's.
        const QStringList names =
            pool.run(kHosts.at(2), QStringLiteral("hostname; hostname -I"), {})
                .stdoutText.simplified()
                .split(QLatin1Char(' '));
        QCOMPARE(names.value(0), kHosts.at(2));
        QVERIFY2(names.contains(kAddresses.at(2)), qPrintable(names.join(QLatin1Char(' '))));
    }

    void secondRunChangesNothing()
    {
        HIVE_REQUIRE_BED(m_ready);
        const HiveRun r = hive({QStringLiteral("build-infra"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        int finished = 0;
        for (const RunEvent &e : r.events) {
            if (e.kind != RunEvent::Kind::HostFinished)
                continue;
            ++finished;
            QVERIFY2(e.status == RunEvent::Status::Ok,
                     qPrintable(e.step + QLatin1Char(' ') + e.host + QLatin1Char(' ') + e.text));
        }
        QVERIFY(finished >= 4 * 3); // hosts, known-hosts, wait-ssh at least
        qInfo("build-infra with nothing to do: %.1f s", double(r.elapsedMs) / 1000.0);
    }

    void hangingCommandIsCancelledByTimeout()
    {
        HIVE_REQUIRE_BED(m_ready);
        HostPool pool;
        pool.addHost(endpoint(0, QStringLiteral("private")));
        HostPool::RunOptions options;
        options.timeoutMs = 1500;
        QElapsedTimer t;
        t.start();
        const CommandResult r = pool.run(kHosts.at(0), QStringLiteral("sleep 120"), options);
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QVERIFY(t.elapsed() < 15000);
        QVERIFY2(r.error.contains(kHosts.at(0)), qPrintable(r.error));
        // The host is still usable afterwards.
        QVERIFY(pool.run(kHosts.at(0), QStringLiteral("true"), {}).succeeded());
    }

    void droppedIdleConnectionIsReopenedTransparently()
    {
        HIVE_REQUIRE_BED(m_ready);
        HostPool pool;
        pool.addHost(endpoint(0, QStringLiteral("private")));
        pool.setKeepAliveSeconds(0); // probe before every reuse
        QVERIFY(pool.run(kHosts.at(0), QStringLiteral("true"), {}).succeeded());
        QCOMPARE(pool.connectionsOpened(), 1);
        QVERIFY(pool.run(kHosts.at(0), QStringLiteral("true"), {}).succeeded());
        QCOMPARE(pool.connectionsOpened(), 1); // alive: reused
        // The host drops the connection (sshd restarted, NAT timeout, reboot ...).
        inNode(0, QStringLiteral("pkill -f 'sshd: admin' || true"));
        QThread::msleep(300);
        const CommandResult r = pool.run(kHosts.at(0), QStringLiteral("echo again"), {});
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.stdoutText.trimmed(), QStringLiteral("again"));
        QCOMPARE(pool.connectionsOpened(), 2);
    }

    void hostStoppedMidCommandFailsAloneWithItsName()
    {
        HIVE_REQUIRE_BED(m_ready);
        HostPool pool;
        for (int i = 0; i < 4; ++i)
            pool.addHost(endpoint(i, QStringLiteral("private")));
        HostPool::RunOptions options;
        options.timeoutMs = 20000;
        // Open every connection first, so the stop hits a running command.
        pool.runOnAll(kHosts, QStringLiteral("true"), options);
        std::thread stopper([this] {
            QThread::msleep(1500);
            DockerClient(m_engine).stopContainer(kHosts.at(3), 0);
        });
        const auto results =
            pool.runOnAll(kHosts, QStringLiteral("sleep 5; echo finished"), options);
        stopper.join();
        for (int i = 0; i < 3; ++i) {
            const CommandResult c = results.value(kHosts.at(i));
            QVERIFY2(c.succeeded(), qPrintable(kHosts.at(i) + QStringLiteral(": ") + c.error));
            QCOMPARE(c.stdoutText.trimmed(), QStringLiteral("finished"));
        }
        const CommandResult lost = results.value(kHosts.at(3));
        QVERIFY(!lost.succeeded());
        QVERIFY2(lost.error.contains(kHosts.at(3)), qPrintable(lost.error));
        qInfo("stopped host reported as: %s", qPrintable(lost.error));
    }

    void haltWithLimitThenBuildRestarts()
    {
        HIVE_REQUIRE_BED(m_ready);
        // p-hive3 was stopped by the previous test: build-infra starts it again.
        HiveRun r = hive({QStringLiteral("build-infra"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(statuses(r, QStringLiteral("hosts")).value(kHosts.at(3)),
                 RunEvent::Status::Changed);
        QCOMPARE(statuses(r, QStringLiteral("hosts")).value(kHosts.at(0)), RunEvent::Status::Ok);

        r = hive({QStringLiteral("build-infra"), QStringLiteral("-H"), QStringLiteral("-l"),
                  QStringLiteral("p-hive2")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(!running(kHosts.at(2)));
        QVERIFY(running(kHosts.at(1)));

        r = hive({QStringLiteral("build-infra"), QStringLiteral("-H")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        for (const QString &h : kHosts)
            QVERIFY2(!running(h), qPrintable(h));

        r = hive({QStringLiteral("build-infra"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        for (const QString &h : kHosts) {
            QVERIFY(running(h));
            QCOMPARE(statuses(r, QStringLiteral("wait-ssh")).value(h), RunEvent::Status::Ok);
        }
    }

    void changedHostKeyIsRefused()
    {
        HIVE_REQUIRE_BED(m_ready);
        const QString before = QString::fromUtf8(
            ContextFile::read(StageFiles::knownHostsPath(context(QStringLiteral("private")))));
        inNode(1,
               QStringLiteral(
                   "rm -f /etc/ssh/ssh_host_*; ssh-keygen -A >/dev/null; systemctl restart ssh"));
        SshSession session;
        QString error;
        QVERIFY(!session.connect(endpoint(1, QStringLiteral("private")), error));
        QCOMPARE(session.lastConnectFailure(), SshSession::ConnectFailure::HostKey);
        QVERIFY2(error.contains(kHosts.at(1)) && error.contains(QStringLiteral("CHANGED")),
                 qPrintable(error));
        QVERIFY2(error.contains(session.hostKeyFingerprint()), qPrintable(error));
        QVERIFY2(error.count(QStringLiteral("SHA256:")) >= 2, qPrintable(error)); // both keys

        // The system ssh through the generated ssh_config refuses it too.
        const HiveRun viaSsh = hive({QStringLiteral("ssh"), QStringLiteral("-t"), kHosts.at(1),
                                     QStringLiteral("--"), QStringLiteral("true")},
                                    60000);
        QVERIFY2(viaSsh.exitCode != 0, qPrintable(describe(viaSsh)));
        QVERIFY2(viaSsh.err.contains("IDENTIFICATION HAS CHANGED") ||
                     viaSsh.err.contains("Host key verification failed"),
                 qPrintable(describe(viaSsh)));
        // Nothing was accepted behind the user's back.
        QCOMPARE(QString::fromUtf8(ContextFile::read(
                     StageFiles::knownHostsPath(context(QStringLiteral("private"))))),
                 before);

        // build-infra reads the new keys inside the container it manages (a trusted
        // channel) and pins them; then SSH works again.
        const HiveRun r = hive({QStringLiteral("build-infra"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(statuses(r, QStringLiteral("known-hosts")).value(kHosts.at(1)),
                 RunEvent::Status::Changed);
        QVERIFY(session.connect(endpoint(1, QStringLiteral("private")), error));
    }

    void preparedBootstrapsWithRootPasswordOnce()
    {
        HIVE_REQUIRE_BED(m_ready);
        // Machines as a data centre hands them over: root may log in with a password.
        for (int i = 0; i < 4; ++i) {
            inNode(i,
                   QStringLiteral("echo 'root:%1' | chpasswd && printf 'PermitRootLogin yes\\n' "
                                  "> /etc/ssh/sshd_config.d/10-root.conf && systemctl restart ssh")
                       .arg(kRootPassword));
        }
        // Hosts seen for the first time: no root password goes there until
        // the user has checked the keys shown (the host's own fingerprint),
        // and nothing of the first contact is kept.
        const QString known = StageFiles::knownHostsPath(context(QStringLiteral("staging")));
        HiveRun r =
            hive({QStringLiteral("-s"), QStringLiteral("staging"), QStringLiteral("build-infra")});
        QVERIFY2(r.exitCode == 1 && r.out.contains("is seen for the first time") &&
                     r.out.contains("--trust-new-host-keys"),
                 qPrintable(describe(r)));
        const QString keyOfHost0 =
            inNode(0, QStringLiteral("for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf "
                                     "\"$k\"; done"));
        bool shown = false;
        for (const QString &line : keyOfHost0.split(QLatin1Char('\n')))
            shown = shown || r.out.contains(line.section(QLatin1Char(' '), 1, 1).toUtf8());
        QVERIFY2(shown, qPrintable(keyOfHost0 + QLatin1Char('\n') + describe(r)));
        for (const QString &a : kAddresses)
            QVERIFY(!ContextFile::read(known).contains(a.toUtf8() + ' '));
        const QStringList staged{
            QStringLiteral("s-hive0.e2e.test"), QStringLiteral("s-hive1.e2e.test"),
            QStringLiteral("s-hive2.e2e.test"), QStringLiteral("s-hive3.e2e.test")};

        // Keys pinned in the stage stand for the user's check: hosts 1-3 are
        // set up without --trust-new-host-keys; host 0, pinned to a key it
        // does not have (a machine in its place), gets nothing.
        const auto fingerprintsOf = [this](int i) {
            QStringList prints;
            const QString listed = QString::fromUtf8(
                inNode(i, QStringLiteral("for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen "
                                         "-lf \"$k\"; done")));
            for (const QString &line : listed.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                prints << line.section(QLatin1Char(' '), 1, 1);
            return prints;
        };
        // What the app shows before it asks for that check: every host
        // waiting for it, with the key it shows (nothing recorded).
        const auto waiting = [this] {
            Project::Options options;
            options.rootDir = m_dir.path();
            options.stage = QStringLiteral("staging");
            Project project;
            DiagnosticList diags;
            if (!Project::open(options, project, diags))
                return QList<FirstContactKeys::Host>();
            const LoadedInventory loaded =
                InventoryLoader::load(InventoryLoader::collect(project.inventoryDir(), diags));
            return FirstContactKeys::scan(project, loaded);
        };
        const QList<FirstContactKeys::Host> seen = waiting();
        QCOMPARE(seen.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(seen.at(i).address, kAddresses.at(i));
            QVERIFY2(fingerprintsOf(i).contains(seen.at(i).fingerprint),
                     qPrintable(seen.at(i).fingerprint + seen.at(i).problem));
        }
        for (const QString &a : kAddresses)
            QVERIFY(!ContextFile::read(known).contains(a.toUtf8() + ' '));

        QByteArray pinned = kHiveYaml + "    host_keys:\n";
        pinned += "      " + kAddresses.at(0).toUtf8() +
                  ": SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n";
        for (int i = 1; i < 4; ++i)
            pinned += "      " + kAddresses.at(i).toUtf8() + ": [" +
                      fingerprintsOf(i).join(QStringLiteral(", ")).toUtf8() + "]\n";
        const QString hiveYml = m_dir.filePath(QStringLiteral("inventory/hive.yml"));
        bool written = false;
        QString error;
        QVERIFY(ContextFile::writeIfChanged(hiveYml, pinned, written, error));
        r = hive({QStringLiteral("-s"), QStringLiteral("staging"), QStringLiteral("build-infra"),
                  QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 1 && r.out.contains("not the one pinned"), qPrintable(describe(r)));
        QCOMPARE(statuses(r, QStringLiteral("hosts")).value(staged.at(0)),
                 RunEvent::Status::Failed);
        for (int i = 1; i < 4; ++i)
            QCOMPARE(statuses(r, QStringLiteral("hosts")).value(staged.at(i)),
                     RunEvent::Status::Changed);
        QVERIFY(!ContextFile::read(known).contains(kAddresses.at(0).toUtf8() + ' '));
        QCOMPARE(waiting().size(), 0); // 1-3 known now, 0 pinned (wrongly)
        QVERIFY(ContextFile::writeIfChanged(hiveYml, kHiveYaml, written, error));
        QCOMPARE(waiting().size(), 1);

        // The app's Trust and Run Again passes the keys it showed
        // (--host-key): one that is not the host's gets nothing.
        r = hive({QStringLiteral("-s"), QStringLiteral("staging"), QStringLiteral("build-infra"),
                  QStringLiteral("--host-key"),
                  kAddresses.at(0) +
                      QStringLiteral("=SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")});
        QVERIFY2(r.exitCode == 1 && r.out.contains("not the one pinned"), qPrintable(describe(r)));
        QCOMPARE(waiting().size(), 1);

        // Without pins, the user's word after checking the fingerprint shown.
        r = hive({QStringLiteral("-s"), QStringLiteral("staging"), QStringLiteral("build-infra"),
                  QStringLiteral("--trust-new-host-keys"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(statuses(r, QStringLiteral("hosts")).value(staged.at(0)),
                 RunEvent::Status::Changed);
        for (int i = 1; i < 4; ++i)
            QCOMPARE(statuses(r, QStringLiteral("hosts")).value(staged.at(i)),
                     RunEvent::Status::Ok);
        // First contact recorded the host keys.
        for (const QString &a : kAddresses)
            QVERIFY(ContextFile::read(known).contains(a.toUtf8() + ' '));
        QCOMPARE(modeOf(known), 0600);

        // Root password login is gone; the hive's key is all it needs from now on.
        for (int i = 0; i < 4; ++i)
            inNode(i, QStringLiteral(
                          "rm -f /etc/ssh/sshd_config.d/10-root.conf && passwd -l root >/dev/null "
                          "&& systemctl restart ssh"));
        r = hive({QStringLiteral("-s"), QStringLiteral("staging"), QStringLiteral("build-infra"),
                  QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        for (const QString &h : staged) {
            QCOMPARE(statuses(r, QStringLiteral("hosts")).value(h), RunEvent::Status::Ok);
            QCOMPARE(statuses(r, QStringLiteral("wait-ssh")).value(h), RunEvent::Status::Ok);
        }
    }

    void destroyRemovesWhatItMadeAndNothingElse()
    {
        HIVE_REQUIRE_BED(m_ready);
        DockerClient docker(m_engine);
        // Things that look alike but are not the hive's.
        QVERIFY(docker.createVolume(QStringLiteral("e2e-sentinel.docker")).ok);
        const QJsonObject sentinelSpec{
            {QStringLiteral("Image"), NodeImageRecipe::standard().reference()},
            {QStringLiteral("Labels"),
             QJsonObject{{QStringLiteral("studio.hive.name"), QStringLiteral("other.hive")},
                         {QStringLiteral("studio.hive.stage"), QStringLiteral("private")}}}};
        docker.removeContainer(QStringLiteral("e2e-sentinel"), true);
        QVERIFY(docker.createContainer(QStringLiteral("e2e-sentinel"), sentinelSpec).ok);

        const HiveRun check =
            hive({QStringLiteral("build-infra"), QStringLiteral("-D"), QStringLiteral("-C")});
        QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
        QVERIFY(running(kHosts.at(0))); // -C changed nothing

        const HiveRun r = hive({QStringLiteral("build-infra"), QStringLiteral("-D")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        for (const QString &h : kHosts) {
            QCOMPARE(docker.inspectContainer(h).status, 404);
            QVERIFY(!docker.call("GET", QStringLiteral("/volumes/") + h + QStringLiteral(".docker"))
                         .ok);
        }
        QCOMPARE(docker.inspectNetwork(QStringLiteral("hive.private.e2e.test")).status, 404);
        QVERIFY(docker.inspectContainer(QStringLiteral("e2e-sentinel")).ok);
        QVERIFY(docker.call("GET", QStringLiteral("/volumes/e2e-sentinel.docker")).ok);
        QVERIFY(docker.inspectImage(NodeImageRecipe::standard().reference())
                    .ok); // the image is kept for next time
        docker.removeContainer(QStringLiteral("e2e-sentinel"), true);
        docker.removeVolume(QStringLiteral("e2e-sentinel.docker"));

        // The pinned keys of removed hosts are forgotten; a rebuilt host gets new ones.
        QVERIFY(!ContextFile::read(StageFiles::knownHostsPath(context(QStringLiteral("private"))))
                     .contains(kAddresses.at(0).toUtf8()));
        // A second -D has nothing left to do.
        const HiveRun again = hive({QStringLiteral("build-infra"), QStringLiteral("-D")});
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    }

    void cleanupTestCase()
    {
        if (m_ready.isEmpty())
            TestBed::remove(m_engine, kHosts, QStringLiteral("hive.private.e2e.test"));
    }
};

QTEST_GUILESS_MAIN(TestBuildInfraE2e)
#include "tst_build_infra_e2e.moc"
