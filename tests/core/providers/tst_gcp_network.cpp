#include "cloud/gcp_rest_client.h"
#include "providers/gcp_network.h"
#include "providers/gcp_resource_plan.h"
#include "tests/support/gcp_test_project.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

// A GCP stage's network made to match its plan against a stateful fake of
// Compute Engine: made from nothing, found as planned the next time,
// a firewall that drifted patched back, -C changing nothing, what cannot be
// changed in place refused with what to do.
class TestGcpNetwork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeGce m_gce;
    GcpServiceAccount m_account;
    GcpResourcePlan m_plan;

    GcpNetwork::Result ensure(bool checkOnly = false)
    {
        const std::unique_ptr<GcpRestClient> compute = GcpRestClient::compute(m_account);
        compute->setPollMs(1);
        compute->setRetryPauseMs(1);
        return GcpNetwork::ensure(*compute, m_plan, checkOnly, nullptr);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_gce.listen());
        QVERIFY(gcpTestProject(m_gce, m_dir, m_account, m_plan));
    }

    void checkOnlyChangesNothing()
    {
        const GcpNetwork::Result r = ensure(true);
        QCOMPARE(r.status, RunEvent::Status::Changed);
        QCOMPARE(r.changes.size(), 5); // network, subnetwork, 3 firewalls
        QVERIFY(r.changes.first().startsWith(QStringLiteral("would create network vpc-pdns")));
        QVERIFY(m_gce.changes.isEmpty());
    }

    void madeFromNothingThenFoundAsPlanned()
    {
        m_gce.pendingPolls = 1; // Google is not done at once
        GcpNetwork::Result r = ensure();
        m_gce.pendingPolls = 0;
        QVERIFY2(r.status == RunEvent::Status::Changed, qPrintable(r.error));
        QCOMPARE(
            m_gce.changes,
            (QStringList{
                QStringLiteral("POST projects/hive-test-123/global/networks"),
                QStringLiteral("POST projects/hive-test-123/regions/asia-northeast1/subnetworks"),
                QStringLiteral("POST projects/hive-test-123/global/firewalls"),
                QStringLiteral("POST projects/hive-test-123/global/firewalls"),
                QStringLiteral("POST projects/hive-test-123/global/firewalls")}));
        const QJsonObject subnet = m_gce.resources.value(QStringLiteral(
            "projects/hive-test-123/regions/asia-northeast1/subnetworks/pdns-default"));
        QCOMPARE(subnet.value(QStringLiteral("ipCidrRange")).toString(),
                 QStringLiteral("192.168.0.0/24"));
        const QJsonObject inbound = m_gce.resources.value(
            QStringLiteral("projects/hive-test-123/global/firewalls/inbound-pdns"));
        QCOMPARE(inbound.value(QStringLiteral("allowed")).toArray().size(), 3);
        QVERIFY(!m_gce.resources
                     .value(QStringLiteral("projects/hive-test-123/global/networks/vpc-pdns"))
                     .value(QStringLiteral("autoCreateSubnetworks"))
                     .toBool(true));

        m_gce.changes.clear();
        r = ensure();
        QVERIFY2(r.status == RunEvent::Status::Ok, qPrintable(r.changes.join(QLatin1Char('\n'))));
        QVERIFY(m_gce.changes.isEmpty());
    }

    void aFirewallThatDriftedIsPatchedBack()
    {
        const QString path = QStringLiteral("projects/hive-test-123/global/firewalls/ssh-pdns");
        QJsonObject ssh = m_gce.resources.value(path);
        ssh.insert(QStringLiteral("sourceRanges"), QJsonArray{QStringLiteral("10.9.9.0/24")});
        m_gce.resources.insert(path, ssh);
        m_gce.changes.clear();
        const GcpNetwork::Result r = ensure();
        QCOMPARE(r.status, RunEvent::Status::Changed);
        QCOMPARE(m_gce.changes, QStringList{QStringLiteral("PATCH ") + path});
        QCOMPARE(m_gce.resources.value(path).value(QStringLiteral("sourceRanges")).toArray(),
                 QJsonArray{QStringLiteral("0.0.0.0/0")});
    }

    void whatCannotChangeInPlaceIsRefused()
    {
        const QString path = QStringLiteral(
            "projects/hive-test-123/regions/asia-northeast1/subnetworks/pdns-default");
        QJsonObject subnet = m_gce.resources.value(path);
        subnet.insert(QStringLiteral("ipCidrRange"), QStringLiteral("10.0.0.0/24"));
        m_gce.resources.insert(path, subnet);
        m_gce.changes.clear();
        const GcpNetwork::Result r = ensure();
        QCOMPARE(r.status, RunEvent::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("pdns-default")) &&
                     r.error.contains(QStringLiteral("10.0.0.0/24")) &&
                     r.error.contains(QStringLiteral("cannot be changed in place")),
                 qPrintable(r.error));
        QVERIFY(m_gce.changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGcpNetwork)
#include "tst_gcp_network.moc"
