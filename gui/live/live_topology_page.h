#pragma once

#include "gui/run/background_job.h"
#include "project/project.h"
#include "topology/live_topology.h"

#include <QElapsedTimer>
#include <QWidget>
#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;
class QThread;
class QTimer;

namespace hive {
class LiveTopologyReader;
struct LoadedInventory;
} // namespace hive

namespace hive::gui {

class LiveTopologyScene;
class TopologyView;

// The Live tab: the hive as it runs, read from its managers every few
// seconds, at once when a manager reports a change (its Docker events,
// followed on a thread of their own while the tab is shown), and on F5, off
// the GUI thread — nodes with role, state and tasks,
// down nodes impossible to miss, planned vs actual — as a diagram (dense
// mode collapses tasks per service) or a nodes × services table, filtered by
// name. Choosing a node or task shows its details (the task's error history,
// container, image digest) with Open Logs (the service's log, followed),
// Open Terminal (`hive ssh -t` to the node, or `docker exec` into the task)
// and Open Metrics (what Zabbix recorded for the service, or the node).
class LiveTopologyPage : public QWidget
{
    Q_OBJECT
public:
    explicit LiveTopologyPage(QWidget *parent = nullptr);
    ~LiveTopologyPage() override;

    void setProject(const Project &project, const LoadedInventory &loaded);
    void clear();
    void refreshNow();
    // Seconds between reads while the tab is shown; 0: only on demand.
    void setInterval(int seconds);
    void setDense(bool dense);
    void setTableMode(bool table);
    void setFilter(const QString &text);
    // Chooses an item by key (node:HOST, task:ID …) and shows its details.
    bool choose(const QString &key);
    void openLogs();
    void openTerminal();

    const LiveTopology &topology() const { return m_topology; }
    // Reads finished since the project was set.
    int reads() const { return m_reads; }
    // The manager whose events are followed (empty: none now), and the
    // changes it reported since the project was set.
    QString following() const { return m_following; }
    int changes() const { return m_changes; }
    bool reading() const { return m_reading.isRunning(); }
    LiveTopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    QString detailsText() const;
    QString statusText() const;
    // The command Open Terminal runs for the chosen item (empty: none).
    QStringList terminalCommand() const;
    QList<QAction *> pageActions() const;

    // Open Metrics: the chosen node's charts, or its service's.
    void openMetrics();

signals:
    void topologyRead();
    void metricsRequested(const QString &host, const QString &service);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Source; // the project, the inventory and the reader, shared with the worker

    std::shared_ptr<Source> m_source;
    BackgroundJob<LiveTopology> m_reading;
    LiveTopology m_topology;
    PlannedTopology m_planned;
    int m_reads = 0;
    QString m_chosen;
    QElapsedTimer m_took;
    // Following the swarm's events: the thread, its stop flag, what it said.
    QThread *m_follower = nullptr;
    std::shared_ptr<std::atomic_bool> m_followStop;
    QString m_following;
    QString m_followError;
    int m_changes = 0;
    bool m_readAgain = false;
    QString m_readStatus; // what the last read found
    bool m_readBad = false;

    LiveTopologyScene *m_scene;
    TopologyView *m_view;
    QTableWidget *m_table;
    QStackedWidget *m_stack;
    QTextBrowser *m_details;
    QPushButton *m_logs;
    QPushButton *m_terminal;
    QPushButton *m_metrics;
    QLabel *m_status;
    QLineEdit *m_filter;
    QComboBox *m_every;
    QTimer *m_timer;
    QTimer *m_soon; // a burst of changes: one read
    QAction *m_refresh;
    QAction *m_dense;
    QAction *m_tableMode;
    QAction *m_fit;

    void finished(const LiveTopology &read, bool cancelled);
    void startFollowing();
    void stopFollowing();
    void changed();
    void showStatus();
    void redraw();
    void fillTable();
    void showDetails();
    QString chosenService() const;
    const LiveTopology::Task *chosenTask() const;
    const LiveTopology::Node *chosenNode() const;
};

} // namespace hive::gui
