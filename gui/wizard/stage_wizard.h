#pragma once

#include "cloud/aws_account_check.h"
#include "cloud/cloud_account_result.h"
#include "gui/run/background_job.h"
#include "project/stage_draft.h"
#include "providers/docker_provider.h"

#include <QHash>
#include <QWizard>

class QButtonGroup;
class QHBoxLayout;
class QCheckBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace hive {
class Persistents;
} // namespace hive

namespace hive::gui {
class HostPlanView;
class UnsetSpinBox;
} // namespace hive::gui

namespace hive::wizards {

class KickstartSettings;
class VagrantSettings;

// First setup: a new project (folder, hive name, e-mail, domain) or one more
// stage in an existing one; the stage and its purpose; the provider, each
// with what it needs; the provider's settings with sensible defaults and the
// host plan the core computes while typing; credentials (kept with `hive set`
// semantics, mode 0600, never shown); and the YAML that will be written.
class StageWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page
    {
        ProjectPage,
        StagePage,
        ProviderPage,
        SettingsPage,
        CredentialsPage,
        SummaryPage
    };

    explicit StageWizard(QWidget *parent = nullptr);

    // For the app's "add a stage" and for tests.
    void setProject(const QString &folder, const QString &name = {}, const QString &email = {},
                    const QString &domain = {});
    void setStage(const QString &stage);
    void setProvider(const QString &provider);
    void setCredential(const QString &variable, const QString &value);

    StageDraft draft() const;
    QString folder() const;
    bool addsToExisting() const;
    // hive.yml as it will be written.
    QByteArray hiveYaml(QString *error = nullptr) const;
    gui::HostPlanView *planView() const { return m_plan; }

    int nextId() const override;
    bool validateCurrentPage() override;
    // What keeps the project page from going on (empty: nothing).
    QString projectProblem() const;
    void initializePage(int id) override;
    void accept() override;
    // Writes the files (what accept() does); false with the reason.
    bool writeProject(QString &error);

private:
    QLineEdit *m_folder;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_domain;
    QLabel *m_existingNote;
    QLabel *m_projectProblem; // what is wrong with the project page, as it is typed
    QButtonGroup *m_stages;
    QButtonGroup *m_providers;
    QLineEdit *m_cidr;
    QCheckBox *m_separate;
    gui::UnsetSpinBox *m_hosts;
    gui::UnsetSpinBox *m_memory;
    QLineEdit *m_region;
    QLineEdit *m_instanceType;
    QLineEdit *m_repositoryType;
    QLineEdit *m_mirrored;
    QPlainTextEdit *m_ips;
    QTableWidget *m_subnets;
    VagrantSettings *m_vagrant;
    QHBoxLayout *m_settingsRow = nullptr; // the settings beside the host plan
    KickstartSettings *m_kickstart;
    QHash<QString, QWidget *> m_rows; // setting rows shown per provider
    gui::HostPlanView *m_plan;
    QLabel *m_planProblems;
    QLabel *m_faultTolerance; // notes on the plan: what fewer than three hives cost, clashes
    // The local Docker Engine's subnets (docker provider), read once.
    struct LocalSubnets
    {
        bool read = false;
        QList<DockerProvider::Subnet> subnets;
    };
    LocalSubnets m_localSubnets;
    BackgroundJob<LocalSubnets> m_readingSubnets;
    QHash<QString, QLineEdit *> m_credentials;
    QWidget *m_credentialsBox;
    // The cloud (AWS, Google Cloud, Azure) asked before anything is
    // written: whose credentials, the region's zones, the types it lacks.
    QPushButton *m_cloudCheck;
    QLabel *m_cloudCheckResult;
    QLabel *m_cloudKeyNote; // where a key file is read (GCP)
    BackgroundJob<AwsAccountCheck::Result> m_checkingAws;
    BackgroundJob<CloudAccountResult> m_checkingCloud;
    void checkCloudAccount();
    void checkAwsAccount();
    void checkGcpAccount();
    void checkAzureAccount();
    QString credential(const QString &name) const;
    Persistents existingPersistents() const;
    bool regionGiven(); // else says so

    QPlainTextEdit *m_summary;
    bool m_filling = false;
    QByteArray m_existingHive; // hive.yml of an existing project, read once per folder
    QString m_existingError;

    // The credentials Finish stores: those of the provider finally chosen
    // that were typed (never those typed for a provider left behind).
    QStringList credentialsToWrite() const;

    QWizardPage *createProjectPage();
    QWizardPage *createStagePage();
    QWizardPage *createProviderPage();
    QWizardPage *createSettingsPage();
    QWizardPage *createCredentialsPage();
    QWizardPage *createSummaryPage();
    void readExisting();
    void fillDefaults();
    void updatePlan();
    void suggestFromCidr();
    QString selectedStage() const;
    QString selectedProvider() const;
};

} // namespace hive::wizards
