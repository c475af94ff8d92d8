#include "recipes/nfs_share_recipe.h"

#include "remote/shell_command.h"

namespace hive {

QList<HostChange> NfsShareRecipe::changes(const QString &server, const QString &volume,
                                          bool firstHive)
{
    const QString root = QLatin1String(kRoot);
    const QString options = QLatin1String(kOptions);
    const QString directory = root + QLatin1Char('/') + volume;
    QList<HostChange> out;
    if (firstHive) {
        const QString entry =
            QStringLiteral("%1:/ %2 nfs4 %3,nofail 0 0").arg(server, root, options);
        out << HostChange::command(
            tr("the file server %1 mounted at %2").arg(server, root),
            QStringLiteral("grep -qsF %1 /etc/fstab && mountpoint -q %2")
                .arg(ShellCommand::quote(entry), root),
            // mount.nfs4 comes with nfs-utils (RHEL) or nfs-common (Debian).
            QStringLiteral("{ command -v mount.nfs4 >/dev/null || dnf -y -q install nfs-utils "
                           "|| apt-get install -y -q nfs-common; } >/dev/null && mkdir -p %1 && "
                           "sed -i '\\| %1 |d' /etc/fstab && echo %2 >>/etc/fstab && "
                           "{ mountpoint -q %1 && umount %1; mount %1; }")
                .arg(root, ShellCommand::quote(entry)));
        out << HostChange::command(
            tr("the directory of %1 on the file server").arg(volume),
            QStringLiteral("test -d %1").arg(ShellCommand::quote(directory)),
            QStringLiteral("mkdir -p %1").arg(ShellCommand::quote(directory)));
    }
    const QString o = QStringLiteral("addr=%1,%2").arg(server, options);
    out << HostChange::command(
        tr("Docker volume %1 on the file server").arg(volume),
        QStringLiteral("docker volume inspect %1 >/dev/null 2>&1").arg(ShellCommand::quote(volume)),
        ShellCommand::join({QStringLiteral("docker"), QStringLiteral("volume"),
                            QStringLiteral("create"), QStringLiteral("--driver"),
                            QStringLiteral("local"), QStringLiteral("--opt"),
                            QStringLiteral("type=nfs"), QStringLiteral("--opt"),
                            QStringLiteral("device=:/") + volume, QStringLiteral("--opt"),
                            QStringLiteral("o=") + o, volume}) +
            QStringLiteral(" >/dev/null"));
    return out;
}

} // namespace hive
