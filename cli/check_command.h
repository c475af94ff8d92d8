#pragma once

#include "cli/command.h"

namespace hive::cli {

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString description() const override
    {
        return tr("validate the project and print every problem (writes nothing)");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
