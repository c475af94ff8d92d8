#include "access/stage_files.h"
#include "cloud/gcp_rest_client.h"
#include "engine/run_reporter.h"
#include "project/project.h"
#include "providers/cloud_instance_states.h"
#include "providers/gcp_provider.h"
#include "providers/gcp_teardown.h"
#include "tests/support/collecting_sink.h"
#include "tests/support/gcp_test_project.h"
#include "tests/support/steps_beside_a_fake.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace hive;

namespace {
const QString kHostKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGcpHostKey");
}

// The gcp provider's steps against a stateful fake of Compute Engine, run
// one after the other on the test's thread (the fake answers there): a
// stage built from nothing with its hosts' public addresses recorded and
// their keys read from the serial port, built again with nothing to do,
// -C changing nothing, -H stopping the chosen hosts and a build starting
// them, -D refused for part of the stage and removing all of it.
class TestGcpProvider : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeGce m_gce;
    GcpServiceAccount m_account;
    GcpResourcePlan m_plan;
    InfraRequest m_request;

    // Runs the provider's steps for `action`; the steps' statuses by
    // "step@host" and the events in `events`.
    QHash<QString, RunEvent::Status> run(InfraRequest::Action action, bool checkOnly,
                                         CollectingSink &events, InfraResult &result,
                                         const QStringList &hosts = {})
    {
        m_request.action = action;
        m_request.checkOnly = checkOnly;
        m_request.hosts.clear();
        for (const GcpResourcePlan::Instance &i : m_plan.instances) {
            if (hosts.isEmpty() || hosts.contains(i.host))
                m_request.hosts.append({i.host, i.privateIp});
        }
        GcpProvider provider(m_plan, m_account, m_dir.path());
        provider.setPollMs(1);
        provider.setHostKeyTimeoutMs(200);
        RunReporter reporter(&events, QStringLiteral("build-infra"));
        // The hosts side by side, as build-infra runs them.
        return runStepsBesideAFake(provider.steps(m_request, result, reporter), reporter);
    }
    // The account's key where hive-builder reads it: gcp_credential.json
    // in the project's folder.
    bool writeKey(const QString &root) const
    {
        QFile key(root + QStringLiteral("/gcp_credential.json"));
        if (!key.open(QIODevice::WriteOnly))
            return false;
        key.write(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("service_account")},
                                      {QStringLiteral("project_id"), m_account.projectId},
                                      {QStringLiteral("client_email"), m_account.clientEmail},
                                      {QStringLiteral("token_uri"), m_account.tokenUri},
                                      {QStringLiteral("private_key"),
                                       QString::fromLatin1(m_account.privateKeyPem)}})
                .toJson());
        return key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QString instancePath(const GcpResourcePlan::Instance &i) const
    {
        return QStringLiteral("projects/hive-test-123/zones/%1/instances/%2").arg(i.zone, i.name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_gce.listen());
        QVERIFY(gcpTestProject(m_gce, m_dir, m_account, m_plan));
        for (const GcpResourcePlan::Instance &i : m_plan.instances)
            m_gce.serialOutput.insert(
                instancePath(i), QStringLiteral("cloud-init: -----BEGIN SSH HOST KEY KEYS-----\n"
                                                "cloud-init: %1 root@host\n"
                                                "cloud-init: -----END SSH HOST KEY KEYS-----\n")
                                     .arg(kHostKey));
        m_request.hiveName = QStringLiteral("pdns");
        m_request.stageName = QStringLiteral("staging");
        m_request.adminUser = QStringLiteral("admin");
        m_request.publicKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHive hive@pdns");
        m_request.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
    }

    void checkOnlyOnAnEmptyProjectChangesNothing()
    {
        CollectingSink events;
        InfraResult result;
        const auto statuses = run(InfraRequest::Action::Build, true, events, result);
        QCOMPARE(statuses.value(QStringLiteral("gcp-network@")), RunEvent::Status::Changed);
        QVERIFY(m_gce.changes.isEmpty());
        QVERIFY(events.finishedText(QStringLiteral("hosts"), QStringLiteral("s-hive0.pdns"))
                    .contains(QStringLiteral("would create instance s-hive0-pdns")));
        QVERIFY(StageFiles::publicAddresses(m_dir.path()).isEmpty());
    }

    void aStageIsBuiltThenFoundAsPlanned()
    {
        CollectingSink events;
        InfraResult result;
        auto statuses = run(InfraRequest::Action::Build, false, events, result);
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            QVERIFY2(it.value() == RunEvent::Status::Changed,
                     qPrintable(it.key() + QLatin1Char(' ') +
                                events.finishedText(it.key().section(QLatin1Char('@'), 0, 0),
                                                    it.key().section(QLatin1Char('@'), 1))));
        // network, subnetwork, 3 firewalls; an address and an instance per host
        QCOMPARE(m_gce.changes.size(), 5 + 2 * 4);
        QCOMPARE(StageFiles::publicAddresses(m_dir.path()).size(), 4);
        for (const GcpResourcePlan::Instance &i : m_plan.instances)
            QCOMPARE(result.hostKeys(i.host), QStringList{kHostKey});

        m_gce.changes.clear();
        CollectingSink again;
        InfraResult second;
        statuses = run(InfraRequest::Action::Build, false, again, second);
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            QCOMPARE(it.value(), RunEvent::Status::Ok);
        QVERIFY(m_gce.changes.isEmpty());
    }

    // A build cut off after each of its calls is finished by the next: the
    // whole stage, each part once, every host's keys; and a build after
    // that changes nothing.
    void aBuildCutOffAnywhereIsFinishedByTheNext()
    {
        const QMap<QString, QJsonObject> before = m_gce.resources;
        m_gce.resources.clear();
        m_gce.calls = 0;
        {
            CollectingSink events;
            InfraResult result;
            run(InfraRequest::Action::Build, false, events, result);
        }
        const int total = m_gce.calls;
        const QStringList built = m_gce.resources.keys();
        QVERIFY(total > 20);
        for (int cut = 1; cut < total; ++cut) {
            m_gce.resources.clear();
            m_gce.cutAfter = cut;
            {
                CollectingSink events;
                InfraResult result;
                run(InfraRequest::Action::Build, false, events, result);
            }
            m_gce.cutAfter = -1;
            const QString at = QStringLiteral("cut after %1 of %2 calls").arg(cut).arg(total);
            CollectingSink events;
            InfraResult result;
            auto statuses = run(InfraRequest::Action::Build, false, events, result);
            for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
                QVERIFY2(it.value() != RunEvent::Status::Failed,
                         qPrintable(at + QLatin1Char(' ') + it.key()));
            QVERIFY2(m_gce.resources.keys() == built, qPrintable(at));
            for (const GcpResourcePlan::Instance &i : m_plan.instances)
                QVERIFY2(!result.hostKeys(i.host).isEmpty(), qPrintable(at));
            m_gce.changes.clear();
            statuses = run(InfraRequest::Action::Build, false, events, result);
            QVERIFY2(m_gce.changes.isEmpty(),
                     qPrintable(at + QLatin1Char(' ') + m_gce.changes.join(QLatin1Char(','))));
        }
        qInfo("a build of %d calls cut off after each of them, each finished by the next", total);
        m_gce.resources = before;
        m_gce.changes.clear();
    }

    void haltStopsTheChosenHostsAndBuildStartsThem()
    {
        CollectingSink events;
        InfraResult result;
        m_gce.changes.clear();
        auto statuses = run(InfraRequest::Action::Halt, false, events, result,
                            {QStringLiteral("s-hive1.pdns")});
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(m_gce.changes,
                 QStringList{QStringLiteral("POST ") + instancePath(m_plan.instances.at(1)) +
                             QStringLiteral("/stop")});
        m_gce.changes.clear();
        statuses = run(InfraRequest::Action::Build, false, events, result);
        QCOMPARE(m_gce.changes,
                 QStringList{QStringLiteral("POST ") + instancePath(m_plan.instances.at(1)) +
                             QStringLiteral("/start")});
    }

    // What the Live tab shows when no manager answers: Google's word for
    // each instance, with the key build-infra uses.
    void theLiveTabReadsWhatGoogleSaysOfEachInstance()
    {
        CollectingSink events;
        InfraResult result;
        run(InfraRequest::Action::Halt, false, events, result, {QStringLiteral("s-hive2.pdns")});
        QTemporaryDir root;
        QVERIFY(writeKey(root.path()));
        Project project;
        DiagnosticList diags;
        QVERIFY(
            Project::open({root.path(), QStringLiteral("staging"), {}, {}, {}}, project, diags));
        const LoadedInventory loaded = gcpTestLoaded();
        QMap<QString, QString> states;
        QString error;
        QVERIFY2(CloudInstanceStates::read(loaded, *loaded.hive.stage(QStringLiteral("staging")),
                                           project, states, error),
                 qPrintable(error));
        QCOMPARE(states.value(QStringLiteral("s-hive2.pdns")), QStringLiteral("stopped"));
        QCOMPARE(states.value(QStringLiteral("s-hive0.pdns")), QStringLiteral("running"));
        QCOMPARE(states.size(), 4);
        m_gce.changes.clear();
        run(InfraRequest::Action::Build, false, events, result);
        QCOMPARE(m_gce.changes,
                 QStringList{QStringLiteral("POST ") + instancePath(m_plan.instances.at(2)) +
                             QStringLiteral("/start")});
    }

    void destroyRemovesTheWholeStageOnly()
    {
        CollectingSink events;
        InfraResult result;
        m_gce.changes.clear();
        // Part of the stage: refused, nothing touched.
        auto statuses = run(InfraRequest::Action::Destroy, false, events, result,
                            {QStringLiteral("s-hive1.pdns")});
        QCOMPARE(statuses.value(QStringLiteral("gcp-stage@")), RunEvent::Status::Failed);
        QVERIFY(events.finishedText(QStringLiteral("gcp-stage"), QString())
                    .contains(QStringLiteral("without -l")));
        QVERIFY(m_gce.changes.isEmpty());
        // A firewall with the stage's name but on another network is not
        // this stage's: it stays.
        const QString other = QStringLiteral("projects/hive-test-123/global/firewalls/ssh-pdns");
        QJsonObject moved = m_gce.resources.value(other);
        moved.insert(QStringLiteral("network"),
                     QStringLiteral("projects/hive-test-123/global/networks/other-net"));
        m_gce.resources.insert(other, moved);
        statuses = run(InfraRequest::Action::Destroy, true, events, result);
        QCOMPARE(statuses.value(QStringLiteral("gcp-stage@")), RunEvent::Status::Changed);
        QVERIFY(m_gce.changes.isEmpty());
        statuses = run(InfraRequest::Action::Destroy, false, events, result);
        QCOMPARE(statuses.value(QStringLiteral("gcp-stage@")), RunEvent::Status::Changed);
        QCOMPARE(m_gce.resources.keys(), QStringList{other});
        // Again: nothing left to remove.
        statuses = run(InfraRequest::Action::Destroy, false, events, result);
        QCOMPARE(statuses.value(QStringLiteral("gcp-stage@")), RunEvent::Status::Ok);
    }

    // `hive build-infra -C` on a GCP stage: the key read from
    // gcp_credential.json in the project's folder, the plan asked of the
    // endpoint Google's Cloud SDK would use, nothing changed; without a key
    // it says where to put one.
    void theCommandChecksAGcpStage()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("inventory"))));
        for (const char *file : {"hive.yml", "services.yml"}) {
            QFile in(QStringLiteral(HIVE_EXAMPLES "/sample/inventory/") + QLatin1String(file));
            QFile out(root.filePath(QStringLiteral("inventory/")) + QLatin1String(file));
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            QByteArray text = in.readAll();
            out.write(text.replace("provider: aws", "provider: gcp")
                          .replace("t3.medium", "e2-medium")
                          .replace("t3.large", "e2-standard-2")
                          .replace("region: ap-northeast-1", "region: asia-northeast1"));
        }
        const auto hive = [&](QProcess &p) {
            p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
            p.start(QStringLiteral(HIVE_BINARY),
                    {QStringLiteral("-r"), root.path(), QStringLiteral("-s"),
                     QStringLiteral("production"), QStringLiteral("build-infra"),
                     QStringLiteral("-C")});
            // The fake answers on this thread: wait with the event loop.
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
        };
        qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
        QProcess without;
        hive(without);
        QCOMPARE(without.exitCode(), 1);
        const QString said =
            QString::fromUtf8(without.readAllStandardOutput() + without.readAllStandardError());
        QVERIFY2(said.contains(root.filePath(QStringLiteral("gcp_credential.json"))),
                 qPrintable(said));

        QVERIFY(writeKey(root.path()));
        m_gce.changes.clear();
        QProcess check;
        hive(check);
        const QString out =
            QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
        QVERIFY2(check.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("GCP project hive-test-123")) &&
                     out.contains(QStringLiteral("would create network vpc-")) &&
                     out.contains(QStringLiteral("would create instance")),
                 qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("PRIVATE KEY")));
        QVERIFY(m_gce.changes.isEmpty());
    }

    // A stage with nfs volumes: -D stops while its Filestore (which this
    // version does not delete) is there, and goes on once it is gone.
    void aFilestoreStopsTheDestroyUntilItIsGone()
    {
        GcpResourcePlan withNfs = m_plan;
        withNfs.fileStore = true;
        const QString fileStore =
            QStringLiteral("projects/hive-test-123/locations/asia-northeast1/instances/") +
            withNfs.fileStoreName;
        m_gce.resources.insert(fileStore, {{QStringLiteral("name"), fileStore}});
        const auto compute = GcpRestClient::compute(m_account);
        const auto file = GcpRestClient::file(m_account);
        GcpTeardown::Result r = GcpTeardown::destroy(*compute, file.get(), withNfs, false, nullptr);
        QCOMPARE(r.status, RunEvent::Status::Failed);
        QVERIFY2(r.error.contains(withNfs.fileStoreName), qPrintable(r.error));
        m_gce.resources.remove(fileStore);
        r = GcpTeardown::destroy(*compute, file.get(), withNfs, false, nullptr);
        QVERIFY2(r.status != RunEvent::Status::Failed, qPrintable(r.error));
    }

    void nfsVolumesAreRefusedUntilFilestoreIsBuilt()
    {
        GcpResourcePlan withNfs = m_plan;
        withNfs.fileStore = true;
        QVERIFY(GcpProvider::cannotBuild(withNfs).contains(QStringLiteral("Filestore")));
        QVERIFY(GcpProvider::cannotBuild(m_plan).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGcpProvider)
#include "tst_gcp_provider.moc"
