#pragma once

#include <atomic>

namespace hive::cli {

// Ctrl-C (SIGINT), SIGTERM and SIGHUP set a flag that long runs poll at
// their next safe point, instead of killing the process halfway through a
// change. A second one ends the process at once, except while a repair puts
// back what it took away (UndoScope): that is never cut short.
class InterruptFlag
{
public:
    static const std::atomic_bool *install();
};

} // namespace hive::cli
