#include "remote/ssh_key_pair.h"
#include "remote/ssh_session.h"
#include "tests/support/sshd_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>
#include <thread>

using namespace hive;

// Talks to a real sshd on loopback (started by the fixture).
class TestSshSession : public QObject
{
    Q_OBJECT

    SshdFixture m_sshd;

private slots:
    void initTestCase()
    {
        QString whyNot;
        if (!m_sshd.start(whyNot))
            QSKIP(qPrintable(QStringLiteral("cannot run sshd here: ") + whyNot));
    }

    void firstContactIsRecordedThenRequired()
    {
        QFile::remove(m_sshd.knownHostsFile());
        SshSession session;
        QString error;
        QVERIFY2(session.connect(m_sshd.endpoint(), error), qPrintable(error));
        QVERIFY(session.hostKeyFingerprint().startsWith(QStringLiteral("SHA256:")));
        QFile known(m_sshd.knownHostsFile());
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(known.readAll().contains("ssh-ed25519"));
        QCOMPARE(known.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // Known now: a RequireKnown connection works too.
        SshEndpoint strict = m_sshd.endpoint();
        strict.policy = SshEndpoint::HostKeyPolicy::RequireKnown;
        SshSession again;
        QVERIFY2(again.connect(strict, error), qPrintable(error));
    }

    void hiveKeyPairIsMadeOnceAndWorks()
    {
        const QString key = m_sshd.dir() + QStringLiteral("/context/id_ed25519");
        const Expected<bool> created = SshKeyPair::ensure(key, QStringLiteral("hive@pdns"));
        QVERIFY2(created, qPrintable(created.error()));
        QVERIFY(*created);
        QCOMPARE(QFile(key).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        const QString line = SshKeyPair::publicKeyLine(key).value_or(QString());
        QVERIFY(line.startsWith(QStringLiteral("ssh-ed25519 ")) &&
                line.endsWith(QStringLiteral(" hive@pdns")));
        const Expected<bool> again = SshKeyPair::ensure(key, QStringLiteral("hive@pdns"));
        QVERIFY(again && !*again);
        QCOMPARE(SshKeyPair::publicKeyLine(key).value_or(QString()), line);

        // The new key logs in once it is authorised.
        QString error;
        QFile authorized(m_sshd.dir() + QStringLiteral("/authorized_keys"));
        QVERIFY(authorized.open(QIODevice::Append));
        authorized.write(line.toUtf8() + '\n');
        authorized.close();
        SshEndpoint e = m_sshd.endpoint();
        e.identityFile = key;
        SshSession session;
        QVERIFY2(session.connect(e, error), qPrintable(error));
        QVERIFY(session.run(QStringLiteral("true")).succeeded());

        QFile::setPermissions(key, QFile::permissions(key) | QFileDevice::ReadOther);
        const Expected<bool> exposed = SshKeyPair::ensure(key, QStringLiteral("hive@pdns"));
        QVERIFY(!exposed);
        QVERIFY2(exposed.error().contains(QStringLiteral("chmod 600")),
                 qPrintable(exposed.error()));
    }

    void unknownHostIsRefusedWhenRequired()
    {
        SshEndpoint strict = m_sshd.endpoint();
        strict.knownHostsFile = m_sshd.dir() + QStringLiteral("/empty/known_hosts");
        strict.policy = SshEndpoint::HostKeyPolicy::RequireKnown;
        SshSession session;
        QString error;
        QVERIFY(!session.connect(strict, error));
        QVERIFY2(error.contains(QStringLiteral("p-hive0.test")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("SHA256:")));
    }

    void runStreamsLinesAndExitStatus()
    {
        SshSession session;
        QString error;
        QVERIFY2(session.connect(m_sshd.endpoint(), error), qPrintable(error));
        QStringList seen;
        SshSession::RunOptions options;
        options.onLine = [&](SshSession::Stream s, const QString &line) {
            seen << (s == SshSession::Stream::Stdout ? QStringLiteral("out:")
                                                     : QStringLiteral("err:")) +
                        line;
        };
        const CommandResult r =
            session.run(QStringLiteral("printf 'a\\nb'; echo oops >&2; exit 3"), options);
        QCOMPARE(r.status, CommandResult::Status::Exited);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.succeeded());
        QCOMPARE(r.stdoutText, QStringLiteral("a\nb\n"));
        QCOMPARE(r.stderrText, QStringLiteral("oops\n"));
        QVERIFY(seen.contains(QStringLiteral("out:a")));
        QVERIFY(seen.contains(QStringLiteral("out:b"))); // the unterminated last line too
        QVERIFY(seen.contains(QStringLiteral("err:oops")));
        // The same session runs many commands.
        for (int i = 0; i < 20; ++i)
            QVERIFY(session.run(QStringLiteral("true")).succeeded());
        const CommandResult utf8 = session.run(QStringLiteral("printf '\\343\\201\\202\\n'"));
        QCOMPARE(utf8.stdoutText, QStringLiteral("あ\n"));
    }

    void largeOutputIsComplete()
    {
        SshSession session;
        QString error;
        QVERIFY(session.connect(m_sshd.endpoint(), error));
        int lines = 0;
        SshSession::RunOptions options;
        options.collectOutput = false;
        options.onLine = [&](SshSession::Stream, const QString &) { ++lines; };
        const CommandResult r = session.run(QStringLiteral("seq 1 50000"), options);
        QVERIFY(r.succeeded());
        QCOMPARE(lines, 50000);
    }

    // Secrets reach a command on its standard input: all of it (larger than
    // one write), then end of file; the command line never holds them.
    void inputReachesTheCommandThenEndOfFile()
    {
        SshSession session;
        QString error;
        QVERIFY(session.connect(m_sshd.endpoint(), error));
        SshSession::RunOptions options;
        options.input = "SWMTKN-1-secret\n" + QByteArray(100000, 'x');
        CommandResult r =
            session.run(QStringLiteral("read -r line; echo \"$line\"; wc -c"), options);
        QVERIFY2(r.succeeded(), qPrintable(r.failure()));
        QCOMPARE(r.stdoutText, QStringLiteral("SWMTKN-1-secret\n100000\n"));
        // The same session takes the next command, with its own input.
        options.input = "k\n";
        r = session.run(QStringLiteral("read -r k && echo \"got $k\""), options);
        QCOMPARE(r.stdoutText, QStringLiteral("got k\n"));
    }

    void hangingCommandTimesOut()
    {
        SshSession session;
        QString error;
        QVERIFY(session.connect(m_sshd.endpoint(), error));
        QElapsedTimer t;
        t.start();
        const CommandResult r = session.run(QStringLiteral("sleep 30"), 700);
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(r.error.contains(QStringLiteral("p-hive0.test")));
        // The session is still usable afterwards.
        QVERIFY(session.run(QStringLiteral("true")).succeeded());
    }

    void cancelFromAnotherThread()
    {
        SshSession session;
        QString error;
        QVERIFY(session.connect(m_sshd.endpoint(), error));
        std::atomic_bool cancel{false};
        std::thread canceller([&] {
            QThread::msleep(300);
            cancel = true;
        });
        SshSession::RunOptions options;
        options.cancel = &cancel;
        QElapsedTimer t;
        t.start();
        const CommandResult r = session.run(QStringLiteral("sleep 30"), options);
        canceller.join();
        QCOMPARE(r.status, CommandResult::Status::Cancelled);
        QVERIFY(t.elapsed() < 5000);
    }

    void unreachableHostNamesHostAndPort()
    {
        SshEndpoint e = m_sshd.endpoint();
        e.port = 1; // privileged and closed on loopback
        SshSession session;
        QString error;
        QVERIFY(!session.connect(e, error));
        QVERIFY2(error.contains(QStringLiteral("p-hive0.test")) &&
                     error.contains(QStringLiteral("port 1")),
                 qPrintable(error));
    }

    void wrongKeyIsRefused()
    {
        SshEndpoint e = m_sshd.endpoint();
        e.identityFile = m_sshd.dir() + QStringLiteral("/host_key"); // a key sshd does not accept
        SshSession session;
        QString error;
        QVERIFY(!session.connect(e, error));
        QVERIFY2(error.contains(QStringLiteral("refused the key")), qPrintable(error));
    }

    void changedHostKeyIsAHardError()
    {
        SshSession first;
        QString error;
        QVERIFY(first.connect(m_sshd.endpoint(), error));
        const QString before = first.hostKeyFingerprint();
        first.disconnect();
        QString whyNot;
        QVERIFY2(m_sshd.restartWithNewHostKey(whyNot), qPrintable(whyNot));
        SshSession second;
        QVERIFY(!second.connect(m_sshd.endpoint(), error));
        QVERIFY2(error.contains(QStringLiteral("CHANGED")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("p-hive0.test")));
        QVERIFY2(error.contains(before), qPrintable(error)); // the known fingerprint ...
        QVERIFY(error.contains(m_sshd.knownHostsFile()));
        // ... and the new one, which was not recorded.
        QFile known(m_sshd.knownHostsFile());
        QVERIFY(known.open(QIODevice::ReadOnly));
        QCOMPARE(known.readAll().count('\n'), 1);
    }

    void droppedConnectionIsReported()
    {
        QFile::remove(m_sshd.knownHostsFile());
        SshSession session;
        QString error;
        QVERIFY2(session.connect(m_sshd.endpoint(), error), qPrintable(error));
        std::thread killer([&] {
            QThread::msleep(300);
            m_sshd.killHard(); // sshd and the session's own processes, as a crashed host
        });
        const CommandResult r = session.run(QStringLiteral("sleep 20"), 15000);
        killer.join();
        QVERIFY2(r.status == CommandResult::Status::ConnectionLost, qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("p-hive0.test")));
        QVERIFY(!session.run(QStringLiteral("true")).succeeded());
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_ssh_session.moc"
