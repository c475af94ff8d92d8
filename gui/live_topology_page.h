#pragma once

#include "project/project.h"
#include "topology/live_topology.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
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
class QTimer;

namespace hive {
class LiveTopologyReader;
struct LoadedInventory;
} // namespace hive

namespace hive::gui {

class LiveTopologyScene;
class TopologyView;

// The Live tab: the hive as it runs, read from its managers every few
// seconds (and on F5) off the GUI thread — nodes with role, state and tasks,
// down nodes impossible to miss, planned vs actual — as a diagram (dense
// mode collapses tasks per service) or a nodes × services table, filtered by
// name. Choosing a node or task shows its details (the task's error history,
// container, image digest) with Open Logs (the service's log, followed) and
// Open Terminal (`hive ssh -t` to the node, or `docker exec` into the task).
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
    bool reading() const { return m_watcher.isRunning(); }
    LiveTopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    QString detailsText() const;
    QString statusText() const;
    // The command Open Terminal runs for the chosen item (empty: none).
    QStringList terminalCommand() const;
    QList<QAction *> pageActions() const;

signals:
    void topologyRead();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Source; // the project, the inventory and the reader, shared with the worker

    std::shared_ptr<Source> m_source;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<LiveTopology> m_watcher;
    LiveTopology m_topology;
    PlannedTopology m_planned;
    int m_reads = 0;
    QString m_chosen;
    QElapsedTimer m_took;

    LiveTopologyScene *m_scene;
    TopologyView *m_view;
    QTableWidget *m_table;
    QStackedWidget *m_stack;
    QTextBrowser *m_details;
    QPushButton *m_logs;
    QPushButton *m_terminal;
    QLabel *m_status;
    QLineEdit *m_filter;
    QComboBox *m_every;
    QTimer *m_timer;
    QAction *m_refresh;
    QAction *m_dense;
    QAction *m_tableMode;
    QAction *m_fit;

    void finished();
    void redraw();
    void fillTable();
    void showDetails();
    QString chosenService() const;
    const LiveTopology::Task *chosenTask() const;
    const LiveTopology::Node *chosenNode() const;
};

} // namespace hive::gui
