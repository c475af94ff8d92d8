#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

class HostPool;
class Project;
class RunReporter;
struct LoadedInventory;
struct StagePlan;

// The preamble every phase shares: the phase starts ("stage S of HIVE"),
// its stage is settled (StageScope), and -l chooses its targets; an error
// ends the phase with what to do next.
class PhaseScope
{
    Q_DECLARE_TR_FUNCTIONS(hive::PhaseScope)
public:
    // Starts the phase ("stage S of HIVE") and resolves; on an error the
    // phase is ended with it (RunReporter::abort) and null is returned.
    static const StagePlan *begin(RunReporter &reporter, const Project &project,
                                  const LoadedInventory &loaded, const QString &limit,
                                  QStringList &hosts);
    // begin() with the stage's SSH connections added to `pool` when given
    // (an error — no key yet — ends the phase). `limit` (empty for phases
    // whose -l names services, volumes or networks) chooses `hosts`, while
    // the pool still reaches every host of the stage (a swarm step talks to
    // the first hive even when -l leaves it out).
    static const StagePlan *beginOnStage(RunReporter &reporter, const Project &project,
                                         const LoadedInventory &loaded, const QString &limit,
                                         QStringList &hosts, HostPool *pool);
};

} // namespace hive
