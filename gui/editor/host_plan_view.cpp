#include "gui/editor/host_plan_view.h"

#include "inventory/hive_model.h"
#include "inventory/host_roles.h"

#include <QHeaderView>

namespace hive::gui {

HostPlanView::HostPlanView(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("hostPlan"));
    setColumnCount(7);
    setHorizontalHeaderLabels({tr("Host"), tr("Role"), tr("Address"), tr("Subnet"), tr("Zone"),
                               tr("Instance type"), tr("Disks")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
}

void HostPlanView::showStage(const StagePlan *stage)
{
    setRowCount(0);
    if (!stage)
        return;
    // What a cloud stage costs: each host's instance type and disks, as the
    // stage sets them (a separate repository server has its own).
    const bool cloud =
        QStringList{QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure")}.contains(
            stage->provider);
    setColumnHidden(5, !cloud);
    setColumnHidden(6, !cloud);
    const auto setting = [stage](const char *name) {
        return stage->definition.value(QLatin1String(name)).text();
    };
    const auto size = [](const QString &gib) {
        return gib.isEmpty() ? QString() : tr("%1 GiB").arg(QString(gib).remove(QLatin1Char('G')));
    };
    setRowCount(int(stage->hosts.size()));
    int row = 0;
    for (const HostPlan &h : stage->hosts) {
        const bool repositoryOnly = h.isRepository && !h.isHive;
        QString type = setting(repositoryOnly ? "repository_instance_type" : "instance_type");
        if (type.isEmpty())
            type = setting("instance_type");
        QString root = setting(repositoryOnly ? "repository_disk_size" : "disk_size");
        if (root.isEmpty())
            root = setting("disk_size");
        QStringList disks;
        disks << (root.isEmpty() ? tr("system: the image's size")
                                 : tr("system: %1").arg(size(root)));
        if (h.isHive && !setting("mirrored_disk_size").isEmpty())
            disks << tr("mirrored: %1").arg(size(setting("mirrored_disk_size")));
        const QStringList cells{h.name,
                                HostRoles::of(*stage, h).join(QStringLiteral(", ")),
                                HostRoles::addressWithPrefix(h),
                                h.subnet,
                                HostRoles::zone(h),
                                cloud ? type : QString(),
                                cloud ? disks.join(QStringLiteral(", ")) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
}

} // namespace hive::gui
