#pragma once

#include "cli/command.h"

namespace hive::cli {

class ListVolumesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::ListVolumesCommand)
public:
    QString name() const override { return QStringLiteral("list-volumes"); }
    QString description() const override
    {
        return tr("return the volumes build-volumes creates (drbd, nfs, driver)");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
