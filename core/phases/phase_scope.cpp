#include "phases/phase_scope.h"

#include "access/stage_connections.h"
#include "access/stage_scope.h"
#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"

namespace hive {

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
    const StagePlan *stage = StageScope::resolve(project, loaded, limit, hosts, error);
    if (!stage)
        reporter.abort(error);
    return stage;
}

const StagePlan *PhaseScope::beginOnStage(RunReporter &reporter, const Project &project,
                                          const LoadedInventory &loaded, HostPool *pool)
{
    QStringList hosts;
    return beginOnStage(reporter, project, loaded, {}, hosts, pool);
}

const StagePlan *PhaseScope::beginOnStage(RunReporter &reporter, const Project &project,
                                          const LoadedInventory &loaded, const QString &limit,
                                          QStringList &hosts, HostPool *pool)
{
    const StagePlan *stage = begin(reporter, project, loaded, limit, hosts);
    QString error;
    if (stage && pool && !StageConnections::add(project, loaded, *stage, *pool, error)) {
        reporter.abort(error);
        return nullptr;
    }
    return stage;
}

bool PhaseScope::chooseServices(RunReporter &reporter, const LoadedInventory &loaded,
                                const QString &stage, const QString &limit, QStringList &chosen)
{
    const QStringList all = StageScope::servicesOf(loaded, stage);
    const QString unknown = chooseNamed(all, limit, chosen);
    if (unknown.isEmpty())
        return true;
    reporter.abort(tr("-l %1: the stage has no service %1 (its services: %2)")
                       .arg(unknown, all.join(QStringLiteral(", "))));
    return false;
}

} // namespace hive
