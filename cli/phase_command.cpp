#include "cli/phase_command.h"

#include "cli/command_context.h"
#include "cli/interrupt_flag.h"
#include "cli/run_event_printer.h"
#include "engine/phase_catalog.h"
#include "engine/phase_order.h"
#include "engine/phase_request.h"
#include "engine/phase_session.h"
#include "inventory/inventory_loader.h"
#include "phases/phase_runner.h"

namespace hive::cli {

QString PhaseCommand::description() const
{
    if (isAll())
        return tr("run every phase from start_phase (or -S PHASE) to the end");
    const PhaseTraits *t = PhaseCatalog::find(m_name);
    return t ? t->description() : QString();
}

QString PhaseCommand::limitHelp() const
{
    const PhaseTraits *t = PhaseCatalog::find(m_name);
    return t ? t->limitHelp() : PhaseTraits().limitHelp();
}

bool PhaseCommand::firstContact() const
{
    const PhaseTraits *t = PhaseCatalog::find(m_name);
    return isAll() || (t && t->firstContact);
}

void PhaseCommand::addOptions(QCommandLineParser &parser) const
{
    const PhaseTraits *traits = PhaseCatalog::find(m_name);
    if (isAll()) {
        parser.addOption(
            {{QStringLiteral("S"), QStringLiteral("start-phase"), QStringLiteral("start_phase")},
             tr("start at this phase instead of the persisted start_phase (%1)")
                 .arg(PhaseOrder::phases().join(QStringLiteral(", "))),
             tr("PHASE")});
    } else if (traits) {
        if (traits->canHalt)
            parser.addOption(
                {{QStringLiteral("H"), QStringLiteral("halt")}, tr("stop the servers")});
        if (traits->canDestroy())
            parser.addOption(
                {{QStringLiteral("D"), QStringLiteral("destroy")}, traits->destroyHelp()});
    }
    // hive-builder's long names (--check_mode, --limit_target) work too:
    // scripts written for it run unchanged.
    parser.addOption({{QStringLiteral("C"), QStringLiteral("check"), QStringLiteral("check_mode")},
                      tr("report what would change without changing anything")});
    parser.addOption(
        {{QStringLiteral("l"), QStringLiteral("limit"), QStringLiteral("limit_target")},
         limitHelp(),
         tr("LIMIT")});
    parser.addOption({{QStringLiteral("T"), QStringLiteral("tags")},
                      isAll() || (traits && traits->takesTags)
                          ? tr("only the steps with these tags (comma-separated)")
                          : tr("(this phase has no tags: -T is refused)"),
                      tr("TAGS")});
    parser.addOption({QStringLiteral("json"), tr("print the raw event stream as JSON lines")});
    if (firstContact())
        parser.addOption({QStringLiteral("trust-new-host-keys"),
                          tr("send a stage's root_password to hosts seen for the first time "
                             "(check the host keys it prints first)")});
    if (firstContact())
        parser.addOption({QStringLiteral("host-key"),
                          tr("a host key you checked on the host's console, for this run: "
                             "ADDRESS=SHA256:… (as host_keys in the stage; repeatable)"),
                          tr("ADDRESS=FINGERPRINT")});
    if (firstContact())
        parser.addOption({QStringLiteral("write-device"),
                          tr("write a kickstart stage's install medium to this device (its "
                             "iso_dest), erasing it"),
                          tr("DEVICE")});
    parser.addOption({QStringLiteral("force"),
                      tr("apply the project's roles again although nothing they read changed, "
                         "and run although an interrupted repair left something to put back "
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
    request.trustNewHostKeys =
        firstContact() && parser.isSet(QStringLiteral("trust-new-host-keys"));
    if (firstContact())
        request.hostKeys = parser.values(QStringLiteral("host-key"));
    if (firstContact())
        request.writeDevice = parser.value(QStringLiteral("write-device"));
    if (const QString problem = request.problem(); !problem.isEmpty()) {
        context.err() << problem << Qt::endl;
        return 2;
    }
    if (!context.openProject())
        return 1;

    // Loaded, checked, allocations stored and run the one way the app does.
    RunEventPrinter printer(context.out(), context.verbose(), parser.isSet(QStringLiteral("json")));
    bool loadFailed = false;
    const PhaseSession::Result result =
        PhaseRunner::prepareAndRun(request, context.project(), &printer, InterruptFlag::install(),
                                   [&](const LoadedInventory &loaded) {
                                       loadFailed = !loaded.ok();
                                       if (!loaded.diagnostics.isEmpty())
                                           context.printDiagnostics(loaded.diagnostics, loadFailed);
                                   });
    if (!result.error.isEmpty()) {
        if (!loadFailed) // the problems printed say it already
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
