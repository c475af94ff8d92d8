#include "cloud/aws_query_client.h"
#include "providers/aws_key_pair.h"
#include "providers/aws_network.h"
#include "providers/aws_resource_plan.h"
#include "tests/support/aws_plan_fixture.h"
#include "tests/support/fake_ec2.h"

#include <QtTest>

using namespace hive;

namespace {

AwsResourcePlan plan()
{
    AwsResourcePlan p = awsPlanFixture();
    p.subnets << AwsResourcePlan::Subnet{QStringLiteral("subnet-c"), QStringLiteral("10.0.1.0/24"),
                                         QStringLiteral("ap-northeast-1c")};
    p.inbound << AwsResourcePlan::Rule{QStringLiteral("tcp"), 22, QStringLiteral("0.0.0.0/0")}
              << AwsResourcePlan::Rule{QStringLiteral("udp"), 53, QStringLiteral("0.0.0.0/0")};
    return p;
}

} // namespace

// The network of an AWS stage against a stateful fake of EC2's API: made
// from nothing, unchanged by a second run, said and not made with -C,
// finished after a run cut short, and refused where a subnet would move.
class TestAwsNetwork : public QObject
{
    Q_OBJECT

    FakeEc2 m_aws;
    std::unique_ptr<AwsQueryClient> m_ec2;

private slots:
    void init()
    {
        m_aws.setState({});
        m_aws.clearActions();
        m_ec2 = std::make_unique<AwsQueryClient>(
            AwsCredentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), QString()},
            QStringLiteral("ap-northeast-1"), QStringLiteral("ec2"), QStringLiteral("2016-11-15"));
        m_ec2->setEndpoint(m_aws.url());
        m_ec2->setRetryPauseMs(1);
    }

    void anEmptyAccountGetsTheWholeNetworkOnce()
    {
        // -C: said, nothing made.
        AwsNetwork::Result r = AwsNetwork::ensure(*m_ec2, plan(), true);
        QCOMPARE(r.status, RunEvent::Status::Changed);
        QCOMPARE(r.changes, QStringList{QStringLiteral("would create VPC vpc-pdns (10.0.0.0/16)")});
        QVERIFY(m_aws.changes().isEmpty());

        r = AwsNetwork::ensure(*m_ec2, plan(), false);
        QVERIFY2(r.status == RunEvent::Status::Changed, qPrintable(r.error));
        const FakeEc2::State s = m_aws.state();
        QCOMPARE(s.vpcs.size(), 1);
        QCOMPARE(s.vpcs.first().tags.value(QStringLiteral("Name")), QStringLiteral("vpc-pdns"));
        QCOMPARE(s.vpcs.first().tags.value(QStringLiteral("Project")), QStringLiteral("pdns"));
        QVERIFY(s.vpcs.first().dnsSupport && s.vpcs.first().dnsHostnames);
        QCOMPARE(s.gateways.size(), 1);
        QCOMPARE(s.gateways.first().vpc, s.vpcs.first().id);
        QCOMPARE(s.gateways.first().tags.value(QStringLiteral("Name")),
                 QStringLiteral("gateway for vpc-pdns"));
        QCOMPARE(s.subnets.size(), 2);
        QCOMPARE(s.subnets.at(1).zone, QStringLiteral("ap-northeast-1c"));
        QCOMPARE(r.subnetIds.value(QStringLiteral("subnet-c")), s.subnets.at(1).id);
        bool routed = false;
        for (const FakeEc2::Route &route : s.routeTables.first().routes)
            routed = routed || (route.destination == QLatin1String("0.0.0.0/0") &&
                                route.gateway == s.gateways.first().id);
        QVERIFY(routed);
        QCOMPARE(s.groups.first().inbound.size(), 3);
        QCOMPARE(r.groupId, s.groups.first().id);

        // Again: only looked at.
        m_aws.clearActions();
        r = AwsNetwork::ensure(*m_ec2, plan(), false);
        QVERIFY2(r.status == RunEvent::Status::Ok, qPrintable(r.changes.join(QLatin1Char('\n'))));
        QVERIFY2(m_aws.changes().isEmpty(), qPrintable(m_aws.actions().join(QLatin1Char(' '))));
    }

    // A run stopped after the VPC: the next finds it and makes the rest;
    // a rule added by hand is taken away, as hive-builder keeps the group.
    void aRunCutShortIsFinishedByTheNext()
    {
        QCOMPARE(AwsNetwork::ensure(*m_ec2, plan(), false).status, RunEvent::Status::Changed);
        FakeEc2::State s = m_aws.state();
        s.gateways.clear();
        s.subnets.removeLast();
        s.routeTables.first().routes.removeLast();
        s.groups.first().inbound.removeLast();
        s.groups.first().inbound << FakeEc2::Permission{QStringLiteral("tcp"), 3306, 3306,
                                                        QStringLiteral("0.0.0.0/0"), QString()};
        m_aws.setState(s);
        m_aws.clearActions();
        const AwsNetwork::Result r = AwsNetwork::ensure(*m_ec2, plan(), false);
        QVERIFY2(r.status == RunEvent::Status::Changed, qPrintable(r.error));
        QCOMPARE(m_aws.changes(),
                 (QStringList{QStringLiteral("CreateInternetGateway"),
                              QStringLiteral("AttachInternetGateway"),
                              QStringLiteral("CreateSubnet"), QStringLiteral("CreateRoute"),
                              QStringLiteral("AuthorizeSecurityGroupIngress"),
                              QStringLiteral("RevokeSecurityGroupIngress")}));
        QCOMPARE(m_aws.state().vpcs.size(), 1);
        QCOMPARE(m_aws.state().subnets.size(), 2);
        QVERIFY2(r.changes.last().contains(QStringLiteral("tcp/3306/0.0.0.0/0")),
                 qPrintable(r.changes.last()));
        QCOMPARE(AwsNetwork::ensure(*m_ec2, plan(), false).status, RunEvent::Status::Ok);
    }

    // The hive's key imported once, tagged with its digest; one made
    // before without the tag (hive-builder's) is kept; one holding another
    // key is imported again.
    void theKeyPairHoldsTheHivesKey()
    {
        const QString key = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHive hive@pdns");
        QString message;
        QCOMPARE(AwsKeyPair::ensure(*m_ec2, QStringLiteral("hive-bulder-pdns"), key,
                                    QStringLiteral("pdns"), true, message),
                 RunEvent::Status::Changed);
        QVERIFY(m_aws.state().keyPairs.isEmpty());
        QCOMPARE(AwsKeyPair::ensure(*m_ec2, QStringLiteral("hive-bulder-pdns"), key,
                                    QStringLiteral("pdns"), false, message),
                 RunEvent::Status::Changed);
        QCOMPARE(m_aws.state().keyPairs.size(), 1);
        QCOMPARE(m_aws.state().keyPairs.first().material, key);
        QCOMPARE(AwsKeyPair::ensure(*m_ec2, QStringLiteral("hive-bulder-pdns"), key,
                                    QStringLiteral("pdns"), false, message),
                 RunEvent::Status::Ok);
        // Made by hive-builder: no tag, kept.
        FakeEc2::State s = m_aws.state();
        s.keyPairs.first().tags.clear();
        s.keyPairs.first().material = QStringLiteral("ssh-rsa AAAAB3Nzaold");
        m_aws.setState(s);
        QCOMPARE(AwsKeyPair::ensure(*m_ec2, QStringLiteral("hive-bulder-pdns"), key,
                                    QStringLiteral("pdns"), false, message),
                 RunEvent::Status::Ok);
        QVERIFY2(message.contains(QStringLiteral("kept")), qPrintable(message));
        // Tagged with another key: imported again.
        s.keyPairs.first().tags.insert(QStringLiteral("hive-public-key-sha256"),
                                       QStringLiteral("0000"));
        m_aws.setState(s);
        QCOMPARE(AwsKeyPair::ensure(*m_ec2, QStringLiteral("hive-bulder-pdns"), key,
                                    QStringLiteral("pdns"), false, message),
                 RunEvent::Status::Changed);
        QCOMPARE(m_aws.state().keyPairs.size(), 1);
        QCOMPARE(m_aws.state().keyPairs.first().material, key);
    }

    void aSubnetThatWouldMoveIsRefused()
    {
        QCOMPARE(AwsNetwork::ensure(*m_ec2, plan(), false).status, RunEvent::Status::Changed);
        AwsResourcePlan moved = plan();
        moved.subnets[0].zone = QStringLiteral("ap-northeast-1d");
        m_aws.clearActions();
        const AwsNetwork::Result r = AwsNetwork::ensure(*m_ec2, moved, false);
        QCOMPARE(r.status, RunEvent::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("subnet-a")) &&
                     r.error.contains(QStringLiteral("ap-northeast-1a")) &&
                     r.error.contains(QStringLiteral("ap-northeast-1d")),
                 qPrintable(r.error));
        QVERIFY(m_aws.changes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAwsNetwork)
#include "tst_aws_network.moc"
