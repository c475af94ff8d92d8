// The pieces build-infra is made of that need no hosts: run events, the
// context files (known_hosts, ssh_config), the Debian mirror lookup, the
// admin bootstrap script, the node image recipe and -l host selection.
#include "access/host_selection.h"
#include "engine/run_event.h"
#include "engine/run_event_sink.h"
#include "engine/run_reporter.h"
#include "project/context_file.h"
#include "providers/admin_bootstrap.h"
#include "providers/debian_mirror.h"
#include "providers/node_image_recipe.h"
#include "remote/known_hosts_file.h"
#include "remote/local_command.h"
#include "remote/ssh_config_file.h"
#include "tests/support/collecting_sink.h"
#include "tests/support/inventory_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <vector>

using namespace hive;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestProviderParts : public QObject
{
    Q_OBJECT

private slots:
    void runEventRoundTripsThroughJson()
    {
        RunEvent e;
        e.kind = RunEvent::Kind::HostFinished;
        e.status = RunEvent::Status::Changed;
        e.phase = QStringLiteral("build-infra");
        e.step = QStringLiteral("hosts");
        e.host = QStringLiteral("p-hive0.pdns");
        e.text = QStringLiteral("作成しました");
        e.elapsedMs = 1234;
        e.timeMs = 1700000000123;
        RunEvent back;
        QVERIFY(RunEvent::fromJson(e.toJson(), back));
        QCOMPARE(back.kind, e.kind);
        QCOMPARE(back.status, e.status);
        QCOMPARE(back.host, e.host);
        QCOMPARE(back.text, e.text);
        QCOMPARE(back.elapsedMs, e.elapsedMs);
        QCOMPARE(back.timeMs, e.timeMs);
        QJsonObject bad = e.toJson();
        bad.insert(QStringLiteral("event"), QStringLiteral("exploded"));
        QVERIFY(!RunEvent::fromJson(bad, back));
    }

    void reporterTimesAndCountsHosts()
    {
        CollectingSink sink;
        RunReporter reporter(&sink, QStringLiteral("build-infra"));
        reporter.phaseStarted();
        reporter.stepStarted(QStringLiteral("hosts"));
        reporter.hostStarted(QStringLiteral("hosts"), QStringLiteral("a"));
        reporter.hostStarted(QStringLiteral("hosts"), QStringLiteral("b"));
        QTest::qWait(20);
        reporter.hostFinished(QStringLiteral("hosts"), QStringLiteral("a"), RunEvent::Status::Ok);
        reporter.hostFinished(QStringLiteral("hosts"), QStringLiteral("b"),
                              RunEvent::Status::Changed);
        reporter.stepFinished(QStringLiteral("hosts"), RunEvent::Status::Ok);
        QCOMPARE(reporter.phaseFinished(), RunEvent::Status::Changed);
        QCOMPARE(sink.events.size(), 8);
        QCOMPARE(sink.events.at(4).kind, RunEvent::Kind::HostFinished);
        QVERIFY(sink.events.at(4).elapsedMs >= 20);
        QCOMPARE(sink.events.at(4).phase, QStringLiteral("build-infra"));
        reporter.hostFinished(QStringLiteral("hosts"), QStringLiteral("c"),
                              RunEvent::Status::Failed);
        QVERIFY(reporter.failed());
        QCOMPARE(reporter.phaseFinished(), RunEvent::Status::Failed);
    }

    void contextFilesAreOwnerOnlyAndWrittenOnlyWhenDifferent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ctx/private/ssh_config"));
        bool changed = false;
        QString error;
        QVERIFY(ContextFile::writeIfChanged(path, "one\n", changed, error));
        QVERIFY(changed);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("ctx/private"))), 0700);
        QVERIFY(ContextFile::writeIfChanged(path, "one\n", changed, error));
        QVERIFY(!changed);
        QVERIFY(ContextFile::writeIfChanged(path, "two\n", changed, error));
        QVERIFY(changed);
        QCOMPARE(ContextFile::read(path), QByteArray("two\n"));
        // A folder that cannot be made: a clear error naming it, nothing written.
        writeFile(dir.filePath(QStringLiteral("blocker")), "x");
        QVERIFY(!ContextFile::writeIfChanged(dir.filePath(QStringLiteral("blocker/sub/f")), "x",
                                             changed, error));
        QVERIFY2(error.contains(QStringLiteral("blocker")), qPrintable(error));
    }

    void knownHostsPinsReplacesAndForgets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("known_hosts"));
        writeFile(path, "10.0.0.9 ssh-ed25519 AAAAother\n");
        bool changed = false;
        QString error;
        const QStringList keys{QStringLiteral("ssh-ed25519 AAAAone root@p-hive0"),
                               QStringLiteral("ecdsa-sha2-nistp256 AAAAtwo root@p-hive0")};
        QVERIFY(KnownHostsFile::pin(path, QStringLiteral("10.0.0.4"), 22, keys, changed, error));
        QVERIFY(changed);
        QCOMPARE(ContextFile::read(path),
                 QByteArray("10.0.0.9 ssh-ed25519 AAAAother\n10.0.0.4 ssh-ed25519 AAAAone\n"
                            "10.0.0.4 ecdsa-sha2-nistp256 AAAAtwo\n"));
        // Same keys in another order: nothing to do.
        QVERIFY(KnownHostsFile::pin(path, QStringLiteral("10.0.0.4"), 22, {keys.at(1), keys.at(0)},
                                    changed, error));
        QVERIFY(!changed);
        QVERIFY(KnownHostsFile::pin(path, QStringLiteral("10.0.0.4"), 22,
                                    {QStringLiteral("ssh-ed25519 AAAAnew")}, changed, error));
        QVERIFY(changed);
        QCOMPARE(KnownHostsFile::keysOf(path, QStringLiteral("10.0.0.4"), 22),
                 QStringList{QStringLiteral("ssh-ed25519 AAAAnew")});
        QCOMPARE(KnownHostsFile::hostPattern(QStringLiteral("10.0.0.4"), 2222),
                 QStringLiteral("[10.0.0.4]:2222"));
        QVERIFY(KnownHostsFile::forget(path, {QStringLiteral("10.0.0.4")}, changed, error));
        QVERIFY(changed);
        QCOMPARE(ContextFile::read(path), QByteArray("10.0.0.9 ssh-ed25519 AAAAother\n"));
    }

    void knownHostsChangesFromParallelHostsAreNotLost()
    {
        // Hosts are reached in parallel: each records its key on first
        // contact, and some forget theirs again (prepared hosts the user has
        // not confirmed yet). No change may undo another's.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("known_hosts"));
        constexpr int kHosts = 16;
        constexpr int kRounds = 20;
        for (int round = 0; round < kRounds; ++round) {
            std::vector<std::thread> threads;
            for (int i = 0; i < kHosts; ++i) {
                threads.emplace_back([&path, i] {
                    const QString address = QStringLiteral("10.0.1.%1").arg(i);
                    QString error;
                    bool changed = false;
                    KnownHostsFile::record(path, address, 22,
                                           QStringLiteral("ssh-ed25519 AAAA%1").arg(i), error);
                    if (i % 2)
                        KnownHostsFile::forget(path, {address}, changed, error);
                });
            }
            for (std::thread &t : threads)
                t.join();
            for (int i = 0; i < kHosts; ++i) {
                const QStringList keys =
                    KnownHostsFile::keysOf(path, QStringLiteral("10.0.1.%1").arg(i), 22);
                QCOMPARE(keys.isEmpty(), i % 2 == 1);
            }
            QFile::remove(path);
        }
        // A host already recorded keeps its key.
        QString error;
        QVERIFY(KnownHostsFile::record(path, QStringLiteral("10.0.0.4"), 22,
                                       QStringLiteral("ssh-ed25519 AAAAfirst"), error));
        QVERIFY(KnownHostsFile::record(path, QStringLiteral("10.0.0.4"), 22,
                                       QStringLiteral("ssh-ed25519 AAAAsecond"), error));
        QCOMPARE(KnownHostsFile::keysOf(path, QStringLiteral("10.0.0.4"), 22),
                 QStringList{QStringLiteral("ssh-ed25519 AAAAfirst")});
    }

    void sshConfigNamesEveryHostWithStrictChecking()
    {
        const QByteArray config = SshConfigFile::render(
            QStringLiteral("stage private of pdns"),
            {{QStringLiteral("p-hive0.pdns"), QStringLiteral("10.0.0.4"), 22},
             {QStringLiteral("p-hive1.pdns"), QStringLiteral("10.0.0.5"), 2222}},
            QStringLiteral("admin"), QStringLiteral("/ctx/id_ed25519"),
            QStringLiteral("/ctx/known_hosts"));
        QCOMPARE(SshConfigFile::hostNames(config),
                 (QStringList{QStringLiteral("p-hive0.pdns"), QStringLiteral("p-hive0"),
                              QStringLiteral("p-hive1.pdns"), QStringLiteral("p-hive1")}));
        QVERIFY(config.contains("Host p-hive0.pdns p-hive0\n  HostName 10.0.0.4\n  User admin\n"));
        QVERIFY(config.contains("  Port 2222\n"));
        QCOMPARE(config.count("StrictHostKeyChecking yes"), 2);
        QVERIFY(config.contains("UserKnownHostsFile \"/ctx/known_hosts\""));
        QVERIFY(!config.contains("StrictHostKeyChecking no"));
        // Read back as the Docker API's SSH tunnels read it.
        const QList<SshEndpoint> back = SshConfigFile::endpoints(config);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).name, QStringLiteral("p-hive0.pdns"));
        QCOMPARE(back.at(0).address, QStringLiteral("10.0.0.4"));
        QCOMPARE(back.at(0).port, 22);
        QCOMPARE(back.at(1).port, 2222);
        QCOMPARE(back.at(1).user, QStringLiteral("admin"));
        QCOMPARE(back.at(1).identityFile, QStringLiteral("/ctx/id_ed25519"));
        QCOMPARE(back.at(1).knownHostsFile, QStringLiteral("/ctx/known_hosts"));
        QCOMPARE(back.at(1).policy, SshEndpoint::HostKeyPolicy::RequireKnown);
    }

    void debianMirrorComesFromAptsOwnConfiguration()
    {
        QTemporaryDir dir;
        QString url;
        QString error;
        QVERIFY(!DebianMirror::find(dir.path(), url, error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));

        writeFile(
            dir.filePath(QStringLiteral("sources.list")),
            "# comment\ndeb http://security.debian.org/debian-security bookworm-security main\n"
            "deb [arch=amd64] http://ftp.jp.debian.org/debian/ bookworm main\n");
        QVERIFY(DebianMirror::find(dir.path(), url, error));
        QCOMPARE(url, QStringLiteral("http://ftp.jp.debian.org/debian/"));

        // deb822 files win over the one-line format.
        writeFile(
            dir.filePath(QStringLiteral("sources.list.d/debian.sources")),
            "Types: deb\nURIs: http://mirror.example.jp/debian-security\n"
            "Suites: bookworm-security\n\nTypes: deb\nURIs: https://mirror.example.jp/debian\n"
            "Suites: bookworm bookworm-updates\nComponents: main\n");
        QVERIFY(DebianMirror::find(dir.path(), url, error));
        QCOMPARE(url, QStringLiteral("https://mirror.example.jp/debian"));
    }

    void adminBootstrapScriptIsIdempotentOnThisMachinesShell()
    {
        QVERIFY(AdminBootstrap::isValidUserName(QStringLiteral("admin")));
        QVERIFY(AdminBootstrap::isValidUserName(QStringLiteral("hive_ops-1")));
        QVERIFY(!AdminBootstrap::isValidUserName(QStringLiteral("root")));
        QVERIFY(!AdminBootstrap::isValidUserName(QStringLiteral("Admin")));
        QVERIFY(!AdminBootstrap::isValidUserName(QStringLiteral("a;rm -rf /")));
        bool changed = true;
        QVERIFY(AdminBootstrap::parseOutput(QStringLiteral("noise\nhive-bootstrap changed=0\n"),
                                            changed));
        QVERIFY(!changed);
        QVERIFY(!AdminBootstrap::parseOutput(QStringLiteral("useradd: failure\n"), changed));
        // The script must at least be valid POSIX shell.
        LocalCommand::Options options;
        const CommandResult r = LocalCommand::run(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-n"), QStringLiteral("-c"), AdminBootstrap::script()}, options);
        QVERIFY2(r.succeeded(), qPrintable(r.stderrText));
    }

    void nodeImageTagFollowsTheRecipe()
    {
        const NodeImageRecipe a = NodeImageRecipe::standard();
        QVERIFY(a.script.contains("hive-node-init"));
        QVERIFY(a.packages.contains(QStringLiteral("openssh-server")));
        QCOMPARE(a.tag(), NodeImageRecipe::standard().tag());
        QVERIFY(a.reference().startsWith(QStringLiteral("hive-studio/node:bookworm-")));
        NodeImageRecipe b = a;
        b.script += "# changed\n";
        QVERIFY(b.tag() != a.tag());
        NodeImageRecipe c = a;
        c.packages << QStringLiteral("vim");
        QVERIFY(c.tag() != a.tag());
    }

    void localCommandStreamsLinesTimesOutAndCancels()
    {
        QStringList lines;
        LocalCommand::Options options;
        options.onLine = [&](LocalCommand::Stream s, const QString &line) {
            lines << (s == LocalCommand::Stream::Stderr ? QStringLiteral("E:") : QString()) + line;
        };
        CommandResult r = LocalCommand::run(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("echo a; echo b >&2; printf c; exit 3")},
            options);
        QCOMPARE(r.status, CommandResult::Status::Exited);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(lines.contains(QStringLiteral("a")));
        QVERIFY(lines.contains(QStringLiteral("E:b")));
        QVERIFY(lines.contains(QStringLiteral("c")));
        QCOMPARE(r.stdoutText, QStringLiteral("a\nc\n"));

        LocalCommand::Options slow;
        slow.timeoutMs = 300;
        r = LocalCommand::run(QStringLiteral("sleep"), {QStringLiteral("30")}, slow);
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QVERIFY(r.elapsedMs < 10000);

        std::atomic_bool cancel{true};
        slow.timeoutMs = 0;
        slow.cancel = &cancel;
        r = LocalCommand::run(QStringLiteral("sleep"), {QStringLiteral("30")}, slow);
        QCOMPARE(r.status, CommandResult::Status::Cancelled);

        r = LocalCommand::run(QStringLiteral("/nonexistent/tool"), {}, options);
        QCOMPARE(r.status, CommandResult::Status::Failed);
        QVERIFY(r.error.contains(QStringLiteral("/nonexistent/tool")));
    }

    // A program stopped in its own process group takes what it started
    // with it (ansible-playbook's workers outlived it, acting on hosts).
    void aStoppedProgramsChildrenStopWithIt()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
        LocalCommand::Options o;
        o.ownProcessGroup = true;
        o.timeoutMs = 1500;
        o.stopGraceMs = 200;
        // The child ignores SIGTERM, as a busy worker may; its parent waits.
        const CommandResult r = LocalCommand::run(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("sh -c 'trap \"\" TERM; sleep 30' & echo $! > %1; wait").arg(pidFile)},
            o);
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const pid_t child = pid_t(f.readAll().trimmed().toInt());
        QVERIFY(child > 0);
        // Gone, or a zombie until init reaps it: no longer running.
        const auto running = [child] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            const QByteArray text = stat.readAll();
            return !text.mid(text.lastIndexOf(')') + 2, 1).startsWith('Z');
        };
        QTRY_VERIFY_WITH_TIMEOUT(!running(), 3000);
    }

    void limitSelectsHostsGroupsAndExclusions()
    {
        const LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\nname: pdns\nstages:\n  private:\n    provider: "
                      "docker\n"
                      "    separate_repository: true\n    cidr: 192.168.0.0/24\n")
                .load();
        QVERIFY(loaded.ok());
        const StagePlan *stage = loaded.hive.stage(QStringLiteral("private"));
        QVERIFY(stage);
        QStringList hosts;
        QString error;
        QVERIFY(HostSelection::select(*stage, loaded.inventory, {}, hosts, error));
        QCOMPARE(hosts.size(), 4);
        QVERIFY(HostSelection::select(*stage, loaded.inventory, QStringLiteral("p-hive1"), hosts,
                                      error));
        QCOMPARE(hosts, QStringList{QStringLiteral("p-hive1.pdns")});
        QVERIFY(HostSelection::select(*stage, loaded.inventory,
                                      QStringLiteral("hives,!p-hive0.pdns"), hosts, error));
        QCOMPARE(hosts,
                 (QStringList{QStringLiteral("p-hive1.pdns"), QStringLiteral("p-hive2.pdns")}));
        QVERIFY(HostSelection::select(*stage, loaded.inventory, QStringLiteral("repository"), hosts,
                                      error));
        QCOMPARE(hosts, QStringList{QStringLiteral("p-hive3.pdns")});
        QVERIFY(!HostSelection::select(*stage, loaded.inventory, QStringLiteral("p-hive9"), hosts,
                                       error));
        QVERIFY2(error.contains(QStringLiteral("p-hive9")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProviderParts)
#include "tst_provider_parts.moc"
