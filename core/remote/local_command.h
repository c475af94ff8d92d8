#pragma once

#include "remote/command_result.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

// Runs a program on this machine (the "mother" in hive-builder's words) the
// way SshSession runs one on a host: output streamed line by line, exit
// status, timeout and cancellation. Blocking; usable from any thread.
class LocalCommand
{
    Q_DECLARE_TR_FUNCTIONS(hive::LocalCommand)
public:
    enum class Stream
    {
        Stdout,
        Stderr
    };
    using LineHandler = std::function<void(Stream, const QString &line)>;
    struct Options
    {
        int timeoutMs = 0; // 0: none
        LineHandler onLine;
        const std::atomic_bool *cancel = nullptr;
        QString workingDir;
        QStringList environment; // extra NAME=value pairs on top of this process's
        bool keepOutput = true;  // false: lines only go to onLine (long, chatty tools)
        // How a cancelled or timed-out program is asked to stop before it is
        // killed: the signal (SIGTERM; SIGINT for tools that clean up after
        // Ctrl-C, as Vagrant does) and how long it is given.
        int stopSignal = 15;
        int stopGraceMs = 3000;
        // The program and what it starts are a process group of their own,
        // stopped together: ansible-playbook's workers outlived a stopped
        // ansible-playbook, still acting on the hosts.
        bool ownProcessGroup = false;
    };

    static CommandResult run(const QString &program, const QStringList &arguments,
                             const Options &options);
};

} // namespace hive
