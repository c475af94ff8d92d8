#pragma once

#include "engine/run_event.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace hive {

// What a run looks like so far, folded from its event stream alone: the
// phases in the order they started, and per phase its steps (columns), its
// hosts (rows) and a cell per step and host with its status, when it began,
// how long it took and which output lines belong to it. The app's Build view
// draws this live and for a replayed run log — both from the same events, so
// a saved run looks exactly as it did. Not thread-safe: fold on one thread.
class RunState
{
public:
    struct Cell
    {
        RunEvent::Status status = RunEvent::Status::None;
        bool started = false;
        bool running = false;
        qint64 startMs = -1;  // since the run's first event
        qint64 elapsedMs = 0; // when finished; the time so far is now - startMs
        qint64 done = 0;      // the newest progress report, if any
        qint64 total = 0;
        QString text;          // the reason of the status, or the newest progress note
        QList<int> eventIndex; // its output, progress and finish events (indexes in events())
    };

    struct Phase
    {
        QString name;
        RunEvent::Status status = RunEvent::Status::None;
        bool running = false;
        qint64 startMs = -1;
        qint64 elapsedMs = 0;
        QString text;        // what it said when it started, then how it ended
        QString action;      // RunEvent::action of its start ("check" for -C)
        QStringList steps;   // in the order they started
        QStringList hosts;   // in the order they first appeared ("" = no host)
        QStringList planned; // steps an earlier run had that this one has not reached yet
        QHash<QString, RunEvent::Status> stepStatus;
    };

    RunState() = default;

    // Folds one more event; returns the phase it belongs to (empty for none).
    QString add(const RunEvent &event);
    // Forgets the events and the expected steps.
    void clear();

    // Steps that an earlier run of the phase went through, shown as columns
    // not reached yet and counted for progress and the time estimate.
    void expectSteps(const QString &phase, const QStringList &steps);

    const QList<RunEvent> &events() const { return m_events; }
    QStringList phases() const { return m_order; }
    const Phase *phase(const QString &name) const;
    const Cell *cell(const QString &phase, const QString &step, const QString &host) const;
    // The hosts with a step running now, and the step each is in.
    QList<QPair<QString, QString>> runningOn(const QString &phase) const;
    // Steps of the host that ended, of the steps that the phase has or
    // planned: its share done, 0..1.
    double hostProgress(const QString &phase, const QString &host) const;
    double phaseProgress(const QString &phase) const;
    // Whether the phase's steps are known (it ended, or an earlier run told
    // them): without that a share done would be a guess.
    bool knowsSteps(const QString &phase) const;
    // Steps that ended on the host (a step of the stage as a whole, or of
    // other hosts, is not one of its own).
    int stepsDone(const QString &phase, const QString &host) const;
    // Count of cells per status in the phase (None: not started yet).
    int count(const QString &phase, RunEvent::Status status) const;
    // Hosts with a failed or interrupted cell in the phase.
    QStringList failedHosts(const QString &phase) const;
    // ms since the first event, of the newest event.
    qint64 lastMs() const { return m_lastMs; }
    qint64 firstEventTime() const { return m_firstTime; }
    bool running() const;

private:
    QList<RunEvent> m_events;
    QStringList m_order;
    QHash<QString, Phase> m_phases;
    QHash<QString, Cell> m_cells; // phase \n step \n host
    QHash<QString, QStringList> m_expected;
    qint64 m_firstTime = -1;
    qint64 m_lastMs = 0;

    Phase &phaseNamed(const QString &name, qint64 atMs);
    Cell &cellOf(Phase &phase, const QString &step, const QString &host);
    static QString key(const QString &phase, const QString &step, const QString &host);
    int stepCount(const Phase &phase) const;
    // Per host of the phase, its first step whose cell passes `test`.
    QList<QPair<QString, QString>>
    firstCellPerHost(const QString &phase, const std::function<bool(const Cell &)> &test) const;
};

} // namespace hive
