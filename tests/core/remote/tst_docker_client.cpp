#include "remote/docker_client.h"
#include "tests/support/docker_engine_fixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

using namespace hive;

// Talks to a real Docker Engine (started by the fixture when none answers).
class TestDockerClient : public QObject
{
    Q_OBJECT

    DockerEndpoint m_endpoint;
    const QString m_network = QStringLiteral("hive-test-net");
    const QString m_image = QStringLiteral("hive-test/busybox:1");
    const QString m_container = QStringLiteral("hive-test-node0");

    void cleanUp(DockerClient &docker)
    {
        docker.removeContainer(m_container, true, true);
        docker.removeNetwork(m_network);
    }

private slots:
    void initTestCase()
    {
        QString whyNot;
        if (!DockerEngineFixture::ensureEngine(m_endpoint, whyNot))
            QSKIP(qPrintable(QStringLiteral("no Docker Engine here: ") + whyNot));
        DockerClient docker(m_endpoint);
        cleanUp(docker); // leftovers of an interrupted run
    }

    void pingVersionInfo()
    {
        DockerClient docker(m_endpoint);
        QVERIFY(docker.ping().ok);
        const DockerClient::Reply v = docker.version();
        QVERIFY2(v.ok, qPrintable(v.error));
        QVERIFY(!v.object().value(QStringLiteral("ApiVersion")).toString().isEmpty());
        const DockerClient::Reply i = docker.info();
        QVERIFY(i.ok);
        QVERIFY(i.object().contains(QStringLiteral("ServerVersion")));
        // One connection serves many calls.
        for (int n = 0; n < 50; ++n)
            QVERIFY(docker.ping().ok);
    }

    void errorsCarryTheEngineMessage()
    {
        DockerClient docker(m_endpoint);
        const DockerClient::Reply r =
            docker.removeNetwork(QStringLiteral("hive-test-no-such-network"));
        QVERIFY(!r.ok);
        QCOMPARE(r.status, 404);
        QVERIFY2(r.error.contains(QStringLiteral("hive-test-no-such-network")) &&
                     r.error.contains(QStringLiteral("404")),
                 qPrintable(r.error));
    }

    void noEngineIsExplained()
    {
        DockerEndpoint nowhere;
        nowhere.socketPath = QStringLiteral("/nonexistent/docker.sock");
        const DockerClient::Reply r = DockerClient(nowhere).ping();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("/nonexistent/docker.sock")) &&
                     r.error.contains(QStringLiteral("dockerd")),
                 qPrintable(r.error));
    }

    void eventsAreFollowedAsTheyHappen()
    {
        // A follower on a thread of its own, as the Live tab runs it.
        std::atomic_bool stop{false};
        std::atomic_bool open{false};
        QMutex mutex;
        QStringList seen;
        DockerClient::Reply ended;
        const QString name = QStringLiteral("hive-test-events-net");
        const QJsonObject filters{{QStringLiteral("type"), QJsonArray{QStringLiteral("network")}},
                                  {QStringLiteral("event"), QJsonArray{QStringLiteral("create"),
                                                                       QStringLiteral("destroy")}}};
        std::unique_ptr<QThread> follower(QThread::create([&] {
            DockerClient client(m_endpoint);
            ended = client.followEvents(
                filters,
                [&](const QJsonObject &event) {
                    const QString what = event.value(QStringLiteral("Action")).toString() +
                                         QLatin1Char(' ') +
                                         event.value(QStringLiteral("Actor"))
                                             .toObject()
                                             .value(QStringLiteral("Attributes"))
                                             .toObject()
                                             .value(QStringLiteral("name"))
                                             .toString();
                    QMutexLocker lock(&mutex);
                    seen << what;
                },
                [&] { return stop.load(); }, 5000, [&] { open = true; });
        }));
        follower->start();
        QTRY_VERIFY_WITH_TIMEOUT(open.load(), 10000);

        DockerClient docker(m_endpoint);
        docker.removeNetwork(name);
        QVERIFY(docker.createNetwork({{QStringLiteral("Name"), name}}).ok);
        QVERIFY(docker.removeNetwork(name).ok);
        const auto has = [&](const QString &what) {
            QMutexLocker lock(&mutex);
            return seen.contains(what);
        };
        QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("create ") + name), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("destroy ") + name), 10000);
        {
            // Only what the filters chose: no connect or disconnect.
            QMutexLocker lock(&mutex);
            for (const QString &what : std::as_const(seen))
                QVERIFY2(what.startsWith(QLatin1String("create ")) ||
                             what.startsWith(QLatin1String("destroy ")),
                         qPrintable(what));
        }

        // Stopping ends it soon and cleanly.
        QElapsedTimer t;
        t.start();
        stop = true;
        QVERIFY(follower->wait(5000));
        QVERIFY2(ended.ok, qPrintable(ended.error));
        qInfo("the follower ended %lld ms after it was told to stop", qint64(t.elapsed()));
    }

    void aFollowWithoutAnEngineSaysWhy()
    {
        // No engine: an answer that names it, not a hang.
        DockerEndpoint nowhere;
        nowhere.socketPath = QStringLiteral("/nonexistent/docker.sock");
        DockerClient client(nowhere);
        bool opened = false;
        const DockerClient::Reply r = client.followEvents(
            {}, [](const QJsonObject &) {}, [] { return false; }, 2000, [&] { opened = true; });
        QVERIFY(!r.ok && !opened);
        QVERIFY2(r.error.contains(QStringLiteral("/nonexistent/docker.sock")), qPrintable(r.error));
    }

    void networkImageContainerExec()
    {
        DockerClient docker(m_endpoint);
        const qint64 since = QDateTime::currentSecsSinceEpoch() - 1;
        QByteArray tar;
        QString whyNot;
        if (!DockerEngineFixture::busyboxRootfsTar(tar, whyNot))
            QSKIP(qPrintable(whyNot));
        const DockerClient::Reply imported =
            docker.importImage(tar, QStringLiteral("hive-test/busybox"), QStringLiteral("1"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QVERIFY(docker.inspectImage(m_image).ok);

        const QJsonObject ipam{{QStringLiteral("Config"),
                                QJsonArray{QJsonObject{{QStringLiteral("Subnet"),
                                                        QStringLiteral("172.30.251.0/24")}}}}};
        const DockerClient::Reply net = docker.createNetwork(
            {{QStringLiteral("Name"), m_network},
             {QStringLiteral("Driver"), QStringLiteral("bridge")},
             {QStringLiteral("IPAM"), ipam},
             {QStringLiteral("Labels"),
              QJsonObject{{QStringLiteral("hive.test"), QStringLiteral("1")}}}});
        QVERIFY2(net.ok, qPrintable(net.error));
        QCOMPARE(docker.listNetworks(m_network).json.array().size(), 1);

        const QJsonObject spec{
            {QStringLiteral("Image"), m_image},
            {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("/bin/busybox"),
                                               QStringLiteral("sleep"), QStringLiteral("60")}},
            {QStringLiteral("Hostname"), QStringLiteral("p-hive0")},
            {QStringLiteral("Labels"),
             QJsonObject{{QStringLiteral("hive.test"), QStringLiteral("1")}}},
            {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("NetworkMode"), m_network}}},
            {QStringLiteral("NetworkingConfig"),
             QJsonObject{
                 {QStringLiteral("EndpointsConfig"),
                  QJsonObject{{m_network,
                               QJsonObject{{QStringLiteral("IPAMConfig"),
                                            QJsonObject{{QStringLiteral("IPv4Address"),
                                                         QStringLiteral("172.30.251.4")}}}}}}}}}};
        const DockerClient::Reply created = docker.createContainer(m_container, spec);
        QVERIFY2(created.ok, qPrintable(created.error));
        const DockerClient::Reply duplicate = docker.createContainer(m_container, spec);
        QCOMPARE(duplicate.status, 409);
        QVERIFY2(docker.startContainer(m_container).ok, "start");
        const QJsonObject state = docker.inspectContainer(m_container).object();
        QVERIFY(state.value(QStringLiteral("State"))
                    .toObject()
                    .value(QStringLiteral("Running"))
                    .toBool());
        QCOMPARE(state.value(QStringLiteral("NetworkSettings"))
                     .toObject()
                     .value(QStringLiteral("Networks"))
                     .toObject()
                     .value(m_network)
                     .toObject()
                     .value(QStringLiteral("IPAddress"))
                     .toString(),
                 QStringLiteral("172.30.251.4"));
        QCOMPARE(docker.listContainers(QStringLiteral("hive.test=1")).json.array().size(), 1);

        const DockerClient::ExecResult ex =
            docker.exec(m_container, {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo out; echo err >&2; exit 4")});
        QVERIFY2(ex.ok, qPrintable(ex.error));
        QCOMPARE(ex.exitCode, 4);
        QCOMPARE(ex.stdoutData, QByteArray("out\n"));
        QCOMPARE(ex.stderrData, QByteArray("err\n"));

        QVERIFY(docker.stopContainer(m_container, 1).ok);
        QVERIFY(docker.removeContainer(m_container, false, true).ok);
        QVERIFY(docker.removeNetwork(m_network).ok);
        QVERIFY(docker.removeImage(m_image).ok);
        QCOMPARE(docker.inspectContainer(m_container).status, 404);

        // The engine's event log saw the container come and go, in order.
        const DockerClient::Reply events = docker.events(
            since, QDateTime::currentSecsSinceEpoch() + 1, QStringLiteral("container"));
        QVERIFY2(events.ok, qPrintable(events.error));
        QStringList actions;
        for (const QJsonValue &e : events.json.array()) {
            const QJsonObject o = e.toObject();
            if (o.value(QStringLiteral("Actor"))
                    .toObject()
                    .value(QStringLiteral("Attributes"))
                    .toObject()
                    .value(QStringLiteral("name")) == m_container)
                actions << o.value(QStringLiteral("Action")).toString();
        }
        QVERIFY2(actions.indexOf(QStringLiteral("create")) >= 0 &&
                     actions.indexOf(QStringLiteral("create")) <
                         actions.indexOf(QStringLiteral("start")) &&
                     actions.indexOf(QStringLiteral("start")) <
                         actions.indexOf(QStringLiteral("destroy")),
                 qPrintable(actions.join(QLatin1Char(' '))));
    }

    void cleanupTestCase()
    {
        if (m_endpoint.socketPath.isEmpty())
            return;
        DockerClient docker(m_endpoint);
        cleanUp(docker);
    }
};

QTEST_GUILESS_MAIN(TestDockerClient)
#include "tst_docker_client.moc"
