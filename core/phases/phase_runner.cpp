#include "phases/phase_runner.h"

#include "engine/phase_catalog.h"
#include "engine/phase_request.h"
#include "engine/run_reporter.h"
#include "engine/secret_masking_sink.h"
#include "inventory/inventory_loader.h"
#include "phases/build_images/build_images_phase.h"
#include "phases/build_infra/build_infra_phase.h"
#include "phases/build_networks/build_networks_phase.h"
#include "phases/build_volumes/build_volumes_phase.h"
#include "phases/deploy_services/deploy_services_phase.h"
#include "phases/initialize_services/initialize_services_phase.h"
#include "phases/phase_context.h"
#include "phases/setup_hosts/setup_hosts_phase.h"
#include "project/project.h"
#include "providers/provider_catalog.h"
#include "recipes/inventory_templates.h"

#include <QList>

namespace hive {

namespace {

// One of each phase of PhaseCatalog, by name.
const Phase *phaseNamed(const QString &name)
{
    static const BuildInfraPhase buildInfra;
    static const SetupHostsPhase setupHosts;
    static const BuildImagesPhase buildImages;
    static const BuildVolumesPhase buildVolumes;
    static const BuildNetworksPhase buildNetworks;
    static const DeployServicesPhase deployServices;
    static const InitializeServicesPhase initializeServices;
    static const QList<const Phase *> all = {&buildInfra,        &setupHosts,    &buildImages,
                                             &buildVolumes,      &buildNetworks, &deployServices,
                                             &initializeServices};
    for (const Phase *p : all) {
        if (p->name() == name)
            return p;
    }
    return nullptr;
}

} // namespace

void PhaseRunner::run(const QString &phase, const Project &project, const LoadedInventory &loaded,
                      const Options &options, RunEventSink *sink)
{
    HostPool pool;
    run(phase, project, loaded, options, sink, pool);
}

void PhaseRunner::run(const QString &phase, const Project &project, const LoadedInventory &loaded,
                      const Options &options, RunEventSink *sink, HostPool &pool)
{
    const PhaseTraits *traits = PhaseCatalog::find(phase);
    const Phase *runner = phaseNamed(phase);
    if (traits && runner && !options.tagList().isEmpty() && !traits->takesTags) {
        RunReporter reporter(sink, phase);
        reporter.phaseStarted();
        reporter.message(
            tr("-T %1 selects nothing in %2: it has no tags").arg(options.tags, phase));
        reporter.phaseFinished();
        return;
    }
    if (traits && runner) {
        PhaseContext context(phase, project, loaded, options, sink, pool);
        runner->run(context);
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
    // A stage on a provider this version cannot build has no hosts to work
    // on: said before anything runs (and before start_phase is read).
    if (const StagePlan *stage = loaded.hive.stage(project.stage())) {
        const QString why = ProviderCatalog::cannotBuild(stage->provider);
        if (!why.isEmpty()) {
            PhaseSession::Result refused;
            refused.error = tr("stage %1: %2").arg(project.stage(), why);
            return refused;
        }
    }
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
        // A tag that no step has is refused now, from the phases' outlines,
        // before the session starts or any host is reached.
        QString refusal;
        for (const QString &phase : phases) {
            const PhaseTraits *t = PhaseCatalog::find(phase);
            const Phase *p = phaseNamed(phase);
            if (!t || !t->takesTags || !p)
                continue;
            const QList<Step> outline = p->outline();
            const QString why =
                outline.isEmpty() ? QString() : p->tagRefusal(outline, options.tagList());
            if (why.isEmpty()) {
                refusal.clear();
                break; // this phase takes them
            }
            if (refusal.isEmpty())
                refusal = why;
        }
        if (!refusal.isEmpty()) {
            PhaseSession::Result refused;
            refused.error = refusal;
            return refused;
        }
    }
    // A check changes nothing: it may look at a stage a repair left half done.
    session.allowInterruptedRepairs(request.force || request.checkOnly);
    const Project &constProject = project;
    // Passwords and tokens of the inventory never reach the run log, the
    // display or `--json`, whatever a command prints.
    const QStringList secrets = InventoryTemplates::secretValues(loaded.inventory);
    // Each host is connected once for all the phases of the run (a no-change
    // `hive all` spent a second a phase connecting again).
    HostPool pool;
    return session.run(
        phases,
        [&](const QString &phase, RunEventSink *sink) {
            SecretMaskingSink masking(sink, secrets);
            run(phase, constProject, loaded, options, &masking, pool);
        },
        request.startPhaseRule());
}

PhaseSession::Result PhaseRunner::prepareAndRun(const PhaseRequest &request, Project &project,
                                                RunEventSink *display,
                                                const std::atomic_bool *cancel,
                                                const LoadedHook &onLoaded)
{
    PhaseSession::Result refused;
    const LoadedInventory loaded = project.loadInventory();
    if (onLoaded)
        onLoaded(loaded);
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
    // Jinja2 in the stage's variables, rendered by Ansible before any phase
    // reads them (nothing runs when a template fails).
    LoadedInventory rendered = loaded;
    InventoryTemplates::Context templates =
        InventoryTemplates::Context::of(project, request.command);
    templates.cancel = cancel;
    QList<InventoryTemplates::Problem> problems;
    if (!InventoryTemplates::render(rendered.inventory, rendered.inventory.hostsOf(project.stage()),
                                    templates, problems, refused.error)) {
        if (!problems.isEmpty()) {
            QStringList lines;
            for (const InventoryTemplates::Problem &p : std::as_const(problems))
                lines << p.format(project.rootDir());
            refused.error = tr("%n template(s) of the inventory could not be rendered:\n%1",
                               nullptr, int(problems.size()))
                                .arg(lines.join(QLatin1Char('\n')));
        }
        return refused;
    }
    return run(request, project, rendered, display, cancel);
}

} // namespace hive
