#pragma once

#include "gui/run/background_job.h"
#include "health/hive_monitoring.h"
#include "project/project.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QCustomPlot;
class QGridLayout;
class QLabel;
class QTimer;

namespace hive {
struct LoadedInventory;
}

namespace hive::gui {

// The Metrics tab: what the hive's Zabbix recorded for a host (CPU, memory,
// load, disks, network) or a service (tasks running and wanted), over the
// last hour, day or week, as charts. Read through the repository server off
// the GUI thread, on demand (F5), when the choice changes and every minute
// while the tab is shown. The Live tab's Open Metrics chooses its node or
// service here.
class MetricsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPage(QWidget *parent = nullptr);
    ~MetricsPage() override;

    void setProject(const Project &project, const LoadedInventory &loaded);
    void clear();
    // Shows a host's charts (service empty) or a service's.
    void choose(const QString &host, const QString &service);
    void refreshNow();
    // Shows charts as if a read had just returned them.
    void showCharts(const QList<HiveMonitoring::Chart> &charts);
    // Seconds of history shown (3600, 86400 or 604800).
    qint64 period() const;
    void setPeriod(qint64 seconds);
    QString statusText() const;
    bool reading() const { return m_reading.isRunning(); }
    QList<QCustomPlot *> plots() const { return m_plots; }
    QList<QAction *> pageActions() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QList<HiveMonitoring::Chart> charts;
        QString error;
    };

    QComboBox *m_subject;
    QComboBox *m_period;
    QAction *m_refresh;
    QLabel *m_status;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QTimer *m_timer;
    QList<QCustomPlot *> m_plots;
    QList<HiveMonitoring::Chart> m_charts;
    BackgroundJob<Outcome> m_reading;
    bool m_readAgain = false;

    Project m_project;
    std::shared_ptr<const LoadedInventory> m_loaded;

    void finished(const Outcome &outcome, bool cancelled);
    void redraw();
    static QString title(HiveMonitoring::Metric metric);
    static QString unitLabel(HiveMonitoring::Metric metric);
};

} // namespace hive::gui
