#include "cloud/aws_query_client.h"
#include "cloud/aws_rest_json_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using namespace hive;

namespace {

// A loopback stand-in for an AWS endpoint: answers each request with the
// next of its canned answers and keeps what it was sent. It runs on the
// test's thread, served by the client's own event loop while it waits.
class CannedEndpoint : public QObject
{
public:
    struct Answer
    {
        int status;
        QByteArray body;
    };
    QList<Answer> answers;
    QList<QByteArray> requests; // head and body, as received

    CannedEndpoint()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;

    void serve(QTcpSocket *s)
    {
        QByteArray &data = m_pending[s];
        data += s->readAll();
        const int headEnd = int(data.indexOf("\r\n\r\n"));
        if (headEnd < 0)
            return;
        int length = 0;
        for (const QByteArray &line : data.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toInt();
        }
        if (data.size() < headEnd + 4 + length)
            return;
        requests << data.left(headEnd + 4 + length);
        data.remove(0, headEnd + 4 + length);
        const Answer a = answers.isEmpty() ? Answer{500, QByteArray()} : answers.takeFirst();
        s->write("HTTP/1.1 " + QByteArray::number(a.status) +
                 " X\r\nContent-Type: text/xml\r\nContent-Length: " +
                 QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body);
    }
};

const AwsCredentials kKey{QStringLiteral("AKIDEXAMPLE"),
                          QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), QString()};

} // namespace

class TestAwsQueryClient : public QObject
{
    Q_OBJECT

private slots:
    void anAnswerIsReadAndTheRequestSigned()
    {
        CannedEndpoint aws;
        aws.answers << CannedEndpoint::Answer{
            200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<DescribeVpcsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                 "<requestId>r-1</requestId><vpcSet>"
                 "<item><vpcId>vpc-1</vpcId><cidrBlock>10.0.0.0/16</cidrBlock>"
                 "<tagSet><item><key>Name</key><value>pdns</value></item></tagSet></item>"
                 "<item><vpcId>vpc-2</vpcId></item></vpcSet></DescribeVpcsResponse>"};
        AwsQueryClient ec2(kKey, QStringLiteral("ap-northeast-1"), QStringLiteral("ec2"),
                           QStringLiteral("2016-11-15"));
        ec2.setEndpoint(aws.url());
        const AwsQueryClient::Reply r =
            ec2.call(QStringLiteral("DescribeVpcs"),
                     {{QStringLiteral("Filter.1.Name"), QStringLiteral("tag:Project")},
                      {QStringLiteral("Filter.1.Value.1"), QStringLiteral("pdns")}});
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.requestId, QStringLiteral("r-1"));
        const QList<const XmlNode *> vpcs = r.body.items(QStringLiteral("vpcSet"));
        QCOMPARE(vpcs.size(), 2);
        QCOMPARE(vpcs.at(0)->value(QStringLiteral("cidrBlock")), QStringLiteral("10.0.0.0/16"));
        QCOMPARE(vpcs.at(0)->items(QStringLiteral("tagSet")).at(0)->value(QStringLiteral("value")),
                 QStringLiteral("pdns"));
        QCOMPARE(aws.requests.size(), 1);
        const QByteArray sent = aws.requests.first();
        QVERIFY(sent.startsWith("POST / HTTP/1.1\r\n"));
        QVERIFY2(sent.contains("Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") &&
                     sent.contains("/ap-northeast-1/ec2/aws4_request, SignedHeaders="),
                 sent.constData());
        QVERIFY(sent.contains("X-Amz-Date: "));
        QVERIFY(sent.endsWith("\r\n\r\nAction=DescribeVpcs&Version=2016-11-15&Filter.1.Name=tag%"
                              "3AProject&Filter.1.Value.1=pdns"));
        QVERIFY2(!sent.contains(kKey.secretAccessKey.toUtf8()), "the secret went out");
    }

    void awsErrorsAreItsOwnWordsAndThrottlingIsRetried()
    {
        CannedEndpoint aws;
        const QByteArray notFound =
            "<Response><Errors><Error><Code>InvalidVpcID.NotFound</Code><Message>The vpc ID "
            "'vpc-9' does not "
            "exist</Message></Error></Errors><RequestID>r-2</RequestID></Response>";
        const QByteArray throttled =
            "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit "
            "exceeded.</Message></Error></Errors><RequestID>r-3</RequestID></Response>";
        aws.answers << CannedEndpoint::Answer{400, notFound}
                    << CannedEndpoint::Answer{503, throttled}
                    << CannedEndpoint::Answer{200, "<DeleteVpcResponse><return>true</return>"
                                                   "</DeleteVpcResponse>"};
        AwsQueryClient ec2(kKey, QStringLiteral("ap-northeast-1"), QStringLiteral("ec2"),
                           QStringLiteral("2016-11-15"));
        ec2.setEndpoint(aws.url());
        ec2.setRetryPauseMs(1);
        AwsQueryClient::Reply r = ec2.call(QStringLiteral("DeleteVpc"),
                                           {{QStringLiteral("VpcId"), QStringLiteral("vpc-9")}});
        QVERIFY(!r.ok);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code, QStringLiteral("InvalidVpcID.NotFound"));
        QCOMPARE(r.message,
                 QStringLiteral("InvalidVpcID.NotFound: The vpc ID 'vpc-9' does not exist"));
        QCOMPARE(r.requestId, QStringLiteral("r-2"));
        QCOMPARE(r.attempts, 1);
        r = ec2.call(QStringLiteral("DeleteVpc"),
                     {{QStringLiteral("VpcId"), QStringLiteral("vpc-1")}});
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.body.value(QStringLiteral("return")), QStringLiteral("true"));
    }

    // A refusal for want of a permission says which one to give: the
    // call's own name (EC2's answer only carries an encoded message).
    void aRefusalNamesThePermissionToGive()
    {
        CannedEndpoint aws;
        aws.answers << CannedEndpoint::Answer{
            403, "<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are "
                 "not authorized to perform this operation. Encoded authorization failure "
                 "message: abc</Message></Error></Errors><RequestID>r-4</RequestID></Response>"};
        AwsQueryClient ec2(kKey, QStringLiteral("ap-northeast-1"), QStringLiteral("ec2"),
                           QStringLiteral("2016-11-15"));
        ec2.setEndpoint(aws.url());
        const AwsQueryClient::Reply r = ec2.call(QStringLiteral("RunInstances"), {});
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.message.startsWith(QStringLiteral("UnauthorizedOperation: You are not")) &&
                     r.message.endsWith(QStringLiteral("permission ec2:RunInstances")),
                 qPrintable(r.message));
    }

    // A paged answer is read to its end: the next page asked with AWS's
    // token, the lists joined (EC2), or with its marker (EFS).
    void everyPageIsRead()
    {
        CannedEndpoint aws;
        aws.answers << CannedEndpoint::Answer{
            200, "<DescribeInstancesResponse><requestId>r</requestId><reservationSet><item>"
                 "<instancesSet><item><instanceId>i-1</instanceId></item></instancesSet></item>"
                 "</reservationSet><nextToken>page+2/=</nextToken></DescribeInstancesResponse>"};
        aws.answers << CannedEndpoint::Answer{
            200, "<DescribeInstancesResponse><requestId>r</requestId><reservationSet><item>"
                 "<instancesSet><item><instanceId>i-2</instanceId></item><item><instanceId>i-3"
                 "</instanceId></item></instancesSet></item></reservationSet>"
                 "</DescribeInstancesResponse>"};
        AwsQueryClient ec2(kKey, QStringLiteral("ap-northeast-1"), QStringLiteral("ec2"),
                           QStringLiteral("2016-11-15"));
        ec2.setEndpoint(aws.url());
        const AwsQueryClient::Reply r = ec2.call(QStringLiteral("DescribeInstances"), {});
        QVERIFY2(r.ok, qPrintable(r.message));
        QStringList ids;
        for (const XmlNode *i : AwsQueryClient::instancesIn(r.body))
            ids << i->value(QStringLiteral("instanceId"));
        QCOMPARE(ids, (QStringList{QStringLiteral("i-1"), QStringLiteral("i-2"),
                                   QStringLiteral("i-3")}));
        QCOMPARE(aws.requests.size(), 2);
        QVERIFY2(aws.requests.at(1).endsWith("&NextToken=page%2B2%2F%3D"),
                 aws.requests.at(1).constData());

        aws.requests.clear();
        aws.answers << CannedEndpoint::Answer{
            200, R"({"FileSystems":[{"FileSystemId":"fs-1"}],"NextMarker":"m 2"})"};
        aws.answers << CannedEndpoint::Answer{200, R"({"FileSystems":[{"FileSystemId":"fs-2"}]})"};
        AwsRestJsonClient efs(kKey, QStringLiteral("ap-northeast-1"),
                              QStringLiteral("elasticfilesystem"), QStringLiteral("EFS"),
                              QStringLiteral("elasticfilesystem"));
        efs.setEndpoint(aws.url());
        const AwsRestJsonClient::Reply e =
            efs.call(QStringLiteral("DescribeFileSystems"), "GET",
                     QStringLiteral("/2015-02-01/file-systems"),
                     {{QStringLiteral("CreationToken"), QStringLiteral("efs-pdns")}});
        QVERIFY2(e.ok, qPrintable(e.message));
        QCOMPARE(e.json.value(QStringLiteral("FileSystems")).toArray().size(), 2);
        QCOMPARE(aws.requests.size(), 2);
        QVERIFY2(aws.requests.at(1).startsWith(
                     "GET /2015-02-01/file-systems?CreationToken=efs-pdns&Marker=m%202 "),
                 aws.requests.at(1).constData());
    }

    void anEndpointThatDoesNotAnswerIsNamed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        AwsQueryClient ec2(kKey, QStringLiteral("ap-northeast-1"), QStringLiteral("ec2"),
                           QStringLiteral("2016-11-15"));
        ec2.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        ec2.setRetryPauseMs(1);
        const AwsQueryClient::Reply r = ec2.call(QStringLiteral("DescribeVpcs"), {});
        QVERIFY(!r.ok);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.attempts, 5);
        QVERIFY2(r.message.contains(QStringLiteral("127.0.0.1")), qPrintable(r.message));
        QVERIFY(!r.message.contains(kKey.secretAccessKey));
    }

    // The form bodies, compared with botocore's serialization of the same
    // calls with EC2's own service model (as sets of parameters).
    // Where the SDKs and the AWS CLI send a service's calls, as they read it.
    void theEndpointIsTheOneTheSdksWouldUse()
    {
        qunsetenv("AWS_ENDPOINT_URL");
        qunsetenv("AWS_ENDPOINT_URL_EC2");
        qunsetenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
        QCOMPARE(AwsQueryClient::endpointFor(QStringLiteral("ec2"), QStringLiteral("eu-west-1")),
                 QUrl(QStringLiteral("https://ec2.eu-west-1.amazonaws.com/")));
        qputenv("AWS_ENDPOINT_URL", "http://127.0.0.1:4566");
        QCOMPARE(AwsQueryClient::endpointFor(QStringLiteral("ec2"), QStringLiteral("eu-west-1")),
                 QUrl(QStringLiteral("http://127.0.0.1:4566/")));
        qputenv("AWS_ENDPOINT_URL_EC2", "http://127.0.0.1:5000/");
        QCOMPARE(AwsQueryClient::endpointFor(QStringLiteral("ec2"), QStringLiteral("eu-west-1")),
                 QUrl(QStringLiteral("http://127.0.0.1:5000/")));
        QCOMPARE(AwsQueryClient::endpointFor(QStringLiteral("sts"), QStringLiteral("eu-west-1")),
                 QUrl(QStringLiteral("http://127.0.0.1:4566/")));
        qputenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
        QCOMPARE(AwsQueryClient::endpointFor(QStringLiteral("ec2"), QStringLiteral("eu-west-1")),
                 QUrl(QStringLiteral("https://ec2.eu-west-1.amazonaws.com/")));
        qunsetenv("AWS_ENDPOINT_URL");
        qunsetenv("AWS_ENDPOINT_URL_EC2");
        qunsetenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
    }

    void formBodiesAreBotocores_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("botocoreParams");
        QTest::addColumn<QStringList>("ours");
        QTest::newRow("filters") << QStringLiteral("DescribeVpcs")
                                 << QStringLiteral("{\"Filters\":[{\"Name\":\"tag:Project\","
                                                   "\"Values\":[\"pdns\",\"web app\"]}]}")
                                 << QStringList{QStringLiteral("Filter.1.Name=tag:Project"),
                                                QStringLiteral("Filter.1.Value.1=pdns"),
                                                QStringLiteral("Filter.1.Value.2=web app")};
        QTest::newRow("import key, tag specification")
            << QStringLiteral("ImportKeyPair")
            << QStringLiteral(
                   "{\"KeyName\":\"hive-bulder-pdns\",\"PublicKeyMaterial\":\"ssh-ed25519 "
                   "AAAAC3Nz hive\",\"TagSpecifications\":[{\"ResourceType\":\"key-pair\","
                   "\"Tags\":[{\"Key\":\"Project\",\"Value\":\"pdns\"}]}]}")
            << QStringList{
                   QStringLiteral("KeyName=hive-bulder-pdns"),
                   QStringLiteral("PublicKeyMaterial=") +
                       QString::fromLatin1(QByteArray("ssh-ed25519 AAAAC3Nz hive").toBase64()),
                   QStringLiteral("TagSpecification.1.ResourceType=key-pair"),
                   QStringLiteral("TagSpecification.1.Tag.1.Key=Project"),
                   QStringLiteral("TagSpecification.1.Tag.1.Value=pdns")};
        QTest::newRow("security group rules")
            << QStringLiteral("AuthorizeSecurityGroupIngress")
            << QStringLiteral(
                   "{\"GroupId\":\"sg-1\",\"IpPermissions\":[{\"IpProtocol\":\"tcp\","
                   "\"FromPort\":22,\"ToPort\":22,\"IpRanges\":[{\"CidrIp\":\"0.0.0.0/0\"}]},"
                   "{\"IpProtocol\":\"-1\",\"UserIdGroupPairs\":[{\"GroupId\":\"sg-1\"}]}]}")
            << QStringList{QStringLiteral("GroupId=sg-1"),
                           QStringLiteral("IpPermissions.1.IpProtocol=tcp"),
                           QStringLiteral("IpPermissions.1.FromPort=22"),
                           QStringLiteral("IpPermissions.1.ToPort=22"),
                           QStringLiteral("IpPermissions.1.IpRanges.1.CidrIp=0.0.0.0/0"),
                           QStringLiteral("IpPermissions.2.IpProtocol=-1"),
                           QStringLiteral("IpPermissions.2.Groups.1.GroupId=sg-1")};
        QTest::newRow("run instances")
            << QStringLiteral("RunInstances")
            << QStringLiteral(
                   "{\"ImageId\":\"ami-1\",\"InstanceType\":\"t3.medium\",\"KeyName\":\"k\","
                   "\"MinCount\":1,\"MaxCount\":1,\"ClientToken\":\"tok\","
                   "\"NetworkInterfaces\":[{\"DeviceIndex\":0,\"SubnetId\":\"subnet-1\","
                   "\"PrivateIpAddress\":\"10.0.0.5\",\"Groups\":[\"sg-1\"],"
                   "\"AssociatePublicIpAddress\":false}],"
                   "\"BlockDeviceMappings\":[{\"DeviceName\":\"/dev/"
                   "sdb\",\"Ebs\":{\"VolumeSize\":10,"
                   "\"DeleteOnTermination\":true,\"Encrypted\":true,\"KmsKeyId\":\"alias/hive\"}}],"
                   "\"TagSpecifications\":[{\"ResourceType\":\"instance\",\"Tags\":[{\"Key\":"
                   "\"Name\","
                   "\"Value\":\"s-hive0.pdns\"}]}]}")
            << QStringList{QStringLiteral("ImageId=ami-1"),
                           QStringLiteral("InstanceType=t3.medium"),
                           QStringLiteral("KeyName=k"),
                           QStringLiteral("MinCount=1"),
                           QStringLiteral("MaxCount=1"),
                           QStringLiteral("ClientToken=tok"),
                           QStringLiteral("NetworkInterface.1.DeviceIndex=0"),
                           QStringLiteral("NetworkInterface.1.SubnetId=subnet-1"),
                           QStringLiteral("NetworkInterface.1.PrivateIpAddress=10.0.0.5"),
                           QStringLiteral("NetworkInterface.1.SecurityGroupId.1=sg-1"),
                           QStringLiteral("NetworkInterface.1.AssociatePublicIpAddress=false"),
                           QStringLiteral("BlockDeviceMapping.1.DeviceName=/dev/sdb"),
                           QStringLiteral("BlockDeviceMapping.1.Ebs.VolumeSize=10"),
                           QStringLiteral("BlockDeviceMapping.1.Ebs.DeleteOnTermination=true"),
                           QStringLiteral("BlockDeviceMapping.1.Ebs.Encrypted=true"),
                           QStringLiteral("BlockDeviceMapping.1.Ebs.KmsKeyId=alias/hive"),
                           QStringLiteral("TagSpecification.1.ResourceType=instance"),
                           QStringLiteral("TagSpecification.1.Tag.1.Key=Name"),
                           QStringLiteral("TagSpecification.1.Tag.1.Value=s-hive0.pdns")};
        QTest::newRow("tags") << QStringLiteral("CreateTags")
                              << QStringLiteral("{\"Resources\":[\"vpc-1\"],\"Tags\":[{\"Key\":"
                                                "\"Name\",\"Value\":\"本番/hive\"}]}")
                              << QStringList{QStringLiteral("ResourceId.1=vpc-1"),
                                             QStringLiteral("Tag.1.Key=Name"),
                                             QStringLiteral("Tag.1.Value=本番/hive")};
    }

    void formBodiesAreBotocores()
    {
        QFETCH(QString, action);
        QFETCH(QString, botocoreParams);
        QFETCH(QStringList, ours);
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral(HIVE_EC2_QUERY_ORACLE)});
        const QString operation =
            action.left(1).toLower() +
            action.mid(1)
                .replace(QRegularExpression(QStringLiteral("([A-Z])")), QStringLiteral("_\\1"))
                .toLower();
        p.write(
            QJsonDocument(QJsonObject{{QStringLiteral("operation"), operation},
                                      {QStringLiteral("params"),
                                       QJsonDocument::fromJson(botocoreParams.toUtf8()).object()}})
                .toJson(QJsonDocument::Compact));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray theirs = p.readAllStandardOutput().trimmed();
        if (theirs.isEmpty() && !qEnvironmentVariableIsSet("CI"))
            QSKIP("python3-botocore is not installed");
        QVERIFY2(!theirs.isEmpty(), p.readAllStandardError().constData());
        AwsQueryClient::Params params;
        for (const QString &pair : ours)
            params.append(
                {pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1)});
        // As a form decodes them (botocore writes a space as '+', we as %20).
        const auto pairs = [](const QByteArray &body) {
            QStringList out;
            for (QByteArray pair : body.split('&'))
                out << QString::fromUtf8(QByteArray::fromPercentEncoding(pair.replace('+', ' ')));
            out.sort();
            return out;
        };
        QCOMPARE(pairs(AwsQueryClient::formBody(action, QStringLiteral("2016-11-15"), params)),
                 pairs(theirs));
    }
};

QTEST_GUILESS_MAIN(TestAwsQueryClient)
#include "tst_aws_query_client.moc"
