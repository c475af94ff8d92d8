#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace hive::cli {

class CommandContext;

// One `hive` subcommand: its options and what it does. Commands only parse,
// call core and print; they hold no business logic.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(hive::cli::Command)
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser) }
    // Returns the exit code: 0 ok, 1 error, 2 usage.
    virtual int run(CommandContext &context, const QCommandLineParser &parser) const = 0;
};

} // namespace hive::cli
