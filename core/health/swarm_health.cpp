#include "health/swarm_health.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hive {

namespace {

QString swarmCommand()
{
    return HostProbe::commandOf(QStringLiteral("swarm"));
}

QString nodesCommand()
{
    return HostProbe::commandOf(QStringLiteral("nodes"));
}

// The part of a long `docker info` Swarm JSON worth showing as evidence.
QString swarmSummary(const QJsonObject &swarm)
{
    QJsonObject shown;
    for (const char *key : {"LocalNodeState", "ControlAvailable", "Error", "NodeAddr", "Nodes",
                            "Managers", "RemoteManagers"}) {
        const QString k = QString::fromLatin1(key);
        if (swarm.contains(k))
            shown.insert(k, swarm.value(k));
    }
    return QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact));
}

} // namespace

bool SwarmHealth::parseNodes(const QString &text, QList<Node> &nodes)
{
    nodes.clear();
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.isEmpty() || !o.contains(QStringLiteral("Hostname")))
            return false;
        Node n;
        n.host = o.value(QStringLiteral("Hostname")).toString();
        n.id = o.value(QStringLiteral("ID")).toString();
        n.status = o.value(QStringLiteral("Status")).toString();
        n.availability = o.value(QStringLiteral("Availability")).toString();
        n.managerStatus = o.value(QStringLiteral("ManagerStatus")).toString();
        n.engineVersion = o.value(QStringLiteral("EngineVersion")).toString();
        nodes << n;
    }
    return !nodes.isEmpty();
}

QList<HealthCheck> SwarmHealth::check(const QList<ProbedHost> &hives)
{
    QList<HealthCheck> out;
    const auto add = [&](const QString &subject, HealthCheck::Severity severity,
                         const QString &summary, const QString &evidence, const QString &action,
                         const QStringList &repair = {}) {
        out << HealthCheck{
            QStringLiteral("swarm"), subject, severity, summary, evidence, action, repair};
    };
    const QStringList recoverQuorum{QStringLiteral("recover"), QStringLiteral("quorum")};
    const QString swarm = QStringLiteral("swarm");

    // What each hive says of itself, and the node list from the first manager
    // that can give one.
    QList<Node> nodes;
    QString nodesFrom, nodesText;
    int managersCount = 0;
    QStringList noLeaderEvidence;
    QStringList answered;
    QStringList active, holdingState, stateEvidence;
    for (const ProbedHost &h : hives) {
        if (!h.reached)
            continue;
        answered << h.host;
        const QJsonObject info =
            QJsonDocument::fromJson(h.section(QStringLiteral("swarm")).toUtf8()).object();
        const QString state = info.value(QStringLiteral("LocalNodeState")).toString();
        stateEvidence << HealthCheck::evidenceOf(h.host, swarmCommand(),
                                                 info.isEmpty() ? h.section(QStringLiteral("swarm"))
                                                                : swarmSummary(info));
        if (state == QLatin1String("active"))
            active << h.host;
        // A manager's copy of the swarm survives in these states.
        else if (info.value(QStringLiteral("ControlAvailable")).toBool() ||
                 state == QLatin1String("locked"))
            holdingState << h.host;
        if (state != QLatin1String("active")) {
            add(h.host, HealthCheck::Severity::Critical,
                tr("%1 is not in the swarm (state: %2)")
                    .arg(h.host, state.isEmpty() ? tr("unknown") : state),
                HealthCheck::evidenceOf(h.host, swarmCommand(),
                                        info.isEmpty() ? h.section(QStringLiteral("swarm"))
                                                       : swarmSummary(info)),
                tr("Run `hive setup-hosts -l %1`: it joins the host to the swarm again.")
                    .arg(h.host));
            out.last().fix = {QStringLiteral("setup-hosts"), h.host};
            continue;
        }
        const int remote = info.value(QStringLiteral("RemoteManagers")).toArray().size();
        managersCount = qMax(managersCount, info.value(QStringLiteral("Managers")).toInt(remote));
        const QString error = info.value(QStringLiteral("Error")).toString();
        const QString nodesOut = h.section(QStringLiteral("nodes"));
        QList<Node> parsed;
        const bool listed = parseNodes(nodesOut, parsed);
        if (listed && nodes.isEmpty()) {
            nodes = parsed;
            nodesFrom = h.host;
            nodesText = nodesOut;
        } else if (!listed && h.sections.contains(QStringLiteral("nodes"))) {
            noLeaderEvidence << HealthCheck::evidenceOf(h.host, nodesCommand(), nodesOut);
            if (!error.isEmpty())
                noLeaderEvidence << HealthCheck::evidenceOf(h.host, swarmCommand(),
                                                            swarmSummary(info));
        }
    }

    // A hive that does not answer is a warning here: the swarm's own finding
    // (fault tolerance left, or no leader) says how bad it is.
    for (const ProbedHost &h : hives) {
        if (!h.reached)
            add(h.host, HealthCheck::Severity::Warning, tr("%1 does not answer").arg(h.host),
                QStringLiteral("%1: %2").arg(h.host, h.error),
                tr("Check that the host is running and reachable (`hive ssh -t %1`). If it is "
                   "lost, rebuild it: `hive build-infra -l %1`, then `hive setup-hosts -l %1`.")
                    .arg(h.host));
    }

    if (nodes.isEmpty()) {
        if (!noLeaderEvidence.isEmpty()) {
            add(swarm, HealthCheck::Severity::Critical,
                tr("the swarm has no leader: too few of its %n manager(s) are online, services "
                   "cannot be changed or rescheduled",
                   nullptr, managersCount),
                noLeaderEvidence.join(QStringLiteral("\n\n")),
                tr("Start the stopped managers again if they can be: the swarm recovers by "
                   "itself once more than half are back. If they are lost, recover quorum from "
                   "a surviving manager: `hive recover quorum` (shows the plan first: `docker "
                   "swarm init --force-new-cluster` there, then the others rejoin as managers; "
                   "Docker's swarm guide, Recover from losing the quorum)."),
                recoverQuorum);
        } else if (active.isEmpty() && !answered.isEmpty()) {
            // seeds/001: every manager lost. A copy that survives somewhere
            // is newer than any backup. Joining a hive to the swarm means
            // nothing then: the swarm's finding comes first and says what.
            for (HealthCheck &c : out) {
                if (c.severity == HealthCheck::Severity::Critical) {
                    c.action = tr("The whole swarm is lost: repair it first (the finding on "
                                  "\"swarm\").");
                    c.repair.clear();
                }
            }
            add(swarm, HealthCheck::Severity::Critical,
                tr("the swarm is lost: none of the %n hive(s) that answer is an active manager",
                   nullptr, int(answered.size())),
                stateEvidence.join(QStringLiteral("\n\n")),
                holdingState.isEmpty()
                    ? tr("No hive holds the swarm's state any more: restore it from the newest "
                         "backup with `hive restore` (Docker's swarm guide, Recover from losing "
                         "the quorum), then the others rejoin.")
                    : tr("%1 still holds a manager's copy of the swarm: recover from it with "
                         "`hive recover quorum %1` (force-new-cluster there, then the others "
                         "rejoin; Docker's swarm guide, Recover from losing the quorum).")
                          .arg(holdingState.first()),
                holdingState.isEmpty()
                    ? QStringList{QStringLiteral("restore")}
                    : QStringList{QStringLiteral("recover"), QStringLiteral("quorum"),
                                  holdingState.first()});
            out.move(out.size() - 1, 0);
        } else if (answered.isEmpty() && !hives.isEmpty()) {
            add(swarm, HealthCheck::Severity::Critical,
                tr("no hive answers: the swarm cannot be checked"), QString(),
                tr("Check the hosts and the network from this machine first."));
        }
        return out;
    }

    // Managers, the leader and fault tolerance.
    QStringList managers, reachable, unreachable;
    QString leader;
    for (const Node &n : nodes) {
        if (n.managerStatus.isEmpty())
            continue;
        managers << n.host;
        if (n.managerStatus == QLatin1String("Leader"))
            leader = n.host;
        if (n.managerStatus == QLatin1String("Leader") ||
            n.managerStatus == QLatin1String("Reachable"))
            reachable << n.host;
        else
            unreachable << n.host;
    }
    const int m = managers.size();
    const int quorum = m / 2 + 1;
    const int designed = (m - 1) / 2;
    const int left = qMax(0, int(reachable.size()) - quorum);
    const QString evidence = HealthCheck::evidenceOf(nodesFrom, nodesCommand(), nodesText);
    if (leader.isEmpty() || reachable.size() < quorum) {
        add(swarm, HealthCheck::Severity::Critical,
            tr("the swarm has no leader: %1 of %2 managers reachable, %3 needed")
                .arg(reachable.size())
                .arg(m)
                .arg(quorum),
            evidence,
            tr("Start the stopped managers again (%1); if they are lost, recover quorum from "
               "%2: `hive recover quorum %2` (force-new-cluster, then the others rejoin; "
               "Docker's swarm guide, Recover from losing the quorum).")
                .arg(unreachable.join(QStringLiteral(", ")), reachable.value(0, nodesFrom)),
            recoverQuorum);
    } else if (!unreachable.isEmpty()) {
        add(swarm, HealthCheck::Severity::Warning,
            tr("%1 of %2 managers unreachable (%3): fault tolerance %4 (designed %5)%6")
                .arg(unreachable.size())
                .arg(m)
                .arg(unreachable.join(QStringLiteral(", ")))
                .arg(left)
                .arg(designed)
                .arg(left == 0 ? tr("; losing one more manager stops the swarm") : QString()),
            evidence,
            tr("Start %1 again. If it is lost, replace it: `hive recover manager %2` (removes "
               "its dead entry, rebuilds it, joins it again); do not take any other manager "
               "down meanwhile.")
                .arg(unreachable.join(QStringLiteral(", ")), unreachable.value(0)),
            {QStringLiteral("recover"), QStringLiteral("manager"), unreachable.value(0)});
    } else {
        add(swarm, m < 3 ? HealthCheck::Severity::Warning : HealthCheck::Severity::Ok,
            tr("%1 managers, leader %2, fault tolerance %3").arg(m).arg(leader).arg(designed),
            evidence,
            m < 3 ? tr("A hive needs at least 3 hives (managers) to survive the loss of one.")
                  : QString());
    }
    // Every hive is meant to be a manager.
    for (const ProbedHost &h : hives) {
        bool listed = false, manager = false;
        for (const Node &n : nodes) {
            if (n.host == h.host && n.status == QLatin1String("Ready")) {
                listed = true;
                manager = manager || !n.managerStatus.isEmpty();
            }
        }
        if (listed && !manager && !h.swarmWorker) {
            add(h.host, HealthCheck::Severity::Warning,
                tr("%1 is a worker, but every hive should be a manager").arg(h.host), evidence,
                tr("Run `hive setup-hosts -l %1`: it promotes the node, or replaces stale swarm "
                   "state and joins it again.")
                    .arg(h.host));
            out.last().fix = {QStringLiteral("setup-hosts"), h.host};
        }
    }
    if (m > 0 && m % 2 == 0)
        add(swarm, HealthCheck::Severity::Warning,
            tr("an even number of managers (%1) tolerates no more failures than %2")
                .arg(m)
                .arg(m - 1),
            evidence, tr("Use an odd number of hives (3 or 5)."));

    // Nodes down or drained, and version skew.
    QSet<QString> versions;
    for (const Node &n : nodes) {
        if (!n.engineVersion.isEmpty())
            versions.insert(n.engineVersion);
        if (n.status != QLatin1String("Ready") && !unreachable.contains(n.host)) {
            // Its engine answers and says it is in the swarm, yet the
            // leader hears no heartbeat from it: its agent lost its session
            // and keeps it lost until the engine restarts.
            if (active.contains(n.host))
                add(n.host, HealthCheck::Severity::Warning,
                    tr("node %1 is %2 although its engine answers: it no longer reports to the "
                       "leader, so no task is placed on it")
                        .arg(n.host, n.status.toLower()),
                    evidence + QStringLiteral("\n\n") +
                        stateEvidence.value(answered.indexOf(n.host)),
                    tr("A node that has just started is down for a few seconds. If it stays "
                       "down for more than a minute, restart its Docker Engine: `hive recover "
                       "node %1` (one host at a time; its containers restart). If it is still "
                       "down then, read `journalctl -u docker` on it.")
                        .arg(n.host),
                    {QStringLiteral("recover"), QStringLiteral("node"), n.host});
            else
                add(n.host, HealthCheck::Severity::Warning,
                    tr("node %1 is %2").arg(n.host, n.status.toLower()), evidence,
                    tr("Start the host again, or replace it: `hive recover manager %1`.")
                        .arg(n.host));
        }
        if (n.availability == QLatin1String("Drain"))
            add(n.host, HealthCheck::Severity::Warning,
                tr("node %1 is drained: no tasks run there").arg(n.host), evidence,
                tr("If its maintenance is over: `hive maintenance %1 off`.").arg(n.host),
                {QStringLiteral("maintenance"), n.host, QStringLiteral("off")});
        else if (n.availability == QLatin1String("Pause"))
            add(n.host, HealthCheck::Severity::Warning,
                tr("node %1 is paused: no new tasks start there").arg(n.host), evidence,
                tr("`docker node update --availability active %1`").arg(n.host));
    }
    if (versions.size() > 1) {
        QStringList v = versions.values();
        v.sort();
        add(swarm, HealthCheck::Severity::Warning,
            tr("Docker Engine versions differ between nodes: %1").arg(v.join(QStringLiteral(", "))),
            evidence,
            tr("Upgrade the older engines one host at a time, each in maintenance first "
               "(`hive maintenance HOST on`, then off)."));
    }
    return out;
}

} // namespace hive
