#pragma once

#include "cli/command.h"

namespace hive::cli {

class ListServicesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::ListServicesCommand)
public:
    QString name() const override { return QStringLiteral("list-services"); }
    QString description() const override { return tr("return services list"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
