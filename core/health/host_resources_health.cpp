#include "health/host_resources_health.h"

#include <QRegularExpression>

namespace hive {

QList<HostResourcesHealth::DiskUse> HostResourcesHealth::diskUse(const ProbedHost &host)
{
    QList<DiskUse> out;
    QStringList seen;
    const QString df = host.section(QStringLiteral("df"));
    for (const QString &line : df.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() < 6 || f.at(0) == QLatin1String("Filesystem"))
            continue;
        const QString mount = f.mid(5).join(QLatin1Char(' '));
        if (seen.contains(mount))
            continue;
        seen << mount;
        out << DiskUse{f.at(0), mount, QString(f.at(4)).remove(QLatin1Char('%')).toInt()};
    }
    return out;
}

QList<HealthCheck> HostResourcesHealth::checkDisks(const ProbedHost &host)
{
    QList<HealthCheck> out;
    const QString df = host.section(QStringLiteral("df"));
    const QString du = host.section(QStringLiteral("du"));
    QString evidence =
        HealthCheck::evidenceOf(host.host, HostProbe::commandOf(QStringLiteral("df")), df);
    if (!du.isEmpty())
        evidence +=
            QLatin1Char('\n') +
            HealthCheck::evidenceOf(host.host, HostProbe::commandOf(QStringLiteral("du")), du);
    QStringList usage;
    HealthCheck::Severity worst = HealthCheck::Severity::Ok;
    QStringList full;
    const QList<DiskUse> disks = diskUse(host);
    for (const DiskUse &d : disks) {
        const bool drbd = d.device.startsWith(QLatin1String("/dev/drbd"));
        const QString name = drbd ? tr("%1 (DRBD volume %2)").arg(d.mount, d.device) : d.mount;
        usage << QStringLiteral("%1 %2 %").arg(name).arg(d.percent);
        const HealthCheck::Severity s = d.percent >= 90   ? HealthCheck::Severity::Critical
                                        : d.percent >= 80 ? HealthCheck::Severity::Warning
                                                          : HealthCheck::Severity::Ok;
        if (s != HealthCheck::Severity::Ok)
            full << name;
        worst = qMax(worst, s);
    }
    if (disks.isEmpty())
        return out;
    // The largest directories of the full file systems (du's first column, KiB).
    QStringList top;
    for (const QString &line : du.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, 4)) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() >= 2)
            top << QStringLiteral("%1 (%2 MiB)").arg(f.at(1)).arg(f.at(0).toLongLong() / 1024);
    }
    QString summary = usage.join(QStringLiteral(", "));
    QString action;
    if (worst != HealthCheck::Severity::Ok) {
        summary = tr("filling up: %1").arg(usage.join(QStringLiteral(", ")));
        if (!top.isEmpty())
            summary += tr("; largest: %1").arg(top.join(QStringLiteral(", ")));
        action = tr("Free space on %1: `docker image prune -a` and `docker container prune` "
                    "remove what no service uses; old logs in /var/log/services on the repository "
                    "server can be compressed or removed. A full DRBD volume must be grown "
                    "(hive-builder manual, chapter 12: back up, remove, resize, rebuild, restore).")
                     .arg(host.host);
    }
    out << HealthCheck{QStringLiteral("disk"),
                       host.host,
                       worst,
                       summary,
                       evidence,
                       action,
                       worst == HealthCheck::Severity::Ok
                           ? QStringList()
                           : QStringList{QStringLiteral("recover"), QStringLiteral("disk")}};
    return out;
}

QList<HealthCheck> HostResourcesHealth::checkUnits(const ProbedHost &host,
                                                   const QStringList &volumes)
{
    QList<HealthCheck> out;
    const QString text = host.section(QStringLiteral("units"));
    const QString evidence =
        HealthCheck::evidenceOf(host.host, HostProbe::commandOf(QStringLiteral("units")), text);
    static const QRegularExpression drbdUnit(QStringLiteral("^drbd[@-](.+)\\.service$"));
    int failed = 0;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() < 4 || !f.at(0).contains(QLatin1Char('.')))
            continue;
        const QString unit = f.at(0);
        ++failed;
        const QRegularExpressionMatch m = drbdUnit.match(unit);
        if (m.hasMatch() && !volumes.contains(m.captured(1))) {
            out << HealthCheck{
                QStringLiteral("units"),
                host.host,
                HealthCheck::Severity::Warning,
                tr("%1 failed, but its resource %2 is no longer defined (stale)")
                    .arg(unit, m.captured(1)),
                evidence,
                tr("`systemctl reset-failed %1` on %2; `systemctl disable %1` if it is still "
                   "enabled.")
                    .arg(unit, host.host),
                {QStringLiteral("recover"), QStringLiteral("units"), unit,
                 QStringLiteral("--disable")}};
        } else {
            out << HealthCheck{
                QStringLiteral("units"),
                host.host,
                HealthCheck::Severity::Warning,
                tr("%1 failed").arg(unit),
                evidence,
                tr("Read why: `journalctl -u %1 -n 50` on %2; once fixed, `systemctl "
                   "restart %1` or `systemctl reset-failed %1`.")
                    .arg(unit, host.host),
                {QStringLiteral("recover"), QStringLiteral("units"), unit}};
        }
    }
    if (failed == 0)
        out << HealthCheck{QStringLiteral("units"),
                           host.host,
                           HealthCheck::Severity::Ok,
                           tr("no failed units"),
                           evidence,
                           QString(),
                           {}};
    return out;
}

} // namespace hive
