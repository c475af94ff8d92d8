#pragma once

#include "engine/phase_options.h"
#include "engine/run_reporter.h"
#include "project/proxy_settings.h"
#include "remote/host_pool.h"

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;
struct StagePlan;

// What one run of a phase works with, made once by PhaseRunner instead of
// a preamble in every phase: the project and its loaded inventory, the
// options every front end passes the same way (-C, -l, -T, -D, Ctrl-C),
// the reporter its events go through, the stage's SSH connections (for
// phases that connect; kept from one phase to the next of a run) and the
// stage, settled before the phase plans.
struct PhaseContext
{
    PhaseContext(const QString &phase, const Project &theProject, const LoadedInventory &theLoaded,
                 const PhaseOptions &theOptions, RunEventSink *theSink, HostPool &thePool)
        : project(theProject), loaded(theLoaded), options(theOptions), sink(theSink),
          reporter(theSink, phase), pool(thePool)
    {
        // A check changes nothing, whatever it checks; a -D or -H limited by
        // -l touches only part of the stage.
        const bool some = !theOptions.limit.trimmed().isEmpty();
        reporter.setAction(theOptions.checkOnly ? QStringLiteral("check")
                           : theOptions.destroy
                               ? (some ? QStringLiteral("destroy-some") : QStringLiteral("destroy"))
                           : theOptions.halt
                               ? (some ? QStringLiteral("halt-some") : QStringLiteral("halt"))
                               : QString());
    }

    const Project &project;
    const LoadedInventory &loaded;
    const PhaseOptions &options;
    RunEventSink *sink;
    RunReporter reporter;
    HostPool &pool; // shared by the phases of one run
    const StagePlan *stage = nullptr;
    QStringList selected; // the hosts -l chose, for phases whose -l names hosts
    ProxySettings proxy;  // the stage's http_proxy and friends, read before plan()
};

} // namespace hive
