#include "recipes/stage_volumes.h"

#include "inventory/inventory_loader.h"

#include <QSet>

namespace hive {

QList<StageVolumes::Volume> StageVolumes::of(const LoadedInventory &loaded, const QString &stage)
{
    QList<Volume> out;
    QSet<QString> seen;
    for (const auto &[group, kind] : {std::pair{"drbd_volumes", VolumePlan::Kind::Drbd},
                                      {"volumes", VolumePlan::Kind::Driver},
                                      {"nfs_volumes", VolumePlan::Kind::Nfs}}) {
        for (const QString &host : loaded.inventory.hostsOf(QLatin1String(group))) {
            if (!loaded.inventory.groupsOfHost(host).contains(stage))
                continue;
            Volume v;
            v.spec = loaded.inventory.flattenedHostVars(host).value(QStringLiteral("hive_volume"));
            v.name = v.spec.value(QStringLiteral("name")).text();
            v.kind = kind;
            if (!v.name.isEmpty() && !seen.contains(v.name)) {
                seen.insert(v.name);
                out << v;
            }
        }
    }
    return out;
}

QStringList StageVolumes::hivesWithoutMirroredDevice(const LoadedInventory &loaded,
                                                     const StagePlan &stage)
{
    QStringList out;
    for (const HostPlan &h : stage.hosts) {
        if (h.isHive && loaded.inventory.flattenedHostVars(h.name)
                            .value(QStringLiteral("hive_no_mirrored_device"))
                            .isTruthy())
            out << h.name;
    }
    return out;
}

DrbdResource StageVolumes::drbdResource(const StagePlan &stage, const Volume &volume,
                                        const QStringList &withoutDevice)
{
    const Value drbd = volume.spec.value(QStringLiteral("drbd"));
    DrbdResource r;
    r.name = volume.name;
    r.deviceId = int(drbd.value(QStringLiteral("device_id")).toInt());
    r.size = drbd.value(QStringLiteral("size")).text();
    r.fstype = drbd.value(QStringLiteral("fstype")).text();
    for (const Value &d : drbd.value(QStringLiteral("diskless")).items())
        r.diskless << d.text();
    for (const QString &host : withoutDevice) {
        if (!r.diskless.contains(host))
            r.diskless << host;
    }
    for (const HostPlan &h : stage.hosts) {
        if (h.isHive)
            r.hives.append({h.name, h.privateIp});
    }
    return r;
}

} // namespace hive
