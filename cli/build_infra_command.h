#pragma once

#include "command.h"

namespace hive::cli {

// `hive build-infra [-H|-D] [-C] [-l LIMIT] [--json]`
class BuildInfraCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::BuildInfraCommand)
public:
    QString name() const override { return QStringLiteral("build-infra"); }
    QString description() const override
    {
        return tr("build the stage's servers and networks (or -H halt, -D destroy them)");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
