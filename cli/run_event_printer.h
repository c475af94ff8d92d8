#pragma once

#include "engine/run_event_sink.h"
#include "engine/run_state.h"

#include <QCoreApplication>
#include <QTextStream>
#include <mutex>

namespace hive::cli {

// Prints a run as it happens: a header per phase, a line per step, a line
// per host when it finishes (status, what happened, how long), progress
// notes, command output with -v, and at the end of a phase a table of hosts
// × ok/changed/skipped/failed with every failure repeated under it and what
// to try (RunSummary, as the Build tab says it). --json prints the raw event
// stream instead (one JSON object per line).
class RunEventPrinter : public RunEventSink
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::RunEventPrinter)
public:
    RunEventPrinter(QTextStream &out, bool verbose, bool json);
    void post(const RunEvent &event) override;

    static QString statusWord(RunEvent::Status status);

private:
    QTextStream &m_out;
    bool m_verbose;
    bool m_json;
    std::mutex m_mutex;
    RunState m_state; // the run so far, folded as the Build tab folds it

    void printSummary(const QString &phase);

    static QString seconds(qint64 ms);
};

} // namespace hive::cli
