#include "gui/editor/project_tree.h"

#include "inventory/host_roles.h"
#include "inventory/inventory_loader.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>

namespace hive::gui {

namespace {
constexpr int kFileRole = Qt::UserRole + 1;
constexpr int kLineRole = Qt::UserRole + 2;
constexpr int kStageRole = Qt::UserRole + 3;
constexpr int kServicesRole = Qt::UserRole + 4; // the Services folder

QTreeWidgetItem *node(QTreeWidgetItem *parent, const QString &text, const QIcon &icon,
                      const SourceMark &mark = {})
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setIcon(0, icon);
    item->setData(0, kFileRole, mark.file);
    item->setData(0, kLineRole, mark.line);
    return item;
}
} // namespace

ProjectTree::ProjectTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("projectTree"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
}

void ProjectTree::showInventory(const LoadedInventory &loaded, const QString &currentStage)
{
    clear();
    QStyle *s = style();
    const QIcon folder = s->standardIcon(QStyle::SP_DirIcon);
    const QIcon host = s->standardIcon(QStyle::SP_ComputerIcon);
    const QIcon storage = s->standardIcon(QStyle::SP_DriveHDIcon);
    const QIcon net = s->standardIcon(QStyle::SP_DriveNetIcon);
    const QIcon file = s->standardIcon(QStyle::SP_FileIcon);

    auto *hiveRoot = new QTreeWidgetItem(this, {tr("Hive %1").arg(loaded.hive.name)});
    hiveRoot->setIcon(0, folder);
    hiveRoot->setData(0, kFileRole, loaded.hive.file);
    hiveRoot->setData(0, kLineRole, 1);
    for (const StagePlan &stage : loaded.hive.stages) {
        QTreeWidgetItem *stageItem =
            node(hiveRoot,
                 tr("%1 (%2, %n host(s))", nullptr, int(stage.hosts.size()))
                     .arg(stage.name, stage.provider),
                 folder, stage.mark);
        stageItem->setData(0, kStageRole, stage.name);
        if (stage.name == currentStage) {
            QFont bold = stageItem->font(0);
            bold.setBold(true);
            stageItem->setFont(0, bold);
        }
        for (const HostPlan &h : stage.hosts) {
            const QString roles = HostRoles::of(stage, h).join(QStringLiteral(", "));
            node(stageItem, QStringLiteral("%1  %2  (%3)").arg(h.name, h.privateIp, roles), host,
                 stage.mark);
        }
        stageItem->setExpanded(stage.name == currentStage);
    }
    hiveRoot->setExpanded(true);

    auto *services =
        new QTreeWidgetItem(this, {tr("Services (%1)").arg(loaded.services.services.size())});
    services->setIcon(0, folder);
    services->setData(0, kServicesRole, true);
    auto *images = new QTreeWidgetItem(this, {tr("Images")});
    images->setIcon(0, folder);
    auto *volumes = new QTreeWidgetItem(this, {tr("Volumes")});
    volumes->setIcon(0, folder);
    for (const ServicePlan &svc : loaded.services.services) {
        node(services, svc.name, file, svc.mark);
        if (svc.buildsImage())
            node(images, tr("%1 (built from %2)").arg(svc.name, svc.buildFrom), file, svc.mark);
        else if (!svc.imageTag.isEmpty())
            node(images, tr("%1 (%2)").arg(svc.name, svc.imageTag), file, svc.mark);
        for (const VolumePlan &v : svc.volumes) {
            // A bind mount or tmpfs is not a volume of the hive; a named
            // volume without drbd or a driver is a local one on each host.
            const bool local =
                v.kind == VolumePlan::Kind::Mount && v.type == QLatin1String("volume");
            if (v.kind == VolumePlan::Kind::Mount && !local)
                continue;
            QString kind = v.kind == VolumePlan::Kind::Drbd  ? tr("DRBD, device %1").arg(v.deviceId)
                           : v.kind == VolumePlan::Kind::Nfs ? tr("NFS")
                           : local                           ? tr("local on each host")
                                                             : tr("driver");
            node(volumes, tr("%1 → %2:%3 (%4)").arg(v.source, svc.name, v.target, kind), storage,
                 v.mark);
        }
    }
    volumes->setText(0, tr("Volumes (%1)").arg(volumes->childCount()));
    images->setText(0, tr("Images (%1)").arg(images->childCount()));
    auto *networks =
        new QTreeWidgetItem(this, {tr("Networks (%1)").arg(loaded.services.networks.size())});
    networks->setIcon(0, folder);
    for (const NetworkPlan &n : loaded.services.networks)
        node(networks, n.name, net, n.mark);
    services->setExpanded(true);
    setCurrentItem(hiveRoot);
}

void ProjectTree::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = event->reason() == QContextMenuEvent::Mouse
                                ? itemAt(viewport()->mapFromGlobal(event->globalPos()))
                                : currentItem();
    const auto isServices = [](const QTreeWidgetItem *i) {
        return i && i->data(0, kServicesRole).toBool();
    };
    if (!item || (!isServices(item) && !isServices(item->parent())))
        return;
    const QString file = item->data(0, kFileRole).toString();
    QMenu menu(this);
    if (!file.isEmpty())
        menu.addAction(tr("&Open"), this, [this, item] { activate(item); });
    menu.addAction(tr("Add &Service…"), this, [this, file] { emit addServiceRequested(file); });
    menu.addAction(tr("New Services &File…"), this, &ProjectTree::newServicesFileRequested);
    menu.exec(event->globalPos());
}

void ProjectTree::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    // Read before anything is said: a stage switched to rebuilds the tree,
    // and `item` with it.
    const QString stage = item->data(0, kStageRole).toString();
    const QString file = item->data(0, kFileRole).toString();
    const int line = item->data(0, kLineRole).toInt();
    if (!stage.isEmpty())
        emit stageActivated(stage);
    if (!file.isEmpty())
        emit openLocation(file, line, 1);
}

} // namespace hive::gui
