#include "cloud/gcp_rest_client.h"
#include "tests/support/gcp_test_project.h"
#include "tests/support/loopback_http_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace hive;

// The client of Google's REST APIs against a loopback fake: the token asked
// for once and sent as a bearer, the endpoint taken from the Cloud SDK's
// override, lists joined across pages, Google's failures tried again, its
// errors read, and both kinds of operations waited for.
class TestGcpRestClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackHttpServer m_google;
    GcpServiceAccount m_account;
    int m_tokens = 0;
    int m_insertFailures = 1; // 503s before the insert is taken
    int m_polls = 0;

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

    LoopbackHttpServer::Response answer(const LoopbackHttpServer::Request &r)
    {
        const QByteArray path =
            r.target.left(r.target.indexOf('?') < 0 ? r.target.size() : r.target.indexOf('?'));
        const QUrlQuery query(QString::fromLatin1(r.target.mid(path.size() + 1)));
        if (path == "/token") {
            ++m_tokens;
            return {200, R"({"access_token": "ya29.rest", "expires_in": 3599})"};
        }
        if (r.header("authorization") != "Bearer ya29.rest")
            return {
                401,
                R"({"error": {"code": 401, "message": "no token", "status": "UNAUTHENTICATED"}})"};
        const QByteArray project = "/compute/v1/projects/hive-test-123";
        if (path == project + "/global/networks" && r.method == "GET") {
            const bool second =
                query.queryItemValue(QStringLiteral("pageToken")) == QLatin1String("2");
            QJsonObject page{{QStringLiteral("items"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("name"),
                                   second ? QStringLiteral("vpc-b") : QStringLiteral("vpc-a")}}}}};
            if (!second)
                page.insert(QStringLiteral("nextPageToken"), QStringLiteral("2"));
            return {200, json(page)};
        }
        if (path == project + "/global/networks" && r.method == "POST") {
            if (m_insertFailures-- > 0)
                return {
                    503,
                    R"({"error": {"code": 503, "message": "backend", "status": "UNAVAILABLE"}})"};
            return {200, json({{QStringLiteral("kind"), QStringLiteral("compute#operation")},
                               {QStringLiteral("name"), QStringLiteral("op-1")},
                               {QStringLiteral("status"), QStringLiteral("RUNNING")},
                               {QStringLiteral("progress"), 10}})};
        }
        if (path == project + "/global/operations/op-1") {
            ++m_polls;
            return {200, json({{QStringLiteral("name"), QStringLiteral("op-1")},
                               {QStringLiteral("status"),
                                m_polls < 2 ? QStringLiteral("RUNNING") : QStringLiteral("DONE")},
                               {QStringLiteral("progress"), m_polls < 2 ? 50 : 100}})};
        }
        if (path == project + "/zones/asia-northeast1-a/operations/op-quota")
            return {200,
                    R"({"name": "op-quota", "status": "DONE", "zone": "x/zones/asia-northeast1-a",
                    "error": {"errors": [{"code": "QUOTA_EXCEEDED", "message": "Quota 'CPUS' exceeded."}]}})"};
        if (path == "/compute/v1/projects/hive-test-123/locations/asia-northeast1/operations/fs-1")
            return {200,
                    R"({"name": "projects/hive-test-123/locations/asia-northeast1/operations/fs-1",
                    "done": true, "response": {}})"};
        return {404,
                json({{QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("code"), 404},
                                   {QStringLiteral("message"),
                                    QStringLiteral("The resource '%1' was not found")
                                        .arg(QString::fromLatin1(path))},
                                   {QStringLiteral("errors"),
                                    QJsonArray{QJsonObject{{QStringLiteral("reason"),
                                                            QStringLiteral("notFound")}}}}}}})};
    }

private slots:
    void initTestCase()
    {
        m_google.handler = [this](const LoopbackHttpServer::Request &r) { return answer(r); };
        QVERIFY(m_google.listen());
        QVERIFY(gcpTestAccount(
            m_dir, QString::fromLatin1(m_google.url()) + QStringLiteral("/token"), m_account));
        qputenv("CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE", m_google.url() + "/compute/v1");
    }

    void callsListsRetriesAndErrors()
    {
        const std::unique_ptr<GcpRestClient> compute = GcpRestClient::compute(m_account);
        QCOMPARE(compute->project(), QStringLiteral("hive-test-123"));
        compute->setRetryPauseMs(1);
        // Two pages joined.
        GcpRestClient::Reply r =
            compute->call("GET", QStringLiteral("projects/hive-test-123/global/networks"));
        QVERIFY2(r.ok, qPrintable(r.message));
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("vpc-b"));
        // Google's 503 tried again; the operation waited for, with progress.
        r = compute->call("POST", QStringLiteral("projects/hive-test-123/global/networks"), {},
                          {{QStringLiteral("name"), QStringLiteral("vpc-c")}});
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_insertFailures, -1);
        QCOMPARE(m_google.requests.last().header("content-type"), QByteArray("application/json"));
        compute->setPollMs(1);
        QList<int> progress;
        const GcpRestClient::Reply done = compute->waitFor(
            r.json, nullptr, [&](int percent, const QString &) { progress << percent; });
        QVERIFY2(done.ok, qPrintable(done.message));
        QCOMPARE(progress, (QList<int>{10, 50, 100}));
        // Not there: Google's reason and message.
        r = compute->call(
            "GET", QStringLiteral("projects/hive-test-123/zones/asia-northeast1-a/instances/x"));
        QVERIFY(!r.ok && GcpRestClient::notFound(r));
        QCOMPARE(r.code, QStringLiteral("notFound"));
        QVERIFY2(r.message.contains(QStringLiteral("was not found")), qPrintable(r.message));
        // An operation that failed: its error's code and message.
        const GcpRestClient::Reply quota = compute->waitFor(
            {{QStringLiteral("name"), QStringLiteral("op-quota")},
             {QStringLiteral("status"), QStringLiteral("RUNNING")},
             {QStringLiteral("zone"), QStringLiteral("https://x/zones/asia-northeast1-a")}});
        QVERIFY(!quota.ok);
        QCOMPARE(quota.code, QStringLiteral("QUOTA_EXCEEDED"));
        QVERIFY(quota.message.contains(QStringLiteral("Quota 'CPUS' exceeded.")));
        // A long-running operation (Filestore's), by its name.
        const GcpRestClient::Reply fileStore = compute->waitFor(
            {{QStringLiteral("name"),
              QStringLiteral("projects/hive-test-123/locations/asia-northeast1/operations/fs-1")},
             {QStringLiteral("done"), false}});
        QVERIFY2(fileStore.ok, qPrintable(fileStore.message));
        // One token for all of it, never in a message.
        QCOMPARE(m_tokens, 1);
        QVERIFY(!quota.message.contains(QStringLiteral("ya29")));
    }

    void aCancelStopsTheWait()
    {
        const std::unique_ptr<GcpRestClient> compute = GcpRestClient::compute(m_account);
        std::atomic_bool cancel{true};
        const GcpRestClient::Reply r =
            compute->waitFor({{QStringLiteral("name"), QStringLiteral("op-9")},
                              {QStringLiteral("status"), QStringLiteral("RUNNING")}},
                             &cancel);
        QVERIFY(!r.ok && r.message.contains(QStringLiteral("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestGcpRestClient)
#include "tst_gcp_rest_client.moc"
