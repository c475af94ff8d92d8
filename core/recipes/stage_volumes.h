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
    // that mirror it.
    static DrbdResource drbdResource(const StagePlan &stage, const Volume &volume);
};

} // namespace hive
