#include "access/host_selection.h"

#include "inventory/hive_model.h"
#include "inventory/inventory.h"

#include <QRegularExpression>
#include <QSet>

namespace hive {

namespace {

QStringList hostsMatching(const StagePlan &stage, const Inventory &inventory,
                          const QString &pattern)
{
    QStringList out;
    if (pattern == QLatin1String("all") || pattern == QLatin1String("*")) {
        for (const HostPlan &h : stage.hosts)
            out << h.name;
        return out;
    }
    for (const HostPlan &h : stage.hosts) {
        if (h.name == pattern || h.name.section(QLatin1Char('.'), 0, 0) == pattern)
            out << h.name;
    }
    if (out.isEmpty() && inventory.hasGroup(pattern))
        out = inventory.hostsOf(pattern);
    return out;
}

} // namespace

bool HostSelection::select(const StagePlan &stage, const Inventory &inventory, const QString &limit,
                           QStringList &hosts, QString &error)
{
    QSet<QString> chosen;
    QSet<QString> excluded;
    bool anyInclude = false;
    const QStringList patterns =
        limit.split(QRegularExpression(QStringLiteral("[,:]")), Qt::SkipEmptyParts);
    for (QString pattern : patterns) {
        pattern = pattern.trimmed();
        const bool exclude = pattern.startsWith(QLatin1Char('!'));
        if (exclude)
            pattern.remove(0, 1);
        const QStringList matched = hostsMatching(stage, inventory, pattern);
        if (matched.isEmpty()) {
            QStringList names;
            for (const HostPlan &h : stage.hosts)
                names << h.name;
            error = tr("-l %1: no host or group of stage %2 is called %3 (hosts: %4)")
                        .arg(limit, stage.name, pattern, names.join(QStringLiteral(", ")));
            return false;
        }
        for (const QString &h : matched)
            (exclude ? excluded : chosen).insert(h);
        anyInclude = anyInclude || !exclude;
    }
    hosts.clear();
    for (const HostPlan &h : stage.hosts) {
        if ((!anyInclude || chosen.contains(h.name)) && !excluded.contains(h.name))
            hosts << h.name;
    }
    return true;
}

} // namespace hive
