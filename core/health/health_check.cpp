#include "health/health_check.h"

namespace hive {

QString HealthCheck::severityName(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString HealthCheck::severityText(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return tr("ok");
    case Severity::Warning:
        return tr("warning");
    case Severity::Critical:
        return tr("critical");
    }
    return {};
}

QString HealthCheck::areaText(const QString &area)
{
    if (area == QLatin1String("swarm"))
        return tr("swarm");
    if (area == QLatin1String("services"))
        return tr("services");
    if (area == QLatin1String("drbd"))
        return tr("DRBD");
    if (area == QLatin1String("disk"))
        return tr("disk");
    if (area == QLatin1String("units"))
        return tr("system units");
    if (area == QLatin1String("backups"))
        return tr("backups");
    if (area == QLatin1String("hosts"))
        return tr("hosts");
    if (area == QLatin1String("repairs"))
        return tr("repairs");
    if (area == QLatin1String("monitoring"))
        return tr("monitoring");
    return area;
}

QJsonObject HealthCheck::toJson() const
{
    QJsonObject o{{QStringLiteral("area"), area},
                  {QStringLiteral("subject"), subject},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("evidence"), evidence},
                  {QStringLiteral("action"), action}};
    if (!repair.isEmpty())
        o.insert(QStringLiteral("repair"), QStringLiteral("hive ") + repair.join(QLatin1Char(' ')));
    if (!fix.isEmpty())
        o.insert(QStringLiteral("fix"),
                 QStringLiteral("hive ") + fix.value(0) +
                     (fix.value(1).isEmpty() ? QString() : QStringLiteral(" -l ") + fix.value(1)));
    if (!zabbixEvent.isEmpty())
        o.insert(QStringLiteral("zabbix_event"), zabbixEvent);
    return o;
}

QString HealthCheck::evidenceOf(const QString &host, const QString &command, const QString &output)
{
    return QStringLiteral("%1 $ %2\n%3").arg(host, command, output.trimmed());
}

} // namespace hive
