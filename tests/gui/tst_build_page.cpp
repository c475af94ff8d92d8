// The Build tab, offscreen, on a copy of the sample project whose run history
// holds runs recorded on the bed (tests/fixtures/runs/): the pipeline shows
// how each phase last ended and which runs next; a saved run replays into the
// grid with the statuses of its run log, the same way every time; the log
// filters; actions show their command line; a run started here goes through
// the real engine and ends with what went wrong (no engine on this stage).
#include "engine/phase_order.h"
#include "engine/run_log.h"
#include "gui/build/build_page.h"
#include "gui/build/host_keys_dialog.h"
#include "gui/build/phase_duration_chart.h"
#include "gui/build/phase_pipeline.h"
#include "gui/build/run_grid_model.h"
#include "gui/build/run_log_view.h"
#include "gui/build/run_timeline_chart.h"
#include "gui/health/health_page.h"
#include "gui/run/run_preferences.h"
#include "gui/run/run_status_style.h"
#include "gui/run/verb_question.h"
#include "gui/shell/app_translators.h"
#include "gui/shell/main_window.h"
#include "gui/shell/project_document.h"
#include "project/repair_journal.h"
#include "tests/support/grid_text.h"
#include "tests/support/recorded_run.h"
#include "tests/support/sample_project_copy.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace hive;
using namespace hive::gui;

namespace {

const QString kRuns = QStringLiteral(HIVE_FIXTURES "/runs");

} // namespace

class TestBuildPage : public QObject
{
    Q_OBJECT

    SampleProjectCopy m_copies;

    // The window shown at 1280×800 with projectWithRuns() open on the Build tab.
    bool openWithRuns(MainWindow &window, QString &error)
    {
        window.resize(1280, 800);
        window.show();
        if (!window.openProject(projectWithRuns(), &error))
            return false;
        window.showBuild();
        return true;
    }

    // A sample copy with the fixture runs as its private stage's history.
    QString projectWithRuns()
    {
        const QString dir = m_copies.make();
        const QString runs =
            RunLog::runsDir(dir + QStringLiteral("/.hive"), QStringLiteral("private"));
        QDir().mkpath(runs);
        QFile::copy(kRuns + QStringLiteral("/setup-hosts-check-4-hosts.jsonl"),
                    runs + QStringLiteral("/20261203-074442-801-setup-hosts.jsonl"));
        QFile::copy(kRuns + QStringLiteral("/build-infra-4-hosts.jsonl"),
                    runs + QStringLiteral("/20261203-074321-822-build-infra.jsonl"));
        return dir;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void thePipelineShowsTheHistory()
    {
        MainWindow window;
        QString error;
        QVERIFY2(openWithRuns(window, error), qPrintable(error));
        BuildPage *page = window.buildPage();
        PhasePipeline *pipeline = page->pipeline();
        QVERIFY(pipeline->stateText(QStringLiteral("build-infra"))
                    .startsWith(QStringLiteral("succeeded")));
        QVERIFY(pipeline->stateText(QStringLiteral("setup-hosts"))
                    .startsWith(QStringLiteral("succeeded")));
        QCOMPARE(pipeline->stateText(QStringLiteral("deploy-services")), QStringLiteral("not run"));
        // Nothing was built for real in this copy: start_phase is build-infra.
        QVERIFY(
            pipeline->stateText(QStringLiteral("build-infra")).endsWith(QStringLiteral("next")));
        QCOMPARE(page->historyList()->topLevelItemCount(), 2);

        // Right arrow on the strip chooses the next phase, whose last run shows.
        QTest::keyClick(pipeline->findChild<QToolButton *>(QStringLiteral("phase-build-infra")),
                        Qt::Key_Right);
        QCOMPARE(pipeline->current(), QStringLiteral("setup-hosts"));
        QCOMPARE(page->mode(), BuildPage::Mode::Replay);
        QCOMPARE(page->shownPhase(), QStringLiteral("setup-hosts"));
        QVERIFY(page->gridModel()->rowCount() == 5);
        // The command line of each action, before it runs.
        QVERIFY2(page->commandPreview().startsWith(QStringLiteral("$ hive -s private setup-hosts")),
                 qPrintable(page->commandPreview()));
        QVERIFY2(page->commandPreview().contains(QStringLiteral("build-infra → setup-hosts")),
                 qPrintable(page->commandPreview()));
        page->limitField()->setText(QStringLiteral("p-hive0"));
        QVERIFY(page->commandPreview().contains(QStringLiteral("setup-hosts -l p-hive0")));
        QCOMPARE(page->requestFor(QStringLiteral("from")).commandLine(),
                 QStringLiteral("hive -s private all -S setup-hosts -l p-hive0"));
        // Halt is build-infra's only; destroy is not setup-hosts'.
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("buildHalt"))->isVisible());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("buildDestroy"))->isVisible());
        QTest::keyClick(pipeline->findChild<QToolButton *>(QStringLiteral("phase-setup-hosts")),
                        Qt::Key_Left);
        QCOMPARE(pipeline->current(), QStringLiteral("build-infra"));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("buildDestroy"))->isVisible());
    }

    // After build-infra -D the strip says the servers were removed, and what
    // the later phases did before is gone with them.
    void aDestroyShowsTheServersRemovedAndLaterPhasesNotRun()
    {
        const QString dir = projectWithRuns();
        const QString runs =
            RunLog::runsDir(dir + QStringLiteral("/.hive"), QStringLiteral("private"));
        QFile built(kRuns + QStringLiteral("/build-infra-4-hosts.jsonl"));
        QVERIFY(built.open(QIODevice::ReadOnly));
        QByteArray log = built.readAll();
        const int firstEnd = int(log.indexOf('\n'));
        RunEvent started;
        QVERIFY(RunEvent::fromJsonLine(log.left(firstEnd + 1), started));
        started.action = QStringLiteral("destroy");
        log = started.toJsonLine() + log.mid(firstEnd + 1);
        QFile destroyed(runs + QStringLiteral("/20261203-080000-000-build-infra.jsonl"));
        QVERIFY(destroyed.open(QIODevice::WriteOnly));
        destroyed.write(log);
        destroyed.close();

        MainWindow window;
        window.show();
        QString error;
        QVERIFY2(window.openProject(dir, &error), qPrintable(error));
        PhasePipeline *pipeline = window.buildPage()->pipeline();
        QVERIFY2(pipeline->stateText(QStringLiteral("build-infra"))
                     .startsWith(QStringLiteral("removed")),
                 qPrintable(pipeline->stateText(QStringLiteral("build-infra"))));
        QCOMPARE(pipeline->stateText(QStringLiteral("setup-hosts")), QStringLiteral("not run"));
        QCOMPARE(window.buildPage()->historyList()->topLevelItemCount(), 3);

        // A check (-D -C included) changes nothing: it is passed over.
        started.action = QStringLiteral("check");
        QFile checked(runs + QStringLiteral("/20261203-081000-000-build-infra.jsonl"));
        QVERIFY(checked.open(QIODevice::WriteOnly));
        checked.write(started.toJsonLine() + log.mid(log.indexOf('\n') + 1));
        checked.close();
        window.buildPage()->reloadHistory();
        QVERIFY2(pipeline->stateText(QStringLiteral("build-infra"))
                     .startsWith(QStringLiteral("removed")),
                 qPrintable(pipeline->stateText(QStringLiteral("build-infra"))));

        // A Tags field the chosen phase cannot take (turned off) adds no -T.
        BuildPage *page = window.buildPage();
        auto *tags = page->findChild<QLineEdit *>(QStringLiteral("buildTags"));
        pipeline->setCurrent(QStringLiteral("setup-hosts"));
        tags->setText(QStringLiteral("docker"));
        QCOMPARE(page->requestFor(QStringLiteral("run")).tags, QStringLiteral("docker"));
        pipeline->setCurrent(QStringLiteral("build-infra"));
        QVERIFY(!tags->isEnabled());
        QCOMPARE(page->requestFor(QStringLiteral("run")).tags, QString());
    }

    void aSavedRunReplaysAsItRan()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QString error;
        QVERIFY2(window.openProject(projectWithRuns(), &error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showBuild();
        BuildPage *page = window.buildPage();
        const QString file = kRuns + QStringLiteral("/setup-hosts-check-4-hosts.jsonl");
        QVERIFY2(page->replay(file, &error), qPrintable(error));
        QCOMPARE(page->mode(), BuildPage::Mode::Replay);
        const RunGridModel *model = page->gridModel();
        // Each host-finished event of the log is its cell's status.
        int checked = 0;
        for (const RunEvent &e : readRunEvents(file)) {
            if (e.kind != RunEvent::Kind::HostFinished)
                continue;
            const int row = model->rowOf(e.host);
            int column = -1;
            for (int c = RunGridModel::kFirstStepColumn; c < model->columnCount(); ++c) {
                if (model->stepAt(c) == e.step)
                    column = c;
            }
            QVERIFY2(row >= 0 && column >= 0, qPrintable(e.step + QLatin1Char('@') + e.host));
            const QModelIndex i = model->index(row, column);
            QCOMPARE(i.data(RunGridModel::kStatusRole).toInt(), int(e.status));
            QVERIFY(
                i.data(Qt::DisplayRole).toString().contains(RunStatusStyle::seconds(e.elapsedMs)));
            ++checked;
        }
        QCOMPARE(checked, 53);
        // Rows in the hosts' own order, whatever order they reported in,
        // this machine last.
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows << model->hostAt(r);
        QCOMPARE(rows.last(), QStringLiteral("localhost"));
        QStringList sorted = rows.mid(0, rows.size() - 1);
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(rows.mid(0, rows.size() - 1), sorted);
        QVERIFY2(rows.first().startsWith(QStringLiteral("p-hive0.")), qPrintable(rows.first()));
        QVERIFY(page->failureText().isEmpty());
        QCOMPARE(page->timeline()->barCount(), checked);
        // The colours are explained: a key per status the picture has.
        const QStringList keys = page->timeline()->legend();
        QStringList unique = keys;
        unique.removeDuplicates();
        QVERIFY2(keys.contains(QStringLiteral("changed")) && keys.size() >= 2 &&
                     unique.size() == keys.size(),
                 qPrintable(keys.join(QLatin1Char(','))));
        // A cell shows that host's output of that step.
        const int dockerColumn = [&] {
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->stepAt(c) == QLatin1String("docker"))
                    return c;
            return -1;
        }();
        page->grid()->setFocus();
        page->grid()->setCurrentIndex(model->index(0, dockerColumn));
        QVERIFY2(page->cellOutput()->toPlainText().contains(QStringLiteral("changed")),
                 qPrintable(page->cellOutput()->toPlainText()));

        // Replayed again (another window too): the very same grid.
        const QString first = gridText(model);
        QVERIFY(page->replay(file));
        QCOMPARE(gridText(page->gridModel()), first);
        BuildPage other;
        other.resize(1000, 700);
        QVERIFY(other.replay(file));
        QCOMPARE(gridText(other.gridModel()), first);

        // The log: everything, then one host, then a word.
        RunLogView *log = page->logView();
        const int all = int(log->text().split(QLatin1Char('\n')).size());
        QVERIFY(all > 100);
        log->setHostFilter(QStringLiteral("p-hive3.setup.test"));
        const QStringList lines = log->text().split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 5 && lines.size() < all / 2);
        for (const QString &l : lines)
            QVERIFY2(l.contains(QStringLiteral("p-hive3.setup.test")), qPrintable(l));
        log->setHostFilter(QString());
        log->findChild<QLineEdit *>(QStringLiteral("runLogSearch"))
            ->setText(QStringLiteral("bookworm"));
        QCOMPARE(log->text().split(QLatin1Char('\n')).size(), 4);
        // Ctrl+F goes to the log's search.
        page->grid()->setFocus();
        QTest::keyClick(page->grid(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("runLogSearch"));
    }

    // A replay shows another phase's run but leaves Run Phase (F5) on the
    // phase chosen in the pipeline: what F5 runs changes only when the user
    // chooses another phase.
    void aReplayNeverChangesWhatRunPhaseRuns()
    {
        MainWindow window;
        QString error;
        QVERIFY2(openWithRuns(window, error), qPrintable(error));
        BuildPage *page = window.buildPage();
        page->pipeline()->setCurrent(QStringLiteral("build-infra"));
        QVERIFY(page->commandPreview().startsWith(QStringLiteral("$ hive -s private build-infra")));
        QVERIFY(page->replay(kRuns + QStringLiteral("/setup-hosts-check-4-hosts.jsonl")));
        QCOMPARE(page->shownPhase(), QStringLiteral("setup-hosts"));
        QCOMPARE(page->pipeline()->current(), QStringLiteral("build-infra"));
        QCOMPARE(page->requestFor(QStringLiteral("run")).command, QStringLiteral("build-infra"));
        QVERIFY2(page->commandPreview().startsWith(QStringLiteral("$ hive -s private build-infra")),
                 qPrintable(page->commandPreview()));
        // Scrubbed back to its start and to its end: still build-infra.
        auto *scrub = page->findChild<QSlider *>(QStringLiteral("buildReplayPosition"));
        QVERIFY(scrub);
        scrub->setValue(0);
        // The slider is the run's time: halfway reads half the run, and the
        // views show the events of that first half only.
        auto *time = page->findChild<QLabel *>(QStringLiteral("buildReplayTime"));
        const QStringList whole = time->text().split(QStringLiteral(" of "));
        QCOMPARE(whole.value(0), QStringLiteral("0:00"));
        scrub->setValue(scrub->maximum() / 2);
        const QStringList half = time->text().split(QStringLiteral(" of "));
        QCOMPARE(half.value(1), whole.value(1));
        const auto seconds = [](const QString &clock) {
            return clock.section(QLatin1Char(':'), 0, 0).toInt() * 60 +
                   clock.section(QLatin1Char(':'), 1, 1).toInt();
        };
        QVERIFY2(seconds(whole.value(1)) >= 2, qPrintable(time->text()));
        QVERIFY2(qAbs(2 * seconds(half.value(0)) - seconds(whole.value(1))) <= 1,
                 qPrintable(time->text()));
        scrub->setValue(scrub->maximum());
        QCOMPARE(page->requestFor(QStringLiteral("run")).command, QStringLiteral("build-infra"));
        // Choosing a phase is what changes it.
        page->pipeline()->setCurrent(QStringLiteral("setup-hosts"));
        QCOMPARE(page->requestFor(QStringLiteral("run")).command, QStringLiteral("setup-hosts"));
    }

    // Run Phase asks first, naming the hive, the stage and the hosts it
    // changes; Cancel runs nothing. Preferences turns the question off for
    // the private stage only.
    void runPhaseAsksFirstNamingTheHiveTheStageAndTheHosts()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QString error;
        QVERIFY2(window.openProject(projectWithRuns(), &error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showBuild();
        BuildPage *page = window.buildPage();
        page->pipeline()->setCurrent(QStringLiteral("build-infra"));
        const int runs = page->historyList()->topLevelItemCount();
        QString asked, detail;
        const auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [&, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                detail = box->informativeText();
                if (button == QMessageBox::Cancel)
                    box->button(QMessageBox::Cancel)->click();
                else
                    box->findChild<QPushButton *>(QStringLiteral("confirmRun"))->click();
            });
        };
        answer(QMessageBox::Cancel);
        page->grid()->setFocus();
        QTest::keyClick(page->grid(), Qt::Key_F5);
        QVERIFY2(asked.contains(QStringLiteral("build-infra")) &&
                     asked.contains(QStringLiteral("private")) &&
                     asked.contains(QStringLiteral("sample.example.jp")),
                 qPrintable(asked));
        for (int i = 0; i < 4; ++i)
            QVERIFY2(detail.contains(QStringLiteral("p-hive%1.sample.example.jp").arg(i)),
                     qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("$ hive -s private build-infra")));
        QVERIFY(!page->isRunning());
        QCOMPARE(page->historyList()->topLevelItemCount(), runs);
        // -l narrows the hosts named.
        page->limitField()->setText(QStringLiteral("p-hive1.sample.example.jp"));
        answer(QMessageBox::Cancel);
        page->findChild<QPushButton *>(QStringLiteral("buildRun"))->click();
        QVERIFY2(detail.contains(QStringLiteral("p-hive1.sample.example.jp")) &&
                     !detail.contains(QStringLiteral("p-hive0.sample.example.jp")),
                 qPrintable(detail));
        QVERIFY(!page->isRunning());
        // A later phase: the question names every phase start_phase puts before it.
        page->pipeline()->setCurrent(QStringLiteral("build-images"));
        const QString preview = page->commandPreview();
        QVERIFY2(preview.contains(QStringLiteral("this runs ")), qPrintable(preview));
        const QString chain = preview.section(QStringLiteral("this runs "), 1);
        answer(QMessageBox::Cancel);
        page->findChild<QPushButton *>(QStringLiteral("buildRun"))->click();
        QVERIFY2(asked.contains(chain) && detail.contains(QStringLiteral("start_phase is")),
                 qPrintable(asked + QStringLiteral(" / ") + chain));
        page->pipeline()->setCurrent(QStringLiteral("build-infra"));

        // Turned off for the private stage: F5 runs at once (a host that is
        // not there ends it before anything is touched).
        RunPreferences::saveAskBeforePrivateRuns(false);
        page->limitField()->setText(QStringLiteral("no-such-host"));
        asked.clear();
        answer(QMessageBox::Cancel);
        page->findChild<QPushButton *>(QStringLiteral("buildRun"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
        RunPreferences::saveAskBeforePrivateRuns(true);
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
        QTRY_COMPARE(page->historyList()->topLevelItemCount(), runs + 1);
        // The run ended: the Health tab checks again (it had never checked).
        QVERIFY(window.healthPage()->state() != HealthPage::State::NotChecked);
        QTRY_VERIFY_WITH_TIMEOUT(window.healthPage()->state() != HealthPage::State::Checking,
                                 60000);
        // Check Only never asks: it changes nothing.
        answer(QMessageBox::Cancel);
        page->findChild<QPushButton *>(QStringLiteral("buildCheck"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
        QTRY_COMPARE(page->historyList()->topLevelItemCount(), runs + 2);
        // And History says it was a check, not a run that changed things.
        const QString how = page->historyList()->topLevelItem(0)->text(2);
        QVERIFY2(how.startsWith(QStringLiteral("check: ")), qPrintable(how));
        QVERIFY(!page->historyList()->topLevelItem(1)->text(2).startsWith(QStringLiteral("check")));
    }

    // A run refused before it starts (a tag the phase does not have) says
    // why, and shows no progress bar at "0 %".
    void aRefusedRunShowsNoProgress()
    {
        MainWindow window;
        QString error;
        QVERIFY2(openWithRuns(window, error), qPrintable(error));
        BuildPage *page = window.buildPage();
        page->pipeline()->setCurrent(QStringLiteral("setup-hosts"));
        page->findChild<QLineEdit *>(QStringLiteral("buildTags"))
            ->setText(QStringLiteral("nosuchtag"));
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->findChild<QPushButton *>(QStringLiteral("confirmRun"))->click();
        });
        page->runChosen();
        auto *title = page->findChild<QLabel *>(QStringLiteral("buildTitle"));
        QTRY_VERIFY2(title->text().contains(QStringLiteral("Could not run")),
                     qPrintable(title->text()));
        QVERIFY(title->text().contains(QStringLiteral("nosuchtag")));
        QVERIFY(!page->isRunning());
        QVERIFY(!page->findChild<QProgressBar *>(QStringLiteral("buildProgress"))->isVisible());
    }

    // Alt+letter reaches one thing on the Build tab: no two of its buttons,
    // labels and tabs (nor the menu bar and the tool bar) share a letter, in
    // English and in Japanese (a clash made Alt+F focus Run from Here instead
    // of opening File).
    void eachAltLetterReachesOneThing()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            AppTranslators translators;
            translators.install(language);
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            QString error;
            QVERIFY2(window.openProject(projectWithRuns(), &error), qPrintable(error));
            // The Build tab and the Hosts tab, each with the menu bar.
            for (const bool build : {true, false}) {
                if (build)
                    window.showBuild();
                else
                    window.showHosts();
                QStringList texts;
                for (QAction *a : window.menuBar()->actions())
                    texts << a->text();
                for (QWidget *w : window.findChildren<QWidget *>()) {
                    if (!w->isVisible())
                        continue;
                    if (auto *b = qobject_cast<QAbstractButton *>(w))
                        texts << b->text();
                    else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                        texts << l->text();
                    else if (auto *t = qobject_cast<QTabBar *>(w))
                        for (int i = 0; i < t->count(); ++i)
                            texts << t->tabText(i);
                }
                QHash<QChar, QString> seen;
                for (const QString &text : std::as_const(texts)) {
                    const int at = int(QString(text)
                                           .replace(QStringLiteral("&&"), QStringLiteral("__"))
                                           .indexOf(QLatin1Char('&')));
                    if (at < 0 || at + 1 >= text.size())
                        continue;
                    const QChar key = text.at(at + 1).toLower();
                    QVERIFY2(!seen.contains(key),
                             qPrintable(language + QStringLiteral(": ") + seen.value(key) +
                                        QStringLiteral(" / ") + text));
                    seen.insert(key, text);
                }
                QVERIFY(seen.size() >= (build ? 10 : 9));
            }
            // Within each menu too.
            for (QAction *top : window.menuBar()->actions()) {
                QHash<QChar, QString> inMenu;
                for (QAction *a : top->menu()->actions()) {
                    const QString text =
                        QString(a->text()).replace(QStringLiteral("&&"), QStringLiteral("__"));
                    const int at = int(text.indexOf(QLatin1Char('&')));
                    if (at < 0 || at + 1 >= text.size())
                        continue;
                    const QChar key = text.at(at + 1).toLower();
                    QVERIFY2(!inMenu.contains(key),
                             qPrintable(language + QStringLiteral(": ") + top->text() +
                                        QStringLiteral(": ") + inMenu.value(key) +
                                        QStringLiteral(" / ") + a->text()));
                    inMenu.insert(key, a->text());
                }
            }
        }
    }

    // Destroy asks first, naming what goes: on AWS the instances, Elastic
    // IPs, EFS, key pair, subnets, gateway and VPC; Cancel is the default.
    void destroyAsksNamingWhatGoes()
    {
        MainWindow window;
        QString error;
        QVERIFY2(openWithRuns(window, error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        BuildPage *page = window.buildPage();
        page->pipeline()->setCurrent(QStringLiteral("build-infra"));
        QString asked;
        bool cancelIsDefault = false;
        const auto answer = [&] {
            QTimer::singleShot(0, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
                box->button(QMessageBox::Cancel)->click();
            });
        };
        for (const QString &stage : {QStringLiteral("private"), QStringLiteral("production")}) {
            window.document()->setStage(stage);
            asked.clear();
            answer();
            page->findChild<QPushButton *>(QStringLiteral("buildDestroy"))->click();
            QVERIFY(cancelIsDefault);
            QVERIFY(!page->isRunning());
            if (stage == QLatin1String("production"))
                QVERIFY2(asked.contains(QStringLiteral("Elastic IPs")) &&
                             asked.contains(QStringLiteral("VPC")),
                         qPrintable(asked));
            else
                QVERIFY2(asked.contains(QStringLiteral("servers")) &&
                             !asked.contains(QStringLiteral("VPC")),
                         qPrintable(asked));
        }
    }

    // A stage whose provider this version cannot build (the sample's
    // production stage, moved to openstack) can be looked at, not run: every
    // action is off and the line under them says why.
    void aStageThatCannotBeBuiltYetCannotRunAndSaysWhy()
    {
        MainWindow window;
        QString error;
        window.resize(1280, 800);
        window.show();
        const QString dir = projectWithRuns();
        QFile hiveYml(dir + QStringLiteral("/inventory/hive.yml"));
        QVERIFY(hiveYml.open(QIODevice::ReadOnly));
        const QByteArray moved = hiveYml.readAll().replace("provider: aws", "provider: openstack");
        hiveYml.close();
        QVERIFY(hiveYml.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hiveYml.write(moved);
        hiveYml.close();
        QVERIFY2(window.openProject(dir, &error), qPrintable(error));
        window.showBuild();
        BuildPage *page = window.buildPage();
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("buildRun"))->isEnabled());
        window.document()->setStage(QStringLiteral("production"));
        for (const char *name : {"buildRun", "buildRunFrom", "buildCheck", "buildDestroy"})
            QVERIFY2(!page->findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
        QVERIFY2(page->commandPreview().contains(QStringLiteral("design only")) &&
                     page->commandPreview().contains(QStringLiteral("provider openstack")) &&
                     page->commandPreview().contains(QStringLiteral("docker, prepared, aws")),
                 qPrintable(page->commandPreview()));
        window.document()->setStage(QStringLiteral("private"));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("buildRun"))->isEnabled());
    }

    // A run cancelled halfway (one host done, one interrupted) is shown as
    // a cancel with Continue, not as a failure with Retry Failed.
    // Cancelling a run (or a repair) asks with verbs; Enter and Esc keep
    // it running.
    void aCancelIsAskedWithVerbs()
    {
        QStringList seen;
        const auto answer = [&](bool act) {
            QTimer::singleShot(0, this, [&, act] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                auto *doIt = box->findChild<QPushButton *>(QStringLiteral("verbQuestionAct"));
                auto *keep = box->findChild<QPushButton *>(QStringLiteral("verbQuestionKeep"));
                QVERIFY(doIt && keep);
                seen << doIt->text() << keep->text();
                QVERIFY(box->defaultButton() == keep);
                if (act)
                    doIt->click();
                else
                    QTest::keyClick(box, Qt::Key_Escape);
            });
        };
        QWidget parent;
        answer(false);
        QVERIFY(!VerbQuestion::ask(&parent, QStringLiteral("Cancel the Run"), QStringLiteral("?"),
                                   QStringLiteral("&Cancel Run"), QStringLiteral("&Keep Running")));
        answer(true);
        QVERIFY(VerbQuestion::ask(&parent, QStringLiteral("Cancel the Run"), QStringLiteral("?"),
                                  QStringLiteral("&Cancel Run"), QStringLiteral("&Keep Running")));
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("&Cancel Run"), QStringLiteral("&Keep Running"),
                              QStringLiteral("&Cancel Run"), QStringLiteral("&Keep Running")}));
    }

    // One long run (a first build) does not flatten the others: past a
    // factor of 20 the history chart's scale is logarithmic.
    void theHistoryChartTurnsLogarithmicForVeryDifferentRuns()
    {
        const auto records = [](const QList<qint64> &ms) {
            QList<RunHistory::Record> out;
            QDateTime t = QDateTime::currentDateTimeUtc();
            for (qint64 m : ms) {
                RunHistory::Record r;
                r.phase = QStringLiteral("setup-hosts");
                r.status = RunEvent::Status::Ok;
                r.elapsedMs = m;
                r.started = t = t.addSecs(-600);
                out << r;
            }
            return out;
        };
        PhaseDurationChart chart;
        chart.show(records({38000, 41000, 36000}), QStringLiteral("setup-hosts"));
        QVERIFY(!chart.logScale());
        QCOMPARE(chart.barCount(), 3);
        chart.show(records({38000, 155000 * 10, 2000}), QStringLiteral("setup-hosts"));
        QVERIFY(chart.logScale());
    }

    void aCancelIsShownAsACancel()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("cancelled.jsonl"));
        QFile f(run);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"event":"phase-started","phase":"setup-hosts","text":"stage private","time":1000}
{"event":"step-started","phase":"setup-hosts","step":"docker","time":1000}
{"event":"host-started","host":"p-hive0","phase":"setup-hosts","step":"docker","time":1000}
{"event":"host-started","host":"p-hive1","phase":"setup-hosts","step":"docker","time":1000}
{"elapsed_ms":900,"event":"host-finished","host":"p-hive0","phase":"setup-hosts","status":"changed","step":"docker","text":"written","time":1900}
{"elapsed_ms":1200,"event":"host-finished","host":"p-hive1","phase":"setup-hosts","status":"interrupted","step":"docker","text":"cancelled","time":2200}
{"elapsed_ms":1200,"event":"step-finished","phase":"setup-hosts","status":"interrupted","step":"docker","time":2200}
{"elapsed_ms":1200,"event":"phase-finished","phase":"setup-hosts","status":"interrupted","time":2200}
)");
        f.close();
        MainWindow window;
        QString error;
        QVERIFY2(openWithRuns(window, error), qPrintable(error));
        BuildPage *page = window.buildPage();
        QVERIFY2(page->replay(run, &error), qPrintable(error));
        QVERIFY2(page->failureText().contains(QStringLiteral("Cancelled")) &&
                     page->failureText().contains(QStringLiteral("p-hive1")) &&
                     !page->failureText().contains(QStringLiteral("failed")),
                 qPrintable(page->failureText()));
        QCOMPARE(page->findChild<QPushButton *>(QStringLiteral("buildRetry"))->text(),
                 QStringLiteral("Continue (p-hive1)"));
    }

    void preparedHostsSeenForTheFirstTimeOfferTheirKeys()
    {
        // build-infra on the prepared stage stopped at a host seen for the
        // first time: the failure offers Check Host Keys…
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QString error;
        QVERIFY2(window.openProject(m_copies.make(), &error), qPrintable(error));
        window.document()->setStage(QStringLiteral("staging"));
        QTRY_COMPARE(window.document()->project().stage(), QStringLiteral("staging"));
        window.showBuild();
        BuildPage *page = window.buildPage();
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("build-infra.jsonl"));
        QFile f(run);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray host = "s-hive0.sample.example.jp";
        f.write("{\"event\":\"phase-started\",\"phase\":\"build-infra\",\"time\":1}\n"
                "{\"event\":\"step-started\",\"phase\":\"build-infra\",\"step\":\"hosts\","
                "\"time\":2}\n"
                "{\"event\":\"host-finished\",\"phase\":\"build-infra\",\"step\":\"hosts\","
                "\"host\":\"" +
                host +
                "\",\"status\":\"failed\",\"text\":\"seen for the first time\","
                "\"elapsed_ms\":5,\"time\":7}\n"
                "{\"event\":\"step-finished\",\"phase\":\"build-infra\",\"step\":\"hosts\","
                "\"status\":\"failed\",\"elapsed_ms\":5,\"time\":7}\n"
                "{\"event\":\"phase-finished\",\"phase\":\"build-infra\",\"status\":\"failed\","
                "\"elapsed_ms\":6,\"time\":8}\n");
        f.close();
        QVERIFY2(page->replay(run, &error), qPrintable(error));
        auto *check = page->findChild<QPushButton *>(QStringLiteral("buildCheckHostKeys"));
        QVERIFY(check);
        QTRY_VERIFY(check->isVisible());
        QVERIFY(check->isEnabled());

        // On the docker stage the same failure offers nothing of the kind.
        window.document()->setStage(QStringLiteral("private"));
        QTRY_COMPARE(window.document()->project().stage(), QStringLiteral("private"));
        QVERIFY2(page->replay(run, &error), qPrintable(error));
        QTRY_VERIFY(!check->isVisible());
    }

    void theHostKeysDialogNeverTrustsByDefault()
    {
        HostKeysDialog dialog(
            {{QStringLiteral("s-hive0.sample.example.jp"), QStringLiteral("192.168.20.11"),
              QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"), QString()},
             {QStringLiteral("s-hive1.sample.example.jp"), QStringLiteral("192.168.20.12"),
              QString(), QStringLiteral("no route to host")}});
        dialog.show();
        auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustHostKeys"));
        QVERIFY(trust && trust->isEnabled() && !trust->isDefault());
        auto *hosts = dialog.findChild<QTreeWidget *>(QStringLiteral("hostKeys"));
        QCOMPARE(hosts->topLevelItemCount(), 2);
        QVERIFY(hosts->topLevelItem(1)->text(2).contains(QStringLiteral("no route to host")));
        // Enter is Cancel.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        HostKeysDialog none(
            {{QStringLiteral("s-hive1.sample.example.jp"), QStringLiteral("192.168.20.12"),
              QString(), QStringLiteral("no route to host")}});
        QVERIFY(!none.findChild<QPushButton *>(QStringLiteral("trustHostKeys"))->isEnabled());
    }

    void aRunThatCannotStartSaysWhy()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QString error;
        QVERIFY2(window.openProject(projectWithRuns(), &error), qPrintable(error));
        BuildPage *page = window.buildPage();
        // A bad -T/-H combination never starts.
        PhaseRequest bad;
        bad.command = QStringLiteral("setup-hosts");
        bad.halt = true;
        QVERIFY(!page->start(bad, &error));
        QVERIFY(error.contains(QStringLiteral("build-infra only")));
        QVERIFY(!page->isRunning());
    }

    // An interrupted repair left something on the stage: the run is refused
    // and the app asks; Cancel (the default) leaves it, Run Anyway runs it
    // the way --force does.
    void anInterruptedRepairIsPutBackFirstOrRunAnywayWhenAsked()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QString error;
        const QString dir = projectWithRuns();
        QVERIFY2(window.openProject(dir, &error), qPrintable(error));
        window.showBuild();
        BuildPage *page = window.buildPage();
        RepairJournal::Entry e;
        e.id = QStringLiteral("backup-p-hive1-docker");
        e.operation = QStringLiteral("backup");
        e.host = QStringLiteral("p-hive1.sample.example.jp");
        e.taken = QStringLiteral("docker stopped on p-hive1.sample.example.jp");
        e.undo = QStringLiteral("systemctl start docker.service");
        QVERIFY(RepairJournal(dir + QStringLiteral("/.hive/private")).record(e, error));

        // (A check is never refused: it changes nothing. This one stops at
        // once on its own, the stage has no key yet, and touches no host.)
        PhaseRequest check;
        check.command = QStringLiteral("deploy-services");
        check.destroy = true;
        QStringList seen;
        bool anyway = false;
        std::function<void()> answer;
        answer = [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || box->objectName() != QLatin1String("interruptedRepairBox") ||
                    !box->isVisible())
                    continue;
                seen << box->text() + box->informativeText();
                QVERIFY(box->defaultButton() == box->button(QMessageBox::Cancel));
                if (anyway)
                    box->findChild<QPushButton *>(QStringLiteral("runAnyway"))->click();
                else
                    box->reject();
                return;
            }
            QTimer::singleShot(20, page, [&] { answer(); });
        };
        QTimer::singleShot(20, page, [&] { answer(); });
        QVERIFY2(page->start(check, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 20000);
        QVERIFY(seen.first().contains(QStringLiteral("docker stopped on p-hive1")));
        QVERIFY(!page->isRunning());
        QVERIFY(!page->lastResult().interruptedRepairs.isEmpty());

        anyway = true;
        QTimer::singleShot(20, page, [&] { answer(); });
        QVERIFY2(page->start(check, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, 20000);
        // Started again with --force: not refused this time (it stops at the
        // stage's missing key), and the journal is left as it was.
        QTRY_VERIFY_WITH_TIMEOUT(
            !page->isRunning() && page->lastResult().interruptedRepairs.isEmpty(), 60000);
        QVERIFY(page->commandPreview().size() > 0);
        QVERIFY(!RepairJournal(dir + QStringLiteral("/.hive/private")).empty());
    }
};

QTEST_MAIN(TestBuildPage)
#include "tst_build_page.moc"
