#include "cli/inventory_command.h"

#include "cli/command_context.h"
#include "data/json_writer.h"

namespace hive::cli {

void InventoryCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("list"), tr("print the whole inventory (the default)")});
    parser.addOption({QStringLiteral("export"),
                      tr("keep variables on the groups that hold them instead of flattening "
                         "them into the hosts")});
    parser.addOption(
        {QStringLiteral("host"), tr("print the variables of one host"), QStringLiteral("HOST")});
}

int InventoryCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (parser.isSet(QStringLiteral("host")) && parser.isSet(QStringLiteral("list"))) {
        context.err() << tr("--host and --list cannot be used together") << Qt::endl;
        return 2;
    }
    if (!context.openProject())
        return 1;
    LoadedInventory loaded;
    if (!context.loadInventory(loaded, true))
        return 1;
    if (parser.isSet(QStringLiteral("host"))) {
        const QString host = parser.value(QStringLiteral("host"));
        if (!loaded.inventory.hasHost(host)) {
            context.err() << tr("no host named %1 in the inventory").arg(host) << Qt::endl;
            return 1;
        }
        const bool exportMode = parser.isSet(QStringLiteral("export"));
        const Value vars = exportMode ? loaded.inventory.ownHostVars(host)
                                      : loaded.inventory.flattenedHostVars(host);
        context.out() << QString::fromUtf8(JsonWriter::write(vars)) << Qt::endl;
        return 0;
    }
    const Value list = loaded.inventory.toAnsibleList(parser.isSet(QStringLiteral("export")));
    context.out() << QString::fromUtf8(JsonWriter::write(list)) << Qt::endl;
    return 0;
}

} // namespace hive::cli
