#pragma once

#include "cli/command.h"

namespace hive::cli {

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override
    {
        return tr("initialize hive environment (create .hive/)");
    }
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
