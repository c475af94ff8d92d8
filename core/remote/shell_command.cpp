#include "remote/shell_command.h"

namespace hive {

QString ShellCommand::quote(const QString &word)
{
    if (!word.isEmpty()) {
        bool plain = true;
        for (const QChar c : word) {
            if (!(c.isLetterOrNumber() || QStringLiteral("@%+=:,./-_").contains(c)) ||
                c.unicode() > 0x7f) {
                plain = false;
                break;
            }
        }
        if (plain)
            return word;
    }
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\"'\"'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ShellCommand::join(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted << quote(w);
    return quoted.join(QLatin1Char(' '));
}

QString ShellCommand::asRoot(const QString &command, const QString &user)
{
    if (user.isEmpty() || user == QLatin1String("root"))
        return command;
    return QStringLiteral("sudo -n sh -c ") + quote(command);
}

} // namespace hive
