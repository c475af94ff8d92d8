#include "health/drbd_health.h"

#include "health/drbd_diagnosis.h"

namespace hive {

namespace {
const char kNoDrbd[] = "(no DRBD on this host)";
}

QHash<QString, QString> DrbdHealth::splitResources(const QString &text)
{
    QHash<QString, QString> out;
    QString name;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        if (!line.startsWith(QLatin1Char(' ')))
            name = line.section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            out[name] += line + QLatin1Char('\n');
    }
    return out;
}

QList<HealthCheck> DrbdHealth::check(const QList<ProbedHost> &hives, const QStringList &volumes)
{
    QList<HealthCheck> out;
    if (volumes.isEmpty())
        return out;
    const QString command = HostProbe::commandOf(QStringLiteral("drbd"));
    QHash<QString, QHash<QString, DrbdStatus>> byResource;
    QHash<QString, QString> evidenceOf;
    QStringList without;
    for (const ProbedHost &h : hives) {
        if (!h.reached)
            continue;
        const QString text = h.section(QStringLiteral("drbd"));
        evidenceOf[h.host] = HealthCheck::evidenceOf(h.host, command, text);
        if (text.startsWith(QLatin1String(kNoDrbd))) {
            without << h.host;
            continue;
        }
        const QHash<QString, QString> resources = splitResources(text);
        for (auto it = resources.cbegin(); it != resources.cend(); ++it) {
            DrbdStatus status;
            QString error;
            if (DrbdStatus::parse(it.value(), status, error))
                byResource[it.key()].insert(h.host, status);
        }
    }
    if (!without.isEmpty())
        out << HealthCheck{
            QStringLiteral("drbd"),
            without.join(QStringLiteral(", ")),
            HealthCheck::Severity::Warning,
            tr("DRBD is not running on %1: volumes %2 are plain local volumes there, "
               "not mirrored")
                .arg(without.join(QStringLiteral(", ")), volumes.join(QStringLiteral(", "))),
            evidenceOf.value(without.first()),
            tr("Load the drbd kernel module on those hosts (a kernel with DRBD 9) "
               "and run `hive build-volumes`."),
            {},
            {QStringLiteral("build-volumes")}};
    const QString firstHive = hives.isEmpty() ? QString() : hives.first().host;
    for (const QString &volume : volumes) {
        const QHash<QString, DrbdStatus> statuses = byResource.value(volume);
        if (statuses.isEmpty())
            continue;
        for (const DrbdFinding &f : DrbdDiagnosis::diagnose(volume, statuses, firstHive)) {
            QStringList steps;
            for (const DrbdFinding::Action &a : f.actions)
                steps << QStringLiteral("%1: %2").arg(a.host, a.command);
            const HealthCheck::Severity s =
                f.severity == DrbdFinding::Severity::Critical  ? HealthCheck::Severity::Critical
                : f.severity == DrbdFinding::Severity::Warning ? HealthCheck::Severity::Warning
                                                               : HealthCheck::Severity::Ok;
            QStringList evidence;
            for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
                evidence << evidenceOf.value(it.key());
            evidence.sort();
            out << HealthCheck{QStringLiteral("drbd"),
                               volume,
                               s,
                               f.summary,
                               evidence.join(QStringLiteral("\n")),
                               steps.join(QLatin1Char('\n')),
                               f.actions.isEmpty() ? QStringList()
                                                   : QStringList{QStringLiteral("recover"),
                                                                 QStringLiteral("drbd"), volume}};
        }
    }
    return out;
}

} // namespace hive
