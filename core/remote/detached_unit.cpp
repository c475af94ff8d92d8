#include "remote/detached_unit.h"

#include "remote/shell_command.h"

namespace hive {

QString DetachedUnit::unitName(const QString &name)
{
    return QStringLiteral("hive-%1.service").arg(name);
}

QString DetachedUnit::waitWhileRunning(const QString &name, int seconds)
{
    return QStringLiteral(
               "for i in $(seq %1); do systemctl is-active --quiet %2 || break; sleep 1; "
               "done")
        .arg(seconds)
        .arg(unitName(name));
}

QString DetachedUnit::command(const QString &name, const QString &script, const QString &putBack)
{
    QStringList words{QStringLiteral("systemd-run"), QStringLiteral("--quiet"),
                      QStringLiteral("--collect"),   QStringLiteral("--wait"),
                      QStringLiteral("--pipe"),      QStringLiteral("--unit=") + unitName(name)};
    if (!putBack.isEmpty())
        words << QStringLiteral("--property=ExecStopPost=") + putBack;
    // systemd expands $VAR in a unit's command line; $$ is a literal $.
    QString literal = script;
    literal.replace(QLatin1Char('$'), QStringLiteral("$$"));
    words << QStringLiteral("/bin/bash") << QStringLiteral("-c") << literal;
    return ShellCommand::join(words);
}

} // namespace hive
