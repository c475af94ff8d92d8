#pragma once

#include <QString>
#include <QtGlobal>

namespace hive {

// What running one remote command came to.
struct CommandResult
{
    enum class Status
    {
        Exited,         // the command ran; see exitCode
        TimedOut,       // the deadline passed; the command was signalled and abandoned
        Cancelled,      // the caller asked to stop
        ConnectionLost, // the session broke while the command ran
        Failed,         // the command could not be started
    };

    Status status = Status::Failed;
    int exitCode = -1;
    QString stdoutText;
    QString stderrText;
    QString error; // translated; names the host
    qint64 elapsedMs = 0;
    bool started = false; // the host accepted the command (it may have run, even if lost)

    bool succeeded() const { return status == Status::Exited && exitCode == 0; }
    // Why it did not succeed, for a message: the error, else what it printed
    // on stderr.
    QString failure() const { return error.isEmpty() ? stderrText.trimmed() : error; }
};

} // namespace hive
