#pragma once

#include <QStyledItemDelegate>

namespace hive::gui {

// Draws a cell as a progress bar (the value 0..1000 in `role`), with the
// cell's text on it: the Build view's per-host progress column.
class ProgressCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressCellDelegate(int role, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace hive::gui
