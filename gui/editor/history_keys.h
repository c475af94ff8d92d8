#pragma once

#include <QObject>

class QWidget;

namespace hive::gui {

// Sends Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) pressed in a form's field to the
// file's history, the window's Undo and Redo, as the source view does: a
// spin box, combo box or line edit would otherwise take them for its own
// (empty) history and nothing would happen. Typing not yet handed to the
// file (a line edit still being edited) is undone in the field first.
class HistoryKeys : public QObject
{
    Q_OBJECT
public:
    // Routes the history keys of every field inside `form` (its children now).
    static void route(QWidget *form);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace hive::gui
