#include "access/stage_scope.h"

#include "access/host_selection.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"

namespace hive {

const StagePlan *StageScope::resolve(const Project &project, const LoadedInventory &loaded,
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

QStringList StageScope::servicesOf(const LoadedInventory &loaded, const QString &stage)
{
    QStringList out;
    for (const ServicePlan &s : loaded.services.services) {
        if (s.availableOn.contains(stage))
            out << s.name;
    }
    return out;
}

QStringList StageScope::servicesWithBackups(const LoadedInventory &loaded, const QString &stage)
{
    QStringList out;
    for (const QString &s : servicesOf(loaded, stage)) {
        if (!loaded.inventory.flattenedHostVars(s)
                 .value(QStringLiteral("hive_backup_scripts"))
                 .isNull())
            out << s;
    }
    return out;
}

} // namespace hive
