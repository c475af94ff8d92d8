#include "health/data_backup_health.h"

#include <QDateTime>
#include <QHash>

namespace hive {

namespace {
constexpr qint64 kDay = 24 * 60 * 60;
// The nightly run takes a while: a day and two hours is still "last night".
constexpr qint64 kStale = kDay + 2 * 60 * 60;

QString age(qint64 seconds)
{
    if (seconds < 2 * 60 * 60)
        return DataBackupHealth::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 2 * kDay)
        return DataBackupHealth::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return DataBackupHealth::tr("%n day(s) ago", nullptr, int(seconds / kDay));
}
} // namespace

QList<HealthCheck> DataBackupHealth::check(const ProbedHost &repository,
                                           const QStringList &services)
{
    QList<HealthCheck> out;
    if (!repository.reached || services.isEmpty())
        return out;
    const QString section = repository.section(QStringLiteral("databackups"));
    struct Line
    {
        qint64 installed = 0;
        qint64 last = 0; // 0: never ran
        bool ok = false;
    };
    QHash<QString, Line> lines;
    qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString &l : section.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = l.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.value(0) == QLatin1String("now") && f.size() == 2) {
            now = f.at(1).toLongLong();
            continue;
        }
        if (f.size() < 3)
            continue;
        Line line;
        line.installed = f.at(1).toLongLong();
        if (f.size() >= 4) {
            line.last = f.at(2).toLongLong();
            line.ok = f.at(3) == QLatin1String("ok");
        }
        lines.insert(f.at(0), line);
    }
    for (const QString &s : services) {
        const QString evidence = HealthCheck::evidenceOf(
            repository.host,
            QStringLiteral("cat /var/lib/hive-backup/status/%1   # time, outcome").arg(s), section);
        const QString action =
            tr("See the nightly run's output with `journalctl -u hive-backup` on %1, then run "
               "`hive backup --data -l %2` (Back Up Now… in the app).")
                .arg(repository.host, s);
        const QStringList repair{QStringLiteral("backup"), QStringLiteral("--data"),
                                 QStringLiteral("--limit"), s};
        if (!lines.contains(s)) {
            out << HealthCheck{QStringLiteral("backups"),
                               s,
                               HealthCheck::Severity::Warning,
                               tr("%1 has backup_scripts but no backup script on the repository "
                                  "server %2")
                                   .arg(s, repository.host),
                               evidence,
                               tr("Run `hive setup-hosts -T backup-tools` and `hive "
                                  "deploy-services -l %1`.")
                                   .arg(s),
                               {},
                               {QStringLiteral("deploy-services"), s}};
            continue;
        }
        const Line &l = lines.value(s);
        if (l.last == 0) {
            if (now - l.installed > kStale)
                out << HealthCheck{QStringLiteral("backups"),
                                   s,
                                   HealthCheck::Severity::Warning,
                                   tr("the data of %1 was never backed up").arg(s),
                                   evidence,
                                   action,
                                   repair};
            else
                out << HealthCheck{
                    QStringLiteral("backups"),
                    s,
                    HealthCheck::Severity::Ok,
                    tr("the data of %1 is backed up for the first time tonight").arg(s),
                    evidence,
                    {},
                    {}};
            continue;
        }
        const QString when = age(now - l.last);
        const bool bad = !l.ok || now - l.last > kStale;
        out << HealthCheck{QStringLiteral("backups"),
                           s,
                           bad ? HealthCheck::Severity::Warning : HealthCheck::Severity::Ok,
                           !l.ok ? tr("the last data backup of %1 failed (%2)").arg(s, when)
                           : bad ? tr("the last data backup of %1 is from %2").arg(s, when)
                                 : tr("the data of %1 was backed up %2").arg(s, when),
                           evidence,
                           bad ? action : QString(),
                           bad ? repair : QStringList()};
    }
    return out;
}

} // namespace hive
