#include "remote/local_command.h"

#include "remote/child_process_groups.h"

#include <QElapsedTimer>
#include <QProcess>
#include <signal.h>
#include <unistd.h>

namespace hive {

namespace {

// Splits complete lines off `pending` and hands them on.
void emitLines(QByteArray &pending, LocalCommand::Stream stream, const LocalCommand::Options &o,
               QString &kept, bool flushAll)
{
    for (;;) {
        qsizetype nl = pending.indexOf('\n');
        if (nl < 0) {
            if (!flushAll || pending.isEmpty())
                return;
            nl = pending.size();
        }
        const QString line = QString::fromUtf8(pending.left(nl)).remove(QLatin1Char('\r'));
        pending.remove(0, nl + 1);
        if (o.keepOutput)
            kept += line + QLatin1Char('\n');
        if (o.onLine)
            o.onLine(stream, line);
    }
}

} // namespace

CommandResult LocalCommand::run(const QString &program, const QStringList &arguments,
                                const Options &options)
{
    CommandResult result;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    if (!options.workingDir.isEmpty())
        process.setWorkingDirectory(options.workingDir);
    if (!options.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : options.environment)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
    }
    if (options.ownProcessGroup)
        process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.status = CommandResult::Status::Failed;
        result.error = tr("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    process.closeWriteChannel();
    QByteArray out;
    QByteArray err;
    const auto drain = [&](bool flushAll) {
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        emitLines(out, Stream::Stdout, options, result.stdoutText, flushAll);
        emitLines(err, Stream::Stderr, options, result.stderrText, flushAll);
    };
    const pid_t pid = pid_t(process.processId());
    // Killed with this process if it is aborted (ChildProcessGroups).
    struct GroupTracked
    {
        pid_t group;
        explicit GroupTracked(pid_t g) : group(g)
        {
            if (group > 0)
                ChildProcessGroups::add(group);
        }
        ~GroupTracked()
        {
            if (group > 0)
                ChildProcessGroups::remove(group);
        }
    } tracked(options.ownProcessGroup ? pid : 0);
    // The group is stopped too once the program has gone, for what it left.
    const auto stop = [&] {
        if (pid > 0)
            ::kill(options.ownProcessGroup ? -pid : pid, options.stopSignal);
        if (!process.waitForFinished(options.stopGraceMs)) {
            process.kill();
            process.waitForFinished(3000);
        }
        if (options.ownProcessGroup && pid > 0)
            ::kill(-pid, SIGKILL);
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        drain(false);
        if (options.cancel && options.cancel->load()) {
            stop();
            result.status = CommandResult::Status::Cancelled;
            result.error = tr("%1 was cancelled").arg(program);
            result.elapsedMs = timer.elapsed();
            return result;
        }
        if (options.timeoutMs > 0 && timer.elapsed() > options.timeoutMs) {
            stop();
            result.status = CommandResult::Status::TimedOut;
            result.error =
                tr("%1 did not finish within %2 s").arg(program).arg(options.timeoutMs / 1000);
            result.elapsedMs = timer.elapsed();
            return result;
        }
    }
    drain(true);
    result.elapsedMs = timer.elapsed();
    if (process.exitStatus() == QProcess::CrashExit) {
        result.status = CommandResult::Status::Failed;
        result.error = tr("%1 was killed").arg(program);
        return result;
    }
    result.status = CommandResult::Status::Exited;
    result.exitCode = process.exitCode();
    return result;
}

} // namespace hive
