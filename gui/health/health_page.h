#pragma once

#include "gui/run/background_job.h"
#include "health/health_report.h"
#include "project/project.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QIcon;
class QLineEdit;
class QTextBrowser;
class QStyle;
class QTimer;
class QTreeWidget;

namespace hive {
struct LoadedInventory;
struct RecoveryRequest;
} // namespace hive

namespace hive::gui {

class BackupScheduler;

// The Health tab: what `hive doctor` finds on the selected stage, worst
// first, with the evidence and what to do for the chosen finding. The
// checks run off the GUI thread, on demand and every few minutes; the
// status bar shows the summary (see HealthBadge).
class HealthPage : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        NotChecked,
        Checking,
        Checked,
        Failed, // the checks could not run (no such stage, not built yet)
    };

    explicit HealthPage(QWidget *parent = nullptr);
    ~HealthPage() override;

    // The project to check from now on; an empty project stops the checks.
    void setProject(const Project &project, const LoadedInventory &loaded);
    void clear();
    // Starts the checks unless they are running already.
    void checkNow();
    void cancel();
    // Shows a report as if the checks had just returned it.
    void showReport(const HealthReport &report);
    // Opens the guided repair of the chosen finding (when it has one).
    void repairChosen();
    // Chooses the worst finding that has a guided repair; false if none has.
    bool chooseFirstRepair();
    // Shows only the findings that name `subject` (a host, a service).
    void showSubject(const QString &subject);
    // Opens `hive backup` in the repair dialog (plan first).
    void backUpNow();
    void backUpData(); // the services' data (backup --data)
    // Acknowledges the chosen Zabbix problem, asking for a note; `note`
    // given: without asking.
    void acknowledgeChosen();
    void acknowledgeChosen(const QString &note);
    BackupScheduler *backupScheduler() const { return m_backups; }

    State state() const { return m_state; }
    // The icon of a severity, in the list and in the status bar badge.
    static QIcon severityIcon(const QStyle *style, HealthCheck::Severity s);
    const HealthReport &report() const { return m_report; }
    QString failure() const { return m_failure; }
    QList<QAction *> pageActions() const;
    // Minutes between automatic checks; 0 = only on demand.
    int interval() const;
    void setInterval(int minutes);

signals:
    void stateChanged();
    // Prepare the Fix: the chosen finding's phase run (HealthCheck::fix), to
    // be set up in the Build tab for the user to look at and run.
    void fixRequested(const QString &phase, const QString &limit);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        HealthReport report;
        QString error;
    };

    QAction *m_check;
    QAction *m_cancel;
    QAction *m_repair;
    QAction *m_fix;
    QAction *m_backUp;
    QAction *m_acknowledge;
    QComboBox *m_every;
    QCheckBox *m_showOk;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QTextBrowser *m_details;
    QTimer *m_timer;
    QComboBox *m_backupEvery;
    BackupScheduler *m_backups;
    BackgroundJob<Outcome> m_checks;
    BackgroundJob<QString> m_acknowledging; // the error, or empty
    std::shared_ptr<QString> m_progress;

    Project m_project;
    std::shared_ptr<const LoadedInventory> m_loaded;
    State m_state = State::NotChecked;
    HealthReport m_report;
    QString m_failure;

    void finished(const Outcome &outcome, bool cancelled);
    void fill();
    void showDetails();
    const HealthCheck *chosen() const;
    void openRepair(const RecoveryRequest &request);
    void updateSummary();
    void setState(State s);
};

} // namespace hive::gui
