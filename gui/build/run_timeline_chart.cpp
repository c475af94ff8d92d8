#include "gui/build/run_timeline_chart.h"

#include "engine/run_state.h"
#include "gui/run/chart_palette.h"
#include "gui/run/run_status_style.h"

#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace hive::gui {

RunTimelineChart::RunTimelineChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("runTimeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &RunTimelineChart::hover);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setAccessibleName(tr("Timeline of the steps on each host"));
}

int RunTimelineChart::barCount() const
{
    int bars = 0;
    for (int i = 0; i < m_plot->itemCount(); ++i)
        bars += qobject_cast<QCPItemRect *>(m_plot->item(i)) ? 1 : 0;
    return bars;
}

QStringList RunTimelineChart::legend() const
{
    QStringList keys;
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        keys << m_plot->plottable(i)->name();
    return m_plot->legend->visible() ? keys : QStringList();
}

void RunTimelineChart::show(const RunState *state, const QString &phase, qint64 nowMs)
{
    m_state = state;
    m_phase = phase;
    m_nowMs = nowMs;
    redraw();
}

void RunTimelineChart::redraw()
{
    m_plot->clearItems();
    m_plot->clearPlottables(); // the legend's keys
    ChartPalette::apply(m_plot, palette());
    const RunState::Phase *p = m_state ? m_state->phase(m_phase) : nullptr;
    QSharedPointer<QCPAxisTickerText> hosts(new QCPAxisTickerText);
    m_plot->xAxis->setLabel(tr("seconds since the phase began"));
    if (!p) {
        m_plot->yAxis->setTicker(hosts);
        m_plot->replot();
        return;
    }
    const int rows = int(p->hosts.size());
    for (int row = 0; row < rows; ++row)
        hosts->addTick(rows - row,
                       p->hosts.at(row).isEmpty() ? tr("(the stage)") : p->hosts.at(row));
    m_plot->yAxis->setTicker(hosts);
    m_plot->yAxis->setRange(0.3, rows + 0.7);
    double end = 1.0;
    QList<RunEvent::Status> shown; // the statuses in the picture, for the legend
    QList<QCPItemRect *> bars;
    for (int row = 0; row < rows; ++row) {
        for (const QString &step : p->steps) {
            const RunState::Cell *c = m_state->cell(m_phase, step, p->hosts.at(row));
            if (!c || !c->started)
                continue;
            const double from = double(c->startMs - p->startMs) / 1000.0;
            const qint64 ms = c->running ? qMax<qint64>(0, m_nowMs - c->startMs) : c->elapsedMs;
            // Steps of a few ms still get a visible sliver.
            const double to = from + qMax(double(ms) / 1000.0, 0.05);
            auto *bar = new QCPItemRect(m_plot);
            const QColor hue = RunStatusStyle::hue(c->status, c->running);
            bar->setBrush(hue);
            bar->setPen(QPen(hue.darker(130)));
            bar->topLeft->setCoords(from, rows - row + 0.32);
            bar->bottomRight->setCoords(to, rows - row - 0.32);
            bar->setProperty("step", step);
            bars << bar;
            const RunEvent::Status key = c->running ? RunEvent::Status::None : c->status;
            if (!shown.contains(key))
                shown << key;
            bar->setProperty("tip", QStringLiteral("%1 · %2 · %3 · %4")
                                        .arg(p->hosts.at(row), step,
                                             RunStatusStyle::word(c->status, c->running),
                                             RunStatusStyle::seconds(ms)));
            end = qMax(end, to);
        }
    }
    m_plot->xAxis->setRange(0, end * 1.03);
    // A step's name inside its bar where it fits.
    const QFontMetrics metrics(font());
    for (QCPItemRect *bar : std::as_const(bars)) {
        const QString step = bar->property("step").toString();
        const double left = m_plot->xAxis->coordToPixel(bar->topLeft->coords().x());
        const double right = m_plot->xAxis->coordToPixel(bar->bottomRight->coords().x());
        if (right - left < metrics.horizontalAdvance(step) + 8)
            continue;
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(
            (bar->topLeft->coords().x() + bar->bottomRight->coords().x()) / 2.0,
            (bar->topLeft->coords().y() + bar->bottomRight->coords().y()) / 2.0);
        label->setText(step);
        label->setColor(bar->brush().color().lightnessF() > 0.55 ? Qt::black : Qt::white);
        label->setClipToAxisRect(true);
    }
    // What the colours mean: a key per status in the picture.
    for (const RunEvent::Status status : std::as_const(shown)) {
        auto *key = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        const bool running = status == RunEvent::Status::None;
        const QColor hue = RunStatusStyle::hue(status, running);
        key->setBrush(hue);
        key->setPen(QPen(hue.darker(130)));
        key->setName(RunStatusStyle::word(status, running));
    }
    m_plot->legend->setVisible(!shown.isEmpty());
    m_plot->legend->setBrush(palette().brush(QPalette::Base));
    m_plot->legend->setTextColor(palette().color(QPalette::Text));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->replot();
}

void RunTimelineChart::hover(QMouseEvent *event)
{
    const double x = m_plot->xAxis->pixelToCoord(event->pos().x());
    const double y = m_plot->yAxis->pixelToCoord(event->pos().y());
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        auto *bar = qobject_cast<QCPItemRect *>(m_plot->item(i));
        if (bar && x >= bar->topLeft->coords().x() && x <= bar->bottomRight->coords().x() &&
            y <= bar->topLeft->coords().y() && y >= bar->bottomRight->coords().y()) {
            QToolTip::showText(event->globalPosition().toPoint(), bar->property("tip").toString(),
                               m_plot);
            return;
        }
    }
    QToolTip::hideText();
}

void RunTimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        redraw();
    QWidget::changeEvent(event);
}

} // namespace hive::gui
