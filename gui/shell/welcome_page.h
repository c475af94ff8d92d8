#pragma once

#include <QWidget>

class QListWidget;

namespace hive::gui {

// What the centre shows with no project open: start a new project (the
// setup wizard), open one, open the example, or pick one of the recent
// projects (keyboard: Tab, arrows, Enter; the new project has the focus).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecent(const QStringList &projects);

signals:
    void newRequested();
    void openRequested();
    void openExampleRequested();
    void recentRequested(const QString &rootDir);

private:
    QListWidget *m_recent;
};

} // namespace hive::gui
