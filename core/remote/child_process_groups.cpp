#include "remote/child_process_groups.h"

#include <atomic>
#include <signal.h>

namespace hive {

namespace {
std::atomic<pid_t> g_groups[ChildProcessGroups::kMost];
static_assert(std::atomic<pid_t>::is_always_lock_free, "read in a signal handler");
} // namespace

void ChildProcessGroups::add(pid_t group)
{
    for (std::atomic<pid_t> &slot : g_groups) {
        pid_t empty = 0;
        if (slot.compare_exchange_strong(empty, group))
            return;
    }
}

void ChildProcessGroups::remove(pid_t group)
{
    for (std::atomic<pid_t> &slot : g_groups) {
        pid_t mine = group;
        if (slot.compare_exchange_strong(mine, 0))
            return;
    }
}

void ChildProcessGroups::killAll(int signal)
{
    for (std::atomic<pid_t> &slot : g_groups) {
        const pid_t group = slot.load();
        if (group > 0)
            ::kill(-group, signal);
    }
}

} // namespace hive
