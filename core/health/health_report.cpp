#include "health/health_report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hive {

HealthCheck::Severity HealthReport::worst() const
{
    HealthCheck::Severity w = HealthCheck::Severity::Ok;
    for (const HealthCheck &c : checks)
        w = qMax(w, c.severity);
    return w;
}

int HealthReport::count(HealthCheck::Severity s) const
{
    int n = 0;
    for (const HealthCheck &c : checks)
        n += c.severity == s ? 1 : 0;
    return n;
}

QList<HealthCheck> HealthReport::inArea(const QString &area) const
{
    QList<HealthCheck> out;
    for (const HealthCheck &c : checks) {
        if (c.area == area)
            out << c;
    }
    return out;
}

QByteArray HealthReport::toJson() const
{
    QJsonArray list;
    for (const HealthCheck &c : checks)
        list.append(c.toJson());
    QJsonArray hostList;
    for (const HostState &h : hosts)
        hostList.append(h.toJson());
    const QJsonObject root{{QStringLiteral("stage"), stage},
                           {QStringLiteral("checked_at"), checkedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("elapsed_ms"), elapsedMs},
                           {QStringLiteral("worst"), HealthCheck::severityName(worst())},
                           {QStringLiteral("checks"), list},
                           {QStringLiteral("hosts"), hostList}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int HealthReport::exitCodeFor(HealthCheck::Severity s)
{
    switch (s) {
    case HealthCheck::Severity::Ok:
        return 0;
    case HealthCheck::Severity::Warning:
        return 3;
    case HealthCheck::Severity::Critical:
        return 4;
    }
    return 1;
}

} // namespace hive
