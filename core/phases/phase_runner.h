#pragma once

#include "engine/phase_options.h"
#include "engine/phase_session.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace hive {

class HostPool;
class Project;
class RunEventSink;
struct LoadedInventory;
struct PhaseRequest;

// Runs one phase by name (PhaseCatalog's) with the options every front end
// passes the same way (-C, -l, -T, -H/-D, cancellation). The CLI and the app
// both call this inside a PhaseSession. Under -T a phase without tags does
// nothing and says so (as hive-builder's tagged runs do); a phase this
// version cannot run yet fails with a clear message instead of pretending.
class PhaseRunner
{
    Q_DECLARE_TR_FUNCTIONS(hive::PhaseRunner)
public:
    using Options = PhaseOptions;

    // Posts the phase's events, ending with its phase-finished event.
    static void run(const QString &phase, const Project &project, const LoadedInventory &loaded,
                    const Options &options, RunEventSink *sink);
    // The same with the SSH connections of earlier phases of the run: a
    // host is connected once for all of them.
    static void run(const QString &phase, const Project &project, const LoadedInventory &loaded,
                    const Options &options, RunEventSink *sink, HostPool &pool);

    // Runs what the user asked for (`hive all`, `hive PHASE -C …`) the one
    // way both front ends do: a PhaseSession (the stage's lock, a run log per
    // phase, start_phase) over the phases the request runs, shown on `display`.
    static PhaseSession::Result
    run(const PhaseRequest &request, Project &project, const LoadedInventory &loaded,
        RunEventSink *display, const std::atomic_bool *cancel,
        const DockerEndpoint &engine = DockerEndpoint::fromEnvironment());
    // The same from what is saved on disk, for both front ends: the
    // project's files are loaded and `loaded` sees what they say (its
    // problems, to show them); their first error ends it before anything
    // runs (Result::error), else allocations are stored and the project
    // initialised, then run().
    using LoadedHook = std::function<void(const LoadedInventory &loaded)>;
    static PhaseSession::Result prepareAndRun(const PhaseRequest &request, Project &project,
                                              RunEventSink *display, const std::atomic_bool *cancel,
                                              const LoadedHook &loaded = {});
};

} // namespace hive
