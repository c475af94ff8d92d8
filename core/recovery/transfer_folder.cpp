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
    // (An `if`, not `[ ] &&`: under `set -e` a failed test before && does
    // not stop the script.)
    return QStringLiteral(
               "{ if [ -L %1 ]; then echo 'refusing: the transfer folder is a link' >&2; "
               "exit 1; fi; install -d -m 700 -o %2 %1; }")
        .arg(ShellCommand::quote(path()), ShellCommand::quote(admin));
}

} // namespace hive
