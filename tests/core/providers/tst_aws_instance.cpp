#include "cloud/aws_query_client.h"
#include "providers/aws_host_keys.h"
#include "providers/aws_instance.h"
#include "providers/aws_key_pair.h"
#include "providers/aws_network.h"
#include "providers/aws_teardown.h"
#include "providers/console_host_keys.h"
#include "tests/support/aws_plan_fixture.h"
#include "tests/support/fake_ec2.h"

#include <QtTest>

using namespace hive;

namespace {

AwsResourcePlan plan()
{
    AwsResourcePlan p = awsPlanFixture();
    p.keyName = QStringLiteral("hive-bulder-pdns");
    p.image = {QString(), QLatin1String(AwsResourcePlan::kDefaultImageName),
               QLatin1String(AwsResourcePlan::kDefaultImageOwner)};
    AwsResourcePlan::Instance hive0;
    hive0.host = QStringLiteral("s-hive0.pdns");
    hive0.subnet = QStringLiteral("subnet-a");
    hive0.privateIp = QStringLiteral("10.0.0.5");
    hive0.instanceType = QStringLiteral("t3.medium");
    hive0.root.sizeGiB = 20;
    hive0.hasMirroredDisk = true;
    hive0.mirrored = {QStringLiteral("/dev/sdb"), 10, true, QStringLiteral("alias/hive")};
    p.instances << hive0;
    return p;
}

} // namespace

// One host of an AWS stage against the fake EC2: the image found by name
// and owner, the instance made with its disks and tags, waited for, given
// an Elastic IP; a second run only looks; a stopped one is started; a run
// cut short after allocating its address is finished without a second one;
// hive_published_ip must be this account's and free.
class TestAwsInstance : public QObject
{
    Q_OBJECT

    FakeEc2 m_aws;
    std::unique_ptr<AwsQueryClient> m_ec2;
    AwsInstance::Where m_where;

private slots:
    void init()
    {
        FakeEc2::State s;
        s.images = {{{QStringLiteral("ami-00000000000000001"), {}},
                     QStringLiteral("AlmaLinux OS 9.3.20231113 x86_64"),
                     QStringLiteral("764336703387"),
                     QStringLiteral("/dev/sda1"),
                     QStringLiteral("2023-11-13T00:00:00.000Z")},
                    {{QStringLiteral("ami-00000000000000002"), {}},
                     QStringLiteral("AlmaLinux OS 9.4.20240805 x86_64"),
                     QStringLiteral("764336703387"),
                     QStringLiteral("/dev/sda1"),
                     QStringLiteral("2024-08-05T00:00:00.000Z")},
                    {{QStringLiteral("ami-00000000000000003"), {}},
                     QStringLiteral("AlmaLinux OS 9.9 x86_64 (copied)"),
                     QStringLiteral("111122223333"),
                     QStringLiteral("/dev/xvda"),
                     QStringLiteral("2026-01-01T00:00:00.000Z")}};
        m_aws.setState(s);
        m_ec2 = std::make_unique<AwsQueryClient>(
            AwsCredentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), QString()},
            QStringLiteral("ap-northeast-1"), QStringLiteral("ec2"), QStringLiteral("2016-11-15"));
        m_ec2->setEndpoint(m_aws.url());
        m_ec2->setRetryPauseMs(1);
        const AwsNetwork::Result net = AwsNetwork::ensure(*m_ec2, plan(), false);
        QVERIFY2(net.status != RunEvent::Status::Failed, qPrintable(net.error));
        m_where.subnetId = net.subnetIds.value(QStringLiteral("subnet-a"));
        m_where.groupId = net.groupId;
        m_where.keyName = QStringLiteral("hive-bulder-pdns");
        QString error;
        QVERIFY2(AwsInstance::resolveImage(*m_ec2, plan().image, m_where.image, error),
                 qPrintable(error));
        m_aws.clearActions();
    }

    void theNewestImageOfItsPublisher()
    {
        QCOMPARE(m_where.image.id, QStringLiteral("ami-00000000000000002"));
        QCOMPARE(m_where.image.rootDevice, QStringLiteral("/dev/sda1"));
        AwsInstance::Image image;
        QString error;
        QVERIFY(!AwsInstance::resolveImage(
            *m_ec2, {QStringLiteral("ami-0123456789abcdef0"), QString(), QString()}, image, error));
        QVERIFY2(error.contains(QStringLiteral("AMI ids differ per region")), qPrintable(error));
    }

    void aHostIsMadeOnceAndStartedWhenStopped()
    {
        const AwsResourcePlan p = plan();
        AwsInstance::Result r =
            AwsInstance::ensure(*m_ec2, p, p.instances.first(), m_where, true, nullptr, {}, 1);
        QCOMPARE(r.status, RunEvent::Status::Changed);
        QVERIFY2(r.message.contains(QStringLiteral("would create s-hive0.pdns")),
                 qPrintable(r.message));
        QVERIFY(m_aws.changes().isEmpty());

        r = AwsInstance::ensure(*m_ec2, p, p.instances.first(), m_where, false, nullptr, {}, 1);
        QVERIFY2(r.status == RunEvent::Status::Changed, qPrintable(r.message));
        const FakeEc2::State s = m_aws.state();
        QCOMPARE(s.instances.size(), 1);
        const FakeEc2::Instance &i = s.instances.first();
        QCOMPARE(i.state, QStringLiteral("running"));
        QCOMPARE(i.privateIp, QStringLiteral("10.0.0.5"));
        QCOMPARE(i.type, QStringLiteral("t3.medium"));
        QCOMPARE(i.keyName, QStringLiteral("hive-bulder-pdns"));
        QCOMPARE(i.group, m_where.groupId);
        QCOMPARE(i.tags.value(QStringLiteral("Name")), QStringLiteral("s-hive0.pdns"));
        QCOMPARE(i.volumeTags.value(QStringLiteral("Project")), QStringLiteral("pdns"));
        QCOMPARE(i.disks.size(), 2);
        QCOMPARE(i.disks.at(0).device, QStringLiteral("/dev/sda1"));
        QCOMPARE(i.disks.at(0).sizeGiB, 20);
        QCOMPARE(i.disks.at(1).device, QStringLiteral("/dev/sdb"));
        QVERIFY(i.disks.at(1).encrypted && i.disks.at(1).kmsKeyId == QLatin1String("alias/hive"));
        QCOMPARE(s.addresses.size(), 1);
        QCOMPARE(s.addresses.first().instance, i.id);
        QCOMPARE(r.publicIp, s.addresses.first().publicIp);

        m_aws.clearActions();
        r = AwsInstance::ensure(*m_ec2, p, p.instances.first(), m_where, false, nullptr, {}, 1);
        QCOMPARE(r.status, RunEvent::Status::Ok);
        QVERIFY(m_aws.changes().isEmpty());

        FakeEc2::State stopped = m_aws.state();
        stopped.instances.first().state = QStringLiteral("stopped");
        m_aws.setState(stopped);
        r = AwsInstance::ensure(*m_ec2, p, p.instances.first(), m_where, false, nullptr, {}, 1);
        QVERIFY2(r.status == RunEvent::Status::Changed &&
                     r.message.contains(QStringLiteral("started")),
                 qPrintable(r.message));
        QCOMPARE(m_aws.state().instances.first().state, QStringLiteral("running"));
        QCOMPARE(m_aws.state().addresses.size(), 1);
    }

    void anAddressAllocatedByARunCutShortIsTaken()
    {
        const AwsResourcePlan p = plan();
        FakeEc2::State s = m_aws.state();
        FakeEc2::Address orphan;
        orphan.id = QStringLiteral("eipalloc-orphan");
        orphan.publicIp = QStringLiteral("203.0.113.7");
        orphan.tags = {{QStringLiteral("Name"), QStringLiteral("for s-hive0.pdns")},
                       {QStringLiteral("Project"), QStringLiteral("pdns")}};
        s.addresses << orphan;
        m_aws.setState(s);
        const AwsInstance::Result r =
            AwsInstance::ensure(*m_ec2, p, p.instances.first(), m_where, false, nullptr, {}, 1);
        QVERIFY2(r.status == RunEvent::Status::Changed, qPrintable(r.message));
        QCOMPARE(r.publicIp, QStringLiteral("203.0.113.7"));
        QCOMPARE(m_aws.state().addresses.size(), 1);
        QVERIFY(!m_aws.actions().contains(QStringLiteral("AllocateAddress")));
    }

    // -H stops and keeps; a build starts again; -D -C lists; -D removes
    // everything of the stage but a published address and a key pair
    // another instance uses; a second -D finds nothing left.
    void aStageIsHaltedAndDestroyed()
    {
        AwsResourcePlan p = plan();
        AwsResourcePlan::Instance hive1 = p.instances.first();
        hive1.host = QStringLiteral("s-hive1.pdns");
        hive1.privateIp = QStringLiteral("10.0.0.6");
        hive1.publishedIp = QStringLiteral("192.0.2.44");
        p.instances << hive1;
        FakeEc2::State s = m_aws.state();
        FakeEc2::Address published;
        published.id = QStringLiteral("eipalloc-published");
        published.publicIp = QStringLiteral("192.0.2.44");
        published.tags = {{QStringLiteral("Name"), QStringLiteral("for s-hive1.pdns")},
                          {QStringLiteral("Project"), QStringLiteral("pdns")}};
        s.addresses << published;
        m_aws.setState(s);
        QString message;
        QCOMPARE(AwsKeyPair::ensure(*m_ec2, p.keyName, QStringLiteral("ssh-ed25519 AAAAkey"),
                                    p.hiveName, false, message),
                 RunEvent::Status::Changed);
        for (const AwsResourcePlan::Instance &i : std::as_const(p.instances))
            QCOMPARE(AwsInstance::ensure(*m_ec2, p, i, m_where, false, nullptr, {}, 1).status,
                     RunEvent::Status::Changed);

        AwsTeardown::Result r = AwsTeardown::halt(*m_ec2, p, true, nullptr, {}, 1);
        QCOMPARE(r.status, RunEvent::Status::Changed);
        QCOMPARE(r.done.size(), 2);
        r = AwsTeardown::halt(*m_ec2, p, false, nullptr, {}, 1);
        QVERIFY2(r.status == RunEvent::Status::Changed, qPrintable(r.error));
        for (const FakeEc2::Instance &i : m_aws.state().instances)
            QCOMPARE(i.state, QStringLiteral("stopped"));
        QCOMPARE(AwsTeardown::halt(*m_ec2, p, false, nullptr, {}, 1).status, RunEvent::Status::Ok);
        QCOMPARE(AwsInstance::ensure(*m_ec2, p, p.instances.first(), m_where, false, nullptr, {}, 1)
                     .status,
                 RunEvent::Status::Changed);
        QCOMPARE(m_aws.state().instances.first().state, QStringLiteral("running"));

        m_aws.clearActions();
        r = AwsTeardown::destroy(*m_ec2, p, true, nullptr, {}, 1);
        QCOMPARE(r.status, RunEvent::Status::Changed);
        const QString listed = r.done.join(QLatin1Char('\n'));
        QVERIFY2(listed.contains(QStringLiteral("would remove instance s-hive0.pdns")) &&
                     listed.contains(QStringLiteral("would remove VPC vpc-pdns")) &&
                     listed.contains(QStringLiteral("would remove key pair hive-bulder-pdns")) &&
                     !listed.contains(QStringLiteral("192.0.2.44")),
                 qPrintable(listed));
        QVERIFY(m_aws.changes().isEmpty());

        r = AwsTeardown::destroy(*m_ec2, p, false, nullptr, {}, 1);
        QVERIFY2(r.status == RunEvent::Status::Changed, qPrintable(r.error));
        const FakeEc2::State after = m_aws.state();
        for (const FakeEc2::Instance &i : after.instances)
            QCOMPARE(i.state, QStringLiteral("terminated"));
        QCOMPARE(after.addresses.size(), 1);
        QCOMPARE(after.addresses.first().publicIp, QStringLiteral("192.0.2.44"));
        QVERIFY(after.addresses.first().instance.isEmpty());
        QVERIFY(after.vpcs.isEmpty() && after.subnets.isEmpty() && after.gateways.isEmpty());
        QVERIFY(after.keyPairs.isEmpty());
        r = AwsTeardown::destroy(*m_ec2, p, false, nullptr, {}, 1);
        QCOMPARE(r.status, RunEvent::Status::Ok);
        QVERIFY2(r.done.join(QLatin1Char(' ')).contains(QStringLiteral("nothing of stage staging")),
                 qPrintable(r.done.join(QLatin1Char(' '))));
    }

    // The host keys come from the console, through the signed API; until
    // cloud-init has printed them, it is asked again, and without them the
    // host is not connected to.
    void hostKeysAreReadFromTheConsole()
    {
        const QByteArray console =
            "[   12.3] cloud-init[801]: Generating public/private ed25519 key pair.\n"
            "<14>Dec  6 10:00:01 cloud-init: #############################################\n"
            "-----BEGIN SSH HOST KEY KEYS-----\n"
            "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY= root@ip-10-0-0-5\n"
            "[   13.0] cloud-init[801]: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOrF root@ip-10-0-0-5\n"
            "-----END SSH HOST KEY KEYS-----\n";
        QCOMPARE(
            ConsoleHostKeys::parse(console),
            (QStringList{QStringLiteral("ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY="),
                         QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOrF")}));
        QVERIFY(ConsoleHostKeys::parse("ssh-ed25519 AAAAforged outside the block\n").isEmpty());

        const AwsResourcePlan p = plan();
        const AwsInstance::Result made =
            AwsInstance::ensure(*m_ec2, p, p.instances.first(), m_where, false, nullptr, {}, 1);
        QStringList keys;
        QString error;
        QVERIFY(!AwsHostKeys::read(*m_ec2, made.instanceId, keys, error, nullptr, 50, 5));
        QVERIFY2(error.contains(QStringLiteral("no SSH host keys")), qPrintable(error));
        FakeEc2::State s = m_aws.state();
        s.instances.first().console = console;
        m_aws.setState(s);
        QVERIFY2(AwsHostKeys::read(*m_ec2, made.instanceId, keys, error, nullptr, 50, 5),
                 qPrintable(error));
        QCOMPARE(keys.size(), 2);
    }

    void aPublishedIpMustBeTheAccountsAndFree()
    {
        AwsResourcePlan p = plan();
        p.instances.first().publishedIp = QStringLiteral("192.0.2.44");
        AwsInstance::Result r =
            AwsInstance::ensure(*m_ec2, p, p.instances.first(), m_where, false, nullptr, {}, 1);
        QCOMPARE(r.status, RunEvent::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("192.0.2.44")) &&
                     r.message.contains(QStringLiteral("not an Elastic IP of this account")),
                 qPrintable(r.message));
        FakeEc2::State s = m_aws.state();
        FakeEc2::Address mine;
        mine.id = QStringLiteral("eipalloc-mine");
        mine.publicIp = QStringLiteral("192.0.2.44");
        s.addresses << mine;
        m_aws.setState(s);
        r = AwsInstance::ensure(*m_ec2, p, p.instances.first(), m_where, false, nullptr, {}, 1);
        QVERIFY2(r.status == RunEvent::Status::Changed, qPrintable(r.message));
        QCOMPARE(r.publicIp, QStringLiteral("192.0.2.44"));
        QCOMPARE(m_aws.state().addresses.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAwsInstance)
#include "tst_aws_instance.moc"
