#include "recovery/swarm_survey.h"

#include "remote/host_pool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hive {

SwarmSurvey SwarmSurvey::fromProbes(const QList<ProbedHost> &probes)
{
    SwarmSurvey s;
    for (const ProbedHost &p : probes) {
        Hive h;
        h.host = p.host;
        h.reached = p.reached;
        h.error = p.error;
        h.engineAnswered = !QJsonDocument::fromJson(p.section(QStringLiteral("swarm")).toUtf8())
                                .object()
                                .isEmpty();
        if (p.reached) {
            const QJsonObject info =
                QJsonDocument::fromJson(p.section(QStringLiteral("swarm")).toUtf8()).object();
            h.localState = info.value(QStringLiteral("LocalNodeState")).toString();
            h.controlAvailable = info.value(QStringLiteral("ControlAvailable")).toBool();
            h.nodeId = info.value(QStringLiteral("NodeID")).toString();
            h.swarmError = info.value(QStringLiteral("Error")).toString();
            const QJsonObject cluster = info.value(QStringLiteral("Cluster")).toObject();
            h.clusterId = cluster.value(QStringLiteral("ID")).toString();
            h.autolock = cluster.value(QStringLiteral("Spec"))
                             .toObject()
                             .value(QStringLiteral("EncryptionConfig"))
                             .toObject()
                             .value(QStringLiteral("AutoLockManagers"))
                             .toBool();
            h.engineVersion = p.section(QStringLiteral("version")).trimmed();
            const int remote = info.value(QStringLiteral("RemoteManagers")).toArray().size();
            s.managerCount =
                qMax(s.managerCount, info.value(QStringLiteral("Managers")).toInt(remote));
            QList<SwarmHealth::Node> nodes;
            if (s.nodes.isEmpty() &&
                SwarmHealth::parseNodes(p.section(QStringLiteral("nodes")), nodes)) {
                s.nodes = nodes;
                s.nodesFrom = p.host;
            }
        }
        s.hives << h;
    }
    if (!s.nodes.isEmpty())
        s.managerCount = int(s.managers().size());
    return s;
}

SwarmSurvey SwarmSurvey::read(HostPool &pool, const QStringList &hives,
                              const std::atomic_bool *cancel, int timeoutMs)
{
    HostPool::RunOptions run;
    run.asRoot = true;
    run.timeoutMs = timeoutMs;
    run.cancel = cancel;
    const QHash<QString, CommandResult> answers =
        pool.runOnAll(hives, HostProbe::script(HostProbe::Round::Swarm), run);
    QList<ProbedHost> probes;
    for (const QString &host : hives)
        probes << HostProbe::answerOf(host, answers.value(host));
    return fromProbes(probes);
}

QString SwarmSurvey::leader() const
{
    for (const SwarmHealth::Node &n : nodes) {
        if (n.managerStatus == QLatin1String("Leader"))
            return n.host;
    }
    return QString();
}

const SwarmSurvey::Hive *SwarmSurvey::hive(const QString &host) const
{
    for (const Hive &h : hives) {
        if (h.host == host)
            return &h;
    }
    return nullptr;
}

QList<SwarmHealth::Node> SwarmSurvey::nodesNamed(const QString &host) const
{
    QList<SwarmHealth::Node> out;
    for (const SwarmHealth::Node &n : nodes) {
        if (n.host == host)
            out << n;
    }
    return out;
}

const SwarmHealth::Node *SwarmSurvey::nodeOf(const QString &host) const
{
    const SwarmHealth::Node *first = nullptr;
    for (const SwarmHealth::Node &n : nodes) {
        if (n.host != host)
            continue;
        if (n.status == QLatin1String("Ready"))
            return &n;
        if (!first)
            first = &n;
    }
    return first;
}

QStringList SwarmSurvey::managers() const
{
    QStringList out;
    for (const SwarmHealth::Node &n : nodes) {
        if (!n.managerStatus.isEmpty() && !out.contains(n.host))
            out << n.host;
    }
    return out;
}

QStringList SwarmSurvey::managersDown() const
{
    QStringList out;
    for (const SwarmHealth::Node &n : nodes) {
        if (!n.managerStatus.isEmpty() &&
            (n.managerStatus == QLatin1String("Unreachable") || n.status != QLatin1String("Ready")))
            out << n.host;
    }
    // A manager that stopped a moment ago is still listed as reachable for
    // a few seconds; one that does not answer counts as down already.
    for (const Hive &h : hives) {
        const SwarmHealth::Node *n = h.reached ? nullptr : nodeOf(h.host);
        if (n && !n->managerStatus.isEmpty())
            out << h.host;
    }
    if (nodes.isEmpty()) {
        for (const Hive &h : hives) {
            if (!h.reached || (h.controlAvailable && h.localState != QLatin1String("active")))
                out << h.host;
        }
    }
    out.removeDuplicates();
    return out;
}

QStringList SwarmSurvey::managersDrained() const
{
    QStringList out;
    for (const SwarmHealth::Node &n : nodes) {
        if (!n.managerStatus.isEmpty() && n.availability == QLatin1String("Drain"))
            out << n.host;
    }
    return out;
}

bool SwarmSurvey::autolock() const
{
    for (const Hive &h : hives) {
        if (h.autolock)
            return true;
    }
    return false;
}

} // namespace hive
