#include "health/host_state.h"

#include "health/host_resources_health.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace hive {

namespace {

QString firstLabel(const QString &name)
{
    return name.section(QLatin1Char('.'), 0, 0);
}

// The load section: /proc/loadavg, /proc/uptime, nproc, MemTotal and
// MemAvailable, each told by its shape.
void readLoad(const QString &text, HostState &s)
{
    static const QRegularExpression loadavg(
        QStringLiteral("^(\\d+\\.\\d+) \\d+\\.\\d+ \\d+\\.\\d+ \\d+/\\d+ \\d+$"));
    static const QRegularExpression uptime(QStringLiteral("^(\\d+)(\\.\\d+)? \\d+(\\.\\d+)?$"));
    static const QRegularExpression number(QStringLiteral("^(\\d+)$"));
    static const QRegularExpression memory(QStringLiteral("^Mem(Total|Available):\\s+(\\d+) kB$"));
    // "cgroup LIMIT USED [INACTIVE_FILE]": page cache the kernel can drop is not in use.
    static const QRegularExpression cgroup(QStringLiteral("^cgroup (\\d+) (\\d+)(?: (\\d+))?$"));
    static const QRegularExpression pid1(QStringLiteral("^pid1 (\\d+)$"));
    qint64 limit = -1, used = -1, age = -1;
    for (const QString &raw : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        QRegularExpressionMatch m;
        if ((m = loadavg.match(line)).hasMatch()) {
            s.load1 = m.captured(1).toDouble();
        } else if ((m = uptime.match(line)).hasMatch()) {
            s.uptimeSeconds = m.captured(1).toLongLong();
        } else if ((m = number.match(line)).hasMatch()) {
            s.processors = m.captured(1).toInt();
        } else if ((m = memory.match(line)).hasMatch()) {
            (m.captured(1) == QLatin1String("Total") ? s.memoryTotalKib : s.memoryAvailableKib) =
                m.captured(2).toLongLong();
        } else if ((m = cgroup.match(line)).hasMatch()) {
            limit = m.captured(1).toLongLong();
            used = m.captured(2).toLongLong() - m.captured(3).toLongLong();
        } else if ((m = pid1.match(line)).hasMatch()) {
            age = m.captured(1).toLongLong();
        }
    }
    // A memory limit of its own (a container host): its limit and use, not
    // the machine's. "max" (no limit) does not match and keeps meminfo's.
    if (limit > 0 && used >= 0 && (s.memoryTotalKib <= 0 || limit / 1024 < s.memoryTotalKib)) {
        s.memoryTotalKib = limit / 1024;
        s.memoryAvailableKib = qMax<qint64>(0, limit - used) / 1024;
    }
    // Up since its PID 1 started (the boot on a machine, the start of a container).
    if (age >= 0)
        s.uptimeSeconds = age;
}

QString gib(qint64 kib)
{
    return QLocale().toString(double(kib) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

HostState HostState::fromProbe(const ProbedHost &probe, bool hive)
{
    HostState s;
    s.host = probe.host;
    s.reached = probe.reached;
    s.error = probe.error;
    s.hive = hive;
    if (!probe.reached)
        return s;
    s.dockerVersion = probe.section(QStringLiteral("version")).trimmed();
    if (s.dockerVersion.contains(QLatin1Char('\n')) || s.dockerVersion.contains(QLatin1Char(' ')))
        s.dockerVersion.clear(); // an error, not a version
    const QJsonObject swarm =
        QJsonDocument::fromJson(probe.section(QStringLiteral("swarm")).toUtf8()).object();
    s.localState = swarm.value(QStringLiteral("LocalNodeState")).toString();
    readLoad(probe.section(QStringLiteral("load")), s);
    for (const HostResourcesHealth::DiskUse &d : HostResourcesHealth::diskUse(probe)) {
        if (d.percent > s.fullestDiskPercent) {
            s.fullestDiskPercent = d.percent;
            s.fullestDisk = d.mount;
        }
    }
    return s;
}

void HostState::addNodes(QList<HostState> &hosts, const QList<SwarmHealth::Node> &nodes)
{
    for (HostState &h : hosts) {
        const SwarmHealth::Node *found = nullptr;
        for (const SwarmHealth::Node &n : nodes) {
            if (n.host == h.host) {
                found = &n;
                break;
            }
        }
        for (const SwarmHealth::Node &n : nodes) {
            if (!found && firstLabel(n.host) == firstLabel(h.host))
                found = &n;
        }
        if (!found)
            continue;
        h.nodeStatus = found->status;
        h.availability = found->availability;
        h.managerStatus = found->managerStatus;
    }
}

void HostState::addFindings(QList<HostState> &hosts, const QList<HealthCheck> &checks)
{
    for (HostState &h : hosts) {
        for (const HealthCheck &c : checks) {
            if (c.subject != h.host || c.severity == HealthCheck::Severity::Ok)
                continue;
            ++h.findings;
            h.worst = qMax(h.worst, c.severity);
        }
    }
}

HostState::Condition HostState::condition() const
{
    if (!reached)
        return Condition::Unreachable;
    if (!hive)
        return Condition::Up;
    if (nodeStatus == QLatin1String("Down") || nodeStatus == QLatin1String("Unknown") ||
        (!localState.isEmpty() && localState != QLatin1String("active")))
        return Condition::Down;
    if (availability == QLatin1String("Drain") || availability == QLatin1String("Pause"))
        return Condition::Drained;
    return Condition::Up;
}

QString HostState::conditionName(Condition c)
{
    switch (c) {
    case Condition::Up:
        return QStringLiteral("up");
    case Condition::Drained:
        return QStringLiteral("drained");
    case Condition::Down:
        return QStringLiteral("down");
    case Condition::Unreachable:
        break;
    }
    return QStringLiteral("unreachable");
}

QString HostState::conditionText() const
{
    switch (condition()) {
    case Condition::Up:
        return tr("up");
    case Condition::Drained:
        return availability == QLatin1String("Pause") ? tr("paused") : tr("drained");
    case Condition::Down:
        return localState.isEmpty() || localState == QLatin1String("active")
                   ? tr("down in the swarm")
                   : tr("out of the swarm (%1)").arg(localState);
    case Condition::Unreachable:
        break;
    }
    return tr("does not answer");
}

QString HostState::swarmRoleText() const
{
    if (!hive || nodeStatus.isEmpty())
        return {};
    if (managerStatus == QLatin1String("Leader"))
        return tr("leader");
    if (managerStatus == QLatin1String("Unreachable"))
        return tr("manager (unreachable)");
    if (!managerStatus.isEmpty())
        return tr("manager");
    return tr("worker");
}

QString HostState::loadText() const
{
    if (load1 < 0)
        return {};
    const QString load = QLocale().toString(load1, 'f', 2);
    return processors > 0 ? QStringLiteral("%1 / %2").arg(load).arg(processors) : load;
}

QString HostState::memoryText() const
{
    if (memoryTotalKib <= 0)
        return {};
    return tr("%1 of %2 GiB")
        .arg(gib(memoryTotalKib - qMin(memoryAvailableKib, memoryTotalKib)), gib(memoryTotalKib));
}

QString HostState::diskText() const
{
    if (fullestDiskPercent < 0)
        return {};
    return QStringLiteral("%1 % %2").arg(fullestDiskPercent).arg(fullestDisk);
}

QString HostState::uptimeText() const
{
    if (uptimeSeconds < 0)
        return {};
    const qint64 days = uptimeSeconds / 86400;
    const qint64 hours = uptimeSeconds % 86400 / 3600;
    const qint64 minutes = uptimeSeconds % 3600 / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 min").arg(minutes);
}

QJsonObject HostState::toJson() const
{
    QJsonObject o{{QStringLiteral("host"), host},
                  {QStringLiteral("condition"), conditionName(condition())},
                  {QStringLiteral("hive"), hive},
                  {QStringLiteral("severity"), HealthCheck::severityName(worst)},
                  {QStringLiteral("findings"), findings}};
    if (!reached) {
        o.insert(QStringLiteral("error"), error);
        return o;
    }
    if (!nodeStatus.isEmpty()) {
        o.insert(QStringLiteral("node_status"), nodeStatus);
        o.insert(QStringLiteral("availability"), availability);
        o.insert(QStringLiteral("manager_status"), managerStatus);
    }
    if (!dockerVersion.isEmpty())
        o.insert(QStringLiteral("docker_version"), dockerVersion);
    if (load1 >= 0)
        o.insert(QStringLiteral("load1"), load1);
    if (processors > 0)
        o.insert(QStringLiteral("processors"), processors);
    if (memoryTotalKib > 0) {
        o.insert(QStringLiteral("memory_total_kib"), memoryTotalKib);
        o.insert(QStringLiteral("memory_available_kib"), memoryAvailableKib);
    }
    if (uptimeSeconds >= 0)
        o.insert(QStringLiteral("uptime_seconds"), uptimeSeconds);
    if (fullestDiskPercent >= 0) {
        o.insert(QStringLiteral("fullest_disk"), fullestDisk);
        o.insert(QStringLiteral("fullest_disk_percent"), fullestDiskPercent);
    }
    return o;
}

} // namespace hive
