#include "gui/shell/recent_projects_menu.h"

#include <QDir>
#include <QSettings>

namespace hive::gui {

namespace {
const QString kRecent = QStringLiteral("recentProjects");
constexpr int kMaxRecent = 8;
} // namespace

RecentProjectsMenu::RecentProjectsMenu(const QString &title, QWidget *parent) : QMenu(title, parent)
{
    fill();
}

QStringList RecentProjectsMenu::projects()
{
    return QSettings().value(kRecent).toStringList();
}

void RecentProjectsMenu::add(const QString &rootDir)
{
    QStringList recent = projects();
    recent.removeAll(rootDir);
    recent.prepend(rootDir);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecent, recent);
    fill();
}

void RecentProjectsMenu::fill()
{
    clear();
    const QStringList recent = projects();
    int n = 1;
    for (const QString &dir : recent) {
        QAction *a =
            addAction(QStringLiteral("&%1 %2").arg(n++).arg(QDir::toNativeSeparators(dir)));
        connect(a, &QAction::triggered, this, [this, dir] { emit openRequested(dir); });
    }
    setEnabled(!recent.isEmpty());
}

} // namespace hive::gui
