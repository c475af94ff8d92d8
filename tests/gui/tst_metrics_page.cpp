// The Metrics tab, offscreen: it offers the stage's hosts and services,
// draws what a read returns (one chart per metric, a legend where a chart
// has several lines, dates along the bottom), says why when the hive's
// Zabbix cannot be read, and the Live tab's Open Metrics chooses here.
#include "gui/live/live_topology_page.h"
#include "gui/metrics/metrics_page.h"
#include "gui/shell/main_window.h"
#include "tests/support/sample_project_copy.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>
#include <qcustomplot.h>

using namespace hive;
using namespace hive::gui;

namespace {

ZabbixConsole::Series series(const QString &key, double from, double step)
{
    ZabbixConsole::Series s;
    s.key = key;
    s.name = key;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 60; ++i)
        s.points.append({now - 3600 + i * 60, from + step * (i % 10)});
    return s;
}

} // namespace

class TestMetricsPage : public QObject
{
    Q_OBJECT

    SampleProjectCopy m_samples;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offersTheStagesHostsAndServices()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openProject(m_samples.make()));
        auto *subject =
            window.metricsPage()->findChild<QComboBox *>(QStringLiteral("metricsSubject"));
        QVERIFY(subject);
        QStringList items;
        for (int i = 0; i < subject->count(); ++i)
            items << subject->itemData(i).toString();
        QVERIFY2(items.size() > 2 && items.first().startsWith(QLatin1String("host:")),
                 qPrintable(items.join(QLatin1Char(' '))));
        QVERIFY2(items.contains(QStringLiteral("service:web")),
                 qPrintable(items.join(QLatin1Char(' '))));
        // The sample hive was never set up: the tab says what to do.
        window.showMetrics();
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.metricsPage()->reading() &&
                window.metricsPage()->statusText().contains(QLatin1String("could not be read")),
            20000);
        QVERIFY2(window.metricsPage()->statusText().contains(QLatin1String("setup-hosts")) ||
                     window.metricsPage()->statusText().contains(QLatin1String("build-infra")) ||
                     window.metricsPage()->statusText().contains(QLatin1String("hive_monitoring")),
                 qPrintable(window.metricsPage()->statusText()));
        // Alt+9 and the View menu's Go to Metrics reach it; F5 reads again.
        QList<QAction *> actions = window.metricsPage()->pageActions();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first()->shortcut(), QKeySequence(Qt::Key_F5));
        window.metricsPage()->choose(QString(), QStringLiteral("web"));
        QCOMPARE(subject->currentData().toString(), QStringLiteral("service:web"));
    }

    void drawsOneChartPerMetric()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openProject(m_samples.make()));
        MetricsPage *page = window.metricsPage();
        QList<HiveMonitoring::Chart> charts;
        charts << HiveMonitoring::Chart{HiveMonitoring::Metric::Cpu,
                                        {series(QStringLiteral("system.cpu.util"), 5, 3)}}
               << HiveMonitoring::Chart{HiveMonitoring::Metric::Memory,
                                        {series(QStringLiteral("vm.memory.utilization"), 40, 1)}}
               << HiveMonitoring::Chart{HiveMonitoring::Metric::Load,
                                        {series(QStringLiteral("system.cpu.load[all,avg1]"), 0.5,
                                                0.2)}}
               << HiveMonitoring::Chart{HiveMonitoring::Metric::Disk, {}}
               << HiveMonitoring::Chart{HiveMonitoring::Metric::Network,
                                        {series(QStringLiteral("net.if.in[\"eth0\"]"), 1000, 500),
                                         series(QStringLiteral("net.if.out[\"eth0\"]"), 800, 300)}};
        page->showCharts(charts);
        const QList<QCustomPlot *> plots = page->plots();
        QCOMPARE(plots.size(), 5);
        QCOMPARE(plots.at(0)->graphCount(), 1);
        QCOMPARE(plots.at(0)->graph(0)->dataCount(), 60);
        QCOMPARE(plots.at(0)->yAxis->range().upper, 100.0); // a share
        QVERIFY(!plots.at(0)->legend->visible());
        QCOMPARE(plots.at(4)->graphCount(), 2);
        QVERIFY(plots.at(4)->legend->visible());
        QCOMPARE(plots.at(4)->graph(0)->name(), QStringLiteral("eth0 in"));
        QCOMPARE(plots.at(4)->graph(1)->name(), QStringLiteral("eth0 out"));
        QVERIFY(plots.at(4)->yAxis->range().upper >= 800 + 300 * 9);
        // A metric Zabbix has nothing for says so in its chart.
        QCOMPARE(plots.at(3)->graphCount(), 0);
        QCOMPARE(plots.at(3)->itemCount(), 1);
        QVERIFY(page->statusText().contains(QLatin1String("read at")));

        // A service: what runs drawn over what the hive wants (dashed).
        page->showCharts(
            {HiveMonitoring::Chart{HiveMonitoring::Metric::Tasks,
                                   {series(QStringLiteral("hive.swarm.running[web]"), 0, 1),
                                    series(QStringLiteral("hive.swarm.wanted[web]"), 3, 0)}}});
        QCOMPARE(page->plots().size(), 1);
        QCPGraph *first = page->plots().at(0)->graph(0);
        QCOMPARE(first->name(), QStringLiteral("wanted"));
        QCOMPARE(first->pen().style(), Qt::DashLine);
        QCOMPARE(page->plots().at(0)->graph(1)->name(), QStringLiteral("running"));
    }
};

QTEST_MAIN(TestMetricsPage)
#include "tst_metrics_page.moc"
