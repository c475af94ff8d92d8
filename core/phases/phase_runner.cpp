#include "phases/phase_runner.h"

#include "engine/phase_catalog.h"
#include "engine/phase_request.h"
#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "phases/build_images/build_images_phase.h"
#include "phases/build_infra/build_infra_phase.h"
#include "phases/build_networks/build_networks_phase.h"
#include "phases/build_volumes/build_volumes_phase.h"
#include "phases/deploy_services/deploy_services_phase.h"
#include "phases/initialize_services/initialize_services_phase.h"
#include "phases/setup_hosts/setup_hosts_phase.h"
#include "project/project.h"

#include <QHash>

namespace hive {

namespace {

NamedPhaseOptions namedOptions(const PhaseOptions &options)
{
    NamedPhaseOptions named;
    named.checkOnly = options.checkOnly;
    named.destroy = options.destroy;
    named.limit = options.limit;
    named.cancel = options.cancel;
    return named;
}

using PhaseRun = void (*)(const Project &, const LoadedInventory &, const PhaseOptions &,
                          RunEventSink *);

// Each phase of PhaseCatalog, and how its own options are made.
const QHash<QString, PhaseRun> &runners()
{
    static const QHash<QString, PhaseRun> all = {
        {QStringLiteral("build-infra"),
         [](const Project &p, const LoadedInventory &l, const PhaseOptions &options,
            RunEventSink *sink) {
             BuildInfraPhase::Options o;
             o.action = options.destroy ? InfraRequest::Action::Destroy
                        : options.halt  ? InfraRequest::Action::Halt
                                        : InfraRequest::Action::Build;
             o.checkOnly = options.checkOnly;
             o.limit = options.limit;
             o.cancel = options.cancel;
             o.engine = options.engine;
             o.trustNewHostKeys = options.trustNewHostKeys;
             o.hostKeys = options.hostKeys;
             BuildInfraPhase(p, l, sink).run(o);
         }},
        {QStringLiteral("setup-hosts"),
         [](const Project &p, const LoadedInventory &l, const PhaseOptions &options,
            RunEventSink *sink) {
             SetupHostsPhase::Options o;
             o.checkOnly = options.checkOnly;
             o.limit = options.limit;
             o.tags = options.tagList();
             o.cancel = options.cancel;
             SetupHostsPhase(p, l, sink).run(o);
         }},
        {QStringLiteral("build-images"),
         [](const Project &p, const LoadedInventory &l, const PhaseOptions &options,
            RunEventSink *sink) { BuildImagesPhase(p, l, sink).run(namedOptions(options)); }},
        {QStringLiteral("build-volumes"),
         [](const Project &p, const LoadedInventory &l, const PhaseOptions &options,
            RunEventSink *sink) { BuildVolumesPhase(p, l, sink).run(namedOptions(options)); }},
        {QStringLiteral("build-networks"),
         [](const Project &p, const LoadedInventory &l, const PhaseOptions &options,
            RunEventSink *sink) { BuildNetworksPhase(p, l, sink).run(namedOptions(options)); }},
        {QStringLiteral("deploy-services"),
         [](const Project &p, const LoadedInventory &l, const PhaseOptions &options,
            RunEventSink *sink) {
             DeployServicesPhase::Options o;
             static_cast<NamedPhaseOptions &>(o) = namedOptions(options);
             DeployServicesPhase(p, l, sink).run(o);
         }},
        {QStringLiteral("initialize-services"),
         [](const Project &p, const LoadedInventory &l, const PhaseOptions &options,
            RunEventSink *sink) {
             InitializeServicesPhase(p, l, sink).run(namedOptions(options));
         }},
    };
    return all;
}

} // namespace

void PhaseRunner::run(const QString &phase, const Project &project, const LoadedInventory &loaded,
                      const Options &options, RunEventSink *sink)
{
    const PhaseTraits *traits = PhaseCatalog::find(phase);
    const PhaseRun runner = runners().value(phase);
    if (traits && runner && !options.tagList().isEmpty() && !traits->takesTags) {
        RunReporter reporter(sink, phase);
        reporter.phaseStarted();
        reporter.message(
            tr("-T %1 selects nothing in %2: it has no tags").arg(options.tags, phase));
        reporter.phaseFinished();
        return;
    }
    if (traits && runner) {
        runner(project, loaded, options, sink);
        return;
    }
    RunReporter reporter(sink, phase);
    reporter.phaseStarted();
    reporter.abort(
        tr("%1 is not available in this version of hive yet; start_phase stays at %1").arg(phase));
}

PhaseSession::Result PhaseRunner::run(const PhaseRequest &request, Project &project,
                                      const LoadedInventory &loaded, RunEventSink *display,
                                      const std::atomic_bool *cancel, const DockerEndpoint &engine)
{
    const PhaseOptions options = request.options(cancel, engine);
    PhaseSession session(project, display);
    const QStringList phases = request.phases(session.startPhase());
    if (!options.tagList().isEmpty()) {
        bool tagged = false;
        for (const QString &phase : phases) {
            const PhaseTraits *t = PhaseCatalog::find(phase);
            tagged = tagged || (t && t->takesTags);
        }
        if (!tagged) {
            PhaseSession::Result refused;
            refused.error = tr("-T %1 selects nothing: none of the phases this runs (%2) has "
                               "tags")
                                .arg(request.tags, phases.join(QStringLiteral(", ")));
            return refused;
        }
    }
    // A check changes nothing: it may look at a stage a repair left half done.
    session.allowInterruptedRepairs(request.force || request.checkOnly);
    const Project &constProject = project;
    return session.run(
        phases,
        [&](const QString &phase, RunEventSink *sink) {
            run(phase, constProject, loaded, options, sink);
        },
        request.startPhaseRule());
}

PhaseSession::Result PhaseRunner::prepareAndRun(const PhaseRequest &request, Project &project,
                                                RunEventSink *display,
                                                const std::atomic_bool *cancel)
{
    PhaseSession::Result refused;
    const LoadedInventory loaded = project.loadInventory();
    if (!loaded.ok()) {
        const QList<Diagnostic> errors = loaded.diagnostics.sorted();
        refused.error =
            tr("the saved files have errors; the first: %1")
                .arg(errors.isEmpty() ? QString() : errors.first().format(project.rootDir()));
        return refused;
    }
    if (!project.storeAllocations(loaded, refused.error) ||
        (!project.initialize(refused.error) && !refused.error.isEmpty()))
        return refused;
    return run(request, project, loaded, display, cancel);
}

} // namespace hive
