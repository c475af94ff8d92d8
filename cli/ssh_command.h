#pragma once

#include "cli/command.h"

namespace hive::cli {

// `hive ssh [-t HOST] [-z] [-Z PORT] [-L SPEC]`: an interactive login through
// the system ssh with the ssh_config build-infra wrote (the hive's key,
// known_hosts and strict host key checking). Default host: the repository
// server, as in hive-builder.
class SshCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::SshCommand)
public:
    QString name() const override { return QStringLiteral("ssh"); }
    QString description() const override { return tr("ssh to hive server"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace hive::cli
