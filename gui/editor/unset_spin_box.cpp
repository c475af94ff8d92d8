#include "gui/editor/unset_spin_box.h"

namespace hive::gui {

UnsetSpinBox::UnsetSpinBox(QWidget *parent) : QSpinBox(parent)
{}

void UnsetSpinBox::stepBy(int steps)
{
    if (isUnset() && steps > 0) {
        const int start = m_default ? m_default() : minimum() + 1;
        // One step lands on the default itself; more go on from it.
        setValue(qMax(minimum() + 1, start) + steps - 1);
        return;
    }
    QSpinBox::stepBy(steps);
}

} // namespace hive::gui
