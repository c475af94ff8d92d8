#pragma once

#include <QString>
#include <QStringList>

namespace hive {

// Builds POSIX shell command lines for remote execution.
class ShellCommand
{
public:
    // 'it'"'"'s' style quoting: safe for any text, including newlines.
    static QString quote(const QString &word);
    static QString join(const QStringList &words);
    // Runs `command` as root through sudo for a non-root admin user (no password
    // prompt: -n fails instead of hanging); unchanged for root.
    static QString asRoot(const QString &command, const QString &user);
};

} // namespace hive
