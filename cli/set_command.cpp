#include "cli/set_command.h"

#include "cli/command_context.h"
#include "project/variable_catalog.h"

#include <QStringList>

namespace hive::cli {

void SetCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("variable_name"), tr("variable name"));
    parser.addPositionalArgument(QStringLiteral("value"), tr("variable value"));
}

int SetCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        context.err() << tr("usage: hive set VARIABLE_NAME VALUE") << Qt::endl;
        return 2;
    }
    const QString &name = args.at(0);
    const VariableSpec *spec = VariableCatalog::find(name);
    if (!spec) {
        QStringList known;
        for (const VariableSpec &v : VariableCatalog::all()) {
            if (v.scope != VariableSpec::Scope::None)
                known << v.name;
        }
        context.err() << tr("unknown variable %1; known variables: %2")
                             .arg(name, known.join(QLatin1String(", ")))
                      << Qt::endl;
        return 1;
    }
    if (spec->scope == VariableSpec::Scope::None) {
        context.err() << tr("variable %1 can not be saved persistently").arg(name) << Qt::endl;
        return 1;
    }
    Value value;
    QString error;
    if (!VariableCatalog::convert(*spec, args.at(1), value, error)) {
        context.err() << error << Qt::endl;
        return 1;
    }
    if (!context.openProject())
        return 1;
    Project &project = context.project();
    project.initialize(error);
    const QString scope =
        spec->scope == VariableSpec::Scope::Stage ? project.stage() : QStringLiteral("global");
    project.persistents().set(name, scope, value);
    if (!project.persistents().save(error)) {
        context.err() << error << Qt::endl;
        return 1;
    }
    const QString shown = spec->secret ? QStringLiteral("********") : value.scalarText();
    context.out() << tr("set persistently %1 to %2 on %3").arg(shown, name, scope) << Qt::endl;
    return 0;
}

} // namespace hive::cli
