#pragma once

#include "phases/phase.h"
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
class BuildVolumesPhase : public Phase
{
    Q_DECLARE_TR_FUNCTIONS(hive::BuildVolumesPhase)
public:
    using Volume = StageVolumes::Volume;

    QString name() const override { return QStringLiteral("build-volumes"); }

    // `docker volume create` for a driver volume.
    static QString createDriverVolume(const Volume &volume);
    // The DNS name of the stage's EFS for its nfs volumes; false saying to
    // run build-infra when it has none.
    static bool efsAddress(PhaseContext &context, QString &address, QString &error);

protected:
    // One step per volume, on every hive; -l names volumes.
    bool plan(PhaseContext &context, Plan &plan) const override;
};

} // namespace hive
