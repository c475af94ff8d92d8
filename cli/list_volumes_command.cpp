#include "cli/list_volumes_command.h"

#include "cli/command_context.h"
#include "cli/table_printer.h"

#include <QSet>

namespace hive::cli {

void ListVolumesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{QStringLiteral("l"), QStringLiteral("long")},
                      tr("one volume per line with kind, device id, size and service")});
}

int ListVolumesCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (!context.openProject())
        return 1;
    LoadedInventory loaded;
    if (!context.loadInventory(loaded, true))
        return 1;
    QStringList names;
    QSet<QString> seen;
    TablePrinter table({tr("VOLUME"), tr("KIND"), tr("DEVICE"), tr("SIZE"), tr("SERVICE")});
    for (const ServicePlan &s : loaded.services.services) {
        for (const VolumePlan &v : s.volumes) {
            if (v.kind == VolumePlan::Kind::Mount || seen.contains(v.source))
                continue;
            seen.insert(v.source);
            names << v.source;
            QString kind = QStringLiteral("driver");
            if (v.kind == VolumePlan::Kind::Drbd)
                kind = QStringLiteral("drbd");
            else if (v.kind == VolumePlan::Kind::Nfs)
                kind = QStringLiteral("nfs");
            table.addRow(
                {v.source, kind,
                 v.deviceId ? QStringLiteral("/dev/drbd%1").arg(v.deviceId) : QStringLiteral("-"),
                 v.size.isEmpty() ? QStringLiteral("-") : v.size, s.name});
        }
    }
    if (parser.isSet(QStringLiteral("long")))
        table.print(context.out());
    else
        context.out() << names.join(QLatin1Char(' ')) << Qt::endl;
    return 0;
}

} // namespace hive::cli
