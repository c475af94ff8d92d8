#include "gui/shell/focus_return.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace hive::gui {

FocusReturn::FocusReturn(QObject *parent) : QObject(parent)
{}

bool FocusReturn::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Hide || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *dialog = static_cast<QWidget *>(watched);
    if (!dialog->isWindow() || dialog->windowType() != Qt::Dialog || !dialog->parentWidget())
        return QObject::eventFilter(watched, event);
    QPointer<QWidget> under = dialog->parentWidget()->window();
    // After the dialog is gone: only when no window is active then (a
    // window manager gives the focus back before that) and no other
    // dialog waits.
    QTimer::singleShot(0, this, [under] {
        if (under && under->isVisible() && !QApplication::activeWindow() &&
            !QApplication::activeModalWidget())
            under->activateWindow();
    });
    return QObject::eventFilter(watched, event);
}

} // namespace hive::gui
