#include "providers/kickstart_file.h"

#include "data/password_hash.h"

#include <QRegularExpression>
#include <QStringList>

namespace hive {

namespace {

QString networkLine(const KickstartPlan::Network &n, int position, const QString &hostName,
                    bool first)
{
    QStringList o{QStringLiteral("network"), QStringLiteral("--bootproto=static"),
                  QStringLiteral("--device=") + n.interface, QStringLiteral("--noipv6"),
                  QStringLiteral("--onboot=yes")};
    if (!n.ips.isEmpty())
        o << QStringLiteral("--ip=") + n.ips.value(position)
          << QStringLiteral("--netmask=") + n.netmask;
    else
        o << QStringLiteral("--noipv4");
    if (!n.gateway.isEmpty())
        o << QStringLiteral("--gateway=") + n.gateway;
    if (!n.nameservers.isEmpty())
        o << QStringLiteral("--nameserver=") + n.nameservers.join(QLatin1Char(','));
    if (n.vlanId > 0)
        o << QStringLiteral("--vlanid=%1").arg(n.vlanId);
    if (!n.bondingInterfaces.isEmpty())
        o << QStringLiteral("--bondslaves=") + n.bondingInterfaces.join(QLatin1Char(','))
          << QStringLiteral("--bondopts=") + n.bondingOptions;
    if (first)
        o << QStringLiteral("--hostname=") + hostName;
    return o.join(QLatin1Char(' '));
}

} // namespace

QString KickstartFile::passwordHash(const QString &password, const QString &previous)
{
    if (password.isEmpty())
        return {};
    if (previous.startsWith(QLatin1String("$6$")) &&
        PasswordHash::matches(password, previous.toLatin1()))
        return previous;
    QString ignored; // SHA-512 is always in libxcrypt
    return QString::fromLatin1(PasswordHash::make(password, PasswordHash::Scheme::Sha512, ignored));
}

QString KickstartFile::passwordHashIn(const QByteArray &kickstart)
{
    static const QRegularExpression line(
        QStringLiteral("^rootpw --iscrypted (\\$6\\$[./A-Za-z0-9]+\\$[./A-Za-z0-9]+)$"),
        QRegularExpression::MultilineOption);
    return line.match(QString::fromLatin1(kickstart)).captured(1);
}

QByteArray KickstartFile::render(const KickstartPlan &plan, const KickstartPlan::Host &host,
                                 const QString &adminUser, const QString &publicKey,
                                 const QString &rootPasswordHash)
{
    const int position = host.position;
    const QString disk = plan.targetDisk;
    QStringList l;
    l << QStringLiteral("# Kickstart of %1, stage %2 of hive %3, written by build-infra (Hive "
                        "Studio).")
             .arg(host.name, plan.stage, plan.hiveName)
      << QStringLiteral("# It erases %1 and installs without asking; build-infra writes it "
                        "again from the inventory.")
             .arg(disk)
      << QStringLiteral("text") << QStringLiteral("lang %1").arg(plan.language)
      << QStringLiteral("keyboard --vckeymap=%1 --xlayouts=%1").arg(plan.keyboard)
      << QStringLiteral("timezone %1 --utc").arg(plan.timezone)
      << QStringLiteral("firstboot --disable") << QStringLiteral("selinux --enforcing")
      << QStringLiteral("firewall --enabled --ssh") << QString()
      << QStringLiteral("# Networks: the first names the host.");
    bool first = true;
    for (const KickstartPlan::Network &n : plan.networks) {
        l << networkLine(n, position, host.name, first);
        first = false;
    }
    l << QString() << QStringLiteral("# Users: root by password only when the stage has one.");
    if (rootPasswordHash.isEmpty())
        l << QStringLiteral("rootpw --lock");
    else
        l << QStringLiteral("rootpw --iscrypted ") + rootPasswordHash;
    l << QStringLiteral("user --name=%1 --groups=wheel").arg(adminUser)
      << QStringLiteral("sshkey --username=%1 \"%2\"").arg(adminUser, publicKey) << QString()
      << QStringLiteral("# Disk: UEFI.") << QStringLiteral("ignoredisk --only-use=%1").arg(disk)
      << QStringLiteral("zerombr")
      << QStringLiteral("clearpart --all --initlabel --drives=%1").arg(disk)
      << QStringLiteral("bootloader --location=mbr --boot-drive=%1").arg(disk)
      << QStringLiteral("part /boot/efi --fstype=efi --ondisk=%1 --size=600").arg(disk)
      << QStringLiteral("part /boot --fstype=xfs --ondisk=%1 --size=1024").arg(disk)
      << QStringLiteral("part swap --fstype=swap --ondisk=%1 --size=%2")
             .arg(disk)
             .arg(host.swapMiB);
    if (host.rootMiB > 0)
        l << QStringLiteral("part / --fstype=xfs --ondisk=%1 --size=%2")
                 .arg(disk)
                 .arg(host.rootMiB);
    else
        l << QStringLiteral("part / --fstype=xfs --ondisk=%1 --size=20480 --grow").arg(disk);
    if (host.mirroredMiB > 0)
        l << QStringLiteral("# DRBD's disks: setup-hosts finds the volume group drbdpool made.")
          << QStringLiteral("part pv.drbd --ondisk=%1 --size=%2").arg(disk).arg(host.mirroredMiB)
          << QStringLiteral("volgroup drbdpool pv.drbd");
    l << QString() << QStringLiteral("%packages") << QStringLiteral("@core")
      << QStringLiteral("%end") << QString() << QStringLiteral("%post --log=/root/ks-post.log")
      << QStringLiteral("echo '%1 ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/%1").arg(adminUser)
      << QStringLiteral("chmod 0440 /etc/sudoers.d/%1").arg(adminUser) << QStringLiteral("%end")
      << QString() << QStringLiteral("# Off when done: take the install medium out, then start it.")
      << QStringLiteral("poweroff") << QString();
    return l.join(QLatin1Char('\n')).toUtf8();
}

} // namespace hive
