#pragma once

#include <sys/types.h>

namespace hive {

// The process groups of the programs this process runs in groups of their
// own (LocalCommand::Options::ownProcessGroup, ansible-playbook and its
// workers). A terminal's Ctrl-C, Ctrl-\ or hangup reaches only the
// terminal's foreground group, so when this process is ended by one (a
// second Ctrl-C, Ctrl-\), its abort kills these groups too: none is left
// acting on a host after hive has gone.
class ChildProcessGroups
{
public:
    static constexpr int kMost = 64; // at once; more are not tracked

    static void add(pid_t group);
    static void remove(pid_t group);
    // Safe in a signal handler: atomics and kill() only.
    static void killAll(int signal);
};

} // namespace hive
