#include "health/swarm_extension_health.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace hive {

namespace {

// A node's name as the swarm gives it and a host's inventory name may
// differ by the domain: "p-hive0" and "p-hive0.pdns.example.jp".
bool sameHost(const QString &a, const QString &b)
{
    // Hosts named by their addresses are compared whole.
    static const QRegularExpression ip(QStringLiteral("^[0-9.]+$|:"));
    if (a == b || ip.match(a).hasMatch() || ip.match(b).hasMatch())
        return a == b;
    return a.section(QLatin1Char('.'), 0, 0) == b.section(QLatin1Char('.'), 0, 0);
}

QString hostOf(const QList<ProbedHost> &hives, const QString &node)
{
    for (const ProbedHost &h : hives) {
        if (sameHost(h.host, node))
            return h.host;
    }
    return node;
}

} // namespace

QList<HealthCheck> SwarmExtensionHealth::check(const ProbedHost &manager,
                                               const QList<ProbedHost> &hives)
{
    QList<HealthCheck> out;
    // "service web {json labels}" and "node p-hive0 {json labels}" lines.
    QMap<QString, QJsonObject> serviceLabels;
    QMap<QString, QJsonObject> nodeLabels;
    for (const QString &line : manager.section(QStringLiteral("labels")).split(QLatin1Char('\n'))) {
        const QStringList words = line.split(QLatin1Char(' '));
        if (words.size() < 3)
            continue;
        const QJsonObject labels =
            QJsonDocument::fromJson(words.mid(2).join(QLatin1Char(' ')).toUtf8()).object();
        if (words.at(0) == QLatin1String("service"))
            serviceLabels.insert(words.at(1), labels);
        else if (words.at(0) == QLatin1String("node"))
            nodeLabels.insert(words.at(1), labels);
    }
    // Where each service's tasks run now.
    QMap<QString, QStringList> running;
    QSet<QString> starting; // a task wanted running, not running yet (a move)
    for (const QString &line : manager.section(QStringLiteral("tasks")).split(QLatin1Char('\n'))) {
        const QJsonObject task = QJsonDocument::fromJson(line.toUtf8()).object();
        // Wanted running: the daemon follows a task from its assignment
        // (while its image is pulled too), so the doctor does.
        if (task.value(QStringLiteral("DesiredState")).toString() != QLatin1String("Running"))
            continue;
        const QString name = task.value(QStringLiteral("Name")).toString();
        const QString service = name.left(name.lastIndexOf(QLatin1Char('.')));
        running[service] << hostOf(hives, task.value(QStringLiteral("Node")).toString());
        if (!task.value(QStringLiteral("CurrentState"))
                 .toString()
                 .startsWith(QLatin1String("Running")))
            starting.insert(service);
    }
    QStringList unanswered;
    for (const ProbedHost &h : hives) {
        if (!h.reached)
            unanswered << h.host;
    }
    static const QRegularExpression vipLabel(QStringLiteral("^HIVE_VIP[0-5]?$"));
    const QString evidenceTasks = HealthCheck::evidenceOf(
        manager.host, HostProbe::commandOf(QStringLiteral("tasks")), QStringLiteral("…"));
    const QString action = tr("See what follow-swarm-service says on those hives (`hive ssh -t "
                              "HOST journalctl -u follow-swarm-service`), and restart it there "
                              "(`sudo systemctl restart follow-swarm-service`): it reads the "
                              "swarm again before acting. setup-hosts (-T follow-swarm-service) "
                              "installs it where it is missing.");

    for (auto s = serviceLabels.cbegin(); s != serviceLabels.cend(); ++s) {
        const QString &service = s.key();
        const QStringList on = running.value(service);
        for (auto l = s.value().constBegin(); l != s.value().constEnd(); ++l) {
            const bool vip = vipLabel.match(l.key()).hasMatch();
            if (!vip && l.key() != QLatin1String("HIVE_MARK"))
                continue;
            const QString value = l.value()
                                      .toString()
                                      .section(QLatin1Char('@'), 0, 0)
                                      .section(QLatin1Char('/'), 0, 0);
            QStringList holders;
            QString evidence;
            if (vip) {
                for (const ProbedHost &h : hives) {
                    const QString addresses = h.section(QStringLiteral("addresses"));
                    if (addresses.contains(QStringLiteral(" inet ") + value + QLatin1Char('/'))) {
                        holders << h.host;
                        evidence +=
                            HealthCheck::evidenceOf(
                                h.host, HostProbe::commandOf(QStringLiteral("addresses")), value) +
                            QLatin1Char('\n');
                    }
                }
            } else {
                for (auto n = nodeLabels.cbegin(); n != nodeLabels.cend(); ++n) {
                    if (n.value().value(value).toString() == QLatin1String("true"))
                        holders << hostOf(hives, n.key());
                }
                evidence = HealthCheck::evidenceOf(
                    manager.host, HostProbe::commandOf(QStringLiteral("labels")),
                    tr("label %1=true on: %2")
                        .arg(value, holders.isEmpty() ? tr("no node")
                                                      : holders.join(QStringLiteral(", "))));
            }
            evidence += evidenceTasks;
            const QString what = vip ? tr("address %1 (%2)").arg(value, l.key())
                                     : tr("node label %1 (HIVE_MARK)").arg(value);
            HealthCheck c{
                QStringLiteral("swarm"), service, HealthCheck::Severity::Ok, {}, evidence, {}, {}};
            if (on.size() > 1) {
                c.severity = HealthCheck::Severity::Warning;
                c.summary = tr("%1 of service %2 is left alone: it has %n tasks, and "
                               "HIVE_VIP and HIVE_MARK need one replica",
                               nullptr, int(on.size()))
                                .arg(what, service);
                c.action = tr("Give service %1 one replica (replicas: 1), or take the label "
                              "away.")
                               .arg(service);
            } else if (on.isEmpty()) {
                if (holders.isEmpty())
                    continue; // no task: the service check says why
                c.severity = HealthCheck::Severity::Warning;
                c.summary = tr("%1 of service %2 is on %3, where no task of it runs")
                                .arg(what, service, holders.join(QStringLiteral(", ")));
                c.action = action;
            } else if (holders.size() == 1 && on.size() == 1 && holders.first() == on.first()) {
                c.summary = tr("%1 of service %2 is on %3, with its task")
                                .arg(what, service, holders.first());
            } else if (starting.contains(service) && holders.size() <= 1) {
                c.severity = HealthCheck::Severity::Warning;
                c.summary = tr("%1 of service %2 is moving: its task is starting on %3 (now on "
                               "%4); run doctor again in a minute")
                                .arg(what, service, on.first(),
                                     holders.isEmpty() ? tr("no node") : holders.first());
            } else if (holders.size() > 1) {
                c.severity = HealthCheck::Severity::Critical;
                c.summary = vip ? tr("%1 of service %2 is on %n nodes at once (%3): its traffic "
                                     "goes to whichever answers ARP last",
                                     nullptr, int(holders.size()))
                                      .arg(what, service, holders.join(QStringLiteral(", ")))
                                : tr("%1 of service %2 is on %n nodes at once (%3): its members "
                                     "may run away from it",
                                     nullptr, int(holders.size()))
                                      .arg(what, service, holders.join(QStringLiteral(", ")));
                c.action = action;
            } else if (holders.isEmpty() && vip && !unanswered.isEmpty()) {
                c.severity = HealthCheck::Severity::Warning;
                c.summary = tr("%1 of service %2 is on no hive that answered; %3 did not answer")
                                .arg(what, service, unanswered.join(QStringLiteral(", ")));
                c.action = action;
            } else {
                c.severity = vip ? HealthCheck::Severity::Critical : HealthCheck::Severity::Warning;
                c.summary =
                    tr("%1 of service %2 is on %3, but its task runs on %4")
                        .arg(what, service,
                             holders.isEmpty() ? tr("no node") : holders.join(QStringLiteral(", ")),
                             on.join(QStringLiteral(", ")));
                c.action = action;
            }
            out << c;
        }
    }
    return out;
}

} // namespace hive
