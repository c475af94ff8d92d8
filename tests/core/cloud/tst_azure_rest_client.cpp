#include "cloud/azure_rest_client.h"
#include "project/persistents.h"
#include "tests/support/loopback_http_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
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
    QString m_scope;

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(); }
    QByteArray base() const { return m_azure.url() + "/arm/"; }

    LoopbackHttpServer::Response answer(const LoopbackHttpServer::Request &r)
    {
        const qsizetype q = r.target.indexOf('?');
        const QByteArray path = q < 0 ? r.target : r.target.left(q);
        const QUrlQuery query(QString::fromLatin1(q < 0 ? QByteArray() : r.target.mid(q + 1)));
        if (path == "/login/tenant-9/oauth2/v2.0/token") {
            for (const QByteArray &pair : r.body.split('&')) {
                if (pair.startsWith("scope="))
                    m_scope = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(6)));
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
        // The token is for the Resource Manager asked (a sovereign cloud's
        // has its own audience).
        QCOMPARE(m_scope, QString::fromLatin1(base()) + QStringLiteral(".default"));
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

    // Plain HTTP goes to this machine only: elsewhere nothing is sent.
    void anEndpointNotHttpsIsRefused()
    {
        AzureRestClient arm(m_credentials, QUrl(QStringLiteral("http://198.51.100.7/")),
                            QUrl(QString::fromLatin1(m_azure.url() + "/login/")));
        AzureRestClient::Reply r =
            arm.call("GET", QStringLiteral("subscriptions/sub-9"), AzureRestClient::kResources);
        QVERIFY(!r.ok && r.message.contains(QStringLiteral("AZURE_RESOURCE_MANAGER_ENDPOINT")));
        AzureRestClient login(m_credentials, QUrl(QString::fromLatin1(base())),
                              QUrl(QStringLiteral("http://login.example/")));
        r = login.call("GET", QStringLiteral("subscriptions/sub-9"), AzureRestClient::kResources);
        QVERIFY(!r.ok && r.message.contains(QStringLiteral("AZURE_AUTHORITY_HOST")));
    }

    // Where a stage's credentials come from, first found wins: hive set
    // (the stage's), the AZURE_* variables, ~/.azure/credentials; part of a
    // set is said, never mixed with another source.
    void theCredentialsComeFromWhereHiveBuilderReadsThem()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        for (const char *name :
             {"AZURE_CLIENT_ID", "AZURE_SECRET", "AZURE_CLIENT_SECRET", "AZURE_SUBSCRIPTION_ID",
              "AZURE_TENANT", "AZURE_TENANT_ID", "AZURE_PROFILE"})
            qunsetenv(name);
        DiagnosticList diags;
        Persistents persistents = Persistents::load(home.filePath(QStringLiteral("p.yml")), diags);
        AzureCredentials found;
        QString from, error;
        QVERIFY(
            !AzureCredentials::find(persistents, QStringLiteral("staging"), found, from, error));
        QVERIFY2(error.contains(QStringLiteral("hive -s staging set azure_client_id")),
                 qPrintable(error));

        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral(".azure"))));
        QFile file(home.filePath(QStringLiteral(".azure/credentials")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[default]\nsubscription_id=sub-f\nclient_id=app-f\nsecret=sec-f\ntenant=t-f\n");
        file.close();
        QVERIFY(AzureCredentials::find(persistents, QStringLiteral("staging"), found, from, error));
        QCOMPARE(found.subscriptionId, QStringLiteral("sub-f"));
        QVERIFY(from.contains(QStringLiteral(".azure/credentials")));

        // The variables, Azure's SDK names too, before the file.
        qputenv("AZURE_CLIENT_ID", "app-e");
        qputenv("AZURE_CLIENT_SECRET", "sec-e");
        qputenv("AZURE_SUBSCRIPTION_ID", "sub-e");
        qputenv("AZURE_TENANT_ID", "t-e");
        QVERIFY(AzureCredentials::find(persistents, QStringLiteral("staging"), found, from, error));
        QCOMPARE(found.secret, QStringLiteral("sec-e"));
        QCOMPARE(found.tenant, QStringLiteral("t-e"));
        qunsetenv("AZURE_TENANT_ID");
        QVERIFY(
            !AzureCredentials::find(persistents, QStringLiteral("staging"), found, from, error));
        QVERIFY2(error.contains(QStringLiteral("AZURE_TENANT")) &&
                     !error.contains(QStringLiteral("sec-e")),
                 qPrintable(error));
        qputenv("AZURE_TENANT_ID", "t-e");

        // hive set, the stage's own, first; part of it is said.
        persistents.set(QStringLiteral("azure_client_id"), QStringLiteral("staging"),
                        Value::string(QStringLiteral("app-p")));
        QVERIFY(
            !AzureCredentials::find(persistents, QStringLiteral("staging"), found, from, error));
        QVERIFY2(error.contains(QStringLiteral("azure_secret")), qPrintable(error));
        for (const auto &[name, value] :
             {qMakePair("azure_secret", "sec-p"), qMakePair("azure_subscription_id", "sub-p"),
              qMakePair("azure_tenant", "t-p")})
            persistents.set(QLatin1String(name), QStringLiteral("staging"),
                            Value::string(QLatin1String(value)));
        QVERIFY(AzureCredentials::find(persistents, QStringLiteral("staging"), found, from, error));
        QCOMPARE(found.subscriptionId, QStringLiteral("sub-p"));
        QVERIFY(from.contains(QStringLiteral("hive set")));
        for (const char *name :
             {"AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_SUBSCRIPTION_ID", "AZURE_TENANT_ID"})
            qunsetenv(name);
        qputenv("HOME", oldHome);
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
