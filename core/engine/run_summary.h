#pragma once

#include "engine/run_history.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace hive {

class RunState;

// What a run amounts to at a moment, worked out once for every front end:
// how far it got (the phases done and the share of the running one, or
// "busy" where no earlier run told its steps), how long the rest should take
// from earlier runs, and the first failure of a phase with what to try.
class RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(hive::RunSummary)
public:
    double progress = 0.0;    // 0..1; -1: busy (no earlier run to count steps by)
    int done = 0;             // phases of the run that ended
    int total = 0;            // phases the run goes through
    QString current;          // the phase running now (empty: none)
    qint64 leftMs = -1;       // about how long the rest takes; -1: no earlier run to tell
    bool leftAtLeast = false; // leftMs is a lower bound (from runs that did not finish)

    // `phases`: what the run goes through, in order; `records`: earlier runs.
    static RunSummary of(const RunState &state, const QStringList &phases,
                         const QList<RunHistory::Record> &records, qint64 nowMs, bool running);

    struct Failure
    {
        QString step;
        QString host; // empty: the stage as a whole
        QString text;
        QString advice; // what to try (RunFailureAdvice)
    };
    // The first failed cell of `phase` (hosts in order, then steps), else
    // the phase's own failure; none when nothing failed.
    static std::optional<Failure> firstFailure(const RunState &state, const QString &phase);
    // Every failed cell of `phase`, in the same order.
    static QList<Failure> failures(const RunState &state, const QString &phase);

    // How a host's steps in a phase ended (an interrupted one counts as
    // failed): the table `hive` prints at the end of each phase.
    struct HostTally
    {
        QString host;
        int ok = 0;
        int changed = 0;
        int skipped = 0;
        int failed = 0;
    };
    // Per host of `phase`, in the order they appeared (the stage as a whole,
    // reported without a host, is left out).
    static QList<HostTally> tallies(const RunState &state, const QString &phase);
};

} // namespace hive
