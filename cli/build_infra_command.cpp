#include "build_infra_command.h"

#include "command_context.h"
#include "interrupt_flag.h"
#include "phases/build_infra_phase.h"
#include "run_event_printer.h"

namespace hive::cli {

void BuildInfraCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{QStringLiteral("H"), QStringLiteral("halt")}, tr("stop the servers")});
    parser.addOption({{QStringLiteral("D"), QStringLiteral("destroy")},
                      tr("remove the servers, their volumes and the network")});
    parser.addOption({{QStringLiteral("C"), QStringLiteral("check")},
                      tr("report what would change without changing anything")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("limit")},
                      tr("only these hosts or groups (comma-separated; !name excludes)"),
                      tr("LIMIT")});
    parser.addOption({QStringLiteral("json"), tr("print the raw event stream as JSON lines")});
}

int BuildInfraCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (parser.isSet(QStringLiteral("halt")) && parser.isSet(QStringLiteral("destroy"))) {
        context.err() << tr("-H and -D cannot be used together") << Qt::endl;
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
    BuildInfraPhase::Options options;
    options.action = parser.isSet(QStringLiteral("destroy")) ? InfraRequest::Action::Destroy
                     : parser.isSet(QStringLiteral("halt"))  ? InfraRequest::Action::Halt
                                                             : InfraRequest::Action::Build;
    options.checkOnly = parser.isSet(QStringLiteral("check"));
    options.limit = parser.value(QStringLiteral("limit"));
    options.cancel = InterruptFlag::install();
    RunEventPrinter printer(context.out(), context.verbose(), parser.isSet(QStringLiteral("json")));
    BuildInfraPhase phase(context.project(), loaded, &printer);
    return phase.run(options) ? 0 : 1;
}

} // namespace hive::cli
