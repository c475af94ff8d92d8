#include "providers/cloud_stage_reading.h"

#include "data/quantity_text.h"
#include "inventory/inventory_loader.h"

#include <algorithm>

namespace hive {

QList<QPair<QString, int>> CloudStageReading::publishedPorts(const LoadedInventory &loaded,
                                                             const StagePlan &stage)
{
    QList<QPair<QString, int>> published;
    for (const ServicePlan &s : loaded.services.services) {
        if (!s.availableOn.isEmpty() && !s.availableOn.contains(stage.name))
            continue;
        for (const PortPlan &p : s.ports) {
            if (!p.allocated && p.publishedPort > 0 && p.publishedPort < 10000 &&
                (p.protocol == QLatin1String("tcp") || p.protocol == QLatin1String("udp")))
                published.append({p.protocol, int(p.publishedPort)});
        }
    }
    std::sort(published.begin(), published.end());
    published.erase(std::unique(published.begin(), published.end()), published.end());
    return published;
}

bool CloudStageReading::hasNfsVolumes(const LoadedInventory &loaded, const StagePlan &stage)
{
    for (const ServicePlan &s : loaded.services.services) {
        if (!s.availableOn.isEmpty() && !s.availableOn.contains(stage.name))
            continue;
        for (const VolumePlan &v : s.volumes) {
            if (v.kind == VolumePlan::Kind::Nfs)
                return true;
        }
    }
    return false;
}

int CloudStageReading::movedSshPort(const Value &shared)
{
    for (const char *name : {"hive_safe_sshd_port", "hive_sshd_port"}) {
        const int port = shared.value(QLatin1String(name)).text().toInt();
        if (port > 0 && port != 22)
            return port;
    }
    return 0;
}

bool CloudStageReading::isRepositoryOnly(const HostPlan &host)
{
    return host.isRepository && !host.isHive;
}

QString CloudStageReading::instanceType(const StagePlan &stage, const HostPlan &host,
                                        const QString &cloud, const QString &example,
                                        QStringList &errors)
{
    const Value &def = stage.definition;
    const bool repository = isRepositoryOnly(host);
    const QLatin1String attribute(repository ? "repository_instance_type" : "instance_type");
    QString type = def.value(attribute).text();
    if (type.isEmpty() && repository)
        type = def.value(QStringLiteral("instance_type")).text();
    if (type.isEmpty())
        errors << tr("stage %1: '%2' is needed on %3 (e.g. %4) for %5")
                      .arg(stage.name, attribute, cloud, example, host.name);
    return type;
}

int CloudStageReading::diskSizeGiB(const StagePlan &stage, const HostPlan &host,
                                   QStringList &errors)
{
    const Value &def = stage.definition;
    const Value size =
        isRepositoryOnly(host) && !def.value(QStringLiteral("repository_disk_size")).isNull()
            ? def.value(QStringLiteral("repository_disk_size"))
            : def.value(QStringLiteral("disk_size"));
    int gib = 0;
    if (!size.isNull() && !QuantityText::gibibytes(size.text(), gib))
        errors << tr("stage %1: the disk size '%2' of %3 is not a size (20 or 20G)")
                      .arg(stage.name, size.text(), host.name);
    return gib;
}

int CloudStageReading::mirroredDiskGiB(const StagePlan &stage, const HostPlan &host,
                                       const Value &hostVars, QStringList &errors)
{
    const Value mirrored = stage.definition.value(QStringLiteral("mirrored_disk_size"));
    if (!host.isHive || mirrored.isNull() ||
        hostVars.value(QStringLiteral("hive_no_mirrored_device")).isTruthy())
        return 0;
    int gib = 0;
    if (!QuantityText::gibibytes(mirrored.text(), gib) || gib == 0) {
        errors << tr("stage %1: 'mirrored_disk_size' %2 is not a size (20 or 20G)")
                      .arg(stage.name, mirrored.text());
        return 0;
    }
    return gib;
}

} // namespace hive
