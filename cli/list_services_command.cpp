#include "cli/list_services_command.h"

#include "cli/command_context.h"
#include "cli/table_printer.h"

namespace hive::cli {

void ListServicesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{QStringLiteral("l"), QStringLiteral("long")},
                      tr("one service per line with stages, image and published ports")});
}

int ListServicesCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (!context.openProject())
        return 1;
    LoadedInventory loaded;
    if (!context.loadInventory(loaded, true))
        return 1;
    if (!parser.isSet(QStringLiteral("long"))) {
        QStringList names;
        for (const ServicePlan &s : loaded.services.services)
            names << s.name;
        context.out() << names.join(QLatin1Char(' ')) << Qt::endl;
        return 0;
    }
    TablePrinter table({tr("SERVICE"), tr("STAGES"), tr("IMAGE"), tr("PORTS")});
    for (const ServicePlan &s : loaded.services.services) {
        QStringList ports;
        for (const PortPlan &p : s.ports)
            ports << QStringLiteral("%1->%2/%3")
                         .arg(p.publishedPort)
                         .arg(p.targetPort)
                         .arg(p.protocol);
        const QString image = s.buildsImage() ? tr("build from %1").arg(s.buildFrom) : s.imageTag;
        table.addRow(
            {s.name, s.availableOn.join(QLatin1Char(',')), image, ports.join(QLatin1Char(' '))});
    }
    table.print(context.out());
    return 0;
}

} // namespace hive::cli
