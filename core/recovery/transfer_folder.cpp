#include "recovery/transfer_folder.h"

#include "remote/shell_command.h"

namespace hive {

QString TransferFolder::path()
{
    return QStringLiteral("/var/lib/hive-transfer");
}

QString TransferFolder::file(const QString &name)
{
    return path() + QLatin1Char('/') + name;
}

QString TransferFolder::ensureCommand(const QString &admin)
{
    // /var/lib is root's: nobody else can have put a link there. `install -d`
    // on an existing folder only sets its owner and mode.
    return QStringLiteral("{ [ ! -L %1 ] && install -d -m 700 -o %2 %1; }")
        .arg(ShellCommand::quote(path()), ShellCommand::quote(admin));
}

} // namespace hive
