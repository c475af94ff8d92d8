// The app on the docker-provider test bed (issue 7): the Build tab runs
// build-infra and setup-hosts for real (Run Phase on setup-hosts, which
// starts at build-infra), shows what still runs while it runs, and ends with
// a grid whose every cell is what the run logs say; each run log replays
// into the same grid. Then the Live tab reads the hive, and a host container
// that is stopped turns DOWN in the diagram within 15 s. With
// HIVE_SCREENSHOTS_DIR set, it saves the views mid-run, finished and with a
// node down (scripts/screenshots --bed). Skips where the bed cannot run,
// except under CI.
#include "engine/run_event.h"
#include "gui/build/build_page.h"
#include "gui/build/phase_pipeline.h"
#include "gui/build/run_grid_model.h"
#include "gui/live/live_topology_page.h"
#include "gui/live/live_topology_scene.h"
#include "gui/shell/app_translators.h"
#include "gui/shell/main_window.h"
#include "gui/topology/topology_view.h"
#include "project/context_file.h"
#include "remote/docker_client.h"
#include "tests/support/grid_text.h"
#include "tests/support/recorded_run.h"
#include "tests/support/test_bed.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

using namespace hive;
using namespace hive::gui;

namespace {

const QStringList kHosts{QStringLiteral("p-hive0.app.test"), QStringLiteral("p-hive1.app.test"),
                         QStringLiteral("p-hive2.app.test"), QStringLiteral("p-hive3.app.test")};
const QString kNetwork = QStringLiteral("hive.private.app.test");

const QByteArray kHiveYaml = "plugin: hive_inventory\n"
                             "name: app.test\n"
                             "stages:\n"
                             "  private:\n"
                             "    provider: docker\n"
                             "    separate_repository: true\n"
                             "    cidr: 172.30.245.0/24\n"
                             "    memory_size: 1024\n";

} // namespace

class TestAppE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DockerEndpoint m_engine;
    QString m_ready;
    QString m_shots = qEnvironmentVariable("HIVE_SCREENSHOTS_DIR");
    AppTranslators m_translators; // the screenshots' language

    QString inNode(int i, const QString &script) const
    {
        return QString::fromUtf8(TestBed::inNode(m_engine, kHosts.at(i), script)).trimmed();
    }

    void shot(QWidget *w, const QString &name) const
    {
        if (m_shots.isEmpty())
            return;
        QDir().mkpath(m_shots);
        const QString lang = qEnvironmentVariable("HIVE_SCREENSHOTS_LANG", QStringLiteral("en"));
        w->grab().save(m_shots + QStringLiteral("/%1-%2.png").arg(name, lang));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_shots.isEmpty())
            m_translators.install(
                qEnvironmentVariable("HIVE_SCREENSHOTS_LANG", QStringLiteral("en")));
        m_ready = TestBed::prepare(m_engine);
        if (!m_ready.isEmpty())
            return;
        TestBed::remove(m_engine, kHosts, kNetwork);
        bool changed = false;
        QString error;
        QDir().mkpath(m_dir.filePath(QStringLiteral("inventory")));
        QVERIFY(ContextFile::writeIfChanged(m_dir.filePath(QStringLiteral("inventory/hive.yml")),
                                            kHiveYaml, changed, error));
        // No Zabbix on this bed (tst_hive_all_e2e checks it on the example).
        QVERIFY(ContextFile::writeIfChanged(
            m_dir.filePath(QStringLiteral("inventory/group_vars/all.yml")),
            "hive_monitoring: false\n", changed, error));
    }

    void theBuildTabRunsBuildInfraAndSetupHosts()
    {
        HIVE_REQUIRE_BED(m_ready);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QString error;
        QVERIFY2(window.openProject(m_dir.path(), &error), qPrintable(error));
        window.showBuild();
        BuildPage *page = window.buildPage();
        page->pipeline()->setCurrent(QStringLiteral("setup-hosts"));
        // What it will run, before it runs.
        QVERIFY2(page->commandPreview().contains(QStringLiteral("$ hive -s private setup-hosts")) &&
                     page->commandPreview().contains(QStringLiteral("build-infra → setup-hosts")),
                 qPrintable(page->commandPreview()));
        // It asks first, naming the hive, the stage and the hosts.
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            box->findChild<QPushButton *>(QStringLiteral("confirmRun"))->click();
        });
        QElapsedTimer took;
        took.start();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("buildRun")),
                          Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("stage private of hive app.test")) &&
                     asked.contains(kHosts.at(3)),
                 qPrintable(asked));
        QVERIFY2(page->isRunning(), qPrintable(page->statusText()));

        // While it runs: what still runs where, cells running, a shot mid-run.
        int sawRunning = 0;
        bool sawSetupHosts = false;
        bool shotMidRun = false;
        while (page->isRunning() && took.elapsed() < 900000) {
            QTest::qWait(200);
            if (!page->stillRunningOn().isEmpty())
                ++sawRunning;
            if (page->shownPhase() == QLatin1String("setup-hosts")) {
                sawSetupHosts = true;
                if (!shotMidRun && page->stillRunningOn().size() >= 2) {
                    shot(&window, QStringLiteral("build-mid-run"));
                    shotMidRun = true;
                }
            }
        }
        QVERIFY(!page->isRunning());
        qInfo("build-infra + setup-hosts through the Build tab: %.1f s; 'still running on' seen "
              "in %d of the GUI's updates",
              double(took.elapsed()) / 1000.0, sawRunning);
        QVERIFY2(page->lastResult().ok, qPrintable(page->statusText() + QLatin1Char('\n') +
                                                   page->failureText() + page->lastError()));
        QVERIFY(sawRunning > 0);
        QVERIFY(sawSetupHosts); // the grid followed the phase that ran
        QCOMPARE(page->lastResult().ran,
                 (QStringList{QStringLiteral("build-infra"), QStringLiteral("setup-hosts")}));
        QCOMPARE(page->lastResult().runLogs.size(), 2);
        shot(&window, QStringLiteral("build-finished"));

        // Every cell is what the run logs say, and each log replays into the same grid.
        for (const QString &log : page->lastResult().runLogs) {
            const QList<RunEvent> events = readRunEvents(log);
            QVERIFY(!events.isEmpty());
            const QString phase = events.first().phase;
            int cells = 0;
            for (const RunEvent &e : events) {
                if (e.kind != RunEvent::Kind::HostFinished)
                    continue;
                const RunState::Cell *c = page->shownState().cell(phase, e.step, e.host);
                QVERIFY2(c,
                         qPrintable(phase + QLatin1Char('/') + e.step + QLatin1Char('@') + e.host));
                // On a mismatch: which cell, and every event the app has for it.
                QStringList seen;
                for (int index : c->eventIndex)
                    seen << QString::fromUtf8(
                        page->shownState().events().at(index).toJsonLine().trimmed());
                QVERIFY2(c->status == e.status && c->elapsedMs == e.elapsedMs,
                         qPrintable(QStringLiteral("%1/%2@%3: the log says %4, the app has "
                                                   "%5:\n%6")
                                        .arg(phase, e.step, e.host,
                                             QString::fromUtf8(e.toJsonLine().trimmed()))
                                        .arg(int(c->status))
                                        .arg(seen.join(QLatin1Char('\n')))));
                ++cells;
            }
            QVERIFY(cells > 0);
            page->pipeline()->setCurrent(phase);
            QCOMPARE(page->mode(), BuildPage::Mode::Live);
            QCOMPARE(page->shownPhase(), phase);
            const QString live = gridText(page->gridModel());
            BuildPage replayed;
            QVERIFY(replayed.replay(log));
            QCOMPARE(gridText(replayed.gridModel()), live);
            qInfo("%s: %d cells as the run log says; its replay draws the same grid",
                  qPrintable(phase), cells);
        }
        // The pipeline: both succeeded, build-images runs next.
        window.buildPage()->reloadHistory();
        QVERIFY(page->pipeline()
                    ->stateText(QStringLiteral("setup-hosts"))
                    .startsWith(PhasePipeline::tr("succeeded")));
        QTRY_VERIFY(page->pipeline()
                        ->stateText(QStringLiteral("build-images"))
                        .endsWith(PhasePipeline::tr("next")));
        page->views()->setCurrentIndex(2); // the timeline
        shot(&window, QStringLiteral("build-timeline"));
        page->views()->setCurrentIndex(0);
    }

    void theLiveTabShowsANodeGoingDown()
    {
        HIVE_REQUIRE_BED(m_ready);
        // A service with a task on every hive, so the cards have tasks (the
        // one of an earlier run on a kept bed goes first).
        const QString imported = inNode(
            0, QStringLiteral("docker service rm probe >/dev/null 2>&1; tar -ch /bin/dash "
                              "/bin/sleep /lib/x86_64-linux-gnu/libc.so.6 "
                              "/lib64/ld-linux-x86-64.so.2 2>/dev/null | docker import - "
                              "p-hive3.app.test:5000/probe:1 >/dev/null && docker push "
                              "p-hive3.app.test:5000/probe:1 >/dev/null && docker service "
                              "create -d --with-registry-auth --mode global --name probe "
                              "p-hive3.app.test:5000/probe:1 /bin/sleep 100000 >/dev/null && "
                              "echo ok"));
        QCOMPARE(imported, QStringLiteral("ok"));

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QString error;
        QVERIFY2(window.openProject(m_dir.path(), &error), qPrintable(error));
        window.showLive();
        LiveTopologyPage *live = window.livePage();
        live->setInterval(2);
        const auto nodeState = [live](const QString &host) {
            QGraphicsItem *card = live->scene()->itemNamed(QStringLiteral("node:") + host);
            return card ? card->data(LiveTopologyScene::kStateRole).toString() : QString();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(live->reads() > 0 && live->topology().nodes.size() == 3 &&
                                      live->topology().downCount() == 0,
                                  qPrintable(live->statusText()), 60000);
        QCOMPARE(nodeState(kHosts.at(1)), QStringLiteral("ready"));
        // The registry itself answers over TLS (401 to a request without credentials).
        QVERIFY2(live->topology().registryAnswered, qPrintable(live->topology().registryError));
        QCOMPARE(live->scene()
                     ->itemNamed(QStringLiteral("repository"))
                     ->data(LiveTopologyScene::kStateRole)
                     .toString(),
                 QStringLiteral("ready"));
        QTRY_VERIFY_WITH_TIMEOUT(live->topology().service(QStringLiteral("probe")) &&
                                     live->topology().service(QStringLiteral("probe"))->running ==
                                         3,
                                 60000);
        QVERIFY(live->choose(QStringLiteral("node:") + kHosts.at(0)));
        QVERIFY(live->detailsText().contains(LiveTopologyPage::tr("manager, leader")));
        QVERIFY(live->terminalCommand().contains(kHosts.at(0)));
        {
            // The whole diagram in sight, as drawn after the first reads.
            TopologyView *v = live->view();
            const QRectF shown = v->mapToScene(v->viewport()->rect()).boundingRect();
            QVERIFY2(shown.adjusted(-1, -1, 1, 1).contains(v->scene()->sceneRect()),
                     qPrintable(QStringLiteral("zoom %1").arg(v->zoom())));
        }
        shot(&window, QStringLiteral("live"));

        // Changes come as the swarm's events: with no timer, a node's new
        // label shows at once (it would never show without the events).
        live->setInterval(0);
        QTRY_VERIFY2_WITH_TIMEOUT(!live->following().isEmpty(), qPrintable(live->statusText()),
                                  15000);
        QVERIFY(live->statusText().contains(live->following()));
        const int readsBefore = live->reads();
        const QString mark = QString::number(QDateTime::currentMSecsSinceEpoch());
        const auto labelled = [live, mark](const QString &host) {
            for (const LiveTopology::Node &n : live->topology().nodes) {
                if (n.hostname == host)
                    return n.labels.value(QStringLiteral("studio-event")) == mark;
            }
            return false;
        };
        QVERIFY(!labelled(kHosts.at(2)));
        QElapsedTimer changed;
        changed.start();
        QCOMPARE(inNode(0, QStringLiteral("docker node update --label-add studio-event=%1 %2 "
                                          ">/dev/null && echo ok")
                               .arg(mark, kHosts.at(2))),
                 QStringLiteral("ok"));
        QTRY_VERIFY2_WITH_TIMEOUT(labelled(kHosts.at(2)), qPrintable(live->statusText()), 10000);
        qInfo("a node's new label showed %.1f s after the change (no timer: %d change(s) "
              "followed on %s, %d read(s))",
              double(changed.elapsed()) / 1000.0, live->changes(), qPrintable(live->following()),
              live->reads() - readsBefore);
        QVERIFY(live->changes() > 0);
        live->setInterval(2);

        // Stop p-hive1's container: DOWN in the diagram within 15 s.
        DockerClient docker(m_engine);
        QElapsedTimer t;
        t.start();
        QVERIFY(docker.stopContainer(kHosts.at(1), 1).ok);
        const double stopped = double(t.elapsed()) / 1000.0;
        t.restart();
        QTRY_VERIFY2_WITH_TIMEOUT(nodeState(kHosts.at(1)) == QLatin1String("down"),
                                  qPrintable(live->statusText()), 15000);
        qInfo("a stopped hive (stopped in %.1f s) turned DOWN in the Live tab %.1f s later",
              stopped, double(t.elapsed()) / 1000.0);
        QVERIFY(live->statusText().contains(kHosts.at(1))); // named as down
        QCOMPARE(nodeState(kHosts.at(0)), QStringLiteral("ready"));
        shot(&window, QStringLiteral("live-node-down"));
        live->setTableMode(true);
        QVERIFY(live->table()->rowCount() == 3);
        live->setTableMode(false);

        // Started again: it comes back.
        QVERIFY(docker.startContainer(kHosts.at(1)).ok);
        t.restart();
        QTRY_VERIFY2_WITH_TIMEOUT(nodeState(kHosts.at(1)) == QLatin1String("ready"),
                                  qPrintable(live->statusText()), 120000);
        qInfo("started again: ready in the Live tab after %.1f s", double(t.elapsed()) / 1000.0);
    }

    void cleanupTestCase()
    {
        // Worker threads that used OpenSSL (SSH, TLS) keep per-thread state
        // until they end: joined now, or LeakSanitizer reports it at exit.
        QThreadPool::globalInstance()->waitForDone();
        if (m_ready.isEmpty())
            TestBed::remove(m_engine, kHosts, kNetwork);
    }
};

QTEST_MAIN(TestAppE2e)
#include "tst_app_e2e.moc"
