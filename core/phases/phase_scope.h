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
    // begin() for the phases whose targets are names (images, volumes,
    // networks, services) on the whole stage; with a pool, the stage's SSH
    // connections are added to it (an error — no key yet — ends the phase).
    static const StagePlan *beginOnStage(RunReporter &reporter, const Project &project,
                                         const LoadedInventory &loaded, HostPool *pool = nullptr);
    // The same for a phase whose -l names hosts: `limit` chooses `hosts`,
    // while the pool still reaches every host of the stage (a swarm step
    // talks to the first hive even when -l leaves it out).
    static const StagePlan *beginOnStage(RunReporter &reporter, const Project &project,
                                         const LoadedInventory &loaded, const QString &limit,
                                         QStringList &hosts, HostPool *pool);
};

} // namespace hive
