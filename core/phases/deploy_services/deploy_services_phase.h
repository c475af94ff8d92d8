#pragma once

#include "phases/named_phase_options.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;

// The deploy-services phase: the images pulled on every hive, then each
// service of the stage created or updated on the swarm with the spec its
// definition maps to (ServiceSpecBuilder) — updated only when it differs,
// which includes the image behind a tag now being another one — and
// waited for until its tasks run. -D removes services; -l names them.
class DeployServicesPhase
{
    Q_DECLARE_TR_FUNCTIONS(hive::DeployServicesPhase)
public:
    struct Options : NamedPhaseOptions // -l names services
    {
        int convergeTimeoutMs = 180000;
    };

    DeployServicesPhase(const Project &project, const LoadedInventory &loaded, RunEventSink *sink);

    bool run(const Options &options);

private:
    const Project &m_project;
    const LoadedInventory &m_loaded;
    RunEventSink *m_sink;
};

} // namespace hive
