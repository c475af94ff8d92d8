// The Health tab and its status bar badge, offscreen: the real doctor on a
// project that was never built says what to do; a report shows worst first,
// filters by text and severity, shows evidence and action of the chosen
// finding, and the badge follows; the interval is kept in the settings.
#include "gui/build/build_page.h"
#include "gui/build/phase_pipeline.h"
#include "gui/health/backup_scheduler.h"
#include "gui/health/health_page.h"
#include "gui/health/hosts_page.h"
#include "gui/health/repair_dialog.h"
#include "gui/shell/health_badge.h"
#include "gui/shell/main_window.h"
#include "gui/shell/project_document.h"
#include "tests/support/sample_project_copy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace hive;
using namespace hive::gui;

namespace {

HealthCheck finding(HealthCheck::Severity s, const QString &area, const QString &subject,
                    const QString &summary, const QString &evidence = {},
                    const QString &action = {})
{
    HealthCheck c;
    c.severity = s;
    c.area = area;
    c.subject = subject;
    c.summary = summary;
    c.evidence = evidence;
    c.action = action;
    return c;
}

HealthReport recordedReport()
{
    // The findings of the bed with one of three managers stopped.
    HealthReport r;
    r.stage = QStringLiteral("private");
    r.checkedAt = QDateTime::currentDateTimeUtc();
    r.elapsedMs = 3400;
    r.checks << finding(HealthCheck::Severity::Ok, QStringLiteral("disk"),
                        QStringLiteral("p-hive0.sample.example.jp"), QStringLiteral("/ 41% used"))
             << finding(HealthCheck::Severity::Warning, QStringLiteral("swarm"),
                        QStringLiteral("swarm"),
                        QStringLiteral("2 of 3 managers reachable: fault tolerance 0"),
                        QStringLiteral("p-hive0 $ docker node ls\nID HOSTNAME STATUS\nabc "
                                       "p-hive2.sample.example.jp Down"),
                        QStringLiteral("hive recover manager p-hive2.sample.example.jp"))
             << finding(HealthCheck::Severity::Critical, QStringLiteral("services"),
                        QStringLiteral("web"), QStringLiteral("0/1 running: restart loop"),
                        QStringLiteral("p-hive0 $ docker service ps --no-trunc web\nfailed to "
                                       "mount local volume: invalid argument"),
                        QStringLiteral("repair the file system of the DRBD volume"))
             << finding(HealthCheck::Severity::Ok, QStringLiteral("swarm"),
                        QStringLiteral("p-hive1.sample.example.jp"),
                        QStringLiteral("ready manager"));
    return r;
}

QStringList rows(const QTreeWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(2);
    return out;
}

} // namespace

class TestHealthPage : public QObject
{
    Q_OBJECT

    SampleProjectCopy m_samples;

    bool openSample(MainWindow &window)
    {
        window.resize(1200, 800);
        window.show();
        QString error;
        if (!window.openProject(m_samples.make(), &error))
            qWarning("%s", qPrintable(error));
        return error.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of the test, not the user's
        QSettings().remove(QStringLiteral("health"));
    }

    void aProjectNeverBuiltSaysWhatToDo()
    {
        MainWindow window;
        QVERIFY(openSample(window));
        HealthPage *page = window.healthPage();
        auto *badge = window.findChild<HealthBadge *>(QStringLiteral("healthBadge"));
        QVERIFY(badge);
        // The first check starts by itself soon after the project opens.
        QTRY_VERIFY_WITH_TIMEOUT(page->state() == HealthPage::State::Failed, 20000);
        QVERIFY2(page->failure().contains(QStringLiteral("build-infra")),
                 qPrintable(page->failure()));
        QVERIFY2(badge->text().contains(QStringLiteral("could not check")),
                 qPrintable(badge->text()));
        QVERIFY(badge->toolTip().contains(QStringLiteral("build-infra")));
        // The badge opens the tab.
        badge->click();
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("editors"))->currentWidget(), page);
    }

    void aReportShowsWorstFirstWithEvidenceAndAction()
    {
        MainWindow window;
        QVERIFY(openSample(window));
        HealthPage *page = window.healthPage();
        page->showReport(recordedReport());
        auto *list = page->findChild<QTreeWidget *>(QStringLiteral("healthFindings"));
        auto *details = page->findChild<QTextBrowser *>(QStringLiteral("healthDetails"));
        QCOMPARE(rows(list), (QStringList{QStringLiteral("web"), QStringLiteral("swarm"),
                                          QStringLiteral("p-hive0.sample.example.jp"),
                                          QStringLiteral("p-hive1.sample.example.jp")}));
        // The worst is chosen and explained.
        QVERIFY(details->toPlainText().contains(QStringLiteral("failed to mount local volume")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("repair the file system")));
        // The keyboard moves through the findings.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY2(details->toPlainText().contains(
                     QStringLiteral("hive recover manager p-hive2.sample.example.jp")),
                 qPrintable(details->toPlainText()));
        auto *badge = window.findChild<HealthBadge *>(QStringLiteral("healthBadge"));
        QCOMPARE(badge->text(), QStringLiteral("Health: 1 critical"));

        // Hiding ok findings and filtering keep the chosen one.
        page->findChild<QCheckBox *>(QStringLiteral("healthShowOk"))->setChecked(false);
        QCOMPARE(rows(list), (QStringList{QStringLiteral("web"), QStringLiteral("swarm")}));
        QCOMPARE(list->currentItem()->text(2), QStringLiteral("swarm"));
        page->findChild<QCheckBox *>(QStringLiteral("healthShowOk"))->setChecked(true);
        page->findChild<QLineEdit *>(QStringLiteral("healthFilter"))
            ->setText(QStringLiteral("p-hive2"));
        QCOMPARE(rows(list), QStringList{QStringLiteral("swarm")}); // found in the evidence
        page->findChild<QLineEdit *>(QStringLiteral("healthFilter"))->clear();

        // Only warnings left: the badge says so.
        HealthReport r = recordedReport();
        r.checks.removeAt(2);
        page->showReport(r);
        QVERIFY2(badge->text().startsWith(QStringLiteral("Health: 1 warning")),
                 qPrintable(badge->text()));
        r.checks.removeAt(1);
        page->showReport(r);
        QCOMPARE(badge->text(), QStringLiteral("Health: ok"));

        // Closing the project forgets the findings.
        window.document()->close();
        QCOMPARE(page->state(), HealthPage::State::NotChecked);
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(badge->text(), QStringLiteral("Health: not checked"));
    }

    // A finding a phase run fixes: Prepare the Fix chooses that phase and
    // its -l in the Build tab, and runs nothing.
    // A Zabbix problem can be acknowledged from the tab (Ctrl+Shift+K); on a
    // hive whose Zabbix was never set up, the tab says so instead.
    void zabbixProblemsCanBeAcknowledged()
    {
        MainWindow window;
        QVERIFY(openSample(window));
        HealthPage *page = window.healthPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->state() != HealthPage::State::Checking, 20000);
        HealthReport r = recordedReport();
        HealthCheck problem = finding(HealthCheck::Severity::Critical, QStringLiteral("monitoring"),
                                      QStringLiteral("p-hive3.sample.example.jp"),
                                      QStringLiteral("Zabbix: Service web runs fewer tasks than "
                                                     "the hive wants (since 2026-12-07 03:03)"));
        problem.zabbixEvent = QStringLiteral("44");
        r.checks.prepend(problem);
        page->showReport(r);
        auto *list = page->findChild<QTreeWidget *>();
        QAction *acknowledge = nullptr;
        for (QAction *a : page->pageActions()) {
            if (a->objectName() == QLatin1String("healthAcknowledge"))
                acknowledge = a;
        }
        QVERIFY(acknowledge);
        QCOMPARE(acknowledge->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        QTreeWidgetItem *zabbix = nullptr, *other = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            (item->text(3).startsWith(QLatin1String("Zabbix:")) ? zabbix : other) = item;
        }
        QVERIFY(zabbix && other);
        list->setCurrentItem(other);
        QVERIFY(!acknowledge->isEnabled());
        list->setCurrentItem(zabbix);
        QVERIFY(acknowledge->isEnabled());
        page->acknowledgeChosen(QStringLiteral("on it"));
        auto *summary = page->findChild<QLabel *>(QStringLiteral("healthSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("did not take")), 20000);
        QVERIFY2(summary->text().contains(QLatin1String("setup-hosts")) ||
                     summary->text().contains(QLatin1String("build-infra")),
                 qPrintable(summary->text()));
    }

    void prepareTheFixSetsUpTheBuildTab()
    {
        MainWindow window;
        QVERIFY(openSample(window));
        HealthPage *page = window.healthPage();
        HealthReport r;
        HealthCheck c;
        c.area = QStringLiteral("services");
        c.subject = QStringLiteral("kvstore");
        c.severity = HealthCheck::Severity::Warning;
        c.summary = QStringLiteral("defined but not deployed");
        c.action = QStringLiteral("`hive deploy-services -l kvstore`");
        c.fix = {QStringLiteral("deploy-services"), QStringLiteral("kvstore")};
        r.checks << c;
        page->showReport(r);
        auto *fix = page->findChild<QAction *>(QStringLiteral("healthPrepareFix"));
        QVERIFY(fix && fix->isEnabled());
        const int runs = window.buildPage()->historyList()->topLevelItemCount();
        fix->trigger();
        BuildPage *build = window.buildPage();
        QCOMPARE(build->pipeline()->current(), QStringLiteral("deploy-services"));
        QCOMPARE(build->limitField()->text(), QStringLiteral("kvstore"));
        QVERIFY(!build->isRunning());
        QCOMPARE(build->historyList()->topLevelItemCount(), runs);
        QVERIFY2(build->commandPreview().contains(QStringLiteral("deploy-services -l kvstore")),
                 qPrintable(build->commandPreview()));
    }

    // The Hosts tab: the plan's hosts with the last check's live columns;
    // Show Findings opens the Health tab on that host, Set Up Again prepares
    // setup-hosts limited to it, and a check of another stage is not shown.
    void theHostsTabShowsTheLastCheck()
    {
        MainWindow window;
        QVERIFY(openSample(window));
        HealthPage *health = window.healthPage();
        // The first check (it fails: never built) is over before ours is shown.
        QTRY_VERIFY_WITH_TIMEOUT(health->state() == HealthPage::State::Failed, 20000);
        auto *page = window.findChild<HostsPage *>();
        QTableWidget *table = page->table();
        QCOMPARE(table->rowCount(), 4);
        QVERIFY2(window.findChild<QLabel *>(QStringLiteral("hostsStatus"))
                     ->text()
                     .contains(QStringLiteral("could not be checked")),
                 qPrintable(window.findChild<QLabel *>(QStringLiteral("hostsStatus"))->text()));
        const QString h0 = QStringLiteral("p-hive0.sample.example.jp");
        const QString h2 = QStringLiteral("p-hive2.sample.example.jp");

        HealthReport r = recordedReport();
        HostState up;
        up.host = h0;
        up.reached = up.hive = true;
        up.nodeStatus = QStringLiteral("Ready");
        up.availability = QStringLiteral("Active");
        up.managerStatus = QStringLiteral("Leader");
        up.load1 = 0.5;
        up.processors = 2;
        up.memoryTotalKib = 4 * 1024 * 1024;
        up.memoryAvailableKib = 3 * 1024 * 1024;
        up.fullestDiskPercent = 41;
        up.fullestDisk = QStringLiteral("/");
        HostState gone;
        gone.host = h2;
        gone.hive = true;
        gone.error = QStringLiteral("cannot connect to p-hive2:22: Connection refused");
        r.hosts = {up, gone};
        HostState::addFindings(r.hosts, r.checks);
        health->showReport(r);
        const auto cell = [table](int row, const QString &header) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->horizontalHeaderItem(c)->text() == header)
                    return table->item(row, c)->text();
            }
            return QStringLiteral("(no column %1)").arg(header);
        };
        QCOMPARE(cell(0, QStringLiteral("Host")), h0);
        QCOMPARE(cell(0, QStringLiteral("State")), QStringLiteral("up"));
        QCOMPARE(cell(0, QStringLiteral("Swarm")), QStringLiteral("leader"));
        QCOMPARE(cell(0, QStringLiteral("Load / CPUs")), QStringLiteral("0.50 / 2"));
        QCOMPARE(cell(0, QStringLiteral("Memory used")), QStringLiteral("1.0 of 4.0 GiB"));
        QCOMPARE(cell(0, QStringLiteral("Fullest disk")), QStringLiteral("41 % /"));
        QCOMPARE(cell(2, QStringLiteral("State")), QStringLiteral("does not answer"));
        QCOMPARE(cell(1, QStringLiteral("State")), QStringLiteral("not checked"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("hostsStatus"))
                    ->text()
                    .contains(QStringLiteral("1 of 2 host")));

        // The first host is chosen from the start; with none, the host actions are off.
        QCOMPARE(page->chosenHost(), h0);
        auto *setUp = page->findChild<QPushButton *>(QStringLiteral("hostsSetUpAgain"));
        auto *findings = page->findChild<QPushButton *>(QStringLiteral("hostsShowFindings"));
        table->clearSelection();
        QVERIFY(!setUp->isEnabled() && !findings->isEnabled());
        table->selectRow(0);
        QVERIFY(setUp->isEnabled() && findings->isEnabled());
        findings->click();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("editors"));
        QCOMPARE(tabs->currentWidget(), health);
        QCOMPARE(health->findChild<QLineEdit *>(QStringLiteral("healthFilter"))->text(), h0);
        QCOMPARE(rows(health->findChild<QTreeWidget *>()), QStringList{h0});

        table->selectRow(2);
        setUp->click();
        BuildPage *build = window.buildPage();
        QCOMPARE(tabs->currentWidget(), build);
        QCOMPARE(build->pipeline()->current(), QStringLiteral("setup-hosts"));
        QCOMPARE(build->limitField()->text(), h2);
        QVERIFY(!build->isRunning());

        // A check of another stage leaves the columns as they were.
        HealthReport other = r;
        other.stage = QStringLiteral("production");
        other.hosts.clear();
        page->showCheck(HealthPage::State::Checked, other, {});
        QCOMPARE(cell(0, QStringLiteral("State")), QStringLiteral("up"));
    }

    void aFindingsRepairShowsItsPlanBeforeAnythingRuns()
    {
        MainWindow window;
        QVERIFY(openSample(window));
        HealthPage *page = window.healthPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->state() != HealthPage::State::Checking, 20000);
        HealthReport r = recordedReport();
        r.checks[1].repair = {QStringLiteral("recover"), QStringLiteral("manager"),
                              QStringLiteral("p-hive2.sample.example.jp")};
        page->showReport(r);
        window.showHealth();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = page->findChild<QTreeWidget *>(QStringLiteral("healthFindings"));
        QAction *repair = page->findChild<QAction *>(QStringLiteral("healthRepair"));
        QVERIFY(repair);
        // The worst finding (web) has no guided repair; the swarm's has.
        QVERIFY(!repair->isEnabled());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(repair->isEnabled());
        QVERIFY(page->findChild<QTextBrowser *>(QStringLiteral("healthDetails"))
                    ->toPlainText()
                    .contains(QStringLiteral("hive recover manager p-hive2.sample.example.jp")));
        QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
        RepairDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<RepairDialog *>()) != nullptr);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("repairCommand"))->text(),
                 QStringLiteral("Same as: hive recover manager p-hive2.sample.example.jp"));
        // This project was never built: the hosts cannot be read, nothing
        // can run, and the dialog says what to do.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == RepairDialog::State::Refused, 20000);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("build-infra")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("repairRun"))->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!page->findChild<RepairDialog *>());
    }

    void backupsAreScheduledPerProjectAndPlannedOnDemand()
    {
        const QString project = m_samples.make();
        {
            MainWindow window;
            window.resize(1200, 800);
            window.show();
            QVERIFY(window.openProject(project));
            HealthPage *page = window.healthPage();
            auto *every = page->findChild<QComboBox *>(QStringLiteral("healthBackupEvery"));
            QCOMPARE(every->currentData().toInt(), 0); // off unless chosen
            every->setCurrentIndex(every->findData(24));
            emit every->activated(every->currentIndex());
            QCOMPARE(page->backupScheduler()->everyHours(), 24);

            // Back Up Now plans `hive backup` in the repair dialog.
            page->findChild<QAction *>(QStringLiteral("healthBackUpNow"))->trigger();
            RepairDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = page->findChild<RepairDialog *>()) != nullptr);
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("repairCommand"))->text(),
                     QStringLiteral("Same as: hive backup"));
            QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == RepairDialog::State::Refused, 20000);
            dialog->reject();
            QTRY_VERIFY(!page->findChild<RepairDialog *>());
            // Its menu also plans the services' data.
            page->findChild<QAction *>(QStringLiteral("healthBackUpData"))->trigger();
            QTRY_VERIFY((dialog = page->findChild<RepairDialog *>()) != nullptr);
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("repairCommand"))->text(),
                     QStringLiteral("Same as: hive backup --data"));
            QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == RepairDialog::State::Refused, 20000);
            dialog->reject();
        }
        // The schedule belongs to that project: kept for it, not for another.
        MainWindow again;
        QVERIFY(again.openProject(project));
        QCOMPARE(again.healthPage()->backupScheduler()->everyHours(), 24);
        MainWindow other;
        QVERIFY(other.openProject(m_samples.make()));
        QCOMPARE(other.healthPage()->backupScheduler()->everyHours(), 0);
    }

    void theIntervalIsKept()
    {
        {
            HealthPage page;
            auto *every = page.findChild<QComboBox *>(QStringLiteral("healthInterval"));
            QCOMPARE(page.interval(), 5);
            every->setFocus();
            every->setCurrentIndex(every->findData(15));
            emit every->activated(every->currentIndex());
            QCOMPARE(page.interval(), 15);
        }
        HealthPage again;
        QCOMPARE(again.interval(), 15);
        QSettings().remove(QStringLiteral("health"));
    }
};

QTEST_MAIN(TestHealthPage)
#include "tst_health_page.moc"
