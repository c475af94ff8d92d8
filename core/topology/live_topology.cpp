#include "topology/live_topology.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace hive {

namespace {

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

bool LiveTopology::Node::isDown() const
{
    return !answered || state != QLatin1String("ready") ||
           reachability == QLatin1String("unreachable");
}

bool LiveTopology::Task::isFailure() const
{
    return state == QLatin1String("failed") || state == QLatin1String("rejected") ||
           (!error.isEmpty() && state != QLatin1String("running"));
}

QString LiveTopology::Task::label() const
{
    return slot > 0 ? QStringLiteral("%1.%2").arg(service).arg(slot) : service;
}

bool LiveTopology::parse(const QJsonArray &nodesJson, const QJsonArray &servicesJson,
                         const QJsonArray &tasksJson, const QJsonArray &networksJson)
{
    nodes.clear();
    services.clear();
    tasks.clear();
    networks.clear();
    for (const QJsonValue &v : nodesJson) {
        const QJsonObject o = v.toObject();
        Node n;
        n.id = str(o, "ID");
        const QJsonObject spec = obj(o, "Spec");
        n.role = str(spec, "Role");
        n.availability = str(spec, "Availability");
        const QJsonObject labels = obj(spec, "Labels");
        for (auto it = labels.begin(); it != labels.end(); ++it)
            n.labels.insert(it.key(), it.value().toString());
        const QJsonObject desc = obj(o, "Description");
        n.hostname = str(desc, "Hostname");
        n.engineVersion = str(obj(desc, "Engine"), "EngineVersion");
        const QJsonObject status = obj(o, "Status");
        n.state = str(status, "State");
        n.address = str(status, "Addr");
        n.message = str(status, "Message");
        const QJsonObject manager = obj(o, "ManagerStatus");
        n.leader = manager.value(QLatin1String("Leader")).toBool();
        n.reachability = str(manager, "Reachability");
        nodes << n;
    }
    std::sort(nodes.begin(), nodes.end(),
              [](const Node &a, const Node &b) { return a.hostname < b.hostname; });
    QHash<QString, QString> serviceNames;
    QHash<QString, QString> networkNames;
    for (const QJsonValue &v : networksJson) {
        const QJsonObject o = v.toObject();
        Network n;
        n.id = str(o, "Id");
        n.name = str(o, "Name");
        n.driver = str(o, "Driver");
        n.scope = str(o, "Scope");
        networkNames.insert(n.id, n.name);
        networks << n;
    }
    for (const QJsonValue &v : servicesJson) {
        const QJsonObject o = v.toObject();
        Service s;
        s.id = str(o, "ID");
        const QJsonObject spec = obj(o, "Spec");
        s.name = str(spec, "Name");
        const QJsonObject mode = obj(spec, "Mode");
        s.global = mode.contains(QLatin1String("Global"));
        s.desired = obj(mode, "Replicated").value(QLatin1String("Replicas")).toInt();
        const QJsonObject status = obj(o, "ServiceStatus");
        if (!status.isEmpty()) {
            s.desired = status.value(QLatin1String("DesiredTasks")).toInt(s.desired);
            s.running = status.value(QLatin1String("RunningTasks")).toInt();
        }
        const QJsonObject task = obj(spec, "TaskTemplate");
        s.image = str(obj(task, "ContainerSpec"), "Image");
        for (const QJsonValue &n : task.value(QLatin1String("Networks")).toArray()) {
            const QString id = str(n.toObject(), "Target");
            s.networks << networkNames.value(id, id);
        }
        for (const QJsonValue &p : obj(o, "Endpoint").value(QLatin1String("Ports")).toArray()) {
            const QJsonObject po = p.toObject();
            s.ports << Port{po.value(QLatin1String("PublishedPort")).toInt(),
                            po.value(QLatin1String("TargetPort")).toInt(), str(po, "Protocol"),
                            str(po, "PublishMode")};
        }
        const QJsonObject serviceLabels = obj(spec, "Labels");
        for (auto it = serviceLabels.begin(); it != serviceLabels.end(); ++it)
            s.labels.insert(it.key(), it.value().toString());
        serviceNames.insert(s.id, s.name);
        services << s;
    }
    std::sort(services.begin(), services.end(),
              [](const Service &a, const Service &b) { return a.name < b.name; });
    for (const QJsonValue &v : tasksJson) {
        const QJsonObject o = v.toObject();
        Task t;
        t.id = str(o, "ID");
        t.serviceId = str(o, "ServiceID");
        t.service = serviceNames.value(t.serviceId, t.serviceId.left(12));
        t.slot = o.value(QLatin1String("Slot")).toInt();
        t.nodeId = str(o, "NodeID");
        t.desiredState = str(o, "DesiredState");
        const QJsonObject status = obj(o, "Status");
        t.state = str(status, "State");
        t.message = str(status, "Message");
        t.error = str(status, "Err");
        t.timestamp = QDateTime::fromString(str(status, "Timestamp"), Qt::ISODateWithMs);
        const QJsonObject container = obj(status, "ContainerStatus");
        t.containerId = str(container, "ContainerID");
        t.exitCode = container.value(QLatin1String("ExitCode")).toInt();
        t.image = str(obj(obj(o, "Spec"), "ContainerSpec"), "Image");
        tasks << t;
    }
    // Newest first: the history of a slot reads top down.
    std::sort(tasks.begin(), tasks.end(),
              [](const Task &a, const Task &b) { return a.timestamp > b.timestamp; });
    // Running tasks the leader counted, where the engine gave no ServiceStatus.
    for (Service &s : services) {
        if (s.running > 0 || s.desired > 0)
            continue;
        for (const Task &t : std::as_const(tasks)) {
            if (t.serviceId == s.id && t.desiredState == QLatin1String("running")) {
                ++s.desired;
                if (t.state == QLatin1String("running"))
                    ++s.running;
            }
        }
    }
    return true;
}

void LiveTopology::compare(const PlannedTopology &planned)
{
    differences.clear();
    QStringList defined;
    for (const PlannedTopology::Service &p : planned.services) {
        defined << p.name;
        const Service *s = service(p.name);
        if (!s) {
            differences << Difference{Difference::Kind::NotRunning, p.name,
                                      tr("%1 is defined but not deployed").arg(p.name)};
        } else if (s->running == 0 && s->desired > 0) {
            differences << Difference{
                Difference::Kind::NotRunning, p.name,
                tr("%1: no task running (0 of %2)").arg(p.name).arg(s->desired)};
        } else if (s->running < s->desired) {
            differences << Difference{
                Difference::Kind::Short, p.name,
                tr("%1: %2 of %3 replicas running").arg(p.name).arg(s->running).arg(s->desired)};
        }
    }
    for (const Service &s : std::as_const(services)) {
        if (!defined.contains(s.name))
            differences << Difference{Difference::Kind::NotDefined, s.name,
                                      tr("%1 runs but is not defined for this stage").arg(s.name)};
    }
}

const LiveTopology::Node *LiveTopology::node(const QString &id) const
{
    for (const Node &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

const LiveTopology::Node *LiveTopology::nodeNamed(const QString &hostname) const
{
    const Node *found = nullptr;
    for (const Node &n : nodes) {
        // A host that joined again has an old entry too: the one that is up wins.
        if (n.hostname == hostname && (!found || (found->isDown() && !n.isDown())))
            found = &n;
    }
    return found;
}

const LiveTopology::Service *LiveTopology::service(const QString &name) const
{
    for (const Service &s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList LiveTopology::virtualAddressesOn(const QString &nodeId) const
{
    static const QRegularExpression vipLabel(QStringLiteral("^HIVE_VIP[0-5]?$"));
    QStringList out;
    for (const Task *t : currentTasksOn(nodeId)) {
        if (t->state != QLatin1String("running"))
            continue;
        for (const Service &s : services) {
            if (s.id != t->serviceId)
                continue;
            for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
                if (vipLabel.match(it.key()).hasMatch())
                    out << it.value()
                               .section(QLatin1Char('@'), 0, 0)
                               .section(QLatin1Char('/'), 0, 0);
            }
        }
    }
    out.removeDuplicates();
    return out;
}

QList<const LiveTopology::Task *> LiveTopology::currentTasksOn(const QString &nodeId) const
{
    QList<const Task *> out;
    for (const Task &t : tasks) {
        if (t.nodeId != nodeId)
            continue;
        // The current task of a slot: one the swarm still wants (running,
        // or ready to be retried after a failure), or one still running.
        const bool wanted = t.desiredState != QLatin1String("shutdown") &&
                            t.desiredState != QLatin1String("remove") &&
                            t.desiredState != QLatin1String("complete");
        if (wanted || t.state == QLatin1String("running"))
            out << &t;
    }
    std::sort(out.begin(), out.end(), [](const Task *a, const Task *b) {
        return a->service != b->service ? a->service < b->service : a->slot < b->slot;
    });
    return out;
}

QList<const LiveTopology::Task *> LiveTopology::historyOf(const QString &service, int slot) const
{
    QList<const Task *> out;
    for (const Task &t : tasks) {
        if (t.service == service && (slot <= 0 || t.slot == slot))
            out << &t;
    }
    return out;
}

int LiveTopology::downCount() const
{
    int n = 0;
    for (const Node &node : nodes)
        n += node.isDown() ? 1 : 0;
    return n;
}

} // namespace hive
