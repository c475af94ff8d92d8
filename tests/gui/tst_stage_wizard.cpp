// The setup wizard driven page by page, offscreen: for every provider it
// writes a hive.yml that the core reads without problems, with the plan the
// wizard showed; the docker and aws files are exactly as expected; a stage
// added to an existing, commented hive.yml leaves every other byte alone;
// credentials go to .hive with mode 0600, only the final provider's, and
// the Summary lists them (masked).
#include "gui/editor/host_plan_view.h"
#include "gui/wizard/stage_wizard.h"
#include "project/project.h"
#include "providers/kickstart_plan.h"
#include "providers/provider_catalog.h"
#include "providers/vagrant_plan.h"
#include "remote/docker_client.h"
#include "tests/support/azure_test_stage.h"
#include "tests/support/docker_engine_fixture.h"
#include "tests/support/fake_ec2.h"
#include "tests/support/gcp_test_project.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;
using namespace hive::wizards;

class TestStageWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Walks the wizard to its last page as a user pressing Next would.
    static void walk(StageWizard &wizard)
    {
        wizard.show();
        while (wizard.nextId() >= 0)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(StageWizard::SummaryPage));
    }

    // A new project's stage on aws, walked to its credentials, both typed.
    static void typeAwsKeys(StageWizard &wizard, const QString &folder, const QString &stage)
    {
        wizard.setProject(folder, QStringLiteral("c.example.jp"));
        wizard.setStage(stage);
        wizard.setProvider(QStringLiteral("aws"));
        wizard.show();
        while (wizard.currentId() != StageWizard::CredentialsPage)
            wizard.next();
        wizard.setCredential(QStringLiteral("aws_access_key_id"), QStringLiteral("AKIAEXAMPLE"));
        wizard.setCredential(QStringLiteral("aws_secret_access_key"), QStringLiteral("s3cr3t/xyz"));
    }

private slots:

    // The AWS page asks AWS (the fake, at AWS_ENDPOINT_URL) before anything
    // is written: whose key, the region's zones, the types it lacks; only
    // questions are asked and the secret never shows.
    void theAwsPageAsksAwsBeforeAnythingIsWritten()
    {
        FakeEc2 aws;
        qputenv("AWS_ENDPOINT_URL", aws.url().toString().toUtf8());
        StageWizard wizard;
        wizard.setProject(m_dir.filePath(QStringLiteral("aws-check")),
                          QStringLiteral("c.example.jp"));
        wizard.setStage(QStringLiteral("staging"));
        wizard.setProvider(QStringLiteral("aws"));
        wizard.show();
        while (wizard.currentId() != StageWizard::SettingsPage)
            wizard.next();
        wizard.findChild<QLineEdit *>(QStringLiteral("region"))
            ->setText(QStringLiteral("ap-northeast-1"));
        wizard.findChild<QLineEdit *>(QStringLiteral("instance_type"))
            ->setText(QStringLiteral("x9.huge"));
        // The host plan shows what each host costs.
        auto *plan = wizard.findChild<QTableWidget *>(QStringLiteral("wizardHostPlan"));
        QVERIFY(plan && plan->rowCount() > 0 && !plan->isColumnHidden(5));
        QCOMPARE(plan->item(0, 5)->text(), QStringLiteral("x9.huge"));
        QVERIFY2(plan->item(0, 6)->text().startsWith(QStringLiteral("system: ")),
                 qPrintable(plan->item(0, 6)->text()));
        while (wizard.currentId() != StageWizard::CredentialsPage)
            wizard.next();
        auto *check = wizard.findChild<QPushButton *>(QStringLiteral("cloudCheck"));
        auto *said = wizard.findChild<QLabel *>(QStringLiteral("cloudCheckResult"));
        QVERIFY(check && said && check->isVisible());
        wizard.setCredential(QStringLiteral("aws_access_key_id"), QStringLiteral("AKIAEXAMPLE"));
        check->click();
        QVERIFY2(said->text().contains(QStringLiteral("neither")), qPrintable(said->text()));
        wizard.setCredential(QStringLiteral("aws_secret_access_key"), QStringLiteral("s3cr3t/xyz"));
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(said->text().contains(QStringLiteral("123456789012")), 20000);
        QVERIFY2(said->text().contains(QStringLiteral("ap-northeast-1c")) &&
                     said->text().contains(QStringLiteral("x9.huge")) &&
                     !said->text().contains(QStringLiteral("s3cr3t")),
                 qPrintable(said->text()));
        QVERIFY(check->isEnabled());
        for (const QString &a : aws.actions())
            QVERIFY2(a == QLatin1String("GetCallerIdentity") ||
                         a.startsWith(QLatin1String("Describe")),
                     qPrintable(a));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("aws-check/inventory"))));
        qunsetenv("AWS_ENDPOINT_URL");
    }

    // Opens `wizard` on the credentials page of a `provider` stage in
    // `region`, with `type` chosen for the hosts.
    static void toCredentials(StageWizard &wizard, const QString &folder, const QString &provider,
                              const QString &region, const QString &type)
    {
        wizard.setProject(folder, QStringLiteral("c.example.jp"));
        wizard.setStage(QStringLiteral("staging"));
        wizard.setProvider(provider);
        wizard.show();
        while (wizard.currentId() != StageWizard::SettingsPage)
            wizard.next();
        wizard.findChild<QLineEdit *>(QStringLiteral("region"))->setText(region);
        wizard.findChild<QLineEdit *>(QStringLiteral("instance_type"))->setText(type);
        while (wizard.currentId() != StageWizard::CredentialsPage)
            wizard.next();
    }

    // The GCP page asks Google (the fake) with the project's key file: its
    // project, the region's zones, the machine types it lacks; where the
    // key goes is said; nothing is written.
    void theGcpPageAsksGoogleWithTheProjectsKey()
    {
        FakeGce gce;
        QVERIFY(gce.listen());
        QTemporaryDir keys;
        GcpServiceAccount account;
        QVERIFY(gcpTestAccount(keys, gce.tokenUri(), account));
        qputenv("CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE", gce.computeEndpoint());
        qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
        const QString p = QStringLiteral("projects/hive-test-123");
        gce.resources.insert(p, {{QStringLiteral("name"), QStringLiteral("hive-test-123")}});
        gce.resources.insert(p + QStringLiteral("/regions/asia-northeast1"),
                             {{QStringLiteral("zones"),
                               QJsonArray{QStringLiteral("https://www.googleapis.com/compute/v1/") +
                                              p + QStringLiteral("/zones/asia-northeast1-b"),
                                          QStringLiteral("https://www.googleapis.com/compute/v1/") +
                                              p + QStringLiteral("/zones/asia-northeast1-a")}}});
        gce.resources.insert(p + QStringLiteral("/zones/asia-northeast1-a/machineTypes/e2-medium"),
                             {{QStringLiteral("name"), QStringLiteral("e2-medium")}});
        const QString folder = m_dir.filePath(QStringLiteral("gcp-check"));
        StageWizard wizard;
        toCredentials(wizard, folder, QStringLiteral("gcp"), QStringLiteral("asia-northeast1"),
                      QStringLiteral("e2-huge"));
        auto *check = wizard.findChild<QPushButton *>(QStringLiteral("cloudCheck"));
        auto *said = wizard.findChild<QLabel *>(QStringLiteral("cloudCheckResult"));
        QVERIFY(check && said && check->isVisible());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("cloudKeyNote"))->isVisible());
        QVERIFY(check->text().contains(QStringLiteral("Google Cloud")));
        // No key yet: where to put it.
        check->click();
        QVERIFY2(said->text().contains(QStringLiteral("gcp_credential.json")),
                 qPrintable(said->text()));
        QVERIFY(QDir().mkpath(folder));
        QFile key(folder + QStringLiteral("/gcp_credential.json"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("service_account")},
                                      {QStringLiteral("project_id"), account.projectId},
                                      {QStringLiteral("client_email"), account.clientEmail},
                                      {QStringLiteral("token_uri"), account.tokenUri},
                                      {QStringLiteral("private_key"),
                                       QString::fromLatin1(account.privateKeyPem)}})
                .toJson());
        key.close();
        key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(said->text().contains(QStringLiteral("hive-test-123")), 20000);
        QVERIFY2(said->text().contains(QStringLiteral("asia-northeast1-a, asia-northeast1-b")) &&
                     said->text().contains(QStringLiteral("Not offered there: e2-huge")) &&
                     !said->text().contains(QStringLiteral("PRIVATE KEY")),
                 qPrintable(said->text()));
        QVERIFY(check->isEnabled());
        QVERIFY(gce.changes.isEmpty());
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/inventory")));
        qunsetenv("CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE");
    }

    // The Azure page asks Azure (the fake): the subscription, whether the
    // region is one of it, the zones of the sizes chosen; part of the
    // credentials is refused before asking; the secret never shows.
    void theAzurePageAsksAzureBeforeAnythingIsWritten()
    {
        FakeArm arm;
        QVERIFY(arm.listen());
        azureTestCredentials(arm);
        arm.resources.insert(QStringLiteral("subscriptions/sub-1"),
                             {{QStringLiteral("displayName"), QStringLiteral("Ops")},
                              {QStringLiteral("state"), QStringLiteral("Enabled")}});
        arm.resources.insert(
            QStringLiteral("subscriptions/sub-1/locations"),
            {{QStringLiteral("value"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("japaneast")}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("japanwest")}}}}});
        const auto sku = [](const char *name, const QJsonArray &zones,
                            const QJsonArray &restrictions) {
            return QJsonObject{
                {QStringLiteral("resourceType"), QStringLiteral("virtualMachines")},
                {QStringLiteral("name"), QLatin1String(name)},
                {QStringLiteral("locationInfo"),
                 QJsonArray{QJsonObject{{QStringLiteral("location"), QStringLiteral("japaneast")},
                                        {QStringLiteral("zones"), zones}}}},
                {QStringLiteral("restrictions"), restrictions}};
        };
        arm.resources.insert(QStringLiteral("subscriptions/sub-1/providers/microsoft.compute/skus"),
                             {{QStringLiteral("value"),
                               QJsonArray{sku("Standard_B2s", {"1", "3", "2"}, {}),
                                          sku("Standard_B2ms", {"1", "2", "3"},
                                              {QJsonObject{{QStringLiteral("type"),
                                                            QStringLiteral("Location")}}})}}});
        const QString folder = m_dir.filePath(QStringLiteral("azure-check"));
        StageWizard wizard;
        toCredentials(wizard, folder, QStringLiteral("azure"), QStringLiteral("japaneast"),
                      QStringLiteral("Standard_B2s"));
        // The repository server's size (Standard_B2ms, the default) is
        // restricted for this subscription.
        auto *check = wizard.findChild<QPushButton *>(QStringLiteral("cloudCheck"));
        auto *said = wizard.findChild<QLabel *>(QStringLiteral("cloudCheckResult"));
        QVERIFY(check && said && check->isVisible());
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("cloudKeyNote"))->isVisible());
        wizard.setCredential(QStringLiteral("azure_client_id"), arm.clientId);
        check->click();
        QVERIFY2(said->text().contains(QStringLiteral("all four")), qPrintable(said->text()));
        wizard.setCredential(QStringLiteral("azure_secret"), arm.secret);
        wizard.setCredential(QStringLiteral("azure_subscription_id"), arm.subscription);
        wizard.setCredential(QStringLiteral("azure_tenant"), arm.tenant);
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(said->text().contains(QStringLiteral("subscription sub-1 (Ops")),
                                 20000);
        QVERIFY2(said->text().contains(QStringLiteral("japaneast: 1, 2, 3")) &&
                     said->text().contains(QStringLiteral("Not offered there: Standard_B2ms")) &&
                     !said->text().contains(arm.secret),
                 qPrintable(said->text()));
        QVERIFY(arm.changes.isEmpty());
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/inventory")));
    }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyProviderWritesAFileTheCoreReads_data()
    {
        QTest::addColumn<QString>("provider");
        for (const char *p : {"docker", "vagrant", "prepared", "aws", "gcp", "azure", "kickstart"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void everyProviderWritesAFileTheCoreReads()
    {
        QFETCH(QString, provider);
        const QString folder = m_dir.filePath(QStringLiteral("new-") + provider);
        StageWizard wizard;
        wizard.setProject(folder, QStringLiteral("pdns.example.jp"),
                          QStringLiteral("hostmaster@example.jp"), QStringLiteral("example.jp"));
        wizard.setStage(QStringLiteral("staging"));
        wizard.setProvider(provider);
        // A provider this version cannot build with says so on its card.
        const QString label =
            wizard.findChild<QRadioButton *>(QStringLiteral("provider.") + provider)->text();
        QCOMPARE(label.contains(QStringLiteral("design only")),
                 !ProviderCatalog::canBuild(provider));
        QCOMPARE(ProviderCatalog::canBuild(provider),
                 QStringList({QStringLiteral("docker"), QStringLiteral("prepared"),
                              QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure"),
                              QStringLiteral("vagrant"), QStringLiteral("kickstart")})
                     .contains(provider));
        wizard.show();
        while (wizard.currentId() != StageWizard::SettingsPage)
            wizard.next();
        if (provider == QLatin1String("vagrant")) {
            // A bridged network needs its bridge.
            auto *network = wizard.findChild<QComboBox *>(QStringLiteral("vagrantNetwork"));
            network->setCurrentIndex(2);
            QVERIFY(wizard.draft().settingsProblem().contains(QStringLiteral("bridge")));
            network->setCurrentIndex(0);
            QCOMPARE(wizard.draft().settingsProblem(), QString());
        }
        if (provider == QLatin1String("kickstart")) {
            // Without the media the page says what it needs.
            QVERIFY(wizard.draft().settingsProblem().contains(QStringLiteral("install medium")));
            wizard.findChild<QLineEdit *>(QStringLiteral("isoSource"))
                ->setText(QStringLiteral("/srv/AlmaLinux-9-latest-x86_64-dvd.iso"));
            wizard.findChild<QLineEdit *>(QStringLiteral("isoDestination"))
                ->setText(folder + QStringLiteral("/hive-install.iso"));
            QCOMPARE(wizard.draft().settingsProblem(), QString());
        }
        walk(wizard);
        const int plannedRows = wizard.planView()->rowCount();
        QString error;
        QVERIFY2(wizard.writeProject(error), qPrintable(error));
        const QByteArray written = readAll(folder + QStringLiteral("/inventory/hive.yml"));
        // The Summary names every file Finish writes and where, then shows
        // hive.yml exactly as written.
        const QString summary =
            wizard.findChild<QPlainTextEdit *>(QStringLiteral("summary"))->toPlainText();
        QVERIFY2(summary.endsWith(QString::fromUtf8(written)), qPrintable(summary));
        QVERIFY2(summary.startsWith(QStringLiteral("# Finish writes in ") +
                                    QDir::toNativeSeparators(folder)) &&
                     summary.contains(QStringLiteral("#   inventory/hive.yml (new)")) &&
                     summary.contains(
                         QStringLiteral("#   inventory/group_vars/all.yml (new): hive_email: "
                                        "hostmaster@example.jp; domain: example.jp")),
                 qPrintable(summary));
        QCOMPARE(readAll(folder + QStringLiteral("/inventory/group_vars/all.yml")),
                 QByteArray("hive_email: hostmaster@example.jp\ndomain: example.jp\n"));

        Project::Options options;
        options.rootDir = folder;
        options.stage = QStringLiteral("staging");
        Project project;
        DiagnosticList diags;
        QVERIFY(Project::open(options, project, diags));
        // The project opens on the stage it was made with, as the app
        // opens it (no stage given).
        {
            Project::Options asOpened;
            asOpened.rootDir = folder;
            Project reopened;
            QVERIFY(Project::open(asOpened, reopened, diags));
            QCOMPARE(reopened.stage(), QStringLiteral("staging"));
        }
        const LoadedInventory loaded = project.loadInventory();
        QStringList problems;
        for (const Diagnostic &d : loaded.diagnostics.all())
            problems << d.format();
        QVERIFY2(loaded.diagnostics.errorCount() == 0,
                 qPrintable(problems.join(QLatin1Char('\n'))));
        const StagePlan *stage = loaded.hive.stage(QStringLiteral("staging"));
        QVERIFY(stage);
        QCOMPARE(stage->provider, provider);
        QCOMPARE(int(stage->hosts.size()), 4);
        QCOMPARE(plannedRows, 4);
        QCOMPARE(stage->hosts.first().name, QStringLiteral("s-hive0.pdns.example.jp"));
        // What the wizard writes for vagrant and kickstart is what
        // build-infra builds from.
        QStringList planErrors;
        if (provider == QLatin1String("vagrant")) {
            VagrantPlan plan;
            QVERIFY2(VagrantPlan::make(loaded, *stage, plan, planErrors),
                     qPrintable(planErrors.join(QLatin1Char('\n'))));
            QCOMPARE(plan.machines.first().mirroredGiB, 20);
        }
        if (provider == QLatin1String("kickstart")) {
            KickstartPlan plan;
            QVERIFY2(KickstartPlan::make(loaded, *stage, plan, planErrors),
                     qPrintable(planErrors.join(QLatin1Char('\n'))));
            QCOMPARE(plan.networks.size(), 1);
            QCOMPARE(plan.networks.first().ips.size(), 4);
            QCOMPARE(plan.isoDestination, folder + QStringLiteral("/hive-install.iso"));
        }
    }

    // The first page checks as you type, starts in the folder field and
    // has no clashing or dangling mnemonics.
    void theProjectPageChecksAsYouType()
    {
        StageWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *folder = wizard.findChild<QLineEdit *>(QStringLiteral("folder"));
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("hiveName"));
        auto *email = wizard.findChild<QLineEdit *>(QStringLiteral("email"));
        auto *domain = wizard.findChild<QLineEdit *>(QStringLiteral("domain"));
        auto *problem = wizard.findChild<QLabel *>(QStringLiteral("projectProblem"));
        QVERIFY(folder && name && email && domain && problem);
        QTRY_COMPARE(QApplication::focusWidget(), folder);
        bool folderBuddy = false;
        for (QLabel *l : wizard.findChildren<QLabel *>())
            folderBuddy = folderBuddy || (l->buddy() == folder);
        QVERIFY(folderBuddy);
        QTest::keyClicks(folder, m_dir.filePath(QStringLiteral("typed")));
        QVERIFY2(problem->text().contains(QStringLiteral("Give the hive a name")),
                 qPrintable(problem->text()));
        QTest::keyClicks(name, QStringLiteral("typed.example.jp"));
        QVERIFY(problem->text().isEmpty());
        QTest::keyClicks(email, QStringLiteral("not-an-email"));
        QVERIFY2(problem->text().contains(QStringLiteral("not an e-mail address")),
                 qPrintable(problem->text()));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("ops@example.jp"));
        QVERIFY(problem->text().isEmpty());
        QTest::keyClicks(domain, QStringLiteral("bad domain"));
        QVERIFY2(problem->text().contains(QStringLiteral("not a domain name")),
                 qPrintable(problem->text()));
        QCOMPARE(wizard.projectProblem(), problem->text());
    }

    // Each provider's settings page, as shown: no two visible labels or
    // buttons (the wizard's own too) share a mnemonic.
    void settingsPagesHaveNoClashingMnemonics_data()
    {
        QTest::addColumn<QString>("provider");
        for (const char *p : {"docker", "vagrant", "prepared", "aws", "kickstart"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void settingsPagesHaveNoClashingMnemonics()
    {
        QFETCH(QString, provider);
        StageWizard wizard;
        wizard.setProject(m_dir.filePath(QStringLiteral("keys-") + provider),
                          QStringLiteral("k.example.jp"));
        wizard.setProvider(provider);
        wizard.show();
        while (wizard.currentId() != StageWizard::SettingsPage)
            wizard.next();
        QHash<QChar, QString> taken;
        const auto take = [&](const QString &text) {
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            if (at < 0 || at + 1 >= text.size())
                return;
            const QChar key = text.at(at + 1).toLower();
            QVERIFY2(
                !taken.contains(key),
                qPrintable(
                    QStringLiteral("'%1' in \"%2\" and \"%3\"").arg(key, taken.value(key), text)));
            taken.insert(key, text);
        };
        QWidget *page = wizard.currentPage();
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->isVisible() && l->buddy())
                take(l->text());
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
            if (b->isVisible())
                take(b->text());
        for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton})
            take(wizard.button(which)->text());
    }

    // A docker stage's CIDR is checked against the networks of this
    // machine's Docker Engine (read once, off the GUI thread).
    void aCidrThatClashesWithALocalDockerNetworkIsSaid()
    {
        DockerEndpoint engine;
        QString whyNot;
        QVERIFY2(DockerEngineFixture::ensureEngine(engine, whyNot), qPrintable(whyNot));
        DockerClient docker(engine);
        const QString name = QStringLiteral("wizard-clash-test");
        docker.removeNetwork(name);
        const QJsonObject spec{
            {QStringLiteral("Name"), name},
            {QStringLiteral("IPAM"),
             QJsonObject{{QStringLiteral("Config"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("Subnet"), QStringLiteral("172.31.250.0/24")}}}}}}};
        QVERIFY2(docker.createNetwork(spec).ok, "cannot create the test network");
        StageWizard wizard;
        wizard.setProject(m_dir.filePath(QStringLiteral("clash")), QStringLiteral("c.example.jp"));
        wizard.setProvider(QStringLiteral("docker"));
        wizard.show();
        while (wizard.currentId() != StageWizard::SettingsPage)
            wizard.next();
        auto *cidr = wizard.findChild<QLineEdit *>(QStringLiteral("cidr"));
        auto *notes = wizard.findChild<QLabel *>(QStringLiteral("faultTolerance"));
        cidr->setText(QStringLiteral("172.31.250.0/26"));
        QTRY_VERIFY_WITH_TIMEOUT(notes->text().contains(name), 10000);
        QVERIFY2(notes->text().contains(QStringLiteral("172.31.250.0/24")),
                 qPrintable(notes->text()));
        cidr->setText(QStringLiteral("172.31.251.0/24"));
        QVERIFY(!notes->text().contains(name));
        docker.removeNetwork(name);
    }

    // The plan shows addresses with their prefix length, and no hosts at
    // all while the CIDR is wrong (their addresses would be made up).
    void aWrongCidrPlansNoHosts()
    {
        StageWizard wizard;
        wizard.setProject(m_dir.filePath(QStringLiteral("wrong-cidr")),
                          QStringLiteral("w.example.jp"));
        wizard.setProvider(QStringLiteral("prepared"));
        wizard.show();
        while (wizard.currentId() != StageWizard::SettingsPage)
            wizard.next();
        auto *cidr = wizard.findChild<QLineEdit *>(QStringLiteral("cidr"));
        auto *problems = wizard.findChild<QLabel *>(QStringLiteral("planProblems"));
        cidr->setText(QStringLiteral("192.168.40.0/24"));
        QTRY_VERIFY(wizard.planView()->rowCount() > 0);
        QVERIFY2(wizard.planView()->item(0, 2)->text().endsWith(QStringLiteral("/24")),
                 qPrintable(wizard.planView()->item(0, 2)->text()));
        cidr->setText(QStringLiteral("192.168.400.0/24"));
        QTRY_COMPARE(wizard.planView()->rowCount(), 0);
        QVERIFY2(!problems->text().isEmpty(), "a wrong CIDR says why");
        cidr->setText(QStringLiteral("192.168.40.0/24"));
        QTRY_VERIFY(wizard.planView()->rowCount() > 0);
    }

    // Up on "default" hosts gives the number the plan counts, not 1.
    void upFromTheDefaultHostCountStartsAtIt()
    {
        StageWizard wizard;
        wizard.setProject(m_dir.filePath(QStringLiteral("up")), QStringLiteral("u.example.jp"));
        wizard.setProvider(QStringLiteral("prepared"));
        wizard.show();
        while (wizard.currentId() != StageWizard::SettingsPage)
            wizard.next();
        auto *hosts = wizard.findChild<QSpinBox *>(QStringLiteral("number_of_hosts"));
        auto *separate = wizard.findChild<QCheckBox *>(QStringLiteral("separate_repository"));
        QVERIFY(hosts && separate);
        QCOMPARE(hosts->value(), hosts->minimum());
        QVERIFY2(hosts->text().contains(separate->isChecked() ? QStringLiteral("4")
                                                              : QStringLiteral("3")),
                 qPrintable(hosts->text()));
        hosts->stepBy(1);
        QCOMPARE(hosts->value(), separate->isChecked() ? 4 : 3);
    }

    // Fewer than three hives: what it costs is said as the number changes;
    // none at all cannot go on.
    void fewerThanThreeHivesSayWhatTheyCost()
    {
        StageWizard wizard;
        wizard.setProject(m_dir.filePath(QStringLiteral("few")), QStringLiteral("few.example.jp"));
        wizard.setProvider(QStringLiteral("docker"));
        wizard.show();
        while (wizard.currentId() != StageWizard::SettingsPage)
            wizard.next();
        auto *hosts = wizard.findChild<QSpinBox *>(QStringLiteral("number_of_hosts"));
        auto *cost = wizard.findChild<QLabel *>(QStringLiteral("faultTolerance"));
        auto *problems = wizard.findChild<QLabel *>(QStringLiteral("planProblems"));
        QVERIFY(hosts && cost && problems);
        QVERIFY(cost->isHidden()); // the default: three hives and the repository
        hosts->setValue(3);        // with the repository server: two hives
        QVERIFY(!cost->isHidden());
        QVERIFY2(cost->text().contains(QStringLiteral("Two hives")), qPrintable(cost->text()));
        QVERIFY(problems->text().isEmpty());
        hosts->setValue(2);
        QVERIFY2(cost->text().contains(QStringLiteral("One hive")), qPrintable(cost->text()));
        hosts->setValue(1);
        QVERIFY(cost->isHidden());
        QVERIFY2(problems->text().contains(QStringLiteral("No host is left for the swarm")),
                 qPrintable(problems->text()));
        hosts->setValue(5);
        QVERIFY(cost->isHidden() && problems->text().isEmpty());
    }

    void dockerAndAwsFilesAreExactlyAsDesigned()
    {
        StageWizard docker;
        docker.setProject(m_dir.filePath(QStringLiteral("d")), QStringLiteral("a.example.jp"));
        docker.setProvider(QStringLiteral("docker"));
        walk(docker);
        QCOMPARE(docker.hiveYaml(),
                 QByteArray("# Hive definition written by the Hive Studio setup wizard.\n"
                            "plugin: hive_inventory\n"
                            "name: a.example.jp\n"
                            "stages:\n"
                            "  private:\n"
                            "    provider: docker\n"
                            "    separate_repository: true\n"
                            "    cidr: 172.30.210.0/24\n"
                            "    memory_size: 1024\n"));
        StageWizard aws;
        aws.setProject(m_dir.filePath(QStringLiteral("a")), QStringLiteral("a.example.jp"));
        aws.setStage(QStringLiteral("production"));
        aws.setProvider(QStringLiteral("aws"));
        walk(aws);
        QCOMPARE(aws.hiveYaml(),
                 QByteArray("# Hive definition written by the Hive Studio setup wizard.\n"
                            "plugin: hive_inventory\n"
                            "name: a.example.jp\n"
                            "stages:\n"
                            "  production:\n"
                            "    provider: aws\n"
                            "    separate_repository: true\n"
                            "    cidr: 10.30.0.0/22\n"
                            "    region: ap-northeast-1\n"
                            "    instance_type: t3.medium\n"
                            "    repository_instance_type: t3.large\n"
                            "    mirrored_disk_size: 20\n"
                            "    subnets:\n"
                            "      - cidr: 10.30.0.0/24\n"
                            "        name: subnet-a\n"
                            "        available_zone: ap-northeast-1a\n"
                            "      - cidr: 10.30.1.0/24\n"
                            "        name: subnet-c\n"
                            "        available_zone: ap-northeast-1c\n"
                            "      - cidr: 10.30.2.0/24\n"
                            "        name: subnet-d\n"
                            "        available_zone: ap-northeast-1d\n"));
    }

    void aStageIsAddedWithoutDisturbingTheFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("existing"));
        QDir().mkpath(folder + QStringLiteral("/inventory"));
        const QByteArray before = "# 本番サイト (our production site)\n"
                                  "plugin: hive_inventory\n"
                                  "name: pdns.example.jp   # do not change\n"
                                  "stages:\n"
                                  "  production:\n"
                                  "    provider: prepared\n"
                                  "    cidr: 192.168.30.0/24\n"
                                  "    ip_address_list: [192.168.30.11, 192.168.30.12, "
                                  "192.168.30.13, 192.168.30.14]\n"
                                  "\n"
                                  "# end of file\n";
        QFile f(folder + QStringLiteral("/inventory/hive.yml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
        f.close();
        StageWizard wizard;
        wizard.setProject(folder);
        QVERIFY(wizard.addsToExisting());
        wizard.setStage(QStringLiteral("private"));
        wizard.setProvider(QStringLiteral("docker"));
        walk(wizard);
        QString error;
        QVERIFY2(wizard.writeProject(error), qPrintable(error));
        const QByteArray after = readAll(folder + QStringLiteral("/inventory/hive.yml"));
        QByteArray expected = before;
        expected.replace("192.168.30.14]\n", "192.168.30.14]\n  private:\n    provider: docker\n"
                                             "    separate_repository: true\n"
                                             "    cidr: 172.30.210.0/24\n    memory_size: 1024\n");
        QCOMPARE(after, expected);
        // The same stage a second time is refused, the file untouched.
        StageWizard again;
        again.setProject(folder);
        again.setStage(QStringLiteral("private"));
        QVERIFY(!again.writeProject(error));
        QVERIFY2(error.contains(QStringLiteral("private")), qPrintable(error));
        QCOMPARE(readAll(folder + QStringLiteral("/inventory/hive.yml")), after);
        // In the wizard the stages the hive has are marked and cannot be
        // chosen; it starts on the first one it lacks.
        StageWizard third;
        third.setProject(folder);
        third.setStage(QStringLiteral("private"));
        third.show();
        third.next();
        QCOMPARE(third.currentId(), int(StageWizard::StagePage));
        auto *production = third.findChild<QRadioButton *>(QStringLiteral("stage.production"));
        auto *priv = third.findChild<QRadioButton *>(QStringLiteral("stage.private"));
        QVERIFY(production && priv);
        QVERIFY(!production->isEnabled() && !priv->isEnabled());
        QVERIFY(production->text().contains(QStringLiteral("has it already")));
        // A CIDR that overlaps another stage of the hive cannot go on.
        third.setProvider(QStringLiteral("docker"));
        while (third.currentId() != StageWizard::SettingsPage)
            third.next();
        third.findChild<QLineEdit *>(QStringLiteral("cidr"))
            ->setText(QStringLiteral("192.168.30.128/25"));
        const QString problems = third.findChild<QLabel *>(QStringLiteral("planProblems"))->text();
        QVERIFY2(problems.contains(QStringLiteral("overlaps stage production's 192.168.30.0/24")),
                 qPrintable(problems));
        QVERIFY(third.findChild<QRadioButton *>(QStringLiteral("stage.staging"))->isChecked());
    }

    void credentialsAreKeptPrivately()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cloud"));
        StageWizard wizard;
        typeAwsKeys(wizard, folder, QStringLiteral("production"));
        wizard.next();
        // The Summary names what else Finish writes, never the values.
        const QString summary =
            wizard.findChild<QPlainTextEdit *>(QStringLiteral("summary"))->toPlainText();
        QVERIFY(!summary.contains(QStringLiteral("s3cr3t")));
        QVERIFY(!summary.contains(QStringLiteral("AKIAEXAMPLE")));
        QVERIFY2(summary.contains(QStringLiteral(".hive/persistents.yml")) &&
                     summary.contains(QStringLiteral("aws_access_key_id: ********")) &&
                     summary.contains(QStringLiteral("aws_secret_access_key: ********")),
                 qPrintable(summary));
        QString error;
        QVERIFY2(wizard.writeProject(error), qPrintable(error));
        const QString persistents = folder + QStringLiteral("/.hive/persistents.yml");
        QVERIFY(readAll(persistents).contains("s3cr3t/xyz"));
        QCOMPARE(QFile::permissions(persistents) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!readAll(folder + QStringLiteral("/inventory/hive.yml")).contains("s3cr3t"));
    }

    // Keys typed on the aws path and left behind by going back to docker
    // are neither listed nor written.
    void credentialsOfAProviderLeftBehindAreNotWritten()
    {
        const QString folder = m_dir.filePath(QStringLiteral("changed-mind"));
        StageWizard wizard;
        typeAwsKeys(wizard, folder, QStringLiteral("private"));
        while (wizard.currentId() != StageWizard::ProviderPage)
            wizard.back();
        wizard.setProvider(QStringLiteral("docker"));
        walk(wizard);
        const QString summary =
            wizard.findChild<QPlainTextEdit *>(QStringLiteral("summary"))->toPlainText();
        QVERIFY2(!summary.contains(QStringLiteral("aws_")) &&
                     !summary.contains(QStringLiteral("persistents.yml")),
                 qPrintable(summary));
        QString error;
        QVERIFY2(wizard.writeProject(error), qPrintable(error));
        QVERIFY(QFile::exists(folder + QStringLiteral("/inventory/hive.yml")));
        const QByteArray persistents = readAll(folder + QStringLiteral("/.hive/persistents.yml"));
        QVERIFY2(!persistents.contains("aws_") && !persistents.contains("s3cr3t"),
                 persistents.constData());
    }
};

QTEST_MAIN(TestStageWizard)
#include "tst_stage_wizard.moc"
