#pragma once

#include "engine/phase_request.h"
#include "engine/phase_session.h"
#include "engine/run_history.h"
#include "engine/run_state.h"
#include "engine/run_summary.h"
#include "project/project.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace hive::gui {

// The Build tab's run, without widgets: starts phases off the GUI thread
// exactly as `hive` runs them (load what is saved, store allocations, then
// PhaseRunner in a session), folds their events into the live RunState,
// cancels at the next safe point, replays a saved run log into a second
// RunState up to any of its events, and keeps the stage's run history. The
// page shows whichever state is current and reacts to the signals.
class RunController : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Empty,  // nothing to show
        Live,   // a run started here (running or ended)
        Replay, // a saved run
    };

    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Another project or stage drops what was shown (not while running).
    void setProject(const Project &project);
    void clear();

    // False with the reason when it cannot start.
    bool start(const PhaseRequest &request, QString &error);
    bool isRunning() const { return m_runActive; }
    bool cancelling() const { return m_cancel && m_cancel->load(); }
    // Stops at the next safe point; false when nothing runs.
    bool cancel();
    // Cancels, waits for the run to end and takes its result (closing).
    void finishNow();

    // Reads a saved run and shows all of it; false with the reason.
    bool replay(const QString &path, QString &error);
    // The saved run as it was after its first `events` events.
    void replayTo(int events);
    int replayLength() const { return int(m_savedEvents.size()); }
    int replayPosition() const { return m_replayed; }
    qint64 replayAtMs() const;    // since the saved run began, at the position
    qint64 replayTotalMs() const; // how long the saved run took
    // How many of the saved events had happened `ms` after it began.
    int replayEventsAt(qint64 ms) const;
    QString savedPath() const { return m_savedPath; }

    void reloadHistory();
    const QList<RunHistory::Record> &records() const { return m_records; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    const RunState &live() const { return m_live; }
    const RunState &shown() const { return m_mode == Mode::Replay ? m_saved : m_live; }
    const PhaseRequest &request() const { return m_request; }
    const QStringList &runPhases() const { return m_runPhases; }
    const PhaseSession::Result &result() const { return m_result; }
    QString error() const { return m_error; }
    void setError(const QString &error) { m_error = error; }
    // Milliseconds since the shown run began (now, while it runs).
    qint64 nowMs() const;
    QString runningPhase() const;
    RunSummary summary() const;
    // One sentence on how the run ended (the status bar's).
    QString closingSentence() const;

signals:
    // Folded into the live state already; `first` is the index of the first.
    void eventsAdded(int first, const QList<RunEvent> &events);
    void runEnded();

private:
    struct Outcome
    {
        PhaseSession::Result result;
        QString error; // nothing ran
    };

    Project m_project;
    RunState m_live;
    RunState m_saved;
    QList<RunEvent> m_savedEvents;
    int m_replayed = 0;
    QString m_savedPath;
    Mode m_mode = Mode::Empty;
    PhaseRequest m_request;
    QStringList m_runPhases;
    QList<RunHistory::Record> m_records;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
    PhaseSession::Result m_result;
    QString m_error;
    // Set by start(), cleared once the result is taken: the future ends
    // before its finished signal is delivered.
    bool m_runActive = false;

    void take(const QList<RunEvent> &events);
    void ended();
};

} // namespace hive::gui
