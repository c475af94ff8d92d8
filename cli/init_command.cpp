#include "cli/init_command.h"

#include "cli/command_context.h"

namespace hive::cli {

int InitCommand::run(CommandContext &context, const QCommandLineParser &) const
{
    if (!context.openProject())
        return 1;
    QString error;
    const bool created = context.project().initialize(error);
    if (!error.isEmpty()) {
        context.err() << error << Qt::endl;
        return 1;
    }
    context.out() << (created ? tr("Success to initialize hive context on %1")
                              : tr("hive context on %1 is already initialized"))
                         .arg(context.project().hiveDir())
                  << Qt::endl;
    return 0;
}

} // namespace hive::cli
