#pragma once

#include "phases/named_phase_options.h"
#include "recipes/stage_volumes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct DrbdResource;
struct LoadedInventory;
struct StagePlan;

// The build-volumes phase: every volume of the stage's services that a
// driver, DRBD or NFS makes, on every hive. A DRBD volume gets its resource
// file, logical volume, metadata, file system and a Docker volume on
// /dev/drbd<id>; where the kernel cannot load DRBD (the test bed) the volume
// is a plain local one, and each host says so. -D removes them, refusing
// while a service still uses one; -l names volumes.
class BuildVolumesPhase
{
    Q_DECLARE_TR_FUNCTIONS(hive::BuildVolumesPhase)
public:
    using Options = NamedPhaseOptions; // -l names volumes
    using Volume = StageVolumes::Volume;

    BuildVolumesPhase(const Project &project, const LoadedInventory &loaded, RunEventSink *sink);

    bool run(const Options &options);

    // `docker volume create` for a driver volume.
    static QString createDriverVolume(const Volume &volume);

private:
    const Project &m_project;
    const LoadedInventory &m_loaded;
    RunEventSink *m_sink;
};

} // namespace hive
