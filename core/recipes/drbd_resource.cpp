#include "recipes/drbd_resource.h"

#include "remote/shell_command.h"

namespace hive {

QByteArray DrbdResource::resourceFile() const
{
    QByteArray out = "# Written by hive build-volumes: volume " + name.toUtf8() + ".\n";
    out += "resource " + name.toUtf8() + " {\n";
    out += "    device " + device().toUtf8() + ";\n";
    out += "    disk /dev/drbdpool/" + name.toUtf8() + ";\n";
    out += "    meta-disk internal;\n";
    out += "    options {\n        quorum majority;\n        on-no-quorum io-error;\n    }\n";
    QStringList names;
    for (int i = 0; i < hives.size(); ++i) {
        const auto &[host, address] = hives.at(i);
        names << host;
        out += "    on " + host.toUtf8() + " {\n";
        out += "        node-id " + QByteArray::number(i) + ";\n";
        out += "        address " + address.toUtf8() + ":" + QByteArray::number(port()) + ";\n";
        if (diskless.contains(host) || diskless.contains(host.section(QLatin1Char('.'), 0, 0)))
            out += "        disk none;\n";
        out += "    }\n";
    }
    out += "    connection-mesh {\n        hosts " + names.join(QLatin1Char(' ')).toUtf8() +
           ";\n    }\n}\n";
    return out;
}

QList<HostChange> DrbdResource::changes(const QString &host, bool firstHive) const
{
    const QString q = ShellCommand::quote(name);
    const bool hasDisk =
        !diskless.contains(host) && !diskless.contains(host.section(QLatin1Char('.'), 0, 0));
    QList<HostChange> out;
    out << HostChange::file(
        QStringLiteral("DRBD resource %1 (%2, port %3)").arg(name, device()).arg(port()),
        resourcePath(), resourceFile(), 0644, QStringLiteral("drbdadm adjust %1").arg(q));
    if (hasDisk) {
        out << HostChange::command(
            QStringLiteral("logical volume drbdpool/%1 (%2)").arg(name, size),
            QStringLiteral("lvs drbdpool/%1 >/dev/null 2>&1").arg(q),
            QStringLiteral("lvcreate -y -L %2 -n %1 drbdpool").arg(q, ShellCommand::quote(size)));
        // A disk attached to DRBD has its metadata (and dump-md refuses an
        // attached device): only a detached one is asked, so a re-run never
        // makes metadata again over a volume's data.
        out << HostChange::command(
            QStringLiteral("DRBD metadata of %1").arg(name),
            QStringLiteral(
                "case \"$(drbdadm dstate %1 2>/dev/null | cut -d/ -f1)\" in \"\"|Diskless) "
                "drbdadm dump-md %1 >/dev/null 2>&1;; *) true;; esac")
                .arg(q),
            QStringLiteral("drbdadm create-md --force --max-peers=7 %1").arg(q));
    }
    out << HostChange::command(QStringLiteral("%1 up").arg(name),
                               QStringLiteral("drbdadm status %1 >/dev/null 2>&1").arg(q),
                               QStringLiteral("drbdadm up %1").arg(q));
    // drbd-utils' own unit for one resource: up again after a reboot.
    out << HostChange::command(QStringLiteral("%1 up at boot (drbd@%1.service)").arg(name),
                               QStringLiteral("systemctl is-enabled -q drbd@%1.service").arg(q),
                               QStringLiteral("systemctl enable drbd@%1.service").arg(q));
    if (firstHive) {
        // The file system is made once, on the first hive, while it holds the
        // only copy that counts (a new volume: --force makes it UpToDate).
        out << HostChange::command(
            QStringLiteral("%1 file system on %2").arg(fstype, device()),
            QStringLiteral("blkid %1 >/dev/null 2>&1").arg(device()),
            QStringLiteral("drbdadm primary --force %1 && mkfs -t %2 %3 && drbdadm secondary %1")
                .arg(q, fstype, device()));
    }
    out << HostChange::command(
        QStringLiteral("Docker volume %1 on %2").arg(name, device()),
        QStringLiteral("docker volume inspect %1 >/dev/null 2>&1").arg(q),
        QStringLiteral("docker volume create --driver local --opt type=%2 --opt device=%3 %1 "
                       ">/dev/null")
            .arg(q, fstype, device()));
    return out;
}

} // namespace hive
