#include "host_plan_view.h"

#include "inventory/hive_model.h"

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
        QStringList roles;
        if (h.isHive)
            roles << tr("hive");
        if (h.isRepository)
            roles << tr("repository");
        if (h.name == stage->firstHive)
            roles << tr("first");
        const QStringList cells{h.name, roles.join(QStringLiteral(", ")),
                                h.privateIp + QLatin1Char('/') + h.netmask, h.subnet,
                                h.availabilityZone.isNull() ? QStringLiteral("-")
                                                            : h.availabilityZone.scalarText()};
        for (int c = 0; c < cells.size(); ++c)
            setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
}

} // namespace hive::gui
