#include "remote/detached_unit.h"

#include "remote/shell_command.h"

namespace hive {

QString DetachedUnit::unitName(const QString &name)
{
    return QStringLiteral("hive-%1.service").arg(name);
}

QString DetachedUnit::command(const QString &name, const QString &script, const QString &putBack)
{
    QStringList words{QStringLiteral("systemd-run"), QStringLiteral("--quiet"),
                      QStringLiteral("--collect"),   QStringLiteral("--wait"),
                      QStringLiteral("--pipe"),      QStringLiteral("--unit=") + unitName(name)};
    if (!putBack.isEmpty())
        words << QStringLiteral("--property=ExecStopPost=") + putBack;
    words << QStringLiteral("/bin/bash") << QStringLiteral("-c") << script;
    return ShellCommand::join(words);
}

} // namespace hive
