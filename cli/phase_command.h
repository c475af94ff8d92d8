#pragma once

#include "cli/command.h"

namespace hive::cli {

// The phase subcommands: `hive build-infra [-H|-D]` and `hive all [-S PHASE]`,
// both with -C, -l LIMIT, -T TAGS and --json. A phase asked for runs the
// phases before it from start_phase first (hive-builder's rule); the run holds
// the stage's lock and is recorded under .hive/<stage>/runs/.
class PhaseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::PhaseCommand)
public:
    explicit PhaseCommand(const QString &name) : m_name(name) {}
    QString name() const override { return m_name; }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;

private:
    QString m_name;
    bool isAll() const { return m_name == QLatin1String("all"); }
    QString limitHelp() const;
    // --trust-new-host-keys and --host-key (a phase that meets hosts first)
    bool firstContact() const;
};

} // namespace hive::cli
