#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace hive::gui {

// F1: every keyboard shortcut of the window once, under the menu (and so
// the tab) it belongs to, filtered as you type (by command, key or place).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    // The rows shown now: "place / command / key".
    int visibleCount() const;

private:
    QLineEdit *m_filter;
    QTreeWidget *m_list;

    void refilter(const QString &text);
};

} // namespace hive::gui
