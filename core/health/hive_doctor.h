#pragma once

#include "health/health_report.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace hive {

class Project;
struct LoadedInventory;

// `hive doctor`: reads every host of the project's stage over SSH (one
// command per host, then services and tasks from one manager) and checks
// the swarm, the services, DRBD, disks, failed units and backups. Changes
// nothing on the hosts or in the project, so it needs no lock and can run
// beside a phase.
class HiveDoctor
{
    Q_DECLARE_TR_FUNCTIONS(hive::HiveDoctor)
public:
    struct Options
    {
        int hostTimeoutMs = 90000;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const QString &text)> progress; // called on the caller's thread
    };

    // False, with the reason, when nothing could be checked (no such stage,
    // no SSH key yet: build-infra first).
    static bool run(const Project &project, const LoadedInventory &loaded, const Options &options,
                    HealthReport &report, QString &error);
};

} // namespace hive
