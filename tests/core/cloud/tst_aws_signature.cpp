#include "cloud/aws_credential_source.h"
#include "cloud/aws_signature.h"
#include "project/persistents.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

// SigV4 signatures compared with botocore's SigV4Auth (AWS's own Python
// SDK, Debian's python3-botocore) on the same requests, at the same time.
class TestAwsSignature : public QObject
{
    Q_OBJECT

    static QJsonObject oracle(const AwsSignature::Request &r, const AwsCredentials &c,
                              const QString &region, const QString &service, const QString &time)
    {
        QJsonObject headers;
        for (const auto &[name, value] : r.headers)
            headers.insert(QString::fromUtf8(name), QString::fromUtf8(value));
        const QJsonObject spec{
            {QStringLiteral("method"), QString::fromLatin1(r.method)},
            {QStringLiteral("url"), r.url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromLatin1(r.body.toBase64())},
            {QStringLiteral("accessKeyId"), c.accessKeyId},
            {QStringLiteral("secretAccessKey"), c.secretAccessKey},
            {QStringLiteral("sessionToken"), c.sessionToken},
            {QStringLiteral("region"), region},
            {QStringLiteral("service"), service},
            {QStringLiteral("time"), time},
        };
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral(HIVE_SIGV4_ORACLE)});
        p.write(QJsonDocument(spec).toJson(QJsonDocument::Compact));
        p.closeWriteChannel();
        p.waitForFinished(30000);
        const QByteArray out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return QJsonDocument::fromJson(out).object();
    }

    static QByteArray header(const AwsSignature::Request &r, const QByteArray &name)
    {
        for (const auto &[n, v] : r.headers)
            if (n.toLower() == name.toLower())
                return v;
        return {};
    }

private slots:
    void initTestCase()
    {
        QProcess p;
        p.start(QStringLiteral("python3"),
                {QStringLiteral("-c"), QStringLiteral("import botocore")});
        p.waitForFinished(30000);
        if (p.exitCode() != 0) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("python3-botocore is needed (scripts/install-deps.sh --test)");
            QSKIP("python3-botocore is not installed");
        }
    }

    // The stage's persistents first, then the environment, then the
    // profile of ~/.aws/credentials; without any, what to run is said.
    void theAccessKeyIsFoundWhereAwsToolsLook()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("credentials"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[default]\naws_access_key_id = AKIDINI\naws_secret_access_key = inisecret\n"
                "[ops]\naws_access_key_id = AKIDOPS\naws_secret_access_key = opssecret\n");
        f.close();
        qputenv("AWS_SHARED_CREDENTIALS_FILE", ini.toUtf8());
        qunsetenv("AWS_ACCESS_KEY_ID");
        qunsetenv("AWS_SECRET_ACCESS_KEY");
        qputenv("AWS_PROFILE", "ops");
        DiagnosticList diags;
        Persistents p = Persistents::load(dir.filePath(QStringLiteral("persistents.yml")), diags);
        AwsCredentials c;
        QString from, error;
        QVERIFY(AwsCredentialSource::find(p, QStringLiteral("staging"), c, from, error));
        QCOMPARE(c.accessKeyId, QStringLiteral("AKIDOPS"));
        QVERIFY(from.contains(QStringLiteral("profile ops")) && !from.contains(c.secretAccessKey));
        qputenv("AWS_ACCESS_KEY_ID", "AKIDENV");
        qputenv("AWS_SECRET_ACCESS_KEY", "envsecret");
        QVERIFY(AwsCredentialSource::find(p, QStringLiteral("staging"), c, from, error));
        QCOMPARE(c.accessKeyId, QStringLiteral("AKIDENV"));
        p.set(QStringLiteral("aws_access_key_id"), QStringLiteral("staging"),
              Value::string(QStringLiteral("AKIDSET")));
        p.set(QStringLiteral("aws_secret_access_key"), QStringLiteral("staging"),
              Value::string(QStringLiteral("setsecret")));
        QVERIFY(AwsCredentialSource::find(p, QStringLiteral("staging"), c, from, error));
        QCOMPARE(c.accessKeyId, QStringLiteral("AKIDSET"));
        QVERIFY(AwsCredentialSource::find(p, QStringLiteral("production"), c, from, error));
        QCOMPARE(c.accessKeyId, QStringLiteral("AKIDENV"));
        qunsetenv("AWS_ACCESS_KEY_ID");
        qunsetenv("AWS_SECRET_ACCESS_KEY");
        qputenv("AWS_PROFILE", "nobody");
        QVERIFY(!AwsCredentialSource::find(p, QStringLiteral("production"), c, from, error));
        QVERIFY2(error.contains(QStringLiteral("hive -s production set aws_access_key_id")),
                 qPrintable(error));
        qunsetenv("AWS_PROFILE");
        qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
    }

    void signaturesAreBotocores_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("service");
        QTest::newRow("ec2 query")
            << QStringLiteral("https://ec2.ap-northeast-1.amazonaws.com/")
            << QByteArray("Action=DescribeVpcs&Version=2016-11-15&"
                          "Filter.1.Name=tag%3AProject&Filter.1.Value.1=pdns")
            << QString() << QStringLiteral("ap-northeast-1") << QStringLiteral("ec2");
        QTest::newRow("session token") << QStringLiteral("https://ec2.us-east-1.amazonaws.com/")
                                       << QByteArray("Action=DescribeRegions&Version=2016-11-15")
                                       << QStringLiteral("IQoJb3JpZ2luX2VjEJr//////////wEaCXVz+/=")
                                       << QStringLiteral("us-east-1") << QStringLiteral("ec2");
        QTest::newRow("query string and path")
            << QStringLiteral("https://elasticfilesystem.eu-west-1.amazonaws.com/2015-02-01/"
                              "file-systems?CreationToken=hive%20pdns&MaxItems=10&A=%2F~b")
            << QByteArray() << QString() << QStringLiteral("eu-west-1")
            << QStringLiteral("elasticfilesystem");
        QTest::newRow("utf-8 body and explicit port")
            << QStringLiteral("https://ec2.ap-northeast-1.amazonaws.com:443/")
            << QStringLiteral("Action=CreateTags&Tag.1.Value=本番  hive").toUtf8() << QString()
            << QStringLiteral("ap-northeast-1") << QStringLiteral("ec2");
        QTest::newRow("loopback endpoint")
            << QStringLiteral("http://127.0.0.1:18080/") << QByteArray("Action=DescribeVpcs")
            << QString() << QStringLiteral("ap-northeast-1") << QStringLiteral("ec2");
    }

    void signaturesAreBotocores()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(QString, region);
        QFETCH(QString, service);
        const AwsCredentials c{QStringLiteral("AKIDEXAMPLE"),
                               QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), token};
        AwsSignature::Request r;
        r.method = body.isEmpty() ? "GET" : "POST";
        r.url = QUrl(url, QUrl::StrictMode);
        r.body = body;
        if (!body.isEmpty())
            r.headers.append(
                qMakePair(QByteArray("Content-Type"),
                          QByteArray("application/x-www-form-urlencoded;  charset=utf-8")));
        const QJsonObject theirs =
            oracle(r, c, region, service, QStringLiteral("20261206T101530Z"));
        QVERIFY2(!theirs.isEmpty(), "botocore gave no answer");
        AwsSignature::sign(r, c, region, service,
                           QDateTime(QDate(2026, 12, 6), QTime(10, 15, 30), Qt::UTC));
        QCOMPARE(QString::fromUtf8(header(r, "X-Amz-Date")),
                 theirs.value(QStringLiteral("X-Amz-Date")).toString());
        QCOMPARE(QString::fromUtf8(header(r, "Authorization")),
                 theirs.value(QStringLiteral("Authorization")).toString());
        if (!token.isEmpty())
            QCOMPARE(QString::fromUtf8(header(r, "X-Amz-Security-Token")), token);
    }
};

QTEST_GUILESS_MAIN(TestAwsSignature)
#include "tst_aws_signature.moc"
