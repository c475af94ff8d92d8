#include "gui/editor/host_plan_view.h"

#include "inventory/hive_model.h"
#include "inventory/host_roles.h"

#include <QHeaderView>

namespace hive::gui {

HostPlanView::HostPlanView(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("hostPlan"));
    setColumnCount(5);
    setHorizontalHeaderLabels({tr("Host"), tr("Role"), tr("Address"), tr("Subnet"), tr("Zone")});
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
    setRowCount(int(stage->hosts.size()));
    int row = 0;
    for (const HostPlan &h : stage->hosts) {
        const QStringList cells{h.name, HostRoles::of(*stage, h).join(QStringLiteral(", ")),
                                HostRoles::addressWithPrefix(h), h.subnet, HostRoles::zone(h)};
        for (int c = 0; c < cells.size(); ++c)
            setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
}

} // namespace hive::gui
