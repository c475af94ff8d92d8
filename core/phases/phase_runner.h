#pragma once

#include "engine/phase_session.h"
#include "remote/docker_endpoint.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;
struct PhaseRequest;

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
        bool checkOnly = false;        // -C
        bool halt = false;             // -H (build-infra)
        bool destroy = false;          // -D
        QString limit;                 // -l
        QString tags;                  // -T
        bool force = false;            // --force: although an interrupted repair left something
        bool trustNewHostKeys = false; // --trust-new-host-keys (build-infra, prepared hosts)
        QStringList hostKeys;          // --host-key ADDRESS=SHA256:… (build-infra)
        const std::atomic_bool *cancel = nullptr;
        DockerEndpoint engine = DockerEndpoint::fromEnvironment();
    };

    // Posts the phase's events, ending with its phase-finished event.
    static void run(const QString &phase, const Project &project, const LoadedInventory &loaded,
                    const Options &options, RunEventSink *sink);

    // Runs what the user asked for (`hive all`, `hive PHASE -C …`) the one
    // way both front ends do: a PhaseSession (the stage's lock, a run log per
    // phase, start_phase) over the phases the request runs, shown on `display`.
    static PhaseSession::Result
    run(const PhaseRequest &request, Project &project, const LoadedInventory &loaded,
        RunEventSink *display, const std::atomic_bool *cancel,
        const DockerEndpoint &engine = DockerEndpoint::fromEnvironment());
};

} // namespace hive
