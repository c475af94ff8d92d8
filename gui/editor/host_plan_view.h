#pragma once

#include <QTableWidget>

namespace hive {
struct StagePlan;
}

namespace hive::gui {

// The hosts of the selected stage as the core plans them: name, role,
// address with its prefix length, subnet, zone — the figures of
// `hive list-hosts --long` — and on a cloud what each costs: its instance
// type and disks.
class HostPlanView : public QTableWidget
{
    Q_OBJECT
public:
    explicit HostPlanView(QWidget *parent = nullptr);
    void showStage(const StagePlan *stage);
};

} // namespace hive::gui
