#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace hive {

// One thing that happened during a run: a phase, step or host started or
// finished, a line of output, progress. Every front end shows a run from this
// stream alone (the CLI prints it, the GUI renders it, the run log stores it).
struct RunEvent
{
    enum class Kind
    {
        PhaseStarted,
        PhaseFinished,
        StepStarted,
        StepFinished,
        HostStarted,
        HostFinished,
        Output,   // a line a command printed (or a provider's detail)
        Progress, // done of total, for long steps
        Message,  // a note for the user that belongs to no host
        // start_phase was saved as `text` after `phase` (not in run logs:
        // what a front end shows as where `hive all` starts next)
        StartPhaseMoved,
    };
    enum class Status
    {
        None,
        Ok,      // nothing needed changing
        Changed, // something was changed (or, in check mode, would be)
        Skipped,
        Failed,
        Interrupted,
    };

    Kind kind = Kind::Message;
    Status status = Status::None;
    QString phase;
    QString step;
    QString host;
    QString text; // output line, message, or the reason of a status
    // PhaseStarted: what the run does to the stage when it is not a build:
    // "destroy" (-D), "halt" (-H) or "check" (-C); "destroy-some" and
    // "halt-some" when -l limited them. Empty otherwise.
    QString action;
    qint64 elapsedMs = 0; // for the *Finished kinds
    qint64 done = 0;      // for Progress
    qint64 total = 0;
    qint64 timeMs = 0; // wall clock, ms since the epoch (set when posted)

    static QString kindName(Kind kind);
    static QString statusName(Status status);
    static bool kindFromName(const QString &name, Kind &kind);
    static bool statusFromName(const QString &name, Status &status);

    // One JSON-lines record; fromJson accepts what toJson wrote.
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, RunEvent &event);
    // The record as one line of `--json` output and run logs (with '\n').
    QByteArray toJsonLine() const;
    // False when the line is not a whole record (e.g. cut by a killed run).
    static bool fromJsonLine(const QByteArray &line, RunEvent &event);
};

} // namespace hive
