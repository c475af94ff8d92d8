#include "health/zabbix_health.h"

#include <QDateTime>

namespace hive {

QList<HealthCheck> ZabbixHealth::fromProblems(const QString &repository,
                                              const QList<ZabbixConsole::Problem> &problems)
{
    QList<HealthCheck> out;
    if (problems.isEmpty())
        out << HealthCheck{QStringLiteral("monitoring"),
                           repository,
                           HealthCheck::Severity::Ok,
                           tr("Zabbix answers and has no open problem"),
                           HealthCheck::evidenceOf(repository,
                                                   QStringLiteral("problem.get   # Zabbix API"),
                                                   QStringLiteral("[]")),
                           {},
                           {}};
    for (const ZabbixConsole::Problem &p : problems) {
        const QString since =
            QDateTime::fromSecsSinceEpoch(p.since).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        HealthCheck check{
            QStringLiteral("monitoring"),
            p.host.isEmpty() ? repository : p.host,
            p.severity >= 4 ? HealthCheck::Severity::Critical : HealthCheck::Severity::Warning,
            p.acknowledged ? tr("Zabbix: %1 (since %2, acknowledged)").arg(p.name, since)
                           : tr("Zabbix: %1 (since %2)").arg(p.name, since),
            HealthCheck::evidenceOf(repository, QStringLiteral("problem.get   # Zabbix API"),
                                    QStringLiteral("%1  severity %2  %3")
                                        .arg(p.host, QString::number(p.severity), p.name)),
            tr("Acknowledge it once someone is on it (the Health tab's Acknowledge, or the "
               "Zabbix console: `hive ssh -z`, then http://localhost:10052/); the console has "
               "its history."),
            {}};
        check.zabbixEvent = p.eventId;
        out << check;
    }
    return out;
}

HealthCheck ZabbixHealth::notAnswering(const QString &repository, const QString &error)
{
    return HealthCheck{QStringLiteral("monitoring"),
                       repository,
                       HealthCheck::Severity::Warning,
                       tr("Zabbix does not answer on %1: nothing watches the hive").arg(repository),
                       HealthCheck::evidenceOf(
                           repository, QStringLiteral("apiinfo.version   # Zabbix API"), error),
                       tr("Run `hive setup-hosts -T zabbix-agent,zabbix`."),
                       {},
                       {QStringLiteral("setup-hosts"), repository}};
}

} // namespace hive
