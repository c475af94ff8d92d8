#pragma once

#include "engine/run_event.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

// The saved runs of a stage (`.hive/<stage>/runs/*.jsonl`, one phase or
// repair operation each) with how each ended, read from the tail of its
// file: enough for the Build view's pipeline (each phase's last outcome),
// its history list, the chart of durations across runs and the time a phase
// is expected to take. A run killed before its end has no outcome.
class RunHistory
{
public:
    struct Record
    {
        QString path;
        QString phase;
        QDateTime started;                                // UTC
        RunEvent::Status status = RunEvent::Status::None; // None: it never finished
        qint64 elapsedMs = 0;
        QString action; // "destroy", "halt", "check" or empty (RunEvent::action)
    };

    // Newest first; at most `limit` runs are read.
    static QList<Record> read(const QString &runsDir, int limit = 1000);
    // The newest run of the phase, or null.
    static const Record *latest(const QList<Record> &records, const QString &phase);
    // Whether the run was a -D of the whole stage (no -l) that succeeded.
    static bool removed(const Record &record);
    // The newest run of the phase that still tells how the stage is: a
    // check (-C) changed nothing and is passed over; null when it ran
    // before the stage's hosts were last removed (build-infra -D took what
    // it made with them).
    static const Record *standing(const QList<Record> &records, const QString &phase);
    // How long the phase is expected to take: the median of its last five
    // runs that ended ok. A run that was cancelled, failed or killed took at
    // least as long as it ran: when one of the last five ran longer than that
    // median (or none ended ok), its time is the estimate, as a lower bound.
    struct Estimate
    {
        qint64 ms = -1;       // -1: no earlier run to tell
        bool atLeast = false; // a lower bound: an unfinished run took this long
    };
    static Estimate expected(const QList<Record> &records, const QString &phase);
    // The steps of a saved run, in the order they started.
    static QStringList steps(const QString &path);
};

} // namespace hive
