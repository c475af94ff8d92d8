#pragma once

#include <QStringList>
#include <QWidget>

class QCustomPlot;

namespace hive {
class RunState;
}

namespace hive::gui {

// A Gantt chart of one phase of a run: a row per host, a bar per step from
// when it began on that host to when it ended (or now, while it runs),
// coloured by how it ended; hovering a bar names the step, its status and
// its time. Drawn from the same RunState as the grid.
class RunTimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit RunTimelineChart(QWidget *parent = nullptr);

    void show(const RunState *state, const QString &phase, qint64 nowMs);
    QCustomPlot *plot() const { return m_plot; }
    int barCount() const;
    // The statuses the legend explains, in the order they first appear.
    QStringList legend() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
    const RunState *m_state = nullptr;
    QString m_phase;
    qint64 m_nowMs = 0;

    void redraw();
    void hover(QMouseEvent *event);
};

} // namespace hive::gui
