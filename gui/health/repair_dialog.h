#pragma once

#include "engine/phase_session.h"
#include "project/project.h"
#include "recovery/recovery_plan.h"
#include "recovery/recovery_request.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hive {
class RecoveryContext;
struct LoadedInventory;
struct RunEvent;
} // namespace hive

namespace hive::gui {

// A guided repair in the app, as `hive recover …` runs it in a terminal:
// it reads the hosts and shows the plan (the exact commands on the exact
// hosts, or why it is refused) with the equivalent command line; nothing
// changes until Run Repair is pressed (Enter does not press it). The run
// goes through the engine off the GUI thread — the stage's lock, a run log
// — with every step and host shown live and the commands' output below;
// Cancel stops it at the next safe point, and closing asks first.
class RepairDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State
    {
        Planning,
        Planned, // runnable, waiting for Run Repair
        Refused, // or nothing to do, or the hosts could not be read
        Running,
        Finished,
    };

    RepairDialog(const Project &project, const std::shared_ptr<const LoadedInventory> &loaded,
                 const RecoveryRequest &request, QWidget *parent = nullptr);
    ~RepairDialog() override;

    State state() const { return m_state; }
    const RecoveryPlan &plan() const { return m_plan; }
    bool succeeded() const { return m_result.ok; }
    QString statusText() const;

public slots:
    void runRepair();
    void reject() override;

signals:
    // The repair ran (whatever its result): the findings are out of date.
    void repaired();

private:
    struct Planned
    {
        std::shared_ptr<RecoveryContext> context;
        RecoveryPlan plan;
        QString error;
    };

    Project m_project;
    std::shared_ptr<const LoadedInventory> m_loaded;
    RecoveryRequest m_request;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<RecoveryContext> m_context;
    RecoveryPlan m_plan;
    PhaseSession::Result m_result;
    State m_state = State::Planning;

    QLabel *m_command;
    QLabel *m_status;
    QPlainTextEdit *m_preview;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_output;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
    QPushButton *m_close;
    QWidget *m_choiceRow;
    QComboBox *m_choice;
    QFutureWatcher<Planned> m_planning;
    QFutureWatcher<PhaseSession::Result> m_running;
    QHash<QString, QTreeWidgetItem *> m_stepItems; // "phase/step"

    void startPlanning();
    void planned();
    void planChoice();
    void display(const RunEvent &event);
    void runFinished();
    void setState(State s, const QString &text);
};

} // namespace hive::gui
