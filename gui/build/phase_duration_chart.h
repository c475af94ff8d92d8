#pragma once

#include "engine/run_history.h"

#include <QWidget>

class QCustomPlot;

namespace hive::gui {

// How long a phase took in its saved runs, oldest to newest, a bar per run
// coloured by how it ended (killed runs have none): shows at a glance when a
// phase became slow.
class PhaseDurationChart : public QWidget
{
    Q_OBJECT
public:
    explicit PhaseDurationChart(QWidget *parent = nullptr);

    void show(const QList<RunHistory::Record> &records, const QString &phase);
    QCustomPlot *plot() const { return m_plot; }
    int barCount() const { return m_bars; }
    // Whether the durations differ so much that the scale is logarithmic.
    bool logScale() const { return m_logScale; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
    QList<RunHistory::Record> m_records;
    QString m_phase;
    bool m_logScale = false;
    int m_bars = 0;

    void redraw();
};

} // namespace hive::gui
