#include "phase_command.h"

#include "command_context.h"
#include "engine/phase_order.h"
#include "engine/phase_request.h"
#include "engine/phase_session.h"
#include "interrupt_flag.h"
#include "phases/phase_runner.h"
#include "run_event_printer.h"

namespace hive::cli {

QString PhaseCommand::description() const
{
    if (isAll())
        return tr("run every phase from start_phase (or -S PHASE) to the end");
    if (m_name == QLatin1String("setup-hosts"))
        return tr("set up the servers: OS, firewall, TLS, Docker, registry, logs and the swarm");
    if (m_name == QLatin1String("build-networks"))
        return tr("make the stage's swarm networks (or -D remove them)");
    if (m_name == QLatin1String("build-volumes"))
        return tr("make the stage's volumes: DRBD-mirrored or by a driver (or -D remove them)");
    if (m_name == QLatin1String("build-images"))
        return tr("build the services' images with their roles and push them to the hive registry");
    if (m_name == QLatin1String("deploy-services"))
        return tr("create or update the stage's swarm services and wait until they run (or -D "
                  "remove them)");
    if (m_name == QLatin1String("initialize-services"))
        return tr("apply the services' initialize_roles inside a running task of each");
    return tr("build the stage's servers and networks (or -H halt, -D destroy them)");
}

QString PhaseCommand::limitHelp() const
{
    if (m_name == QLatin1String("build-networks"))
        return tr("only these networks (comma-separated)");
    if (m_name == QLatin1String("build-volumes"))
        return tr("only these volumes (comma-separated)");
    if (m_name == QLatin1String("build-images") || m_name == QLatin1String("deploy-services") ||
        m_name == QLatin1String("initialize-services"))
        return tr("only these services (comma-separated)");
    return tr("only these hosts or groups (comma-separated; !name excludes)");
}

void PhaseCommand::addOptions(QCommandLineParser &parser) const
{
    if (isAll()) {
        parser.addOption(
            {{QStringLiteral("S"), QStringLiteral("start-phase"), QStringLiteral("start_phase")},
             tr("start at this phase instead of the persisted start_phase (%1)")
                 .arg(PhaseOrder::phases().join(QStringLiteral(", "))),
             tr("PHASE")});
    } else if (m_name == QLatin1String("build-networks")) {
        parser.addOption({{QStringLiteral("D"), QStringLiteral("destroy")},
                          tr("remove the networks (refused while a service uses one)")});
    } else if (m_name == QLatin1String("build-volumes")) {
        parser.addOption({{QStringLiteral("D"), QStringLiteral("destroy")},
                          tr("remove the volumes (refused while a service uses one)")});
    } else if (m_name == QLatin1String("deploy-services")) {
        parser.addOption(
            {{QStringLiteral("D"), QStringLiteral("destroy")}, tr("remove the services")});
    } else if (m_name == QLatin1String("build-infra")) {
        parser.addOption({{QStringLiteral("H"), QStringLiteral("halt")}, tr("stop the servers")});
        parser.addOption({{QStringLiteral("D"), QStringLiteral("destroy")},
                          tr("remove the servers, their volumes and the network")});
    }
    parser.addOption({{QStringLiteral("C"), QStringLiteral("check")},
                      tr("report what would change without changing anything")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("limit")}, limitHelp(), tr("LIMIT")});
    parser.addOption({{QStringLiteral("T"), QStringLiteral("tags")},
                      tr("only the steps with these tags (comma-separated)"),
                      tr("TAGS")});
    parser.addOption({QStringLiteral("json"), tr("print the raw event stream as JSON lines")});
    if (m_name == QLatin1String("build-infra") || isAll())
        parser.addOption({QStringLiteral("trust-new-host-keys"),
                          tr("send a stage's root_password to hosts seen for the first time "
                             "(check the host keys it prints first)")});
    if (m_name == QLatin1String("build-infra") || isAll())
        parser.addOption({QStringLiteral("host-key"),
                          tr("a host key you checked on the host's console, for this run: "
                             "ADDRESS=SHA256:… (as host_keys in the stage; repeatable)"),
                          tr("ADDRESS=FINGERPRINT")});
    parser.addOption({QStringLiteral("force"),
                      tr("run although an interrupted repair left something to put back "
                         "(`hive recover resume` puts it back)")});
}

int PhaseCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    PhaseRequest request;
    request.command = m_name;
    request.startPhase = isAll() ? parser.value(QStringLiteral("start-phase")) : QString();
    request.checkOnly = parser.isSet(QStringLiteral("check"));
    request.halt = PhaseRequest::canHalt(m_name) && parser.isSet(QStringLiteral("halt"));
    request.destroy = PhaseRequest::canDestroy(m_name) && parser.isSet(QStringLiteral("destroy"));
    request.limit = parser.value(QStringLiteral("limit"));
    request.tags = parser.value(QStringLiteral("tags"));
    request.force = parser.isSet(QStringLiteral("force"));
    request.trustNewHostKeys = (m_name == QLatin1String("build-infra") || isAll()) &&
                               parser.isSet(QStringLiteral("trust-new-host-keys"));
    if (m_name == QLatin1String("build-infra") || isAll())
        request.hostKeys = parser.values(QStringLiteral("host-key"));
    if (const QString problem = request.problem(); !problem.isEmpty()) {
        context.err() << problem << Qt::endl;
        return 2;
    }
    if (!context.openProject())
        return 1;
    LoadedInventory loaded;
    if (!context.loadInventory(loaded, true))
        return 1;
    QString error;
    if (!context.project().initialize(error) && !error.isEmpty()) {
        context.err() << error << Qt::endl;
        return 1;
    }

    RunEventPrinter printer(context.out(), context.verbose(), parser.isSet(QStringLiteral("json")));
    const PhaseSession::Result result =
        PhaseRunner::run(request, context.project(), loaded, &printer, InterruptFlag::install());
    if (!result.error.isEmpty()) {
        context.err() << result.error << Qt::endl;
        return 1;
    }
    if (result.ok && !result.changed && !request.checkOnly && !parser.isSet(QStringLiteral("json")))
        context.out() << tr("Nothing changed: %n phase(s) found the stage as defined.", nullptr,
                            int(result.ran.size()))
                      << Qt::endl;
    if (!result.ok && result.status == RunEvent::Status::Interrupted)
        context.err() << tr("interrupted during %1; run the same command again to continue")
                             .arg(result.stoppedAt)
                      << Qt::endl;
    return result.ok ? 0 : 1;
}

} // namespace hive::cli
