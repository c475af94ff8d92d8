#pragma once

#include "gui/health/health_page.h"
#include "health/health_report.h"
#include "project/project.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hive {
struct StagePlan;
}

namespace hive::gui {

// The Hosts tab: every host of the selected stage as planned (role, address,
// zone) and as the last health check found it (answering or not, its place
// in the swarm, load, memory, the fullest disk, how long it has been up, its
// findings). Per host: Open Terminal, Show Findings in the Health tab, and
// Set Up Again (setup-hosts limited to it, prepared in the Build tab).
class HostsPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostsPage(QWidget *parent = nullptr);

    void setProject(const Project &project, const StagePlan *stage);
    void clear();
    // The last health check of the stage (a report of another stage is ignored).
    void showCheck(HealthPage::State check, const HealthReport &report, const QString &failure);

    QTableWidget *table() const { return m_table; }
    // The chosen host ("" when none).
    QString chosenHost() const;
    QList<QAction *> hostActions() const;
    // Check Now and the host actions, for the View menu and the palette.
    QList<QAction *> pageActions() const;

signals:
    void checkRequested();
    void findingsRequested(const QString &host);
    void setUpRequested(const QString &host);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString name;
        QString roles;
        QString address;
        QString zone;
    };

    QLabel *m_status;
    QPushButton *m_checkNow;
    QPushButton *m_terminalButton;
    QPushButton *m_findingsButton;
    QPushButton *m_setUpButton;
    QTableWidget *m_table;
    QAction *m_terminal;
    QAction *m_findings;
    QAction *m_setUp;
    QAction *m_copy;
    QAction *m_checkAction;

    Project m_project;
    QList<Row> m_rows;
    HealthPage::State m_check = HealthPage::State::NotChecked;
    HealthReport m_report;
    QString m_failure;

    void retranslate();
    void fill();
    void updateStatus();
    void updateActions();
    void openTerminal();
};

} // namespace hive::gui
