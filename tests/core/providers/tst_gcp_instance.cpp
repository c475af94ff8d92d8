#include "cloud/gcp_rest_client.h"
#include "providers/gcp_instance.h"
#include "tests/support/gcp_test_project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <QtTest>

using namespace hive;

// One host of a GCP stage against a stateful fake of Compute Engine: its
// address and instance made as roles/gcp makes them, found as planned the
// next time, started when stopped, refused when moved, and its host keys
// read from its serial port.
class TestGcpInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeGce m_gce;
    GcpServiceAccount m_account;
    GcpResourcePlan m_plan;
    const QString m_key = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHive hive@mother\n");

    GcpInstance::Result ensure(int index, bool checkOnly = false)
    {
        const std::unique_ptr<GcpRestClient> compute = GcpRestClient::compute(m_account);
        compute->setPollMs(1);
        return GcpInstance::ensure(*compute, m_plan, m_plan.instances.at(index),
                                   QStringLiteral("admin"), m_key, checkOnly, nullptr);
    }
    QString instancePath(int index) const
    {
        return QStringLiteral("projects/hive-test-123/zones/%1/instances/%2")
            .arg(m_plan.instances.at(index).zone, m_plan.instances.at(index).name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_gce.listen());
        QVERIFY(gcpTestProject(m_gce, m_dir, m_account, m_plan));
    }

    void checkOnlyChangesNothing()
    {
        const GcpInstance::Result r = ensure(0, true);
        QCOMPARE(r.status, RunEvent::Status::Changed);
        QVERIFY2(r.message.startsWith(QStringLiteral("would reserve address gip-s-hive0-pdns; "
                                                     "would create instance s-hive0-pdns")),
                 qPrintable(r.message));
        QVERIFY(m_gce.changes.isEmpty());
    }

    void madeAsRolesGcpMakesItThenFoundAsPlanned()
    {
        GcpInstance::Result r = ensure(0);
        QVERIFY2(r.status == RunEvent::Status::Changed, qPrintable(r.message));
        QCOMPARE(m_gce.changes.size(), 2);
        const QJsonObject address = m_gce.resources.value(QStringLiteral(
            "projects/hive-test-123/regions/asia-northeast1/addresses/gip-s-hive0-pdns"));
        QCOMPARE(r.publicIp, address.value(QStringLiteral("address")).toString());
        const QJsonObject instance = m_gce.resources.value(instancePath(0));
        QCOMPARE(instance.value(QStringLiteral("hostname")).toString(),
                 QStringLiteral("s-hive0.pdns"));
        QCOMPARE(instance.value(QStringLiteral("machineType")).toString(),
                 QStringLiteral("zones/asia-northeast1-a/machineTypes/e2-medium"));
        const QJsonArray disks = instance.value(QStringLiteral("disks")).toArray();
        QCOMPARE(disks.size(), 2); // a hive: boot and drbd
        QCOMPARE(disks.at(0)[QStringLiteral("initializeParams")][QStringLiteral("sourceImage")]
                     .toString(),
                 QLatin1String(GcpResourcePlan::kDefaultImage));
        QCOMPARE(disks.at(1)[QStringLiteral("initializeParams")][QStringLiteral("diskSizeGb")]
                     .toString(),
                 QStringLiteral("10"));
        const QJsonObject nic =
            instance.value(QStringLiteral("networkInterfaces")).toArray().first().toObject();
        QCOMPARE(nic.value(QStringLiteral("networkIP")).toString(), QStringLiteral("192.168.0.4"));
        QCOMPARE(nic[QStringLiteral("accessConfigs")][0][QStringLiteral("natIP")].toString(),
                 r.publicIp);
        const QJsonArray metadata =
            instance[QStringLiteral("metadata")][QStringLiteral("items")].toArray();
        QCOMPARE(metadata.at(1)[QStringLiteral("value")].toString(),
                 QStringLiteral("admin:") + m_key.trimmed());
        // The repository server has no drbd disk.
        QVERIFY(m_plan.instances.at(3).mirroredDisk.isEmpty());

        m_gce.changes.clear();
        r = ensure(0);
        QVERIFY2(r.status == RunEvent::Status::Ok, qPrintable(r.message));
        QVERIFY(m_gce.changes.isEmpty());
        QVERIFY(r.message.contains(r.publicIp));
    }

    void aStoppedInstanceIsStarted()
    {
        QJsonObject instance = m_gce.resources.value(instancePath(0));
        instance.insert(QStringLiteral("status"), QStringLiteral("TERMINATED"));
        m_gce.resources.insert(instancePath(0), instance);
        m_gce.changes.clear();
        const GcpInstance::Result r = ensure(0);
        QCOMPARE(r.status, RunEvent::Status::Changed);
        QCOMPARE(m_gce.changes,
                 QStringList{QStringLiteral("POST ") + instancePath(0) + QStringLiteral("/start")});
        QCOMPARE(m_gce.resources.value(instancePath(0)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("RUNNING"));
    }

    void aMovedInstanceIsRefused()
    {
        QJsonObject instance = m_gce.resources.value(instancePath(0));
        QJsonArray nics = instance.value(QStringLiteral("networkInterfaces")).toArray();
        QJsonObject nic = nics.first().toObject();
        nic.insert(QStringLiteral("networkIP"), QStringLiteral("192.168.0.99"));
        nics.replace(0, nic);
        instance.insert(QStringLiteral("networkInterfaces"), nics);
        m_gce.resources.insert(instancePath(0), instance);
        m_gce.changes.clear();
        const GcpInstance::Result r = ensure(0);
        QCOMPARE(r.status, RunEvent::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("192.168.0.99")) &&
                     r.message.contains(QStringLiteral("cannot change in place")),
                 qPrintable(r.message));
        QVERIFY(m_gce.changes.isEmpty());
    }

    void hostKeysComeFromGuestAttributesOrTheSerialPort()
    {
        const std::unique_ptr<GcpRestClient> compute = GcpRestClient::compute(m_account);
        QStringList keys;
        QString error;
        // Nothing published yet: asked again until the time is up.
        QVERIFY(!GcpInstance::readHostKeys(*compute, m_plan.instances.at(0), keys, error, nullptr,
                                           50, 10));
        QVERIFY2(error.contains(QStringLiteral("guest attributes")) &&
                     error.contains(QStringLiteral("cloud-init")),
                 qPrintable(error));
        // Google's guest agent (AlmaLinux's GCE image): its hostkeys/.
        m_gce.guestAttributes.insert(
            instancePath(0),
            QJsonDocument::fromJson(R"({"queryPath": "hostkeys/", "queryValue": {"items": [
                {"namespace": "hostkeys", "key": "ssh-ed25519", "value": "AAAAC3NzaGuest"},
                {"namespace": "hostkeys", "key": "ssh-ed25519 forged", "value": "AAAA"},
                {"namespace": "other", "key": "ssh-rsa", "value": "AAAAB3Nza"}]}})")
                .object());
        QVERIFY2(GcpInstance::readHostKeys(*compute, m_plan.instances.at(0), keys, error, nullptr,
                                           5000, 10),
                 qPrintable(error));
        QCOMPARE(keys, QStringList{QStringLiteral("ssh-ed25519 AAAAC3NzaGuest")});
        m_gce.guestAttributes.remove(instancePath(0));
        // cloud-init's block on the serial port (other images).
        m_gce.serialOutput.insert(
            instancePath(0),
            QStringLiteral("[   12.0] cloud-init[812]: -----BEGIN SSH HOST KEY KEYS-----\n"
                           "[   12.0] cloud-init[812]: ssh-ed25519 AAAAC3NzaKey root@s-hive0\n"
                           "[   12.0] cloud-init[812]: -----END SSH HOST KEY KEYS-----\n"));
        QVERIFY2(GcpInstance::readHostKeys(*compute, m_plan.instances.at(0), keys, error, nullptr,
                                           5000, 10),
                 qPrintable(error));
        QCOMPARE(keys, QStringList{QStringLiteral("ssh-ed25519 AAAAC3NzaKey")});
    }

    // Each change carries a request id of its own (a UUID): an instance
    // made again after it was deleted is made, not taken for the first.
    void eachChangeHasItsOwnRequestId()
    {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        m_gce.resources.remove(instancePath(2));
        QVERIFY(ensure(2).status == RunEvent::Status::Changed);
        m_gce.resources.remove(instancePath(2));
        m_gce.changes.clear();
        QVERIFY(ensure(2).status == RunEvent::Status::Changed);
        QVERIFY(m_gce.resources.contains(instancePath(2))); // made again
        QStringList ids;
        for (const LoopbackHttpServer::Request &r : m_gce.requests()) {
            if (r.method == "GET" || r.target == "/token")
                continue;
            const QString id =
                QUrlQuery(QString::fromLatin1(r.target.mid(r.target.indexOf('?') + 1)))
                    .queryItemValue(QStringLiteral("requestId"));
            QVERIFY2(uuid.match(id).hasMatch(), r.target.constData());
            ids << id;
        }
        QVERIFY(ids.size() >= 4);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

    // An instance reached at another external address than its own is
    // said: SSH would go to the wrong host.
    void anInstanceAtAnotherExternalAddressIsRefused()
    {
        const QString path = instancePath(3);
        QVERIFY(ensure(3).status != RunEvent::Status::Failed);
        QJsonObject instance = m_gce.resources.value(path);
        QJsonArray nics = instance.value(QStringLiteral("networkInterfaces")).toArray();
        QJsonObject nic = nics.first().toObject();
        nic.insert(
            QStringLiteral("accessConfigs"),
            QJsonArray{QJsonObject{{QStringLiteral("natIP"), QStringLiteral("192.0.2.99")}}});
        nics.replace(0, nic);
        instance.insert(QStringLiteral("networkInterfaces"), nics);
        m_gce.resources.insert(path, instance);
        const GcpInstance::Result r = ensure(3);
        QCOMPARE(r.status, RunEvent::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("192.0.2.99")), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestGcpInstance)
#include "tst_gcp_instance.moc"
