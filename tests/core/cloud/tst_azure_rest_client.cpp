#include "cloud/azure_rest_client.h"
#include "tests/support/loopback_http_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QtTest>

using namespace hive;

// The client of Azure Resource Manager against a loopback fake: the token
// asked for once with the secret form-encoded whole, sent as a bearer and
// nowhere else; the API version on every call; a list joined across
// nextLink pages; throttling and ARM's own failures tried again; its errors
// read; Azure-AsyncOperation and Location operations waited for; a refused
// token said with the authority's code and without the secret.
class TestAzureRestClient : public QObject
{
    Q_OBJECT

    LoopbackHttpServer m_azure;
    AzureCredentials m_credentials{QStringLiteral("tenant-9"), QStringLiteral("app-9"),
                                   QStringLiteral("a+b&c=d%e f"), QStringLiteral("sub-9")};
    int m_tokens = 0;
    int m_throttled = 1; // 429s before the list is given
    int m_polls = 0;
    QString m_formSecret;

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(); }
    QByteArray base() const { return m_azure.url() + "/arm/"; }

    LoopbackHttpServer::Response answer(const LoopbackHttpServer::Request &r)
    {
        const qsizetype q = r.target.indexOf('?');
        const QByteArray path = q < 0 ? r.target : r.target.left(q);
        const QUrlQuery query(QString::fromLatin1(q < 0 ? QByteArray() : r.target.mid(q + 1)));
        if (path == "/login/tenant-9/oauth2/v2.0/token") {
            for (const QByteArray &pair : r.body.split('&')) {
                if (pair.startsWith("client_secret=")) {
                    QByteArray value = pair.mid(14);
                    m_formSecret =
                        QString::fromUtf8(QByteArray::fromPercentEncoding(value.replace('+', ' ')));
                }
            }
            if (m_formSecret != m_credentials.secret)
                return {
                    401,
                    R"({"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 9"})",
                    {}};
            ++m_tokens;
            return {200,
                    R"({"token_type": "Bearer", "expires_in": "3599", "access_token": "arm.rest"})",
                    {}};
        }
        if (path.startsWith("/blob/"))
            return {r.header("authorization").isEmpty() ? 200 : 400, "console text", {}};
        if (r.header("authorization") != "Bearer arm.rest")
            return {
                401, R"({"error": {"code": "AuthenticationFailed", "message": "no token"}})", {}};
        if (query.queryItemValue(QStringLiteral("api-version")).isEmpty())
            return {400,
                    R"({"error": {"code": "MissingApiVersionParameter", "message": "unknown"}})",
                    {}};
        if (path == "/arm/subscriptions/sub-9/resourceGroups") {
            if (m_throttled-- > 0) {
                LoopbackHttpServer::Response slow{
                    429, R"({"error": {"code": "TooManyRequests", "message": "slow down"}})", {}};
                slow.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
                return slow;
            }
            const bool second = query.hasQueryItem(QStringLiteral("page"));
            QJsonObject page{
                {QStringLiteral("value"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"),
                                         second ? QStringLiteral("b") : QStringLiteral("a")}}}}};
            if (!second)
                page.insert(
                    QStringLiteral("nextLink"),
                    QString::fromLatin1(base()) +
                        QStringLiteral(
                            "subscriptions/sub-9/resourceGroups?api-version=2021-04-01&page=2"));
            return {200, json(page), {}};
        }
        if (path == "/arm/subscriptions/sub-9/resourceGroups/g" && r.method == "GET")
            return {
                404,
                R"({"error": {"code": "ResourceGroupNotFound", "message": "Resource group g could not be found."}})",
                {}};
        if (path == "/arm/subscriptions/sub-9/resourceGroups/g" && r.method == "PUT") {
            LoopbackHttpServer::Response made{201, R"({"name": "g"})", {}};
            made.headers.append(
                qMakePair(QByteArray("Azure-AsyncOperation"),
                          QByteArray(base() + "operations/1?api-version=2021-04-01")));
            return made;
        }
        if (path == "/arm/operations/1")
            return {200,
                    ++m_polls < 3 ? R"({"status": "InProgress"})" : R"({"status": "Succeeded"})",
                    {}};
        if (path == "/arm/subscriptions/sub-9/resourceGroups/h" && r.method == "PUT") {
            LoopbackHttpServer::Response made{201, "{}", {}};
            made.headers.append(
                qMakePair(QByteArray("Azure-AsyncOperation"),
                          QByteArray(base() + "operations/2?api-version=2021-04-01")));
            return made;
        }
        if (path == "/arm/operations/2")
            return {
                200,
                R"({"status": "Failed", "error": {"code": "QuotaExceeded", "message": "Operation could not be completed as it results in exceeding approved standardBSFamily Cores quota."}})",
                {}};
        if (path == "/arm/subscriptions/sub-9/resourceGroups/g" && r.method == "DELETE") {
            LoopbackHttpServer::Response gone{202, {}, {}};
            gone.headers.append(qMakePair(
                QByteArray("Location"), QByteArray(base() + "locations/3?api-version=2021-04-01")));
            return gone;
        }
        if (path == "/arm/locations/3")
            return {++m_polls < 6 ? 202 : 200, {}, {}};
        if (path == "/arm/subscriptions/sub-9/resourceGroups/elsewhere")
            return {200, "{\"value\": [], \"nextLink\": \"http://198.51.100.7/next\"}", {}};
        return {404, R"({"error": {"code": "NotFound", "message": "unknown"}})", {}};
    }

    std::unique_ptr<AzureRestClient> client()
    {
        auto c =
            std::make_unique<AzureRestClient>(m_credentials, QUrl(QString::fromLatin1(base())),
                                              QUrl(QString::fromLatin1(m_azure.url() + "/login/")));
        c->setPollMs(1);
        c->setRetryPauseMs(1);
        return c;
    }

private slots:
    void initTestCase()
    {
        m_azure.handler = [this](const LoopbackHttpServer::Request &r) { return answer(r); };
        QVERIFY(m_azure.listen());
    }

    void aListIsJoinedAcrossPagesAfterBeingThrottled()
    {
        const auto arm = client();
        const AzureRestClient::Reply r =
            arm->call("GET", QStringLiteral("subscriptions/sub-9/resourceGroups"),
                      AzureRestClient::kResources);
        QVERIFY2(r.ok, qPrintable(r.message));
        const QJsonArray value = r.json.value(QStringLiteral("value")).toArray();
        QCOMPARE(value.size(), 2);
        QCOMPARE(value.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("b"));
        QCOMPARE(m_tokens, 1);
        QCOMPARE(m_formSecret, m_credentials.secret);
    }

    void anErrorIsReadAndAnOperationWaitedFor()
    {
        const auto arm = client();
        AzureRestClient::Reply r =
            arm->call("GET", arm->groupPath(QStringLiteral("g")), AzureRestClient::kResources);
        QVERIFY(AzureRestClient::notFound(r));
        QCOMPARE(r.code, QStringLiteral("ResourceGroupNotFound"));
        QVERIFY(r.message.startsWith(QStringLiteral("ResourceGroupNotFound: Resource group g")));
        m_polls = 0;
        QStringList states;
        r = arm->waitFor(arm->call("PUT", arm->groupPath(QStringLiteral("g")),
                                   AzureRestClient::kResources,
                                   {{QStringLiteral("location"), QStringLiteral("japaneast")}}),
                         nullptr, [&](const QString &s) { states << s; });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(states, (QStringList{"InProgress", "InProgress"}));
        r = arm->waitFor(
            arm->call("PUT", arm->groupPath(QStringLiteral("h")), AzureRestClient::kResources, {}));
        QVERIFY(!r.ok);
        QCOMPARE(r.code, QStringLiteral("QuotaExceeded"));
        QVERIFY(r.message.contains(QStringLiteral("standardBSFamily")));
        m_polls = 0;
        r = arm->waitFor(
            arm->call("DELETE", arm->groupPath(QStringLiteral("g")), AzureRestClient::kResources));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_polls, 6);
    }

    void theTokenGoesToArmOnly()
    {
        const auto arm = client();
        const AzureRestClient::Reply r =
            arm->call("GET", QStringLiteral("subscriptions/sub-9/resourceGroups/elsewhere"),
                      AzureRestClient::kResources);
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QStringLiteral("198.51.100.7")));
        QByteArray body;
        QString error;
        QVERIFY2(
            arm->fetch(QUrl(QString::fromLatin1(m_azure.url() + "/blob/vm?sig=x")), body, error),
            qPrintable(error));
        QCOMPARE(body, QByteArray("console text"));
    }

    void aRefusedTokenSaysWhyWithoutTheSecret()
    {
        AzureCredentials wrong = m_credentials;
        wrong.secret = QStringLiteral("not-it");
        AzureRestClient arm(wrong, QUrl(QString::fromLatin1(base())),
                            QUrl(QString::fromLatin1(m_azure.url() + "/login/")));
        arm.setRetryPauseMs(1);
        const AzureRestClient::Reply r =
            arm.call("GET", QStringLiteral("subscriptions/sub-9/resourceGroups"),
                     AzureRestClient::kResources);
        QVERIFY(!r.ok);
        QCOMPARE(r.code, QString::fromLatin1(AzureRestClient::kNoToken));
        QVERIFY2(r.message.contains(QStringLiteral("AADSTS7000215")) &&
                     r.message.contains(QStringLiteral("app-9")) &&
                     !r.message.contains(QStringLiteral("Trace ID")) &&
                     !r.message.contains(QStringLiteral("not-it")),
                 qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestAzureRestClient)
#include "tst_azure_rest_client.moc"
