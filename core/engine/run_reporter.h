#pragma once

#include "engine/run_event.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <mutex>

namespace hive {

class RunEventSink;

// Posts the events of one phase to a sink, stamping times and measuring how
// long each phase, step and host took. Thread-safe: hosts of a step report
// from their own threads, and posting is serialised so that every sink sees
// the same events in the same order (the run log replays exactly what the
// display showed). Also counts per-status host results so the caller
// can tell whether the phase failed and whether anything changed.
class RunReporter
{
public:
    RunReporter(RunEventSink *sink, const QString &phase);

    const QString &phase() const { return m_phase; }

    void phaseStarted(const QString &text = {});
    // What the phase does when it is not a build ("destroy", "halt",
    // "check"): said with phaseStarted (RunEvent::action).
    void setAction(const QString &action) { m_action = action; }
    // Returns the phase's overall status (failed if any host failed).
    RunEvent::Status phaseFinished(const QString &text = {});
    // Ends the phase before any step ran: a failed "plan" with the reason.
    // Returns false, for `return reporter.abort(...)`.
    bool abort(const QString &text);
    void stepStarted(const QString &step, const QString &text = {});
    void stepFinished(const QString &step, RunEvent::Status status, const QString &text = {});
    void hostStarted(const QString &step, const QString &host, const QString &text = {});
    void hostFinished(const QString &step, const QString &host, RunEvent::Status status,
                      const QString &text = {});
    void output(const QString &step, const QString &host, const QString &line);
    void progress(const QString &step, const QString &host, qint64 done, qint64 total,
                  const QString &text = {});
    void message(const QString &text, const QString &host = {});

    int count(RunEvent::Status status) const;
    bool failed() const { return count(RunEvent::Status::Failed) > 0; }

private:
    RunEventSink *m_sink;
    QString m_phase;
    QString m_action;
    QElapsedTimer m_phaseTimer;
    mutable std::mutex m_mutex;
    std::mutex m_postMutex;           // one event at a time, in one order, to the sink
    QHash<QString, qint64> m_started; // step or step\nhost -> ms since phase start
    QHash<int, int> m_counts;

    void post(RunEvent event);
    qint64 startOf(const QString &key);
};

} // namespace hive
