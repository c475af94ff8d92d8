#pragma once

#include <QObject>

class QWidget;

namespace hive::gui {

// Keeps the mouse wheel from editing a value the user is scrolling past: a
// spin box or combo box under the pointer takes the wheel only once it has
// the focus (a click or Tab); until then the wheel scrolls the form around
// it. Without this, scrolling a long form changed CPUs and choices on the
// way down.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards `field` (the guard is its child; click and Tab still focus it).
    static void protect(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace hive::gui
