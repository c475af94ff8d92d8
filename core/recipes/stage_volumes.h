#pragma once

#include "data/value.h"
#include "inventory/service_model.h"
#include "recipes/drbd_resource.h"

#include <QList>

namespace hive {

struct LoadedInventory;
struct StagePlan;

// The volumes of a stage's services as the inventory lists them (its
// drbd_volumes, volumes and nfs_volumes groups), each once: what
// build-volumes makes, and what doctor and the DRBD repairs look at.
class StageVolumes
{
public:
    struct Volume
    {
        QString name;
        VolumePlan::Kind kind = VolumePlan::Kind::Driver;
        Value spec; // hive_volume of the volume's inventory host
    };

    static QList<Volume> of(const LoadedInventory &loaded, const QString &stage);
    // A DRBD volume's resource: its device, size, file system and the hives
    // that mirror it. `withoutDevice`: hives with hive_no_mirrored_device,
    // diskless in every resource (setup-hosts made no pool there).
    static DrbdResource drbdResource(const StagePlan &stage, const Volume &volume,
                                     const QStringList &withoutDevice = {});
    // The hives of the stage whose hive_no_mirrored_device is true.
    static QStringList hivesWithoutMirroredDevice(const LoadedInventory &loaded,
                                                  const StagePlan &stage);
};

} // namespace hive
