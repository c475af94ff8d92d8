#include "gui/metrics/metrics_page.h"

#include "access/stage_scope.h"
#include "gui/run/chart_palette.h"
#include "inventory/inventory_loader.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace hive::gui {

namespace {

constexpr int kEveryMs = 60000;

// Hues that read on light and dark backgrounds alike.
QColor hue(int i)
{
    static const QColor hues[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                  QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                  QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                  QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
    return hues[i % int(std::size(hues))];
}

// What a series is within its chart: "/" of vfs.fs.size[/,pused], "eth0 in"
// of net.if.in["eth0"], "running" of hive.swarm.running[web].
QString seriesName(const ZabbixConsole::Series &s)
{
    const int open = int(s.key.indexOf(QLatin1Char('[')));
    QString argument = open < 0 ? QString() : s.key.mid(open + 1).chopped(1);
    argument = argument.section(QLatin1Char(','), 0, 0).remove(QLatin1Char('"'));
    if (s.key.startsWith(QLatin1String("net.if.in[")))
        return MetricsPage::tr("%1 in").arg(argument);
    if (s.key.startsWith(QLatin1String("net.if.out[")))
        return MetricsPage::tr("%1 out").arg(argument);
    if (s.key.startsWith(QLatin1String("hive.swarm.running[")))
        return MetricsPage::tr("running");
    if (s.key.startsWith(QLatin1String("hive.swarm.wanted[")))
        return MetricsPage::tr("wanted");
    if (s.key.startsWith(QLatin1String("vfs.fs.size[")))
        return argument;
    return s.name;
}

} // namespace

MetricsPage::MetricsPage(QWidget *parent)
    : QWidget(parent), m_subject(new QComboBox(this)), m_period(new QComboBox(this)),
      m_status(new QLabel(this)), m_grid(new QWidget(this)), m_gridLayout(new QGridLayout(m_grid)),
      m_timer(new QTimer(this)),
      m_reading(this, [this](const Outcome &o, bool cancelled) { finished(o, cancelled); })
{
    setObjectName(QStringLiteral("metricsPage"));
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    auto *subjectLabel = new QLabel(tr("&Show:"), bar);
    subjectLabel->setBuddy(m_subject);
    bar->addWidget(subjectLabel);
    m_subject->setObjectName(QStringLiteral("metricsSubject"));
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_subject->setToolTip(tr("The host or service whose history is shown (Open Metrics in the "
                             "Live tab chooses its node or service)"));
    bar->addWidget(m_subject);
    auto *periodLabel = new QLabel(tr("&Over:"), bar);
    periodLabel->setBuddy(m_period);
    bar->addSeparator();
    bar->addWidget(periodLabel);
    m_period->setObjectName(QStringLiteral("metricsPeriod"));
    m_period->addItem(tr("the last hour"), 3600);
    m_period->addItem(tr("the last 24 hours"), 86400);
    m_period->addItem(tr("the last 7 days"), 7 * 86400);
    bar->addWidget(m_period);
    bar->addSeparator();
    m_refresh = bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this,
                               &MetricsPage::refreshNow);
    m_refresh->setObjectName(QStringLiteral("metricsRefresh"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Read the history again (F5); it is read every minute while this "
                             "tab is shown"));
    addAction(m_refresh);

    m_status->setObjectName(QStringLiteral("metricsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gridLayout->setContentsMargins(6, 6, 6, 6);
    m_gridLayout->setSpacing(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    m_timer->setInterval(kEveryMs);
    connect(m_timer, &QTimer::timeout, this, &MetricsPage::refreshNow);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &MetricsPage::refreshNow);
    connect(m_period, &QComboBox::currentIndexChanged, this, &MetricsPage::refreshNow);
    clear();
}

MetricsPage::~MetricsPage()
{
    m_reading.cancel();
}

QList<QAction *> MetricsPage::pageActions() const
{
    return {m_refresh};
}

void MetricsPage::setProject(const Project &project, const LoadedInventory &loaded)
{
    const QString current = m_subject->currentData().toString();
    m_project = project;
    m_loaded = std::make_shared<const LoadedInventory>(loaded);
    const QSignalBlocker quiet(m_subject);
    m_subject->clear();
    if (const StagePlan *stage = loaded.hive.stage(project.stage())) {
        for (const HostPlan &h : stage->hosts)
            m_subject->addItem(tr("host %1").arg(h.name), QStringLiteral("host:") + h.name);
        for (const QString &service : StageScope::servicesOf(loaded, stage->name))
            m_subject->addItem(tr("service %1").arg(service), QStringLiteral("service:") + service);
    }
    const int again = m_subject->findData(current);
    m_subject->setCurrentIndex(again < 0 ? 0 : again);
    m_refresh->setEnabled(m_subject->count() > 0);
    if (isVisible())
        refreshNow();
}

void MetricsPage::clear()
{
    m_reading.cancel();
    m_project = Project{};
    m_loaded.reset();
    {
        const QSignalBlocker quiet(m_subject);
        m_subject->clear();
    }
    m_refresh->setEnabled(false);
    m_charts.clear();
    m_status->setText(tr("Open a project to see what its Zabbix recorded."));
    redraw();
}

void MetricsPage::choose(const QString &host, const QString &service)
{
    const int i = m_subject->findData(service.isEmpty() ? QStringLiteral("host:") + host
                                                        : QStringLiteral("service:") + service);
    if (i >= 0)
        m_subject->setCurrentIndex(i); // reads, through the signal
}

qint64 MetricsPage::period() const
{
    return m_period->currentData().toLongLong();
}

void MetricsPage::setPeriod(qint64 seconds)
{
    const int i = m_period->findData(seconds);
    if (i >= 0)
        m_period->setCurrentIndex(i);
}

QString MetricsPage::statusText() const
{
    return m_status->text();
}

void MetricsPage::refreshNow()
{
    if (!m_loaded || m_subject->count() == 0)
        return;
    if (m_reading.isRunning()) {
        m_readAgain = true;
        return;
    }
    const QString subject = m_subject->currentData().toString();
    const QString host = subject.startsWith(QLatin1String("host:")) ? subject.mid(5) : QString();
    const QString service =
        subject.startsWith(QLatin1String("service:")) ? subject.mid(8) : QString();
    const Project project = m_project;
    const std::shared_ptr<const LoadedInventory> loaded = m_loaded;
    const qint64 seconds = period();
    m_status->setText(tr("Reading what Zabbix recorded for %1…").arg(m_subject->currentText()));
    m_reading.start([project, loaded, host, service, seconds](const std::atomic_bool *cancel) {
        Outcome o;
        o.ok = HiveMonitoring::history(project, *loaded, host, service, seconds, cancel, o.charts,
                                       o.error);
        return o;
    });
}

void MetricsPage::finished(const Outcome &o, bool cancelled)
{
    if (cancelled && !m_loaded)
        return;
    if (o.ok) {
        showCharts(o.charts);
    } else {
        m_status->setText(cancelled ? tr("The read was cancelled.")
                                    : tr("Zabbix could not be read: %1").arg(o.error));
    }
    if (m_readAgain) {
        m_readAgain = false;
        refreshNow();
    }
}

void MetricsPage::showCharts(const QList<HiveMonitoring::Chart> &charts)
{
    m_charts = charts;
    int points = 0;
    for (const HiveMonitoring::Chart &c : charts) {
        for (const ZabbixConsole::Series &s : c.series)
            points += int(s.points.size());
    }
    m_status->setText(
        points == 0
            ? tr("Zabbix has recorded nothing for %1 in this period yet (it reads every minute).")
                  .arg(m_subject->currentText())
            : tr("%1, %2: read at %3.")
                  .arg(m_subject->currentText(), m_period->currentText(),
                       QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    redraw();
}

QString MetricsPage::title(HiveMonitoring::Metric metric)
{
    switch (metric) {
    case HiveMonitoring::Metric::Cpu:
        return tr("CPU busy");
    case HiveMonitoring::Metric::Memory:
        return tr("Memory used");
    case HiveMonitoring::Metric::Load:
        return tr("Load average (1 minute)");
    case HiveMonitoring::Metric::Disk:
        return tr("File systems used");
    case HiveMonitoring::Metric::Network:
        return tr("Network traffic");
    case HiveMonitoring::Metric::Tasks:
        return tr("Tasks");
    }
    return QString();
}

QString MetricsPage::unitLabel(HiveMonitoring::Metric metric)
{
    switch (metric) {
    case HiveMonitoring::Metric::Cpu:
    case HiveMonitoring::Metric::Memory:
    case HiveMonitoring::Metric::Disk:
        return QStringLiteral("%");
    case HiveMonitoring::Metric::Network:
        return tr("bits/s");
    case HiveMonitoring::Metric::Load:
    case HiveMonitoring::Metric::Tasks:
        return QString();
    }
    return QString();
}

void MetricsPage::redraw()
{
    for (QCustomPlot *plot : std::as_const(m_plots))
        delete plot;
    m_plots.clear();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 seconds = period() > 0 ? period() : 3600;
    for (int i = 0; i < m_charts.size(); ++i) {
        const HiveMonitoring::Chart &chart = m_charts.at(i);
        auto *plot = new QCustomPlot(m_grid);
        plot->setObjectName(QStringLiteral("metricsChart%1").arg(i));
        plot->setMinimumHeight(220);
        plot->setAccessibleName(title(chart.metric));
        ChartPalette::apply(plot, palette());
        plot->plotLayout()->insertRow(0);
        auto *heading = new QCPTextElement(
            plot, title(chart.metric), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
        heading->setTextColor(palette().color(QPalette::Text));
        plot->plotLayout()->addElement(0, 0, heading);
        QSharedPointer<QCPAxisTickerDateTime> when(new QCPAxisTickerDateTime);
        when->setDateTimeFormat(seconds > 86400 ? QStringLiteral("MM-dd\nHH:mm")
                                                : QStringLiteral("HH:mm"));
        when->setDateTimeSpec(Qt::LocalTime);
        plot->xAxis->setTicker(when);
        plot->xAxis->setRange(double(now - seconds), double(now));
        plot->yAxis->setLabel(unitLabel(chart.metric));
        double highest = 0;
        // What the hive wants first, so that what runs is drawn over it.
        QList<ZabbixConsole::Series> ordered = chart.series;
        std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
            return a.key.startsWith(QLatin1String("hive.swarm.wanted[")) &&
                   !b.key.startsWith(QLatin1String("hive.swarm.wanted["));
        });
        for (int s = 0; s < ordered.size(); ++s) {
            const ZabbixConsole::Series &series = ordered.at(s);
            QCPGraph *graph = plot->addGraph();
            graph->setName(seriesName(series));
            QPen pen(hue(s));
            pen.setWidthF(1.6);
            // What the hive wants: dashed, under what runs.
            if (series.key.startsWith(QLatin1String("hive.swarm.wanted[")))
                pen.setStyle(Qt::DashLine);
            graph->setPen(pen);
            if (chart.metric == HiveMonitoring::Metric::Tasks)
                graph->setLineStyle(QCPGraph::lsStepLeft);
            QVector<double> x, y;
            for (const auto &[at, value] : series.points) {
                x << double(at);
                y << value;
                highest = std::max(highest, value);
            }
            graph->setData(x, y, true);
        }
        const bool percent = unitLabel(chart.metric) == QLatin1String("%");
        plot->yAxis->setRange(0, percent ? 100.0 : std::max(1.0, highest * 1.15));
        if (chart.series.size() > 1) {
            plot->legend->setVisible(true);
            plot->legend->setBrush(palette().brush(QPalette::Base));
            plot->legend->setTextColor(palette().color(QPalette::Text));
            plot->legend->setBorderPen(QPen(palette().color(QPalette::Mid)));
            plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
        }
        if (chart.series.isEmpty()) {
            auto *none = new QCPItemText(plot);
            none->position->setType(QCPItemPosition::ptAxisRectRatio);
            none->position->setCoords(0.5, 0.5);
            none->setText(chart.metric == HiveMonitoring::Metric::Tasks
                              ? tr("Zabbix has not found this service yet (it looks every "
                                   "minute)")
                              : tr("Nothing read yet: Zabbix is asked to look for it now"));
            none->setColor(palette().color(QPalette::PlaceholderText));
        }
        plot->replot();
        m_gridLayout->addWidget(plot, i / 2, i % 2);
        m_plots << plot;
    }
}

void MetricsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshNow();
    m_timer->start();
}

void MetricsPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void MetricsPage::changeEvent(QEvent *event)
{
    // The charts follow a switch between light and dark (the window is
    // built anew for another language).
    if (event->type() == QEvent::PaletteChange)
        redraw();
    QWidget::changeEvent(event);
}

} // namespace hive::gui
