#pragma once

#include <QMenu>
#include <QStringList>

namespace hive::gui {

// File → Open Recent: the projects opened last (kept in the settings),
// newest first, each with a number to choose it by.
class RecentProjectsMenu : public QMenu
{
    Q_OBJECT
public:
    RecentProjectsMenu(const QString &title, QWidget *parent = nullptr);

    static QStringList projects();
    // Puts `rootDir` first (once) and shows the list again.
    void add(const QString &rootDir);

signals:
    void openRequested(const QString &rootDir);

private:
    void fill();
};

} // namespace hive::gui
