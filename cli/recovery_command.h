#pragma once

#include "cli/command.h"

namespace hive::cli {

// The guided repairs: `hive maintenance HOST on|off`, `hive backup`,
// `hive restore [ARCHIVE]` and `hive recover manager HOST | quorum
// [SURVIVOR]`. Each reads the swarm, prints the plan (the exact commands on
// the exact hosts) or why it is refused, asks before it changes anything
// (-y to skip the question, -n to only show the plan), then runs it through
// the engine like a phase (same live output, --json, run log, lock) and
// verifies the result.
class RecoveryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::RecoveryCommand)
public:
    explicit RecoveryCommand(const QString &name) : m_name(name) {}
    QString name() const override { return m_name; }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;

private:
    static QString splitBrainHelp();
    QString m_name;
};

} // namespace hive::cli
