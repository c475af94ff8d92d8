#include "cli/inventory_command.h"

#include "cli/command_context.h"
#include "data/json_writer.h"
#include "recipes/inventory_templates.h"

namespace hive::cli {

void InventoryCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("list"), tr("print the whole inventory (the default)")});
    parser.addOption({QStringLiteral("export"),
                      tr("keep variables on the groups that hold them instead of flattening "
                         "them into the hosts")});
    parser.addOption(
        {QStringLiteral("host"), tr("print the variables of one host"), QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("render"),
                      tr("with --host: render the Jinja2 templates of its variables with Ansible, "
                         "as a phase of the stage sees them (secrets as ********)")});
    parser.addOption({QStringLiteral("show-secrets"),
                      tr("with --render: print secret values instead of ********")});
}

int InventoryCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if ((parser.isSet(QStringLiteral("render")) || parser.isSet(QStringLiteral("show-secrets"))) &&
        !parser.isSet(QStringLiteral("host"))) {
        context.err() << tr("--render and --show-secrets go with --host HOST") << Qt::endl;
        return 2;
    }
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
        if (parser.isSet(QStringLiteral("render"))) {
            if (exportMode) {
                context.err() << tr("--render and --export cannot be used together") << Qt::endl;
                return 2;
            }
            const Value raw = loaded.inventory.flattenedHostVars(host);
            const auto templates =
                InventoryTemplates::Context::of(context.project(), QStringLiteral("inventory"));
            QList<InventoryTemplates::Problem> problems;
            QString error;
            if (!InventoryTemplates::render(loaded.inventory, {host}, templates, problems, error)) {
                for (const InventoryTemplates::Problem &p : std::as_const(problems))
                    context.err() << p.format(context.project().rootDir()) << Qt::endl;
                if (!error.isEmpty())
                    context.err() << error << Qt::endl;
                return 1;
            }
            const Value rendered = loaded.inventory.flattenedHostVars(host);
            context.out() << QString::fromUtf8(
                                 JsonWriter::write(parser.isSet(QStringLiteral("show-secrets"))
                                                       ? rendered
                                                       : InventoryTemplates::masked(rendered, raw)))
                          << Qt::endl;
            return 0;
        }
        const Value vars = exportMode ? loaded.inventory.ownHostVars(host)
                                      : loaded.inventory.flattenedHostVars(host);
        context.writeOut(JsonWriter::write(vars) + '\n');
        return 0;
    }
    const Value list = loaded.inventory.toAnsibleList(parser.isSet(QStringLiteral("export")));
    context.writeOut(JsonWriter::write(list) + '\n');
    return 0;
}

} // namespace hive::cli
