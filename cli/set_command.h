#pragma once

#include "cli/command.h"

namespace hive::cli {

class SetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::SetCommand)
public:
    QString name() const override { return QStringLiteral("set"); }
    QString description() const override { return tr("set hive variable persistently"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
