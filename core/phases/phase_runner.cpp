#include "phases/phase_runner.h"

#include "engine/phase_request.h"
#include "engine/run_reporter.h"
#include "phases/build_images/build_images_phase.h"
#include "phases/build_infra_phase.h"
#include "phases/build_networks_phase.h"
#include "phases/build_volumes/build_volumes_phase.h"
#include "phases/deploy_services/deploy_services_phase.h"
#include "phases/initialize_services/initialize_services_phase.h"
#include "phases/setup_hosts/setup_hosts_phase.h"

namespace hive {

void PhaseRunner::run(const QString &phase, const Project &project, const LoadedInventory &loaded,
                      const Options &options, RunEventSink *sink)
{
    if (phase == QLatin1String("build-infra")) {
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
        BuildInfraPhase(project, loaded, sink).run(o);
        return;
    }
    if (phase == QLatin1String("setup-hosts")) {
        SetupHostsPhase::Options o;
        o.checkOnly = options.checkOnly;
        o.limit = options.limit;
        o.tags = options.tags.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &t : o.tags)
            t = t.trimmed();
        o.cancel = options.cancel;
        SetupHostsPhase(project, loaded, sink).run(o);
        return;
    }
    NamedPhaseOptions named;
    named.checkOnly = options.checkOnly;
    named.destroy = options.destroy;
    named.limit = options.limit;
    named.cancel = options.cancel;
    if (phase == QLatin1String("build-images")) {
        BuildImagesPhase(project, loaded, sink).run(named);
        return;
    }
    if (phase == QLatin1String("build-volumes")) {
        BuildVolumesPhase(project, loaded, sink).run(named);
        return;
    }
    if (phase == QLatin1String("build-networks")) {
        BuildNetworksPhase(project, loaded, sink).run(named);
        return;
    }
    if (phase == QLatin1String("deploy-services")) {
        DeployServicesPhase::Options o;
        static_cast<NamedPhaseOptions &>(o) = named;
        DeployServicesPhase(project, loaded, sink).run(o);
        return;
    }
    if (phase == QLatin1String("initialize-services")) {
        InitializeServicesPhase(project, loaded, sink).run(named);
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
    Options options;
    options.checkOnly = request.checkOnly;
    options.halt = request.halt;
    options.destroy = request.destroy;
    options.limit = request.limit;
    options.tags = request.tags;
    options.force = request.force;
    options.trustNewHostKeys = request.trustNewHostKeys;
    options.hostKeys = request.hostKeys;
    options.cancel = cancel;
    options.engine = engine;
    PhaseSession session(project, display);
    // A check changes nothing: it may look at a stage a repair left half done.
    session.allowInterruptedRepairs(request.force || request.checkOnly);
    const QStringList phases = request.phases(session.startPhase());
    const Project &constProject = project;
    return session.run(
        phases,
        [&](const QString &phase, RunEventSink *sink) {
            run(phase, constProject, loaded, options, sink);
        },
        request.startPhaseRule());
}

} // namespace hive
