#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace hive {

// One finding of `hive doctor`: how bad it is, about what, the evidence it
// was read from (the command and what it printed) and what to do next.
struct HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(hive::HealthCheck)
public:
    enum class Severity
    {
        Ok,
        Warning,
        Critical,
    };

    QString area;    // swarm, services, drbd, disk, units, backups, hosts, monitoring
    QString subject; // the host, service, volume or "swarm"
    Severity severity = Severity::Ok;
    QString summary;
    QString evidence; // "$ command\noutput" (may name the host it ran on)
    QString action;   // empty when there is nothing to do
    // The words of the `hive` command that repairs it ({"recover", "manager",
    // host}); empty when no guided repair fits.
    QStringList repair;
    // The phase that fixes it and what its -l selects ({"deploy-services",
    // "web"}; the limit may be empty): the app prepares that run in the
    // Build tab. Empty when no phase run fits.
    QStringList fix = {};
    // A Zabbix problem's event (the app acknowledges it); else empty.
    QString zabbixEvent = {};

    static QString severityName(Severity s); // ok, warning, critical (stable, for --json)
    static QString severityText(Severity s); // translated
    // The area as the user reads it (translated); `area` stays the stable
    // name (--json, filters).
    static QString areaText(const QString &area);
    QJsonObject toJson() const;
    // "host $ command\noutput", the evidence format of every check.
    static QString evidenceOf(const QString &host, const QString &command, const QString &output);
};

} // namespace hive
