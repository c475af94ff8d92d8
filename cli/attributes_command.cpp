#include "cli/attributes_command.h"

#include "cli/command_context.h"
#include "cli/table_printer.h"
#include "inventory/schema.h"

#include <QLocale>

namespace hive::cli {

void AttributesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("scope"),
        tr("hive, stage, subnet, services-file, service, image, volume, drbd, nfs, port or "
           "network (default: all)"),
        QStringLiteral("[scope]"));
}

int AttributesCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    QList<AttributeScope> scopes;
    if (!parser.positionalArguments().isEmpty()) {
        AttributeScope scope;
        if (!Schema::scopeFromName(parser.positionalArguments().first(), scope)) {
            context.err() << tr("unknown scope %1").arg(parser.positionalArguments().first())
                          << Qt::endl;
            return 2;
        }
        scopes << scope;
    } else {
        for (const AttributeSpec &a : Schema::all()) {
            if (!scopes.contains(a.scope))
                scopes << a.scope;
        }
    }
    const QString language = QLocale().name();
    for (AttributeScope scope : scopes) {
        context.out() << QStringLiteral("[%1]").arg(Schema::scopeName(scope)) << Qt::endl;
        TablePrinter table(
            {tr("NAME"), tr("TYPE"), tr("DEFAULT"), tr("PROVIDERS"), tr("DESCRIPTION")});
        for (const AttributeSpec &a : Schema::attributes(scope)) {
            QString type = Schema::kindName(a.kind);
            if (!a.allowed.isEmpty())
                type = a.allowed.join(QLatin1Char('|'));
            QString def = a.required ? tr("(required)") : a.defaultValue;
            table.addRow({a.name, type, def.isEmpty() ? QStringLiteral("-") : def,
                          a.providers.isEmpty() ? tr("all") : a.providers.join(QLatin1Char(',')),
                          a.description(language)});
        }
        table.print(context.out());
        context.out() << Qt::endl;
    }
    return 0;
}

} // namespace hive::cli
