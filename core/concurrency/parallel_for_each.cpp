#include "concurrency/parallel_for_each.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace hive {

void ParallelForEach::run(int count, int maxParallel, const std::function<void(int)> &work)
{
    if (count <= 0)
        return;
    std::atomic_int next{0};
    const int workers = std::max(1, std::min(maxParallel, count));
    if (workers == 1) {
        for (int i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::vector<std::thread> threads;
    threads.reserve(size_t(workers));
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            for (int i = next++; i < count; i = next++)
                work(i);
        });
    }
    for (std::thread &t : threads)
        t.join();
}

} // namespace hive
