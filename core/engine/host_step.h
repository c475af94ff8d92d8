#pragma once

#include "engine/run_event.h"

#include <QStringList>
#include <functional>

namespace hive {

class RunReporter;

// One step run on its hosts in parallel (bounded): reports the step and each
// host as started and finished, with the status and message `work` returns
// for it. A failed host does not stop the others.
class HostStep
{
public:
    using Work = std::function<RunEvent::Status(int index, QString &message)>;
    // True when no host failed or was interrupted.
    static bool run(RunReporter &reporter, const QString &step, const QStringList &hosts,
                    int maxParallel, const Work &work);
};

} // namespace hive
