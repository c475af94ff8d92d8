#pragma once

#include <functional>

namespace hive {

// Calls `work(i)` for i in [0, count) on up to `maxParallel` threads and
// waits for all of them: how a step runs on its hosts at once, bounded.
class ParallelForEach
{
public:
    static void run(int count, int maxParallel, const std::function<void(int index)> &work);
};

} // namespace hive
