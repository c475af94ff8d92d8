#pragma once

#include "cli/command.h"

namespace hive::cli {

class ListHostsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::ListHostsCommand)
public:
    QString name() const override { return QStringLiteral("list-hosts"); }
    QString description() const override { return tr("return hive hosts list of the stage"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
