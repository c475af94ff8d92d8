#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QListWidget;

namespace hive::gui {

// Ctrl+Shift+P: every action of the window by its menu and name ("Health ›
// Check Now", with its shortcut), filtered as you type on both; what cannot
// run now is listed greyed with the reason "unavailable now"; Enter runs the
// selected one, Page Up/Down move by a page.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(const QList<QAction *> &actions, QWidget *parent = nullptr);
    int visibleCount() const;
    // The entries shown now, as the list says them.
    QStringList visibleTexts() const;
    // Where the action lives: its menu's title, and the parent menu's for a
    // submenu ("View › Health"), without mnemonics.
    static QString categoryOf(const QAction *action);
    // The action's text without its mnemonic.
    static QString plainText(const QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QAction *> m_actions;
    QLineEdit *m_filter;
    QListWidget *m_list;

    void refilter(const QString &text);
    void runSelected();
};

} // namespace hive::gui
