#pragma once

#include <QObject>

namespace hive::gui {

// Gives the keyboard focus back to the window under a dialog when the
// dialog closes, where nobody else does: without a window manager (a bare
// X server, a kiosk) the focus went to the root window and every key typed
// after an OK was lost. Where a window manager re-activates the window
// itself, this does nothing. Installed on the application.
class FocusReturn : public QObject
{
    Q_OBJECT
public:
    explicit FocusReturn(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace hive::gui
