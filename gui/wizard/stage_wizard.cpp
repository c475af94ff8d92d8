#include "gui/wizard/stage_wizard.h"

#include "cloud/aws_credential_source.h"
#include "cloud/azure_account_check.h"
#include "cloud/azure_credentials.h"
#include "cloud/gcp_account_check.h"
#include "cloud/gcp_service_account.h"
#include "gui/editor/cidr_validator.h"
#include "gui/editor/host_plan_view.h"
#include "gui/editor/unset_spin_box.h"
#include "gui/run/desktop_preferences.h"
#include "gui/run/run_status_style.h"
#include "gui/wizard/kickstart_settings.h"
#include "gui/wizard/vagrant_settings.h"
#include "inventory/inventory_loader.h"
#include "inventory/ipv4_network.h"
#include "inventory/schema.h"
#include "project/project.h"
#include "project/project_scaffold.h"
#include "project/variable_catalog.h"
#include "providers/provider_catalog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hive::wizards {

namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

QString hiveFilePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("inventory/hive.yml"));
}
} // namespace

StageWizard::StageWizard(QWidget *parent)
    : QWizard(parent), m_folder(new QLineEdit), m_name(new QLineEdit), m_email(new QLineEdit),
      m_domain(new QLineEdit), m_existingNote(new QLabel), m_projectProblem(new QLabel),
      m_stages(new QButtonGroup(this)), m_providers(new QButtonGroup(this)), m_cidr(new QLineEdit),
      m_separate(new QCheckBox), m_hosts(new gui::UnsetSpinBox), m_memory(new gui::UnsetSpinBox),
      m_region(new QLineEdit), m_instanceType(new QLineEdit), m_repositoryType(new QLineEdit),
      m_mirrored(new QLineEdit), m_ips(new QPlainTextEdit), m_subnets(new QTableWidget(0, 3)),
      m_vagrant(new VagrantSettings), m_kickstart(new KickstartSettings),
      m_plan(new gui::HostPlanView), m_planProblems(new QLabel), m_faultTolerance(new QLabel),
      m_readingSubnets(this,
                       [this](const LocalSubnets &found, bool) {
                           m_localSubnets = found;
                           updatePlan();
                       }),
      m_credentialsBox(new QWidget), m_cloudCheck(new QPushButton), m_cloudCheckResult(new QLabel),
      m_cloudKeyNote(new QLabel),
      m_checkingAws(this,
                    [this](const AwsAccountCheck::Result &r, bool cancelled) {
                        m_cloudCheck->setEnabled(true);
                        if (cancelled)
                            return;
                        QString text;
                        if (!r.ok) {
                            text = tr("AWS refused: %1").arg(r.error);
                        } else {
                            text = tr("Account %1 (%2).").arg(r.account, r.arn);
                            text +=
                                QLatin1Char('\n') + tr("Zones of %1: %2")
                                                        .arg(m_region->text().trimmed(),
                                                             r.zones.join(QStringLiteral(", ")));
                            text += QLatin1Char('\n') +
                                    (r.missingTypes.isEmpty()
                                         ? tr("The instance types chosen are offered there.")
                                         : tr("Not offered there: %1. Choose another type on "
                                              "the Settings page.")
                                               .arg(r.missingTypes.join(QStringLiteral(", "))));
                        }
                        m_cloudCheckResult->setText(text);
                    }),
      m_checkingCloud(this,
                      [this](const CloudAccountResult &r, bool cancelled) {
                          m_cloudCheck->setEnabled(true);
                          if (cancelled)
                              return;
                          const QString cloud = selectedProvider() == QLatin1String("gcp")
                                                    ? QStringLiteral("Google Cloud")
                                                    : QStringLiteral("Azure");
                          if (!r.ok) {
                              m_cloudCheckResult->setText(tr("%1 refused: %2").arg(cloud, r.error));
                              return;
                          }
                          QString text = tr("Credentials of %1.").arg(r.identity);
                          text += QLatin1Char('\n') +
                                  tr("Zones of %1: %2")
                                      .arg(m_region->text().trimmed(),
                                           r.zones.isEmpty() ? tr("none")
                                                             : r.zones.join(QStringLiteral(", ")));
                          text += QLatin1Char('\n') +
                                  (r.missingTypes.isEmpty()
                                       ? tr("The machine types chosen are offered there.")
                                       : tr("Not offered there: %1. Choose another type on the "
                                            "Settings page.")
                                             .arg(r.missingTypes.join(QStringLiteral(", "))));
                          m_cloudCheckResult->setText(text);
                      }),
      m_summary(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("stageWizard"));
    setWindowTitle(tr("New Hive Project"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ProjectPage, createProjectPage());
    setPage(StagePage, createStagePage());
    setPage(ProviderPage, createProviderPage());
    setPage(SettingsPage, createSettingsPage());
    setPage(CredentialsPage, createCredentialsPage());
    setPage(SummaryPage, createSummaryPage());
    resize(1000, 680); // room for the settings beside the host plan
}

QWizardPage *StageWizard::createProjectPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Project"));
    page->setSubTitle(
        tr("A project is a folder holding inventory/ (and later roles/ and .hive/)."));
    auto *form = new QFormLayout(page);
    auto *row = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("folder"));
    row->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    row->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), page);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, row);
    form->addRow(QString(), m_existingNote);
    m_existingNote->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("hiveName"));
    m_name->setPlaceholderText(tr("for example pdns.example.jp"));
    // Alt+H: Alt+N is Next.
    form->addRow(tr("&Hive name:"), m_name);
    form->addRow(QString(), note(tr("A domain name: host names become hive0.<name>, "
                                    "hive1.<name>…"),
                                 page));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("optional, for example hostmaster@example.jp"));
    form->addRow(tr("Administrator &e-mail:"), m_email);
    m_domain->setObjectName(QStringLiteral("domain"));
    m_domain->setPlaceholderText(tr("optional, for example example.jp"));
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(QString(), note(tr("Written to inventory/group_vars/all.yml as hive_email and "
                                    "domain (certificates and notices use them)."),
                                 page));
    m_projectProblem->setObjectName(QStringLiteral("projectProblem"));
    m_projectProblem->setWordWrap(true);
    for (QLabel *problem : {m_projectProblem, m_planProblems}) {
        QPalette warn = problem->palette();
        warn.setColor(QPalette::WindowText, gui::RunStatusStyle::hue(RunEvent::Status::Failed));
        problem->setPalette(warn);
    }
    form->addRow(QString(), m_projectProblem);
    // Typing goes to the folder first, then down the page.
    QWidget::setTabOrder(m_folder, browse);
    QWidget::setTabOrder(browse, m_name);
    QWidget::setTabOrder(m_name, m_email);
    QWidget::setTabOrder(m_email, m_domain);
    const auto recheck = [this] {
        const QString why = projectProblem();
        m_projectProblem->setText(why);
        m_projectProblem->setVisible(!why.isEmpty());
    };
    for (QLineEdit *e : {m_folder, m_name, m_email, m_domain})
        connect(e, &QLineEdit::textEdited, this, recheck);
    connect(browse, &QPushButton::clicked, this, [this, recheck] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Project folder"), m_folder->text());
        if (!dir.isEmpty()) {
            setProject(dir);
            recheck();
        }
    });
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        const bool existing = addsToExisting();
        m_name->setEnabled(!existing);
        m_existingNote->setText(existing ? tr("This folder has a hive already: the wizard adds "
                                              "a stage to its hive.yml and leaves the rest of "
                                              "the file as it is.")
                                         : QString());
    });
    return page;
}

QWizardPage *StageWizard::createStagePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Stage"));
    page->setSubTitle(tr("Which of the three sites of this hive are you setting up?"));
    auto *layout = new QVBoxLayout(page);
    for (const QString &stage : Schema::stages()) {
        auto *radio = new QRadioButton(stage, page);
        radio->setObjectName(QStringLiteral("stage.") + stage);
        m_stages->addButton(radio);
        layout->addWidget(radio);
        auto *purpose = note(StageDraft::stagePurpose(stage), page);
        purpose->setContentsMargins(24, 0, 0, 8);
        layout->addWidget(purpose);
    }
    m_stages->buttons().first()->setChecked(true);
    layout->addStretch();
    return page;
}

QWizardPage *StageWizard::createProviderPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Provider"));
    page->setSubTitle(tr("Where the hosts of this stage will run."));
    auto *layout = new QVBoxLayout(page);
    QStringList designOnly;
    for (const QString &provider :
         {QStringLiteral("docker"), QStringLiteral("vagrant"), QStringLiteral("prepared"),
          QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure"),
          QStringLiteral("kickstart")}) {
        auto *card = new QFrame(page);
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(8, 4, 8, 4);
        // What this version cannot build yet is said on its card: such a
        // stage can be designed and edited, not built.
        const bool builds = ProviderCatalog::canBuild(provider);
        if (!builds)
            designOnly << provider;
        auto *radio = new QRadioButton(
            builds ? provider : tr("%1 — design only, cannot build yet").arg(provider), card);
        radio->setObjectName(QStringLiteral("provider.") + provider);
        QFont bold = radio->font();
        bold.setBold(true);
        radio->setFont(bold);
        m_providers->addButton(radio);
        cardLayout->addWidget(radio);
        cardLayout->addWidget(note(StageDraft::providerNeeds(provider), card));
        layout->addWidget(card);
    }
    m_providers->buttons().first()->setChecked(true);
    if (!designOnly.isEmpty()) {
        layout->addSpacing(8);
        layout->addWidget(note(tr("Providers marked \"design only\": this version writes such a "
                                  "stage to hive.yml and checks it, but cannot make its hosts yet "
                                  "(Run, Halt and Destroy stay off for it in the Build tab)."),
                               page));
    }
    layout->addStretch();
    return page;
}

QWizardPage *StageWizard::createSettingsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Network and hosts"));
    page->setSubTitle(tr("Defaults suit most sites. The host plan below is computed by the same "
                         "code as `hive list-hosts` while you type."));
    auto *layout = new QHBoxLayout(page);
    m_settingsRow = layout;
    auto *formBox = new QWidget(page);
    auto *form = new QFormLayout(formBox);
    const auto addRow = [&](const QString &key, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, formBox);
        l->setBuddy(field);
        field->setObjectName(key);
        form->addRow(l, field);
        m_rows.insert(key, field);
        m_rows.insert(key + QStringLiteral("#label"), l);
    };
    m_cidr->setValidator(new gui::CidrValidator(m_cidr));
    addRow(QStringLiteral("cidr"), tr("&CIDR:"), m_cidr);
    m_separate->setText(tr("Separate repository server"));
    addRow(QStringLiteral("separate_repository"), tr("&Repository:"), m_separate);
    m_hosts->setRange(0, 64);
    // "default" is what the plan counts (4 with a separate repository
    // server, else 3): Up starts there, not at 1.
    const auto hostsDefault = [this] { return m_separate->isChecked() ? 4 : 3; };
    m_hosts->setDefaultValue(hostsDefault);
    const auto sayHostsDefault = [this, hostsDefault] {
        m_hosts->setSpecialValueText(tr("default (%1)").arg(hostsDefault()));
    };
    sayHostsDefault();
    connect(m_separate, &QCheckBox::toggled, this, sayHostsDefault);
    addRow(QStringLiteral("number_of_hosts"), tr("Number of &hosts:"), m_hosts);
    m_memory->setRange(0, 1 << 20);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(QStringLiteral(" MB")); // the schema's unit
    m_memory->setSpecialValueText(tr("default"));
    m_memory->setDefaultValue([] { return 1024; });
    addRow(QStringLiteral("memory_size"), tr("&Memory per host:"), m_memory);
    addRow(QStringLiteral("region"), tr("Re&gion:"), m_region);
    addRow(QStringLiteral("instance_type"), tr("&Instance type:"), m_instanceType);
    addRow(QStringLiteral("repository_instance_type"), tr("Repository ins&tance type:"),
           m_repositoryType);
    addRow(QStringLiteral("mirrored_disk_size"), tr("Mirrored &disk (GB):"), m_mirrored);
    m_ips->setMaximumHeight(100);
    m_ips->setTabChangesFocus(true);
    addRow(QStringLiteral("ip_address_list"), tr("IP &addresses (one per line):"), m_ips);
    m_subnets->setHorizontalHeaderLabels(
        {QStringLiteral("cidr"), QStringLiteral("name"), QStringLiteral("available_zone")});
    m_subnets->horizontalHeader()->setStretchLastSection(true);
    m_subnets->verticalHeader()->setVisible(false);
    m_subnets->setMaximumHeight(130);
    addRow(QStringLiteral("subnets"), tr("&Subnets:"), m_subnets);
    // The providers' own settings, each a block of rows.
    form->addRow(m_vagrant);
    form->addRow(m_kickstart);
    auto *suggest = new QPushButton(tr("Suggest &from CIDR"), formBox);
    suggest->setToolTip(tr("Recompute addresses or subnets from the CIDR and number of hosts"));
    form->addRow(QString(), suggest);
    // One label column for the providers' own rows (a form each) and the
    // rows above them: every label as wide as the widest.
    int labelWidth = 0;
    const QList<QLabel *> labels = formBox->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        if (l->buddy())
            labelWidth = qMax(labelWidth, l->sizeHint().width());
    for (QLabel *l : labels)
        if (l->buddy())
            l->setMinimumWidth(labelWidth);
    layout->addWidget(formBox, 3);
    auto *planBox = new QWidget(page);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(new QLabel(tr("Planned hosts:"), planBox));
    m_plan->setObjectName(QStringLiteral("wizardHostPlan"));
    m_plan->setTabKeyNavigation(false); // Tab goes on to the buttons, arrows move inside
    planLayout->addWidget(m_plan, 1);
    m_planProblems->setWordWrap(true);
    m_planProblems->setObjectName(QStringLiteral("planProblems"));
    planLayout->addWidget(m_planProblems);
    m_faultTolerance->setWordWrap(true);
    m_faultTolerance->setObjectName(QStringLiteral("faultTolerance"));
    planLayout->addWidget(m_faultTolerance);
    layout->addWidget(planBox, 4);
    connect(suggest, &QPushButton::clicked, this, &StageWizard::suggestFromCidr);
    const auto changed = [this] {
        if (!m_filling)
            updatePlan();
    };
    for (QLineEdit *e : {m_cidr, m_region, m_instanceType, m_repositoryType, m_mirrored})
        connect(e, &QLineEdit::textChanged, this, changed);
    connect(m_separate, &QCheckBox::toggled, this, changed);
    connect(m_hosts, &QSpinBox::valueChanged, this, changed);
    connect(m_memory, &QSpinBox::valueChanged, this, changed);
    connect(m_ips, &QPlainTextEdit::textChanged, this, changed);
    connect(m_subnets, &QTableWidget::itemChanged, this, changed);
    connect(m_vagrant, &VagrantSettings::changed, this, changed);
    connect(m_kickstart, &KickstartSettings::changed, this, changed);
    return page;
}

QWizardPage *StageWizard::createCredentialsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Credentials"));
    page->setSubTitle(tr("Stored in .hive/persistents.yml with mode 0600, as `hive set` does; "
                         "never written to logs. You can also set them later."));
    auto *layout = new QVBoxLayout(page);
    new QFormLayout(m_credentialsBox);
    layout->addWidget(m_credentialsBox);
    // The cloud: asked before anything is written (read only).
    m_cloudKeyNote->setObjectName(QStringLiteral("cloudKeyNote"));
    m_cloudKeyNote->setWordWrap(true);
    m_cloudKeyNote->setText(
        tr("Google Cloud's key is a service account's JSON key: put it in the project folder as "
           "gcp_credential.json (mode 0600), where hive-builder reads it too, or name it with "
           "GOOGLE_APPLICATION_CREDENTIALS. It is not copied or shown here."));
    layout->addWidget(m_cloudKeyNote);
    m_cloudCheck->setObjectName(QStringLiteral("cloudCheck"));
    m_cloudCheckResult->setObjectName(QStringLiteral("cloudCheckResult"));
    m_cloudCheckResult->setWordWrap(true);
    m_cloudCheckResult->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                Qt::TextSelectableByKeyboard);
    auto *check = new QHBoxLayout;
    check->addWidget(m_cloudCheck);
    check->addStretch();
    layout->addLayout(check);
    layout->addWidget(m_cloudCheckResult);
    connect(m_cloudCheck, &QPushButton::clicked, this, &StageWizard::checkCloudAccount);
    layout->addStretch();
    return page;
}

void StageWizard::checkAwsAccount()
{
    AwsCredentials key;
    key.accessKeyId =
        m_credentials.value(QStringLiteral("aws_access_key_id"))
            ? m_credentials.value(QStringLiteral("aws_access_key_id"))->text().trimmed()
            : QString();
    key.secretAccessKey =
        m_credentials.value(QStringLiteral("aws_secret_access_key"))
            ? m_credentials.value(QStringLiteral("aws_secret_access_key"))->text().trimmed()
            : QString();
    if (key.accessKeyId.isEmpty() != key.secretAccessKey.isEmpty()) {
        m_cloudCheckResult->setText(
            tr("Give both the access key ID and the secret access key, "
               "or neither (to use AWS_ACCESS_KEY_ID or ~/.aws/credentials)."));
        return;
    }
    if (key.accessKeyId.isEmpty()) {
        QString from, error;
        const Persistents persistents = existingPersistents();
        if (!AwsCredentialSource::find(persistents, selectedStage(), key, from, error)) {
            m_cloudCheckResult->setText(error);
            return;
        }
    }
    const QString region = m_region->text().trimmed();
    if (!regionGiven())
        return;
    const QStringList types{m_instanceType->text().trimmed(), m_repositoryType->text().trimmed()};
    m_cloudCheck->setEnabled(false);
    m_cloudCheckResult->setText(tr("Asking AWS…"));
    m_checkingAws.start([key, region, types](const std::atomic_bool *cancel) {
        return AwsAccountCheck::run(key, region, types, cancel);
    });
}

void StageWizard::checkCloudAccount()
{
    const QString provider = selectedProvider();
    if (provider == QLatin1String("aws"))
        checkAwsAccount();
    else if (provider == QLatin1String("gcp"))
        checkGcpAccount();
    else if (provider == QLatin1String("azure"))
        checkAzureAccount();
}

Persistents StageWizard::existingPersistents() const
{
    // An existing project's `hive set` values first, as build-infra reads them.
    DiagnosticList ignored;
    return Persistents::load(
        QDir(m_folder->text().trimmed()).filePath(QStringLiteral(".hive/persistents.yml")),
        ignored);
}

bool StageWizard::regionGiven()
{
    if (!m_region->text().trimmed().isEmpty())
        return true;
    m_cloudCheckResult->setText(tr("Give the region on the Settings page first."));
    return false;
}

QString StageWizard::credential(const QString &name) const
{
    const QLineEdit *edit = m_credentials.value(name);
    return edit ? edit->text().trimmed() : QString();
}

void StageWizard::checkGcpAccount()
{
    GcpServiceAccount account;
    QString from, error;
    if (!GcpServiceAccount::find(QDir(m_folder->text().trimmed()).absolutePath(), account, from,
                                 error)) {
        m_cloudCheckResult->setText(error);
        return;
    }
    const QString region = m_region->text().trimmed();
    if (!regionGiven())
        return;
    const QStringList types{m_instanceType->text().trimmed(), m_repositoryType->text().trimmed()};
    m_cloudCheck->setEnabled(false);
    m_cloudCheckResult->setText(tr("Asking Google Cloud with the key of %1…").arg(from));
    m_checkingCloud.start([account, region, types](const std::atomic_bool *cancel) {
        return GcpAccountCheck::run(account, region, types, cancel);
    });
}

void StageWizard::checkAzureAccount()
{
    AzureCredentials credentials{credential(QStringLiteral("azure_tenant")),
                                 credential(QStringLiteral("azure_client_id")),
                                 credential(QStringLiteral("azure_secret")),
                                 credential(QStringLiteral("azure_subscription_id"))};
    const bool none = credentials.tenant.isEmpty() && credentials.clientId.isEmpty() &&
                      credentials.secret.isEmpty() && credentials.subscriptionId.isEmpty();
    if (!none && !credentials.complete()) {
        m_cloudCheckResult->setText(
            tr("Give all four (client id, secret, subscription id and tenant), or none (to use "
               "the AZURE_* variables or ~/.azure/credentials)."));
        return;
    }
    if (none) {
        QString from, error;
        const Persistents persistents = existingPersistents();
        if (!AzureCredentials::find(persistents, selectedStage(), credentials, from, error)) {
            m_cloudCheckResult->setText(error);
            return;
        }
    }
    const QString region = m_region->text().trimmed();
    if (!regionGiven())
        return;
    const QStringList sizes{m_instanceType->text().trimmed(), m_repositoryType->text().trimmed()};
    m_cloudCheck->setEnabled(false);
    m_cloudCheckResult->setText(tr("Asking Azure…"));
    m_checkingCloud.start([credentials, region, sizes](const std::atomic_bool *cancel) {
        return AzureAccountCheck::run(credentials, region, sizes, cancel);
    });
}

QWizardPage *StageWizard::createSummaryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Summary"));
    page->setSubTitle(tr("Every file Finish writes and where, with any credentials it stores "
                         "(their values are not shown), then hive.yml as it will read."));
    auto *layout = new QVBoxLayout(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setReadOnly(true);
    gui::DesktopPreferences::useFixedFont(m_summary);
    layout->addWidget(m_summary);
    return page;
}

void StageWizard::setProject(const QString &folder, const QString &name, const QString &email,
                             const QString &domain)
{
    m_folder->setText(folder);
    if (!name.isEmpty())
        m_name->setText(name);
    m_email->setText(email);
    m_domain->setText(domain);
    readExisting();
}

void StageWizard::readExisting()
{
    m_existingHive.clear();
    m_existingError.clear();
    if (!addsToExisting())
        return;
    QFile f(hiveFilePath(folder()));
    if (f.open(QIODevice::ReadOnly))
        m_existingHive = f.readAll();
    else
        m_existingError = f.errorString();
}

void StageWizard::setStage(const QString &stage)
{
    for (QAbstractButton *b : m_stages->buttons())
        b->setChecked(b->objectName() == QStringLiteral("stage.") + stage);
}

void StageWizard::setProvider(const QString &provider)
{
    for (QAbstractButton *b : m_providers->buttons())
        b->setChecked(b->objectName() == QStringLiteral("provider.") + provider);
}

void StageWizard::setCredential(const QString &variable, const QString &value)
{
    if (QLineEdit *e = m_credentials.value(variable))
        e->setText(value);
}

QString StageWizard::selectedStage() const
{
    // The button's text may say the stage exists: its name is "stage.NAME".
    return m_stages->checkedButton()
               ? m_stages->checkedButton()->objectName().section(QLatin1Char('.'), 1)
               : QString();
}

QString StageWizard::selectedProvider() const
{
    // The button's text may add "design only": its name is "provider.NAME".
    return m_providers->checkedButton()
               ? m_providers->checkedButton()->objectName().section(QLatin1Char('.'), 1)
               : QString();
}

QString StageWizard::folder() const
{
    return QDir::cleanPath(m_folder->text().trimmed());
}

bool StageWizard::addsToExisting() const
{
    return !m_folder->text().trimmed().isEmpty() && QFileInfo::exists(hiveFilePath(folder()));
}

int StageWizard::nextId() const
{
    switch (currentId()) {
    case SettingsPage:
        // GCP has no value to store, but its key is said and checked there.
        return StageDraft::credentialVariables(selectedProvider()).isEmpty() &&
                       selectedProvider() != QLatin1String("gcp")
                   ? SummaryPage
                   : CredentialsPage;
    case SummaryPage:
        return -1;
    default:
        return QWizard::nextId();
    }
}

QString StageWizard::projectProblem() const
{
    if (m_folder->text().trimmed().isEmpty())
        return tr("Choose the project folder.");
    QString error;
    if (!addsToExisting()) {
        if (!ProjectScaffold::validHiveName(m_name->text().trimmed(), error))
            return error;
        const Expected<void> contacts =
            ProjectScaffold::checkContacts(m_email->text().trimmed(), m_domain->text().trimmed());
        if (!contacts)
            return contacts.error();
    }
    return {};
}

bool StageWizard::validateCurrentPage()
{
    QString error;
    if (currentId() == ProjectPage) {
        error = projectProblem();
        readExisting();
    } else if (currentId() == StagePage && addsToExisting()) {
        if (hiveYaml(&error).isEmpty())
            error = tr("Cannot add the stage: %1").arg(error);
    } else if (currentId() == SettingsPage) {
        if (!m_cidr->hasAcceptableInput())
            error = tr("The CIDR %1 is not a valid network (a.b.c.d/n).").arg(m_cidr->text());
        else if (!m_planProblems->text().isEmpty())
            error = m_planProblems->text();
        else {
            const StageDraft d = draft();
            error = d.settingsProblem();
            if (!error.isEmpty()) {
                QMessageBox::warning(this, windowTitle(), error);
                // Where it is to be mended.
                if (d.provider == QLatin1String("kickstart"))
                    m_kickstart->focusProblem(d);
                if (d.provider == QLatin1String("vagrant"))
                    m_vagrant->focusProblem(d);
                return false;
            }
        }
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

void StageWizard::initializePage(int id)
{
    if (id == StagePage) {
        // Adding to a hive: the stages it has already cannot be chosen.
        QStringList existing;
        if (addsToExisting()) {
            InventoryLoader::Input input;
            input.definitions << InventoryLoader::SourceFile{QStringLiteral("hive.yml"),
                                                             m_existingHive, QString()};
            for (const StagePlan &s : InventoryLoader::load(input).hive.stages)
                existing << s.name;
        }
        QAbstractButton *firstFree = nullptr;
        for (QAbstractButton *b : m_stages->buttons()) {
            const QString stage = b->objectName().section(QLatin1Char('.'), 1);
            const bool taken = existing.contains(stage);
            b->setEnabled(!taken);
            b->setText(taken ? tr("%1 (this hive has it already)").arg(stage) : stage);
            if (!taken && !firstFree)
                firstFree = b;
        }
        if (m_stages->checkedButton() && !m_stages->checkedButton()->isEnabled() && firstFree)
            firstFree->setChecked(true);
    } else if (id == SettingsPage) {
        fillDefaults();
        if (selectedProvider() == QLatin1String("vagrant"))
            m_vagrant->readBoxes();
        if (selectedProvider() == QLatin1String("kickstart"))
            m_kickstart->readDevices();
        // What this machine's Docker Engine has, to keep a docker stage clear of it.
        if (selectedProvider() == QLatin1String("docker") && !m_localSubnets.read)
            m_readingSubnets.start([](const std::atomic_bool *) {
                LocalSubnets found;
                found.read = true;
                const Expected<QList<DockerProvider::Subnet>> subnets =
                    DockerProvider::localSubnets(DockerEndpoint::fromEnvironment());
                found.subnets = subnets.value_or(QList<DockerProvider::Subnet>());
                return found;
            });
    } else if (id == CredentialsPage) {
        auto *form = static_cast<QFormLayout *>(m_credentialsBox->layout());
        while (form->rowCount() > 0)
            form->removeRow(0);
        m_credentials.clear();
        for (const QString &name : StageDraft::credentialVariables(selectedProvider())) {
            auto *edit = new QLineEdit(m_credentialsBox);
            edit->setObjectName(name);
            const VariableSpec *spec = VariableCatalog::find(name);
            if (spec && spec->secret)
                edit->setEchoMode(QLineEdit::Password);
            form->addRow(name + QLatin1Char(':'), edit);
            m_credentials.insert(name, edit);
        }
        const QString provider = selectedProvider();
        const bool cloud = provider == QLatin1String("aws") || provider == QLatin1String("gcp") ||
                           provider == QLatin1String("azure");
        m_cloudCheck->setVisible(cloud);
        m_cloudCheckResult->setVisible(cloud);
        m_cloudCheckResult->clear();
        m_cloudKeyNote->setVisible(provider == QLatin1String("gcp"));
        page(CredentialsPage)
            ->setSubTitle(provider == QLatin1String("gcp")
                              ? tr("Google Cloud's key stays a file of its own; check it here "
                                   "before anything is written.")
                              : tr("Stored in .hive/persistents.yml with mode 0600, as `hive set` "
                                   "does; never written to logs. You can also set them later."));
        if (provider == QLatin1String("aws")) {
            m_cloudCheck->setText(tr("&Check with AWS"));
            m_cloudCheck->setToolTip(
                tr("Asks AWS whose key this is, the region's zones and whether it offers the "
                   "instance types chosen. With the fields empty, the key of AWS_ACCESS_KEY_ID or "
                   "~/.aws/credentials is used. Nothing is created."));
        } else if (provider == QLatin1String("gcp")) {
            m_cloudCheck->setText(tr("&Check with Google Cloud"));
            m_cloudCheck->setToolTip(
                tr("Asks Google Cloud, with the project's gcp_credential.json, for its project, "
                   "the region's zones and whether it offers the machine types chosen. Nothing is "
                   "created."));
        } else {
            m_cloudCheck->setText(tr("&Check with Azure"));
            m_cloudCheck->setToolTip(
                tr("Asks Azure for the subscription, whether the region is one of it, and where "
                   "it offers the VM sizes chosen. With the fields empty, the AZURE_* variables "
                   "or ~/.azure/credentials are used. Nothing is created."));
        }
    } else if (id == SummaryPage) {
        QString error;
        const QByteArray yaml = hiveYaml(&error);
        const bool adding = addsToExisting();
        const QStringList stored = credentialsToWrite();
        // Every file Finish writes, where, and what is in it (secrets masked).
        QString text =
            tr("# Finish writes in %1:")
                .arg(QDir::toNativeSeparators(QDir(m_folder->text().trimmed()).absolutePath())) +
            QLatin1Char('\n');
        text += adding ? tr("#   inventory/hive.yml: stage %1 added, the rest as it is")
                             .arg(selectedStage())
                       : tr("#   inventory/hive.yml (new)");
        text += QLatin1Char('\n');
        if (!adding)
            text += tr("#   inventory/group_vars/all.yml (new): %1")
                        .arg(QString::fromUtf8(
                                 ProjectScaffold::groupVarsFile(m_email->text().trimmed(),
                                                                m_domain->text().trimmed()))
                                 .trimmed()
                                 .replace(QLatin1Char('\n'), QStringLiteral("; "))) +
                    QLatin1Char('\n');
        if (!stored.isEmpty()) {
            text += tr("#   .hive/persistents.yml (mode 0600), for stage %1:").arg(selectedStage());
            for (const QString &name : stored)
                text += QStringLiteral("\n#     %1: ********").arg(name);
            text += QLatin1Char('\n');
        }
        text +=
            QStringLiteral("#\n") + tr("# inventory/hive.yml as it will read:") + QLatin1Char('\n');
        text += error.isEmpty() ? QString::fromUtf8(yaml) : error;
        m_summary->setPlainText(text);
    }
    QWizard::initializePage(id);
    if (id == ProjectPage)
        m_folder->setFocus();
}

void StageWizard::fillDefaults()
{
    const StageDraft d = StageDraft::defaults(selectedStage(), selectedProvider());
    m_filling = true;
    m_cidr->setText(d.cidr);
    m_separate->setChecked(d.separateRepository);
    m_hosts->setValue(d.numberOfHosts);
    m_memory->setValue(d.memorySize);
    m_region->setText(d.region);
    m_instanceType->setText(d.instanceType);
    m_repositoryType->setText(d.repositoryInstanceType);
    m_mirrored->setText(d.mirroredDiskSize);
    m_ips->setPlainText(d.ipAddressList.join(QLatin1Char('\n')));
    m_subnets->setRowCount(int(d.subnets.size()));
    for (int i = 0; i < d.subnets.size(); ++i) {
        const StageDraft::Subnet &s = d.subnets.at(i);
        m_subnets->setItem(i, 0, new QTableWidgetItem(s.cidr));
        m_subnets->setItem(i, 1, new QTableWidgetItem(s.name));
        m_subnets->setItem(i, 2, new QTableWidgetItem(s.zone));
    }
    const QString p = d.provider;
    const QHash<QString, bool> visible = {
        {QStringLiteral("memory_size"), StageDraft::usesMemorySize(p)},
        {QStringLiteral("number_of_hosts"), !StageDraft::usesAddressList(p)},
        {QStringLiteral("region"), StageDraft::usesInstanceTypes(p)},
        {QStringLiteral("instance_type"), StageDraft::usesInstanceTypes(p)},
        {QStringLiteral("repository_instance_type"), StageDraft::usesInstanceTypes(p)},
        {QStringLiteral("mirrored_disk_size"), StageDraft::usesMirroredDisk(p)},
        {QStringLiteral("ip_address_list"), StageDraft::usesAddressList(p)},
        {QStringLiteral("subnets"), StageDraft::usesSubnets(p)},
    };
    for (auto it = visible.begin(); it != visible.end(); ++it) {
        m_rows.value(it.key())->setVisible(it.value());
        m_rows.value(it.key() + QStringLiteral("#label"))->setVisible(it.value());
    }
    m_vagrant->fill(d);
    m_vagrant->setVisible(p == QLatin1String("vagrant"));
    m_kickstart->fill(d);
    m_kickstart->setVisible(p == QLatin1String("kickstart"));
    // A kickstart stage's settings are the widest: the plan gives way.
    if (m_settingsRow) {
        m_settingsRow->setStretch(0, p == QLatin1String("kickstart") ? 5 : 3);
        m_settingsRow->setStretch(1, p == QLatin1String("kickstart") ? 3 : 4);
    }
    m_filling = false;
    updatePlan();
}

void StageWizard::suggestFromCidr()
{
    StageDraft d = draft();
    m_filling = true;
    if (StageDraft::usesAddressList(d.provider))
        m_ips->setPlainText(d.suggestedAddresses().join(QLatin1Char('\n')));
    if (StageDraft::usesSubnets(d.provider)) {
        const QList<StageDraft::Subnet> subnets = d.suggestedSubnets();
        m_subnets->setRowCount(int(subnets.size()));
        for (int i = 0; i < subnets.size(); ++i) {
            m_subnets->setItem(i, 0, new QTableWidgetItem(subnets.at(i).cidr));
            m_subnets->setItem(i, 1, new QTableWidgetItem(subnets.at(i).name));
            m_subnets->setItem(i, 2, new QTableWidgetItem(subnets.at(i).zone));
        }
    }
    m_filling = false;
    updatePlan();
}

StageDraft StageWizard::draft() const
{
    StageDraft d;
    d.stage = selectedStage();
    d.provider = selectedProvider();
    d.cidr = m_cidr->text().trimmed();
    d.separateRepository = m_separate->isChecked();
    d.numberOfHosts = m_hosts->value();
    d.memorySize = m_memory->value();
    d.region = m_region->text().trimmed();
    d.instanceType = m_instanceType->text().trimmed();
    d.repositoryInstanceType = m_repositoryType->text().trimmed();
    d.mirroredDiskSize = m_mirrored->text().trimmed();
    for (const QString &line : m_ips->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            d.ipAddressList << line.trimmed();
    }
    for (int r = 0; r < m_subnets->rowCount(); ++r) {
        const auto text = [&](int c) {
            return m_subnets->item(r, c) ? m_subnets->item(r, c)->text().trimmed() : QString();
        };
        d.subnets << StageDraft::Subnet{text(0), text(1), text(2)};
    }
    m_vagrant->apply(d);
    m_kickstart->apply(d);
    return d;
}

QByteArray StageWizard::hiveYaml(QString *error) const
{
    QString e;
    QByteArray out;
    if (addsToExisting()) {
        // The file as read when the folder was chosen: no disk reads per keystroke.
        if (!m_existingError.isEmpty() ||
            !ProjectScaffold::hiveFileWithStage(m_existingHive, draft(), out, e)) {
            if (error)
                *error = m_existingError.isEmpty() ? e : m_existingError;
            return {};
        }
        return out;
    }
    return ProjectScaffold::hiveFile(m_name->text().trimmed(), draft());
}

void StageWizard::updatePlan()
{
    QString error;
    const QByteArray yaml = hiveYaml(&error);
    InventoryLoader::Input input;
    input.definitions << InventoryLoader::SourceFile{QStringLiteral("hive.yml"), yaml, QString()};
    const LoadedInventory loaded = InventoryLoader::load(input);
    const StagePlan *planned = loaded.hive.stage(selectedStage());
    // Hosts are shown only for settings that make sense: with a wrong CIDR
    // their addresses would be made up.
    const bool wrong = !error.isEmpty() || loaded.diagnostics.errorCount() > 0;
    m_plan->showStage(wrong ? nullptr : planned);
    QStringList problems;
    if (!error.isEmpty())
        problems << error;
    bool blocks = false;
    const QString cost = planned ? StageDraft::faultTolerance(*planned, &blocks) : QString();
    if (blocks)
        problems << cost;
    QStringList notes;
    if (!blocks && !cost.isEmpty())
        notes << cost;
    // The cidr must not overlap another stage of the hive; on the docker
    // provider, a network of this machine's engine neither (build-infra
    // could not make the stage's network).
    Ipv4Network mine;
    QString ignored;
    if (planned && Ipv4Network::parse(planned->cidr, mine, ignored)) {
        for (const StagePlan &other : loaded.hive.stages) {
            Ipv4Network theirs;
            if (other.name != planned->name && Ipv4Network::parse(other.cidr, theirs, ignored) &&
                mine.overlaps(theirs))
                problems << tr("The CIDR %1 overlaps stage %2's %3: choose another range.")
                                .arg(mine.toString(), other.name, theirs.toString());
        }
        const QString ours = DockerProvider::networkName(loaded.hive.name, planned->name);
        for (const DockerProvider::Subnet &s : std::as_const(m_localSubnets.subnets)) {
            Ipv4Network theirs;
            if (planned->provider == QLatin1String("docker") && s.network != ours &&
                Ipv4Network::parse(s.cidr, theirs, ignored) && mine.overlaps(theirs))
                notes << tr("%1 overlaps the Docker network %2 (%3) on this machine: build-infra "
                            "cannot make the stage's network while it exists. Choose another "
                            "range, or remove that network.")
                             .arg(mine.toString(), s.network, theirs.toString());
        }
    }
    m_faultTolerance->setText(notes.join(QLatin1Char('\n')));
    m_faultTolerance->setVisible(!notes.isEmpty());
    for (const Diagnostic &d : loaded.diagnostics.sorted()) {
        if (d.isError())
            problems << d.message;
    }
    m_planProblems->setText(problems.join(QLatin1Char('\n')));
}

bool StageWizard::writeProject(QString &error)
{
    const StageDraft d = draft();
    const bool adding = addsToExisting();
    const bool ok = adding ? ProjectScaffold::addStage(hiveFilePath(folder()), d, error)
                           : ProjectScaffold::createProject(folder(), m_name->text().trimmed(),
                                                            m_email->text().trimmed(),
                                                            m_domain->text().trimmed(), d, error);
    if (!ok)
        return false;
    const QStringList stored = credentialsToWrite();
    // A new project opens on the stage it was made with (as `hive set stage`
    // keeps it), not on a private stage it does not have.
    const bool keepStage = !adding && d.stage != QLatin1String("private");
    if (stored.isEmpty() && !keepStage)
        return true;
    Project::Options options;
    options.rootDir = folder();
    options.stage = d.stage;
    Project project;
    DiagnosticList diags;
    if (!Project::open(options, project, diags) || !project.initialize(error))
        return false;
    if (keepStage)
        project.persistents().set(QStringLiteral("stage"), QStringLiteral("global"),
                                  Value::string(d.stage));
    for (const QString &name : stored)
        project.persistents().set(name, d.stage, Value::string(m_credentials.value(name)->text()));
    return project.persistents().save(error);
}

QStringList StageWizard::credentialsToWrite() const
{
    QStringList names;
    for (const QString &name : StageDraft::credentialVariables(selectedProvider())) {
        const QLineEdit *edit = m_credentials.value(name);
        if (edit && !edit->text().isEmpty())
            names << name;
    }
    return names;
}

void StageWizard::accept()
{
    QString error;
    if (!writeProject(error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QWizard::accept();
}

} // namespace hive::wizards
