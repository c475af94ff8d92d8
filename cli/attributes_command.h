#pragma once

#include "cli/command.h"

namespace hive::cli {

// Prints the inventory schema: what `hive check` enforces, in the user's language.
class AttributesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::AttributesCommand)
public:
    QString name() const override { return QStringLiteral("attributes"); }
    QString description() const override
    {
        return tr("describe the attributes of hive and service definitions");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
