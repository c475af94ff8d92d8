#include "access/stage_files.h"
#include "engine/run_reporter.h"
#include "engine/step_sequence.h"
#include "providers/aws_instance_states.h"
#include "providers/aws_provider.h"
#include "providers/aws_stage_access.h"
#include "remote/known_hosts_file.h"
#include "tests/support/aws_plan_fixture.h"
#include "tests/support/aws_request_oracles.h"
#include "tests/support/collecting_sink.h"
#include "tests/support/fake_ec2.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {

const QByteArray kHostKey =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIODoHuC+cUHy7GMY9ZmngBQs0Jt2RO0IVBr1Ofs1cOvc";

AwsResourcePlan plan()
{
    AwsResourcePlan p = awsPlanFixture();
    p.keyName = QStringLiteral("hive-bulder-pdns");
    p.image = {QString(), QLatin1String(AwsResourcePlan::kDefaultImageName),
               QLatin1String(AwsResourcePlan::kDefaultImageOwner)};
    for (int n = 0; n < 2; ++n) {
        AwsResourcePlan::Instance i;
        i.host = QStringLiteral("s-hive%1.pdns").arg(n);
        i.subnet = QStringLiteral("subnet-a");
        i.privateIp = QStringLiteral("10.0.0.%1").arg(5 + n);
        i.instanceType = QStringLiteral("t3.medium");
        i.root.sizeGiB = 20;
        p.instances << i;
    }
    p.fileSystem = true; // the stage has nfs volumes
    p.fileSystemToken = QStringLiteral("efs-pdns");
    return p;
}

} // namespace

// The aws provider's steps as build-infra runs them (StepSequence), against
// the fake EC2 and EFS reached through AWS_ENDPOINT_URL_EC2 and _EFS: a stage built from an
// empty account, each host's public address recorded and its host keys
// read from its console; a re-run that asks nothing of AWS but questions;
// -C on an empty account changing nothing; -H and a build that starts the
// hosts again; -D refused for a part of the stage and done for all of it.
class TestAwsProvider : public QObject
{
    Q_OBJECT
    FakeEc2 m_aws;
    QTemporaryDir m_dir;
    InfraRequest m_request;
    QString m_context; // the stage's context folder; empty: m_dir

    bool run(InfraRequest::Action action, bool checkOnly, CollectingSink &events,
             InfraResult &result, const QStringList &hosts = {})
    {
        m_request.action = action;
        m_request.checkOnly = checkOnly;
        m_request.hosts.clear();
        for (const AwsResourcePlan::Instance &i : plan().instances)
            if (hosts.isEmpty() || hosts.contains(i.host))
                m_request.hosts.append({i.host, i.privateIp});
        AwsProvider provider(
            plan(), AwsCredentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}},
            m_context.isEmpty() ? m_dir.path() : m_context);
        provider.setPollMs(1);
        provider.setHostKeyTimeoutMs(300);
        RunReporter reporter(&events, QStringLiteral("build-infra"));
        const QList<Step> steps = provider.steps(m_request, result, reporter);
        StepSequence::Options o;
        return StepSequence::run(reporter, steps, {}, o);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("AWS_ENDPOINT_URL_EC2", m_aws.url().toString().toUtf8());
        qputenv("AWS_ENDPOINT_URL_EFS", m_aws.url().toString().toUtf8());
        m_request.hiveName = QStringLiteral("pdns");
        m_request.stageName = QStringLiteral("staging");
        m_request.publicKey =
            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEz7FvYw4Y3oLMsyBtL8OTIvN3KgQ3Z0yN"
                           "C5pxE0d0Ve hive@pdns");
        m_request.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        FakeEc2::State s;
        s.images = {FakeEc2::almaLinuxImage()};
        s.bootConsole = "-----BEGIN SSH HOST KEY KEYS-----\n" + kHostKey +
                        " root@ip\n-----END SSH HOST KEY KEYS-----\n";
        m_aws.setState(s);
    }
    void cleanupTestCase()
    {
        qunsetenv("AWS_ENDPOINT_URL_EC2");
        qunsetenv("AWS_ENDPOINT_URL_EFS");
    }

    void checkOnlyOnAnEmptyAccountChangesNothing()
    {
        CollectingSink events;
        InfraResult result;
        QVERIFY(run(InfraRequest::Action::Build, true, events, result));
        QVERIFY2(m_aws.changes().isEmpty(), qPrintable(m_aws.changes().join(QLatin1Char(' '))));
        QVERIFY2(events.finishedText(QStringLiteral("hosts"), QStringLiteral("s-hive0.pdns"))
                     .contains(QStringLiteral("would create")),
                 qPrintable(
                     events.finishedText(QStringLiteral("hosts"), QStringLiteral("s-hive0.pdns"))));
        QVERIFY(StageFiles::publicAddresses(m_dir.path()).isEmpty());
        QVERIFY2(events.finishedText(QStringLiteral("aws-file-system"), QString())
                     .contains(QStringLiteral("would create EFS efs-pdns")),
                 qPrintable(events.finishedText(QStringLiteral("aws-file-system"), QString())));
    }

    void aStageIsBuiltAndItsHostsReachedAtTheirPublicAddresses()
    {
        CollectingSink events;
        InfraResult result;
        QVERIFY(run(InfraRequest::Action::Build, false, events, result));
        const FakeEc2::State s = m_aws.state();
        QCOMPARE(s.instances.size(), 2);
        QCOMPARE(s.addresses.size(), 2);
        // The nfs volumes' EFS, tagged, a mount target in the one subnet
        // in the VPC's default group.
        QCOMPARE(s.fileSystems.size(), 1);
        QCOMPARE(s.fileSystems.first().token, QStringLiteral("efs-pdns"));
        QCOMPARE(s.fileSystems.first().tags.value(QStringLiteral("Project")),
                 QStringLiteral("pdns"));
        QCOMPARE(s.mountTargets.size(), 1);
        QCOMPARE(s.mountTargets.first().subnet, s.subnets.first().id);
        QCOMPARE(s.mountTargets.first().groups, QStringList{s.groups.first().id});
        // Recorded for build-volumes, which mounts it.
        QCOMPARE(StageFiles::fileSystemAddress(m_dir.path()),
                 s.fileSystems.first().id + QStringLiteral(".efs.ap-northeast-1.amazonaws.com"));
        const QHash<QString, QString> publics = StageFiles::publicAddresses(m_dir.path());
        QCOMPARE(publics.size(), 2);
        for (const FakeEc2::Address &a : s.addresses) {
            QVERIFY(publics.values().contains(a.publicIp));
            QCOMPARE(StageFiles::reachableAddress(m_dir.path(), publics.key(a.publicIp)),
                     a.publicIp);
        }
        for (const QString &host : {QStringLiteral("s-hive0.pdns"), QStringLiteral("s-hive1.pdns")})
            QCOMPARE(result.hostKeys(host), QStringList{QString::fromLatin1(kHostKey)});
        QVERIFY(events.finishedText(QStringLiteral("hosts"), QStringLiteral("s-hive1.pdns"))
                    .contains(publics.value(QStringLiteral("10.0.0.6"))));

        // build-infra pins them; the next run takes them from there, and
        // asks AWS nothing but questions.
        for (const QString &address : publics) {
            bool changed = false;
            QString error;
            QVERIFY2(KnownHostsFile::pin(m_request.knownHostsFile, address, 22,
                                         {QString::fromLatin1(kHostKey)}, changed, error),
                     qPrintable(error));
        }
        m_aws.clearActions();
        CollectingSink again;
        InfraResult second;
        QVERIFY(run(InfraRequest::Action::Build, false, again, second));
        QVERIFY2(m_aws.changes().isEmpty(), qPrintable(m_aws.changes().join(QLatin1Char(' '))));
        QVERIFY(!m_aws.actions().contains(QStringLiteral("GetConsoleOutput")));
        QCOMPARE(second.hostKeys(QStringLiteral("s-hive0.pdns")),
                 QStringList{QString::fromLatin1(kHostKey)});
    }

    void haltStopsTheSelectedHostsAndBuildStartsThem()
    {
        CollectingSink events;
        InfraResult result;
        QVERIFY(run(InfraRequest::Action::Halt, false, events, result,
                    {QStringLiteral("s-hive1.pdns")}));
        QHash<QString, QString> states;
        for (const FakeEc2::Instance &i : m_aws.state().instances)
            states.insert(i.tags.value(QStringLiteral("Name")), i.state);
        QCOMPARE(states.value(QStringLiteral("s-hive0.pdns")), QStringLiteral("running"));
        QCOMPARE(states.value(QStringLiteral("s-hive1.pdns")), QStringLiteral("stopped"));
        // What the Live tab asks when no manager answers.
        AwsStageAccess access;
        access.plan = plan();
        access.credentials = {QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}};
        QMap<QString, QString> said;
        QString error;
        QVERIFY2(AwsInstanceStates::read(access, said, error), qPrintable(error));
        QCOMPARE(said.value(QStringLiteral("s-hive0.pdns")), QStringLiteral("running"));
        QCOMPARE(said.value(QStringLiteral("s-hive1.pdns")), QStringLiteral("stopped"));
        CollectingSink started;
        QVERIFY(run(InfraRequest::Action::Build, false, started, result));
        for (const FakeEc2::Instance &i : m_aws.state().instances)
            QCOMPARE(i.state, QStringLiteral("running"));
        QCOMPARE(m_aws.state().addresses.size(), 2);
    }

    void aHostWhoseKeysNeverShowIsAFailureThatSaysSo()
    {
        FakeEc2::State s = m_aws.state();
        for (FakeEc2::Instance &i : s.instances)
            i.console.clear();
        m_aws.setState(s);
        QFile::remove(m_request.knownHostsFile);
        CollectingSink events;
        InfraResult result;
        QVERIFY(!run(InfraRequest::Action::Build, false, events, result));
        const QString said =
            events.finishedText(QStringLiteral("hosts"), QStringLiteral("s-hive0.pdns"));
        QVERIFY2(said.contains(QStringLiteral("host keys")), qPrintable(said));
        QVERIFY(result.hostKeys(QStringLiteral("s-hive0.pdns")).isEmpty());
    }

    void destroyRemovesTheWholeStageOnly()
    {
        CollectingSink part;
        InfraResult result;
        QVERIFY(!run(InfraRequest::Action::Destroy, false, part, result,
                     {QStringLiteral("s-hive1.pdns")}));
        QVERIFY(part.finishedText(QStringLiteral("aws-stage"), QString())
                    .contains(QStringLiteral("-l")));
        QCOMPARE(m_aws.state().vpcs.size(), 1);
        CollectingSink all;
        QVERIFY(run(InfraRequest::Action::Destroy, false, all, result));
        const FakeEc2::State s = m_aws.state();
        for (const FakeEc2::Instance &i : s.instances)
            QCOMPARE(i.state, QStringLiteral("terminated"));
        QVERIFY(s.addresses.isEmpty());
        QVERIFY(s.vpcs.isEmpty());
        QVERIFY(s.keyPairs.isEmpty());
        QVERIFY(s.fileSystems.isEmpty());
        QVERIFY(s.mountTargets.isEmpty());
        QVERIFY(StageFiles::fileSystemAddress(m_dir.path()).isEmpty());
    }

    // A build cut off after any number of AWS's answers (as a kill or a
    // dropped connection leaves it; AWS refuses everything after) is
    // finished by the next run: one of everything, each host its own
    // Elastic IP, and a run after that changes nothing.
    void aBuildCutOffAnywhereIsFinishedByTheNext()
    {
        FakeEc2::State empty;
        empty.images = {FakeEc2::almaLinuxImage()};
        empty.bootConsole = "-----BEGIN SSH HOST KEY KEYS-----\n" + kHostKey +
                            " root@ip\n-----END SSH HOST KEY KEYS-----\n";
        // How many requests a whole build from an empty account makes.
        m_aws.setState(empty);
        QTemporaryDir whole;
        m_context = whole.path();
        m_aws.clearActions();
        {
            CollectingSink events;
            InfraResult result;
            QVERIFY(run(InfraRequest::Action::Build, false, events, result));
        }
        const int total = int(m_aws.actions().size());
        QVERIFY(total > 20);
        int cuts = 0;
        for (int cut = 1; cut < total; ++cut) {
            FakeEc2::State cutState = empty;
            cutState.cutAfter = cut;
            m_aws.setState(cutState);
            QTemporaryDir context;
            m_context = context.path();
            {
                CollectingSink events;
                InfraResult result;
                QVERIFY(!run(InfraRequest::Action::Build, false, events, result));
            }
            FakeEc2::State resumed = m_aws.state();
            resumed.cutAfter = -1;
            resumed.failWith.clear();
            m_aws.setState(resumed);
            CollectingSink events;
            InfraResult result;
            const QString at = QStringLiteral("cut after %1 of %2 requests").arg(cut).arg(total);
            QVERIFY2(run(InfraRequest::Action::Build, false, events, result), qPrintable(at));
            const FakeEc2::State s = m_aws.state();
            QCOMPARE(s.vpcs.size(), 1);
            QVERIFY2(s.vpcs.first().dnsSupport && s.vpcs.first().dnsHostnames, qPrintable(at));
            QCOMPARE(s.subnets.size(), 1);
            QVERIFY2(s.gateways.size() == 1 && s.gateways.first().vpc == s.vpcs.first().id,
                     qPrintable(at));
            QCOMPARE(s.keyPairs.size(), 1);
            QCOMPARE(s.fileSystems.size(), 1);
            QCOMPARE(s.mountTargets.size(), 1);
            int running = 0;
            for (const FakeEc2::Instance &i : s.instances)
                running += i.state == QLatin1String("running") ? 1 : 0;
            QVERIFY2(running == 2 && s.instances.size() == 2, qPrintable(at));
            QSet<QString> holders;
            for (const FakeEc2::Address &a : s.addresses)
                holders.insert(a.instance);
            QVERIFY2(s.addresses.size() == 2 && holders.size() == 2 && !holders.contains(QString()),
                     qPrintable(at));
            QCOMPARE(StageFiles::publicAddresses(context.path()).size(), 2);
            for (const QString &host :
                 {QStringLiteral("s-hive0.pdns"), QStringLiteral("s-hive1.pdns")})
                QVERIFY2(!result.hostKeys(host).isEmpty(), qPrintable(at));
            m_aws.clearActions();
            CollectingSink again;
            InfraResult third;
            QVERIFY(run(InfraRequest::Action::Build, false, again, third));
            QStringList changes = m_aws.changes();
            changes.removeAll(QStringLiteral("GetConsoleOutput")); // nothing pinned here
            QVERIFY2(changes.isEmpty(),
                     qPrintable(at + QLatin1Char(' ') + changes.join(QLatin1Char(' '))));
            ++cuts;
        }
        m_context.clear();
        qInfo("a build of %d requests cut off at %d points, each finished by the next run", total,
              cuts);
    }

    // -D cut off after any of its requests is finished by the next -D:
    // nothing of the stage is left.
    void aDestroyCutOffAnywhereIsFinishedByTheNext()
    {
        FakeEc2::State empty;
        empty.images = {FakeEc2::almaLinuxImage()};
        empty.bootConsole = "-----BEGIN SSH HOST KEY KEYS-----\n" + kHostKey +
                            " root@ip\n-----END SSH HOST KEY KEYS-----\n";
        QTemporaryDir context;
        m_context = context.path();
        const auto build = [&] {
            m_aws.setState(empty);
            CollectingSink events;
            InfraResult result;
            return run(InfraRequest::Action::Build, false, events, result);
        };
        QVERIFY(build());
        m_aws.clearActions();
        {
            CollectingSink events;
            InfraResult result;
            QVERIFY(run(InfraRequest::Action::Destroy, false, events, result));
        }
        const int total = int(m_aws.actions().size());
        for (int cut = 1; cut < total; ++cut) {
            QVERIFY(build());
            FakeEc2::State cutState = m_aws.state();
            cutState.cutAfter = cut;
            m_aws.setState(cutState);
            CollectingSink events;
            InfraResult result;
            QVERIFY(!run(InfraRequest::Action::Destroy, false, events, result));
            FakeEc2::State resumed = m_aws.state();
            resumed.cutAfter = -1;
            resumed.failWith.clear();
            m_aws.setState(resumed);
            const QString at = QStringLiteral("-D cut after %1 of %2 requests").arg(cut).arg(total);
            CollectingSink again;
            QVERIFY2(run(InfraRequest::Action::Destroy, false, again, result), qPrintable(at));
            const FakeEc2::State s = m_aws.state();
            for (const FakeEc2::Instance &i : s.instances)
                QVERIFY2(i.state == QLatin1String("terminated"), qPrintable(at));
            QVERIFY2(s.vpcs.isEmpty() && s.subnets.isEmpty() && s.gateways.isEmpty() &&
                         s.addresses.isEmpty() && s.keyPairs.isEmpty() && s.fileSystems.isEmpty() &&
                         s.mountTargets.isEmpty(),
                     qPrintable(at));
        }
        m_context.clear();
        qInfo("-D of %d requests cut off at each of them, each finished by the next -D", total);
    }

    // Every request of the runs above, checked against EC2's and EFS's own
    // models in botocore: operation, parameter names, types, required members.
    void everyRequestSentIsOneAwsKnows()
    {
        const AwsRequestOracles verdict = AwsRequestOracles::check(m_aws);
        if (verdict.skipped)
            QSKIP("python3-botocore is not installed");
        QVERIFY2(verdict.problems.isEmpty(), qPrintable(verdict.problems));
        // The whole lifecycle was there to check.
        for (const char *a : {"CreateVpc", "RunInstances", "AllocateAddress", "AssociateAddress",
                              "ImportKeyPair", "GetConsoleOutput", "StopInstances",
                              "StartInstances", "TerminateInstances", "DeleteVpc"})
            QVERIFY2(verdict.queryActions.contains(QLatin1String(a)), a);
        for (const char *c :
             {"POST /2015-02-01/file-systems", "POST /2015-02-01/mount-targets",
              "DELETE /2015-02-01/mount-targets", "DELETE /2015-02-01/file-systems"})
            QVERIFY2(verdict.restCalls.contains(QLatin1String(c)), c);
        qInfo("%d EC2 requests of %lld kinds and %d EFS requests checked against botocore's "
              "models",
              verdict.queryRequests, qint64(verdict.queryActions.size()), verdict.restRequests);
    }
};

QTEST_GUILESS_MAIN(TestAwsProvider)
#include "tst_aws_provider.moc"
