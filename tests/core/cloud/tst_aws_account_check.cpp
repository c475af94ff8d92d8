#include "cloud/aws_account_check.h"
#include "cloud/aws_rest_json_client.h"
#include "tests/support/aws_request_oracles.h"
#include "tests/support/fake_ec2.h"

#include <QtTest>

using namespace hive;

// The wizard's check of an AWS account against the fake (at
// AWS_ENDPOINT_URL, as the SDKs take it): whose key, the region's zones,
// the instance types it does not offer; a key AWS refuses is said with its
// code and what to do; every request is one botocore's models know.
class TestAwsAccountCheck : public QObject
{
    Q_OBJECT
    FakeEc2 m_aws;
    const AwsCredentials m_key{
        QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI-K7MDENG"), {}};

private slots:
    void initTestCase() { qputenv("AWS_ENDPOINT_URL", m_aws.url().toString().toUtf8()); }
    void cleanupTestCase() { qunsetenv("AWS_ENDPOINT_URL"); }

    void theAccountItsZonesAndTheTypesItLacks()
    {
        const AwsAccountCheck::Result r = AwsAccountCheck::run(
            m_key, QStringLiteral("ap-northeast-1"),
            {QStringLiteral("t3.medium"), QStringLiteral("x9.huge"), QStringLiteral("t3.medium")});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.account, QStringLiteral("123456789012"));
        QCOMPARE(r.arn, QStringLiteral("arn:aws:iam::123456789012:user/hive"));
        QCOMPARE(r.zones,
                 (QStringList{QStringLiteral("ap-northeast-1a"), QStringLiteral("ap-northeast-1c"),
                              QStringLiteral("ap-northeast-1d")}));
        QCOMPARE(r.missingTypes, QStringList{QStringLiteral("x9.huge")});
    }

    void aRefusedKeyIsSaidWithWhatToDo()
    {
        FakeEc2::State s = m_aws.state();
        s.failWith = QStringLiteral("InvalidClientTokenId");
        m_aws.setState(s);
        const AwsAccountCheck::Result r =
            AwsAccountCheck::run(m_key, QStringLiteral("ap-northeast-1"), {});
        s.failWith.clear();
        m_aws.setState(s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("InvalidClientTokenId")) &&
                     r.error.contains(QStringLiteral("secret access key")) &&
                     !r.error.contains(m_key.secretAccessKey),
                 qPrintable(r.error));
    }

    // EFS's refusal names its permission too.
    void anEfsRefusalNamesThePermission()
    {
        FakeEc2::State s = m_aws.state();
        s.failWith = QStringLiteral("AccessDeniedException");
        m_aws.setState(s);
        AwsRestJsonClient efs(m_key, QStringLiteral("ap-northeast-1"),
                              QStringLiteral("elasticfilesystem"), QStringLiteral("EFS"),
                              QStringLiteral("elasticfilesystem"));
        const AwsRestJsonClient::Reply r = efs.call(QStringLiteral("DescribeFileSystems"), "GET",
                                                    QStringLiteral("/2015-02-01/file-systems"));
        s.failWith.clear();
        m_aws.setState(s);
        QVERIFY(!r.ok);
        QCOMPARE(r.code, QStringLiteral("AccessDeniedException"));
        QVERIFY2(r.message.endsWith(QStringLiteral("elasticfilesystem:DescribeFileSystems")),
                 qPrintable(r.message));
    }

    void everyRequestIsOneAwsKnows()
    {
        const AwsRequestOracles verdict = AwsRequestOracles::check(m_aws);
        if (verdict.skipped)
            QSKIP("python3-botocore is not installed");
        QVERIFY2(verdict.problems.isEmpty(), qPrintable(verdict.problems));
        QVERIFY(verdict.queryActions.contains(QStringLiteral("GetCallerIdentity")));
    }
};

QTEST_GUILESS_MAIN(TestAwsAccountCheck)
#include "tst_aws_account_check.moc"
