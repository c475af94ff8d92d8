#pragma once

#include "recovery/recovery_plan.h"

#include <memory>

namespace hive {

class RecoveryContext;

// `hive recover disk` (seeds/000: a full disk): on every host remove
// stopped containers and images no container uses (dangling only, unless
// all unused images are wanted: services pull them again from the
// registry), garbage-collect the registry on the repository server, list
// the largest service logs there, and report each file system's use
// before and after. A full DRBD volume is not freed by this: it is grown
// as seeds/000 describes.
class DiskCleanupFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::DiskCleanupFlow)
public:
    struct Options
    {
        bool allImages = false; // `docker image prune -a`
        bool registry = true;   // garbage-collect the registry
    };
    static RecoveryPlan plan(const std::shared_ptr<RecoveryContext> &context,
                             const Options &options);
    // "Total reclaimed space: 1.2GB" lines of docker's prune commands,
    // summed up as docker prints sizes (B, kB, MB, GB, TB; 1000-based).
    static qint64 reclaimedBytes(const QString &pruneOutput);
};

} // namespace hive
