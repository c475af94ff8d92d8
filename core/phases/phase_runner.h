#pragma once

#include "remote/docker_endpoint.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;

// Runs one phase by name with the options every front end passes the same
// way (-C, -l, -T, -H/-D, cancellation). The CLI and the app both call this
// inside a PhaseSession; a phase this version cannot run yet fails with a
// clear message instead of pretending.
class PhaseRunner
{
    Q_DECLARE_TR_FUNCTIONS(hive::PhaseRunner)
public:
    struct Options
    {
        bool checkOnly = false; // -C
        bool halt = false;      // -H (build-infra)
        bool destroy = false;   // -D
        QString limit;          // -l
        QString tags;           // -T
        const std::atomic_bool *cancel = nullptr;
        DockerEndpoint engine = DockerEndpoint::fromEnvironment();
    };

    // Posts the phase's events, ending with its phase-finished event.
    static void run(const QString &phase, const Project &project, const LoadedInventory &loaded,
                    const Options &options, RunEventSink *sink);
};

} // namespace hive
