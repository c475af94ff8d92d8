#pragma once

#include <atomic>

namespace hive {

// While one lives, what a repair took away is being put back: cancellation
// (Ctrl-C, SIGTERM, SIGHUP, the app's Cancel) must not cut it short. Remote
// commands run with no cancel flag meanwhile, and the command line's signal
// handler says the undo is running instead of stopping. Process-wide, as
// signals are; readable from a signal handler (a lock-free atomic).
class UndoScope
{
public:
    UndoScope();
    ~UndoScope();
    UndoScope(const UndoScope &) = delete;
    UndoScope &operator=(const UndoScope &) = delete;

    static bool active();
    // `cancel`, or none while an undo runs.
    static const std::atomic_bool *unlessUndoing(const std::atomic_bool *cancel);

private:
    static std::atomic_int s_active;
};

} // namespace hive
