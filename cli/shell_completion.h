#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace hive::cli {

// What `hive __complete WORD... CURRENT` prints for the bash completion the
// package installs: the words that may stand where the cursor is, one per
// line, already narrowed to those starting with CURRENT. Subcommands and
// options come from the commands' own parsers (so completion never drifts
// from --help); stage, host, service, volume and network names from the
// project in the -r folder (or the current one), read without writing
// anything. A value that is a path prints the single line `:files` or
// `:dirs`, for the shell to complete itself.
class ShellCompletion
{
public:
    // `globalHelp` is the global parser's help text (its options are read
    // from it), `commands` the subcommands in the order `hive --help` lists,
    // `subcommandHelp` the help text of a subcommand's own parser (empty for
    // an unknown name), as `hive NAME --help` shows it.
    ShellCompletion(const QString &globalHelp, const QStringList &commands,
                    std::function<QString(const QString &name)> subcommandHelp);
    // `words`: the command line after `hive`, the last one being the word
    // under the cursor (empty when the cursor stands after a space).
    QStringList candidates(const QStringList &words) const;

    struct OptionName
    {
        QStringList names; // "-l", "--limit"
        bool takesValue = false;
    };
    // The options a parser's help text lists, e.g. "  -l, --limit <LIMIT>  ...".
    static QList<OptionName> optionsOfHelp(const QString &helpText);

private:
    const QString m_globalHelp;
    const QStringList m_commands;
    const std::function<QString(const QString &name)> m_subcommandHelp;
    QStringList valuesOf(const QString &commandName, const QString &option, const QString &rootDir,
                         const QString &stage) const;
    QStringList positionals(const QString &commandName, const QStringList &given,
                            const QString &rootDir, const QString &stage) const;
    static QStringList projectNames(const QString &what, const QString &rootDir,
                                    const QString &stage);
};

} // namespace hive::cli
