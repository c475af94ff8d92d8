#pragma once

#include "cli/command.h"

namespace hive::cli {

class InventoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::InventoryCommand)
public:
    QString name() const override { return QStringLiteral("inventory"); }
    QString description() const override
    {
        return tr("list ansible inventory (the JSON of ansible-inventory --list)");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
