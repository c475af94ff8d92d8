#pragma once

#include <atomic>

namespace hive::cli {

// Ctrl-C (SIGINT) and SIGTERM set a flag that long runs poll at their next
// safe point, instead of killing the process halfway through a change.
// A second Ctrl-C ends the process at once.
class InterruptFlag
{
public:
    static const std::atomic_bool *install();
};

} // namespace hive::cli
