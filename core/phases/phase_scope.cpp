#include "phases/phase_scope.h"

#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "phases/host_selection.h"
#include "phases/stage_connections.h"
#include "project/project.h"

namespace hive {

const StagePlan *PhaseScope::resolve(const Project &project, const LoadedInventory &loaded,
                                     const QString &limit, QStringList &hosts, QString &error)
{
    if (!loaded.ok()) {
        error = tr("the inventory has errors; run `hive check` and fix them first");
        return nullptr;
    }
    const StagePlan *stage = loaded.hive.stage(project.stage());
    if (!stage) {
        error = tr("the hive definition has no stage %1").arg(project.stage());
        return nullptr;
    }
    if (!HostSelection::select(*stage, loaded.inventory, limit, hosts, error))
        return nullptr;
    return stage;
}

QString PhaseScope::chooseNamed(const QStringList &available, const QString &limit,
                                QStringList &chosen)
{
    QStringList names;
    for (const QString &l : limit.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!available.contains(l.trimmed()))
            return l.trimmed();
        names << l.trimmed();
    }
    chosen.clear();
    for (const QString &a : available) {
        if (names.isEmpty() || names.contains(a))
            chosen << a;
    }
    return {};
}

const StagePlan *PhaseScope::begin(RunReporter &reporter, const Project &project,
                                   const LoadedInventory &loaded, const QString &limit,
                                   QStringList &hosts)
{
    reporter.phaseStarted(tr("stage %1 of %2").arg(project.stage(), loaded.hive.name));
    QString error;
    const StagePlan *stage = resolve(project, loaded, limit, hosts, error);
    if (!stage)
        reporter.abort(error);
    return stage;
}

const StagePlan *PhaseScope::beginOnStage(RunReporter &reporter, const Project &project,
                                          const LoadedInventory &loaded, HostPool *pool)
{
    QStringList hosts;
    const StagePlan *stage = begin(reporter, project, loaded, {}, hosts);
    QString error;
    if (stage && pool && !StageConnections::add(project, loaded, *stage, *pool, error)) {
        reporter.abort(error);
        return nullptr;
    }
    return stage;
}

QStringList PhaseScope::servicesOf(const LoadedInventory &loaded, const QString &stage)
{
    QStringList out;
    for (const ServicePlan &s : loaded.services.services) {
        if (s.availableOn.contains(stage))
            out << s.name;
    }
    return out;
}

bool PhaseScope::chooseServices(RunReporter &reporter, const LoadedInventory &loaded,
                                const QString &stage, const QString &limit, QStringList &chosen)
{
    const QStringList all = servicesOf(loaded, stage);
    const QString unknown = chooseNamed(all, limit, chosen);
    if (unknown.isEmpty())
        return true;
    reporter.abort(tr("-l %1: the stage has no service %1 (its services: %2)")
                       .arg(unknown, all.join(QStringLiteral(", "))));
    return false;
}

} // namespace hive
