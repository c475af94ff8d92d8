#include "engine/host_step.h"

#include "concurrency/parallel_for_each.h"
#include "engine/run_reporter.h"

#include <atomic>

namespace hive {

bool HostStep::run(RunReporter &reporter, const QString &step, const QStringList &hosts,
                   int maxParallel, const Work &work)
{
    reporter.stepStarted(step);
    std::atomic_bool allOk{true};
    ParallelForEach::run(int(hosts.size()), maxParallel, [&](int i) {
        reporter.hostStarted(step, hosts.at(i));
        QString message;
        const RunEvent::Status status = work(i, message);
        if (status == RunEvent::Status::Failed || status == RunEvent::Status::Interrupted)
            allOk = false;
        reporter.hostFinished(step, hosts.at(i), status, message);
    });
    reporter.stepFinished(step, allOk ? RunEvent::Status::Ok : RunEvent::Status::Failed);
    return allOk;
}

} // namespace hive
