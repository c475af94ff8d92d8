#include "gui/editor/wheel_guard.h"

#include <QEvent>
#include <QWidget>

namespace hive::gui {

void WheelGuard::protect(QWidget *field)
{
    field->setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: the wheel does not focus it
    field->installEventFilter(new WheelGuard(field));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
        // Handled here, but not accepted: Qt hands it on to the parents,
        // and the scroll area around the form scrolls.
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hive::gui
