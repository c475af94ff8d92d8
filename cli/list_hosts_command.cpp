#include "cli/list_hosts_command.h"

#include "cli/command_context.h"
#include "cli/table_printer.h"
#include "inventory/host_roles.h"

namespace hive::cli {

void ListHostsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{QStringLiteral("l"), QStringLiteral("long")},
                      tr("one host per line with role, address, subnet and zone")});
}

int ListHostsCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (!context.openProject())
        return 1;
    LoadedInventory loaded;
    if (!context.loadInventory(loaded, false))
        return 1;
    const StagePlan *stage = loaded.hive.stage(context.project().stage());
    if (!stage) {
        context.err()
            << tr("stage %1 is not defined in the hive definition").arg(context.project().stage())
            << Qt::endl;
        return 1;
    }
    if (!parser.isSet(QStringLiteral("long"))) {
        QStringList names;
        for (const HostPlan &h : stage->hosts)
            names << h.name;
        context.out() << names.join(QLatin1Char(' ')) << Qt::endl;
        return 0;
    }
    TablePrinter table({tr("HOST"), tr("ROLE"), tr("ADDRESS"), tr("SUBNET"), tr("ZONE")});
    for (const HostPlan &h : stage->hosts) {
        table.addRow({h.name, HostRoles::of(*stage, h).join(QLatin1Char(',')),
                      HostRoles::addressWithNetmask(h), h.subnet, HostRoles::zone(h)});
    }
    table.print(context.out());
    return 0;
}

} // namespace hive::cli
