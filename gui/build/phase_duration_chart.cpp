#include "gui/build/phase_duration_chart.h"

#include "gui/run/chart_palette.h"
#include "gui/run/run_status_style.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace hive::gui {

namespace {
constexpr int kMostRuns = 40;
}

PhaseDurationChart::PhaseDurationChart(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("phaseDurations"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setAccessibleName(tr("Durations of the phase across runs"));
}

void PhaseDurationChart::show(const QList<RunHistory::Record> &records, const QString &phase)
{
    m_records = records;
    m_phase = phase;
    redraw();
}

void PhaseDurationChart::redraw()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    ChartPalette::apply(m_plot, palette());
    QList<RunHistory::Record> runs;
    for (const RunHistory::Record &r : std::as_const(m_records)) {
        if (r.phase == m_phase && r.status != RunEvent::Status::None)
            runs.prepend(r); // oldest first
    }
    while (runs.size() > kMostRuns)
        runs.removeFirst();
    m_bars = int(runs.size());
    QSharedPointer<QCPAxisTickerText> when(new QCPAxisTickerText);
    double longest = 1.0;
    double shortest = -1.0;
    // One bars plottable per status, so each has its colour.
    QHash<int, QCPBars *> byStatus;
    for (int i = 0; i < runs.size(); ++i) {
        const RunHistory::Record &r = runs.at(i);
        QCPBars *&bars = byStatus[int(r.status)];
        if (!bars) {
            bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
            const QColor hue = RunStatusStyle::hue(r.status);
            bars->setBrush(hue);
            bars->setPen(QPen(hue.darker(130)));
            bars->setWidth(0.7);
            bars->setName(RunStatusStyle::word(r.status));
        }
        const double s = double(r.elapsedMs) / 1000.0;
        bars->addData(i + 1, s);
        longest = qMax(longest, s);
        shortest = shortest < 0 ? s : qMin(shortest, s);
        if (runs.size() <= 12 || i % qMax(1, int(runs.size()) / 8) == 0)
            when->addTick(i + 1, r.started.toLocalTime().toString(QStringLiteral("MM-dd\nHH:mm")));
    }
    m_plot->xAxis->setTicker(when);
    m_plot->xAxis->setRange(0.3, qMax(1, int(runs.size())) + 0.7);
    // One long run (a first build: minutes) would flatten the others
    // (seconds): past a factor of 20 the scale is logarithmic.
    const double floor = qMax(shortest, 0.05) / 2.0;
    m_logScale = shortest >= 0 && longest / (floor * 2.0) > 20.0;
    if (m_logScale) {
        m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        m_plot->yAxis->setRange(floor, longest * 2.0);
        for (QCPBars *bars : std::as_const(byStatus))
            bars->setBaseValue(floor);
    } else {
        m_plot->yAxis->setScaleType(QCPAxis::stLinear);
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        m_plot->yAxis->setRange(0, longest * 1.15);
    }
    m_plot->yAxis->setLabel(m_logScale ? tr("%1: seconds per run (log scale)").arg(m_phase)
                                       : tr("%1: seconds per run").arg(m_phase));
    m_plot->legend->setVisible(byStatus.size() > 1);
    m_plot->legend->setBrush(palette().brush(QPalette::Base));
    m_plot->legend->setTextColor(palette().color(QPalette::Text));
    m_plot->replot();
}

void PhaseDurationChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        redraw();
    QWidget::changeEvent(event);
}

} // namespace hive::gui
