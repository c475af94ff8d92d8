#include "phases/phase_scope.h"

#include "access/stage_connections.h"
#include "access/stage_scope.h"
#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"

namespace hive {

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

} // namespace hive
