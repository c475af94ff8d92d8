#pragma once

#include <QString>
#include <atomic>

namespace hive {

// The options of the phases whose targets are names on the whole stage
// (build-images, build-volumes, build-networks, deploy-services,
// initialize-services): -C, -D where the phase has it, -l naming images,
// volumes, networks or services, and Ctrl-C.
struct NamedPhaseOptions
{
    bool checkOnly = false;
    bool destroy = false;
    QString limit; // names, comma-separated
    const std::atomic_bool *cancel = nullptr;
};

} // namespace hive
