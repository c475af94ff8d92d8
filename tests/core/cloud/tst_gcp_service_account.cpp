#include "cloud/gcp_access_token.h"
#include "cloud/gcp_service_account.h"
#include "tests/support/loopback_http_server.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace hive;

// A service account's key signs the request for an access token (RS256)
// the way Google's own library (Debian's python3-google-auth) verifies and
// makes it, and the token is asked for as that library asks for it.
class TestGcpServiceAccount : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_key, m_certificate;
    LoopbackHttpServer m_endpoint;
    LoopbackHttpServer::Response m_answer{
        200, R"({"access_token": "ya29.fake", "expires_in": 3599, "token_type": "Bearer"})"};
    QString tokenUrl() const
    {
        return QString::fromLatin1(m_endpoint.url()) + QStringLiteral("/token");
    }

    QString writeKey(const QByteArray &privateKey, const QString &tokenUri)
    {
        const QJsonObject key{{QStringLiteral("type"), QStringLiteral("service_account")},
                              {QStringLiteral("project_id"), QStringLiteral("hive-test-123")},
                              {QStringLiteral("private_key_id"), QStringLiteral("0123abcd")},
                              {QStringLiteral("private_key"), QString::fromLatin1(privateKey)},
                              {QStringLiteral("client_email"),
                               QStringLiteral("hive@hive-test-123.iam.gserviceaccount.com")},
                              {QStringLiteral("client_id"), QStringLiteral("1234567890")},
                              {QStringLiteral("token_uri"), tokenUri}};
        const QString path = m_dir.filePath(QLatin1String(GcpServiceAccount::kFileName));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(key).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        m_endpoint.handler = [this](const LoopbackHttpServer::Request &) { return m_answer; };
        QVERIFY(m_endpoint.listen());
        // A key and the certificate of its public half, made by OpenSSL.
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                       QStringLiteral("cert.pem"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=hive-test"), QStringLiteral("-days"),
                       QStringLiteral("1")});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        QFile key(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_key = writeKey(key.readAll(), tokenUrl());
        m_certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    }

    void theAssertionIsWhatGoogleAuthVerifiesAndMakes()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import google.oauth2")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("python3-google-auth is needed (scripts/install-deps.sh --test)");
            QSKIP("python3-google-auth is not installed");
        }
        GcpServiceAccount account;
        QString from, error;
        QVERIFY2(GcpServiceAccount::find(m_dir.path(), account, from, error), qPrintable(error));
        QCOMPARE(account.projectId, QStringLiteral("hive-test-123"));
        const QString scope = QLatin1String(GcpServiceAccount::kComputeScope);
        const QByteArray assertion =
            account.assertion(scope, QDateTime::currentDateTimeUtc(), error);
        QVERIFY2(!assertion.isEmpty(), qPrintable(error));

        QProcess oracle;
        oracle.start(python, {QStringLiteral(HIVE_GOOGLE_AUTH_ORACLE)});
        oracle.write(QJsonDocument(
                         QJsonObject{{QStringLiteral("key"), m_key},
                                     {QStringLiteral("certificate"), m_certificate},
                                     {QStringLiteral("scope"), scope},
                                     {QStringLiteral("assertion"), QString::fromLatin1(assertion)}})
                         .toJson());
        oracle.closeWriteChannel();
        QVERIFY(oracle.waitForFinished(60000));
        QVERIFY2(oracle.exitCode() == 0, oracle.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(oracle.readAllStandardOutput()).object();
        // Verified by google-auth: its signature with the certificate, its
        // audience and times; the same claims as google-auth's own.
        const QJsonObject claims = out.value(QStringLiteral("claims")).toObject();
        const QJsonObject theirs = out.value(QStringLiteral("theirs")).toObject();
        QCOMPARE(claims.keys(), theirs.keys());
        for (const char *name : {"iss", "scope", "aud"})
            QCOMPARE(claims.value(QLatin1String(name)), theirs.value(QLatin1String(name)));
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() -
                     claims.value(QStringLiteral("iat")).toInteger(),
                 theirs.value(QStringLiteral("exp")).toInteger() -
                     theirs.value(QStringLiteral("iat")).toInteger());
        const QJsonObject header = out.value(QStringLiteral("header")).toObject();
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), QStringLiteral("0123abcd"));

        // The token is asked for as google-auth asks for it.
        QNetworkAccessManager network;
        GcpAccessToken token;
        QVERIFY2(GcpAccessToken::request(network, account, scope, token, error), qPrintable(error));
        QCOMPARE(token.value, QByteArray("ya29.fake"));
        QVERIFY(token.usable(QDateTime::currentDateTimeUtc()));
        const QJsonObject request = out.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(QStringLiteral("url")).toString(), tokenUrl());
        const LoopbackHttpServer::Request &last = m_endpoint.requests.last();
        QCOMPARE(last.method, QByteArray("POST"));
        QCOMPARE(last.target, QByteArray("/token"));
        QCOMPARE(last.header("content-type"), request.value(QStringLiteral("headers"))
                                                  .toObject()
                                                  .value(QStringLiteral("content-type"))
                                                  .toString()
                                                  .toLatin1());
        const QUrlQuery sent(QString::fromLatin1(last.body));
        const QJsonObject form = request.value(QStringLiteral("form")).toObject();
        QCOMPARE(form.value(QStringLiteral("grant_type")).toString(),
                 sent.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded));
        QCOMPARE(sent.queryItems().size(), form.size());
        // google-auth sent hive's assertion; hive sent a fresh one that
        // verifies the same way (its time differs).
        QCOMPARE(form.value(QStringLiteral("assertion")).toString(),
                 QString::fromLatin1(assertion));
        QCOMPARE(sent.queryItemValue(QStringLiteral("assertion")).count(QLatin1Char('.')), 2);
    }

    // Google's refusal is said with its code and the account, never with
    // the key or the assertion.
    void aRefusalNamesGooglesCodeNotTheKey()
    {
        GcpServiceAccount account;
        QString from, error;
        QVERIFY(GcpServiceAccount::find(m_dir.path(), account, from, error));
        m_answer = {400,
                    R"({"error": "invalid_grant", "error_description": "Invalid JWT Signature."})"};
        QNetworkAccessManager network;
        GcpAccessToken token;
        QVERIFY(!GcpAccessToken::request(
            network, account, QLatin1String(GcpServiceAccount::kComputeScope), token, error));
        QVERIFY2(error.contains(QStringLiteral("invalid_grant")) &&
                     error.contains(QStringLiteral("Invalid JWT Signature.")) &&
                     error.contains(account.clientEmail),
                 qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("PRIVATE")) &&
                !error.contains(QString::fromLatin1(m_endpoint.requests.last().body.mid(60, 40))));
        m_answer.status = 200;
    }

    // A key file others can read is said (it is a secret).
    void aKeyFileOthersCanReadIsSaid()
    {
        QFile::setPermissions(m_key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QVERIFY(GcpServiceAccount::exposure(m_key).contains(QStringLiteral("chmod 600")));
        QFile::setPermissions(m_key, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(GcpServiceAccount::exposure(m_key).isEmpty());
    }

    // A key file that is not one is named, with the field that is wrong.
    void aWrongKeyFileIsNamed()
    {
        QTemporaryDir dir;
        GcpServiceAccount account;
        QString from, error;
        qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
        QVERIFY(!GcpServiceAccount::find(dir.path(), account, from, error));
        QVERIFY2(error.contains(QStringLiteral("gcp_credential.json")), qPrintable(error));
        const QString path = dir.filePath(QStringLiteral("gcp_credential.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type": "authorized_user", "client_id": "x"})");
        f.close();
        QVERIFY(!GcpServiceAccount::find(dir.path(), account, from, error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("'authorized_user'")),
                 qPrintable(error));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"type": "service_account", "project_id": "p", "client_email": "e",
                    "private_key": "not a key"})");
        f.close();
        QVERIFY(!GcpServiceAccount::find(dir.path(), account, from, error));
        QVERIFY2(error.contains(QStringLiteral("'private_key'")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestGcpServiceAccount)
#include "tst_gcp_service_account.moc"
