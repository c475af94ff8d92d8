#pragma once

#include "engine/project_lock.h"
#include "engine/run_event.h"
#include "engine/run_event_sink.h"
#include "engine/run_log.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <mutex>

namespace hive {

class Project;

// Runs phases the way every front end must: under the stage's lock, each
// phase recorded in its own run log while the caller's sink shows it live,
// start_phase moved on after each success and left where it was after a
// failure or an interruption (so the next `hive all` picks up there), and the
// sequence stopped at the first phase that did not succeed.
class PhaseSession
{
    Q_DECLARE_TR_FUNCTIONS(hive::PhaseSession)
public:
    // Runs one phase, posting its events to the sink; how it ended is the
    // status of its phase-finished event (none posted: failed).
    using PhaseFunction = std::function<void(const QString &phase, RunEventSink *sink)>;

    struct Result
    {
        bool ok = false;
        QStringList ran;   // phases started, in order
        QString stoppedAt; // the phase that failed or was interrupted
        RunEvent::Status status = RunEvent::Status::None;
        bool changed = false; // some phase changed something
        QStringList runLogs;  // files written
        QString error;        // lock or log problem (nothing ran then)
        // Refused because an interrupted repair left these (the journal's
        // words); --force goes ahead anyway.
        QStringList interruptedRepairs;
    };

    // What a successful run does to start_phase: move it past each phase; keep
    // it (-C changes nothing, -H only stops hosts); or reset it to the first
    // phase (-D removed the hosts, so everything must be built again).
    enum class StartPhaseRule
    {
        Advance,
        Keep,
        Reset
    };

    PhaseSession(Project &project, RunEventSink *display);

    QString startPhase() const;
    // A repair that was interrupted before it put back what it took away
    // (the stage's repair journal is not empty) makes run() refuse, naming
    // what is left and `hive recover resume`; allowed (--force, -C, the
    // resume itself), it runs and says what it ignores.
    void allowInterruptedRepairs(bool allow) { m_allowInterruptedRepairs = allow; }
    Result run(const QStringList &phases, const PhaseFunction &runPhase,
               StartPhaseRule rule = StartPhaseRule::Advance);

private:
    Project &m_project;
    RunEventSink *m_display;
    bool m_allowInterruptedRepairs = false;
};

} // namespace hive
