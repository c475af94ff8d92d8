#pragma once

#include "gui/build/run_controller.h"
#include "project/project.h"

#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace hive {
struct LoadedInventory;
struct RunEvent;
} // namespace hive

namespace hive::gui {

class PhaseActionBar;
class PhasePipeline;
class PhaseDurationChart;
class RunGridModel;
class RunFailurePanel;
class RunHistoryView;
class RunLogView;
class RunTimelineChart;

// The Build tab: the seven phases as a pipeline with how each last ended
// and which one runs next, the actions on the chosen phase (Run, Run from
// Here = `all -S`, Check = `-C`, Halt, Destroy…, with -l and -T), each
// showing its `hive` command line, and the run itself: a hosts × steps grid
// (choose a cell for its output), progress per host and for the run, what
// still runs where and for how long, elapsed and estimated time, a
// filterable log, a timeline, and the failure with what to try next and
// Retry Failed. Every saved run can be replayed into the same views. Runs go
// through the engine off the GUI thread, exactly as `hive` runs them.
class BuildPage : public QWidget
{
    Q_OBJECT
public:
    using Mode = RunController::Mode;

    explicit BuildPage(QWidget *parent = nullptr);
    ~BuildPage() override;

    void setProject(const Project &project, const LoadedInventory &loaded);
    void clear();
    // Called before a run starts (the window saves open edits); false stops it.
    void setBeforeRun(std::function<bool()> beforeRun) { m_beforeRun = std::move(beforeRun); }

    // Starts a run (a destroy or halt is confirmed by the caller); false with
    // the reason when it cannot start.
    bool start(const PhaseRequest &request, QString *error = nullptr);
    // The request an action would run for the chosen phase, with -l and -T.
    PhaseRequest requestFor(const QString &action) const;
    void runChosen();
    void runFromHere();
    void checkChosen();
    void haltChosen();
    void destroyChosen();
    void retryFailed();
    // After build-infra stopped at prepared hosts seen for the first time:
    // reads the keys they show, lets the user compare them, and runs
    // build-infra again trusting them (--trust-new-host-keys).
    void checkHostKeys();
    // Asks first (unless `ask` is false), then stops at the next safe point.
    bool cancelRun(bool ask = true);
    bool isRunning() const;
    // The window is closing: during a run asks, then cancels and waits.
    bool confirmClose();
    bool replay(const QString &path, QString *error = nullptr);
    // A replayed run as it was after its first `events` events (the slider).
    void replayTo(int events);
    int replayLength() const;
    void reloadHistory();
    // Shows the log and puts the cursor in its search field.
    void searchLog();

    Mode mode() const;
    const RunState &shownState() const;
    QString shownPhase() const { return m_shownPhase; }
    const PhaseSession::Result &lastResult() const;
    QString lastError() const;
    QString commandPreview() const;
    QString statusText() const;
    QStringList stillRunningOn() const;
    QString failureText() const;
    PhasePipeline *pipeline() const { return m_pipeline; }
    RunGridModel *gridModel() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QPlainTextEdit *cellOutput() const { return m_cellOutput; }
    RunLogView *logView() const { return m_log; }
    RunTimelineChart *timeline() const { return m_timeline; }
    PhaseDurationChart *durations() const;
    QTreeWidget *historyList() const;
    QTabWidget *views() const { return m_views; }
    QLineEdit *limitField() const;
    QList<QAction *> pageActions() const;

signals:
    void runStarted(const QString &commandLine);
    void runFinished(bool ok, const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    Project m_project;
    std::shared_ptr<const LoadedInventory> m_loaded;
    qint64 m_scrubAt = -1; // where the user put the replay slider, while it moves
    std::function<bool()> m_beforeRun;
    RunController *m_run;

    PhasePipeline *m_pipeline;
    PhaseActionBar *m_actions;
    QLabel *m_title;
    QLabel *m_times;
    QProgressBar *m_progress;
    QLabel *m_running;
    RunFailurePanel *m_failure;
    QPushButton *m_cancelButton;
    QPushButton *m_liveButton;
    QSlider *m_scrub;
    QLabel *m_scrubTime;
    QWidget *m_scrubRow;
    QTabWidget *m_views;
    QTableView *m_grid;
    RunGridModel *m_model;
    QPlainTextEdit *m_cellOutput;
    RunLogView *m_log;
    RunTimelineChart *m_timeline;
    RunHistoryView *m_history;
    QTimer *m_tick;
    QAction *m_retryAction;
    QAction *m_cancelAction;
    QAction *m_searchAction;

    QString m_shownPhase;
    bool m_follow = true; // the grid follows the phase that runs
    bool m_syncing = false;

    void take(int first, const QList<RunEvent> &events);
    void finished();
    void offerToRunAnyway();
    void phaseChosen(const QString &phase);
    // Shows `phase`'s grid; `choose` also makes it the pipeline's phase, the
    // one Run Phase (F5) runs (never while replaying: F5 keeps its phase).
    void showPhase(const QString &phase, bool choose = true);
    void showCell();
    void updateActions();
    void updatePreview();
    void updatePanel();
    void updatePipeline();
    qint64 nowMs() const;
};

} // namespace hive::gui
