#include "remote/http_connection.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace hive;

// The Docker API client against a server on a unix socket that answers with
// whatever a test gives it — well-formed, malformed, oversized or hostile —
// so the client's limits and its retry rule are checked on real sockets.
class TestHttpConnection : public QObject
{
    Q_OBJECT

    // Serves the answers in order, one per request read; an empty answer
    // closes the connection without answering. Counts the requests it read.
    class CannedServer
    {
    public:
        CannedServer(const QString &path, QList<QByteArray> answers)
            : m_path(path), m_answers(std::move(answers))
        {
            QLocalServer::removeServer(path);
            m_thread = std::thread([this] { serve(); });
            for (int i = 0; i < 200 && !m_listening.load(); ++i)
                QThread::msleep(10);
        }
        ~CannedServer()
        {
            m_stop = true;
            m_thread.join();
        }
        int requests() const { return m_requests.load(); }

    private:
        QString m_path;
        QList<QByteArray> m_answers;
        std::thread m_thread;
        std::atomic_bool m_stop{false};
        std::atomic_bool m_listening{false};
        std::atomic_int m_requests{0};

        void serve()
        {
            QLocalServer server;
            if (!server.listen(m_path))
                return;
            m_listening = true;
            qsizetype next = 0;
            while (!m_stop && next < m_answers.size()) {
                if (!server.waitForNewConnection(100))
                    continue;
                std::unique_ptr<QLocalSocket> client(server.nextPendingConnection());
                while (!m_stop && next < m_answers.size() &&
                       client->state() == QLocalSocket::ConnectedState) {
                    QByteArray head;
                    while (!head.contains("\r\n\r\n") &&
                           client->state() == QLocalSocket::ConnectedState && !m_stop) {
                        if (client->waitForReadyRead(100))
                            head += client->readAll();
                    }
                    if (!head.contains("\r\n\r\n"))
                        break;
                    ++m_requests;
                    const QByteArray answer = m_answers.at(next++);
                    if (answer.isEmpty()) {
                        client->disconnectFromServer();
                        break;
                    }
                    client->write(answer);
                    client->waitForBytesWritten(2000);
                }
                if (client->state() == QLocalSocket::ConnectedState) {
                    client->flush();
                    client->waitForDisconnected(300);
                }
            }
        }
    };

    QTemporaryDir m_dir;
    int m_serial = 0;

    DockerEndpoint endpoint(QString &path)
    {
        path = m_dir.filePath(QStringLiteral("engine-%1.sock").arg(++m_serial));
        DockerEndpoint e;
        e.kind = DockerEndpoint::Kind::UnixSocket;
        e.socketPath = path;
        e.name = QStringLiteral("test engine");
        return e;
    }

    static HttpRequest get(const QByteArray &path)
    {
        HttpRequest r;
        r.path = path;
        return r;
    }

private slots:
    void wellFormedAnswersAreRead()
    {
        QString path;
        const DockerEndpoint e = endpoint(path);
        CannedServer server(path, {"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n"});
        HttpConnection c(e);
        HttpResponse r;
        QString error;
        QVERIFY2(c.send(get("/v1.41/info"), r, 5000, error), qPrintable(error));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("hello"));
        QVERIFY2(c.send(get("/v1.41/info"), r, 5000, error), qPrintable(error));
        QCOMPARE(r.body, QByteArray("abcde"));
        QCOMPARE(server.requests(), 2); // one connection kept alive
    }

    void malformedAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("negative chunk size") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nx\r\n0\r\n\r\n");
        QTest::newRow("chunk size with 0x")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x3\r\nabc\r\n");
        QTest::newRow("chunk without its CRLF") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n");
        QTest::newRow("huge chunk") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\n");
        QTest::newRow("negative length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nhello");
        QTest::newRow("length with garbage")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5abc\r\n\r\nhello");
        QTest::newRow("huge length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999\r\n\r\nhello");
        QTest::newRow("two lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 3\r\n\r\nhello");
        QTest::newRow("status not a number") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
        QTest::newRow("endless header line")
            << QByteArray("HTTP/1.1 200 OK\r\nX-A: ") + QByteArray(70 * 1024, 'a');
        QByteArray many = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 300; ++i)
            many += "X-" + QByteArray::number(i) + ": y\r\n";
        QTest::newRow("too many headers") << many + "Content-Length: 0\r\n\r\n";
    }
    void malformedAnswersAreRefused()
    {
        QFETCH(QByteArray, answer);
        QString path;
        const DockerEndpoint e = endpoint(path);
        CannedServer server(path, {answer});
        HttpConnection c(e);
        HttpResponse r;
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!c.send(get("/v1.41/info"), r, 3000, error));
        QVERIFY2(error.contains(QStringLiteral("malformed")) &&
                     error.contains(QStringLiteral("test engine")),
                 qPrintable(error));
        // Refused when seen, not after waiting for bytes that never come.
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    }

    void aFollowedAnswerIsAsStrict()
    {
        // GET /events: pieces reach the caller as their chunks complete; a
        // chunk that does not end where its size says ends the stream.
        QString path;
        const DockerEndpoint e = endpoint(path);
        CannedServer server(path, {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "3\r\nabc\r\n3\r\ndefXY2\r\ngh\r\n0\r\n\r\n"});
        HttpConnection c(e);
        HttpResponse r;
        QString error;
        QByteArrayList pieces;
        QVERIFY(!c.stream(
            get("/v1.41/events"), r, [&](const QByteArray &piece) { pieces << piece; },
            [] { return false; }, 3000, error));
        QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error));
        QCOMPARE(pieces, (QByteArrayList{QByteArray(), QByteArray("abc")}));
    }

    void aPathThatWouldSplitTheRequestIsNeverSent()
    {
        QString path;
        const DockerEndpoint e = endpoint(path);
        CannedServer server(path, {"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"});
        HttpConnection c(e);
        HttpResponse r;
        QString error;
        QVERIFY(!c.send(get("/v1.41/services/web HTTP/1.1\r\nHost: x\r\n\r\nDELETE /v1.41/swarm"),
                        r, 3000, error));
        QVERIFY2(error.contains(QStringLiteral("control character")) &&
                     error.contains(QStringLiteral("%0D%0A")),
                 qPrintable(error));
        QCOMPARE(server.requests(), 0);
    }

    void aGetIsRetriedOnceButAPostNever()
    {
        QString path;
        const DockerEndpoint e = endpoint(path);
        // 1: answered; 2: closed without an answer; 3: answered (the GET's retry);
        // 4: closed without an answer (the POST), 5: never asked for.
        CannedServer server(path, {"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", QByteArray(),
                                   "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", QByteArray(),
                                   "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"});
        HttpConnection c(e);
        HttpResponse r;
        QString error;
        QVERIFY2(c.send(get("/v1.41/info"), r, 5000, error), qPrintable(error));
        QVERIFY2(c.send(get("/v1.41/info"), r, 5000, error), qPrintable(error));
        QCOMPARE(server.requests(), 3);
        HttpRequest post;
        post.method = "POST";
        post.path = "/v1.41/services/create";
        post.body = "{}";
        QVERIFY(!c.send(post, r, 5000, error));
        QTest::qWait(300);
        QCOMPARE(server.requests(), 4); // the POST reached the engine once, and only once
    }
};

QTEST_GUILESS_MAIN(TestHttpConnection)
#include "tst_http_connection.moc"
