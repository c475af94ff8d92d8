#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QListWidget;

namespace hive::gui {

// Ctrl+Shift+P: every action of the window by name (with its shortcut),
// filtered as you type; Enter runs the selected one.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(const QList<QAction *> &actions, QWidget *parent = nullptr);
    int visibleCount() const;

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
