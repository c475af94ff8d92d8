#pragma once

#include "engine/run_event_sink.h"

#include <QCoreApplication>
#include <QTextStream>
#include <mutex>

namespace hive::cli {

// Prints a run as it happens: a header per phase, a line per step, a line
// per host when it finishes (status, what happened, how long), progress
// notes, and command output with -v. --json prints the raw event stream
// instead (one JSON object per line).
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

    static QString seconds(qint64 ms);
};

} // namespace hive::cli
