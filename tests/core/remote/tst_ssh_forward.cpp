#include "engine/run_event_sink.h"
#include "engine/run_reporter.h"
#include "phases/proxy_forwards.h"
#include "project/proxy_settings.h"
#include "remote/docker_client.h"
#include "remote/host_pool.h"
#include "remote/ssh_forward.h"
#include "tests/support/docker_engine_fixture.h"
#include "tests/support/sshd_fixture.h"

#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace hive;

// Forwards through a real sshd on loopback: to a TCP port, and to the Docker
// Engine's unix socket (what the app does for every host of a hive).
class TestSshForward : public QObject
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

    void tcpPortThroughSsh()
    {
        SshForward forward;
        QString error;
        // Forward to sshd's own port and read its banner through the tunnel.
        QVERIFY2(forward.startTcp(m_sshd.endpoint(), QStringLiteral("127.0.0.1"), m_sshd.port(), 0,
                                  error),
                 qPrintable(error));
        QVERIFY(forward.localPort() > 0);
        for (int i = 0; i < 3; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(forward.localPort()));
            QVERIFY(socket.waitForConnected(5000));
            QVERIFY(socket.waitForReadyRead(5000));
            QVERIFY2(socket.readLine().startsWith("SSH-2.0-"), "banner");
        }
        QCOMPARE(forward.connectionsCarried(), 3);
        forward.stop();
        QTcpSocket after;
        after.connectToHost(QHostAddress::LocalHost, quint16(forward.localPort()));
        QVERIFY(!after.waitForConnected(1000));
    }

    // ssh -R, as hive-builder's http_proxy: the host listens, and each
    // connection comes back to a port this machine reaches (here sshd's own,
    // whose banner is read through the host's port).
    void hostPortBackToThisMachine()
    {
        SshForward forward;
        QString error;
        QVERIFY2(forward.startRemote(m_sshd.endpoint(), QStringLiteral("127.0.0.1"), 0,
                                     QStringLiteral("127.0.0.1"), m_sshd.port(), error),
                 qPrintable(error));
        QVERIFY(forward.remotePort() > 0 && forward.remotePort() != m_sshd.port());
        for (int i = 0; i < 2; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(forward.remotePort()));
            QVERIFY(socket.waitForConnected(5000));
            QVERIFY2(socket.waitForReadyRead(5000), "nothing came back through the host's port");
            QVERIFY2(socket.readLine().startsWith("SSH-2.0-"), "banner");
        }
        QCOMPARE(forward.connectionsCarried(), 2);
        // Where nothing listens here, the host's client sees its connection closed.
        SshForward nowhere;
        QVERIFY2(nowhere.startRemote(m_sshd.endpoint(), QStringLiteral("127.0.0.1"), 0,
                                     QStringLiteral("127.0.0.1"), 1, error),
                 qPrintable(error));
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, quint16(nowhere.remotePort()));
        QVERIFY(refused.waitForConnected(5000));
        QVERIFY(refused.waitForDisconnected(5000) || refused.state() != QTcpSocket::ConnectedState);
        forward.stop();
        QTcpSocket after;
        after.connectToHost(QHostAddress::LocalHost, quint16(forward.remotePort()));
        QVERIFY(!after.waitForConnected(1000) || !after.waitForReadyRead(1000));
    }

    // hive-builder's http_proxy while a phase runs: each host of the pool
    // listens on 127.0.0.1:<http_proxy_port>, and what connects there
    // reaches the proxy (here sshd's own port stands in for it).
    void proxyForwardsGiveEachHostTheProxy()
    {
        QTcpServer probe; // a port free on the "host" (this machine)
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int hostPort = probe.serverPort();
        probe.close();
        ProxySettings proxy;
        proxy.proxyHost = QStringLiteral("127.0.0.1");
        proxy.proxyPort = m_sshd.port();
        proxy.hostPort = hostPort;
        HostPool pool;
        pool.addHost(m_sshd.endpoint());
        struct Capture : RunEventSink
        {
            QStringList texts;
            void post(const RunEvent &e) override { texts << e.text; }
        } said;
        RunReporter reporter(&said, QStringLiteral("setup-hosts"));
        {
            // The host's own address on the hive's network (127.0.0.2 here)
            // too, for its containers.
            ProxyForwards forwards;
            const QString host = pool.hosts().first();
            forwards.open(proxy, pool, pool.hosts(), {{host, QStringLiteral("127.0.0.2")}},
                          reporter);
            QCOMPARE(forwards.opened(), 2);
            const QString said2 = said.texts.join(QLatin1Char('\n'));
            QVERIFY2(said2.contains(proxy.urlOnHosts()) &&
                         said2.contains(QStringLiteral("containers reach the proxy at ") +
                                        proxy.urlAt(QStringLiteral("127.0.0.2"))),
                     qPrintable(said2));
            for (const char *address : {"127.0.0.1", "127.0.0.2"}) {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress(QLatin1String(address)), quint16(hostPort));
                QVERIFY2(socket.waitForConnected(5000), address);
                QVERIFY2(socket.waitForReadyRead(5000), address);
                QVERIFY(socket.readLine().startsWith("SSH-2.0-"));
            }
            // A second forward on the same port is refused, and said.
            ProxyForwards clash;
            clash.open(proxy, pool, pool.hosts(), {}, reporter);
            QCOMPARE(clash.opened(), 0);
            QVERIFY2(said.texts.last().contains(QLatin1String("does not reach")),
                     qPrintable(said.texts.last()));
        }
        // Gone with the phase.
        QTcpSocket after;
        after.connectToHost(QHostAddress::LocalHost, quint16(hostPort));
        QVERIFY(!after.waitForConnected(1000) || !after.waitForReadyRead(1000));
    }

    void dockerApiThroughAForwardedSocket()
    {
        DockerEndpoint engine;
        QString whyNot;
        if (!DockerEngineFixture::ensureEngine(engine, whyNot) ||
            engine.kind != DockerEndpoint::Kind::UnixSocket)
            QSKIP(qPrintable(QStringLiteral("no local Docker Engine socket: ") + whyNot));
        const QString local = m_sshd.dir() + QStringLiteral("/docker.sock@p-hive0");
        SshForward forward;
        QString error;
        QVERIFY2(forward.startUnix(m_sshd.endpoint(), engine.socketPath, local, error),
                 qPrintable(error));
        QCOMPARE(QFileInfo(local).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        DockerEndpoint tunnelled;
        tunnelled.socketPath = local;
        tunnelled.name = QStringLiteral("p-hive0.test");
        DockerClient docker(tunnelled);
        QVERIFY2(docker.ping().ok, qPrintable(docker.ping().error));
        const DockerClient::Reply info = docker.info();
        QVERIFY2(info.ok, qPrintable(info.error));
        QVERIFY(info.object().contains(QStringLiteral("ServerVersion")));
        QVERIFY(docker.version().ok); // the same kept-alive connection
        DockerClient second(tunnelled);
        QVERIFY(second.ping().ok);

        // A second forward on the same path is refused with a clear reason.
        SshForward clash;
        QVERIFY(!clash.startUnix(m_sshd.endpoint(), engine.socketPath, local, error));
        QVERIFY2(error.contains(local), qPrintable(error));

        forward.stop();
        QVERIFY(!QFileInfo::exists(local));
        QVERIFY(!DockerClient(tunnelled).ping().ok);
    }

    void unreachableHostFailsToStart()
    {
        SshEndpoint dead = m_sshd.endpoint();
        dead.port = 1;
        SshForward forward;
        QString error;
        QVERIFY(!forward.startTcp(dead, QStringLiteral("127.0.0.1"), 80, 0, error));
        QVERIFY(error.contains(QStringLiteral("p-hive0.test")));
    }
};

QTEST_GUILESS_MAIN(TestSshForward)
#include "tst_ssh_forward.moc"
