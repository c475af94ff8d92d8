#pragma once

#include "cli/command.h"

namespace hive::cli {

// `hive doctor`: what is wrong with the hive, with evidence and what to do.
class DoctorCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::DoctorCommand)
public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString description() const override
    {
        return tr("check the swarm, services, DRBD, disks, units and backups of the stage");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
