#include "recipes/drbd_resource.h"

#include "remote/shell_command.h"

namespace hive {

bool DrbdResource::hasDisk(const QString &host) const
{
    return !diskless.contains(host) && !diskless.contains(host.section(QLatin1Char('.'), 0, 0));
}

QString DrbdResource::hostProbe()
{
    return QStringLiteral("for f in /etc/drbd.d/*.res; do [ -e \"$f\" ] || continue; "
                          "grep -q '^%1' \"$f\" || echo \"foreign ${f##*/}\"; done; "
                          "for g in %2 %3; do vgs \"$g\" >/dev/null 2>&1 && { echo \"vg $g\"; "
                          "break; }; done; true")
        .arg(QLatin1String(kHeader), QLatin1String(kVolumeGroup),
             QLatin1String(kHiveBuilderVolumeGroup));
}

void DrbdResource::readHostProbe(const QString &answer, QString &hiveBuilderGroup,
                                 QStringList &foreignFiles)
{
    for (const QString &line : answer.split(QLatin1Char('\n'))) {
        const QString word = line.section(QLatin1Char(' '), 0, 0);
        const QString rest = line.section(QLatin1Char(' '), 1).trimmed();
        if (word == QLatin1String("vg") && rest == QLatin1String(kHiveBuilderVolumeGroup))
            hiveBuilderGroup = rest;
        else if (word == QLatin1String("foreign"))
            foreignFiles << rest;
    }
}

QByteArray DrbdResource::resourceFile() const
{
    QByteArray out = QByteArray(kHeader) + ": volume " + name.toUtf8() + ".\n";
    out += "resource " + name.toUtf8() + " {\n";
    out += "    device " + device().toUtf8() + ";\n";
    out += "    meta-disk internal;\n";
    out += "    options {\n        quorum majority;\n        on-no-quorum io-error;\n    }\n";
    QStringList names;
    for (int i = 0; i < hives.size(); ++i) {
        const auto &[host, address] = hives.at(i);
        names << host;
        out += "    on " + host.toUtf8() + " {\n";
        out += "        node-id " + QByteArray::number(i) + ";\n";
        out += "        address " + address.toUtf8() + ":" + QByteArray::number(port()) + ";\n";
        // Each host's own disk: its volume group may be hive-builder's.
        out += hasDisk(host)
                   ? "        disk /dev/" + volumeGroup(host).toUtf8() + "/" + name.toUtf8() + ";\n"
                   : QByteArray("        disk none;\n");
        out += "    }\n";
    }
    out += "    connection-mesh {\n        hosts " + names.join(QLatin1Char(' ')).toUtf8() +
           ";\n    }\n}\n";
    return out;
}

QList<HostChange> DrbdResource::changes(const QString &host, bool firstHive) const
{
    const QString q = ShellCommand::quote(name);
    QList<HostChange> out;
    out << HostChange::file(
        QStringLiteral("DRBD resource %1 (%2, port %3)").arg(name, device()).arg(port()),
        resourcePath(), resourceFile(), 0644, QStringLiteral("drbdadm adjust %1").arg(q));
    if (hasDisk(host)) {
        const QString vg = volumeGroup(host);
        // In hive-builder's volume group, a thin volume of its pool (as it
        // makes them) when the pool is there.
        const QString create =
            vg == QLatin1String(kVolumeGroup)
                ? QStringLiteral("lvcreate -y -L %2 -n %1 %3")
                : QStringLiteral("if lvs %3/drbdpool >/dev/null 2>&1; then lvcreate -y -V %2 "
                                 "-T %3/drbdpool -n %1; else lvcreate -y -L %2 -n %1 %3; fi");
        out << HostChange::command(QStringLiteral("logical volume %1/%2 (%3)").arg(vg, name, size),
                                   QStringLiteral("lvs %1/%2 >/dev/null 2>&1").arg(vg, q),
                                   create.arg(q, ShellCommand::quote(size), vg));
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
