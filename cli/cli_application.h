#pragma once

#include "cli/command.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace hive::cli {

// The `hive` command line: global options as in hive-builder's manual
// (chapter 6), then a subcommand with options of its own.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::CliApplication)
public:
    CliApplication();
    ~CliApplication();
    // Returns the exit code: 0 ok, 1 error, 2 usage.
    int run(const QStringList &arguments);

private:
    std::vector<std::unique_ptr<Command>> m_commands;
    const Command *find(const QString &name) const;
    // The parser of a subcommand: its options and -h/--help.
    static void addSubcommandOptions(const Command &command, QCommandLineParser &parser);
    QString overview() const;
};

} // namespace hive::cli
