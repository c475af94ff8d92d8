#include "gui/editor/history_keys.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace hive::gui {

void HistoryKeys::route(QWidget *form)
{
    auto *keys = form->findChild<HistoryKeys *>(QString(), Qt::FindDirectChildrenOnly);
    if (!keys)
        keys = new HistoryKeys(form);
    const QList<QWidget *> fields = form->findChildren<QWidget *>();
    for (QWidget *w : fields) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QLineEdit *>(w)) {
            w->removeEventFilter(keys); // once, however often the form is routed
            w->installEventFilter(keys);
        }
    }
}

bool HistoryKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
        return false;
    if (const auto *edit = qobject_cast<QLineEdit *>(watched); edit && edit->isModified())
        return false; // its own typing first
    // Not taken by the field: the window's Undo or Redo shortcut runs.
    event->ignore();
    return true;
}

} // namespace hive::gui
