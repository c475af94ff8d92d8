// The Live tab's diagram, offscreen, drawn from Docker API answers recorded
// on the bed (tests/fixtures/live/): a stopped hive is a DOWN card, a crash
// loop shows its error, an undefined service is listed as a difference, task
// lines can be chosen by key and by click, dense mode counts per service,
// and the filter dims what does not match.
#include "gui/live/live_topology_scene.h"
#include "gui/live/task_lines_item.h"
#include "gui/topology/topology_view.h"
#include "tests/support/recorded_live_topology.h"
#include "topology/live_topology.h"

#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace hive;
using namespace hive::gui;

namespace {

LiveTopology read(const QString &state)
{
    LiveTopology t = recordedLiveTopology(state);
    t.readFrom = QStringLiteral("p-hive0.offline-web.example.jp");
    t.readAt = QDateTime::currentDateTimeUtc();
    return t;
}

// Every text the scene shows, painted lines of task items included.
QStringList texts(const QGraphicsScene *scene)
{
    QStringList out;
    for (QGraphicsItem *item : scene->items()) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            out << label->text();
    }
    return out;
}

const QString kHive0 = QStringLiteral("p-hive0.offline-web.example.jp");
const QString kHive2 = QStringLiteral("p-hive2.offline-web.example.jp");

} // namespace

class TestLiveTopologyView : public QObject
{
    Q_OBJECT
private slots:
    // A HIVE_VIP service's address is on the card of the node its task
    // runs on (and HIVE_MARK's label among the labels), nowhere else.
    void aVirtualAddressIsOnItsTasksNodeCard()
    {
        LiveTopology t = read(QStringLiteral("healthy"));
        for (LiveTopology::Service &s : t.services) {
            if (s.name == QLatin1String("fetcher"))
                s.labels.insert(QStringLiteral("HIVE_VIP"), QStringLiteral("172.30.242.200"));
        }
        TopologyView view(new LiveTopologyScene, QStringLiteral("test"));
        auto *scene = qobject_cast<LiveTopologyScene *>(view.scene());
        scene->showTopology(t, {}, view.palette());
        const QStringList shown = texts(scene);
        int cards = 0;
        for (const QString &text : shown)
            cards += text.startsWith(QStringLiteral("VIP 172.30.242.200")) ? 1 : 0;
        QCOMPARE(cards, 1);
        if (const QByteArray dir = qgetenv("HIVE_SCREENSHOTS_DIR"); !dir.isEmpty()) {
            view.resize(1200, 700);
            view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/live-vip.png"));
        }
    }

    void aStoppedHiveIsADownCard()
    {
        TopologyView view(new LiveTopologyScene, QStringLiteral("test"));
        auto *scene = qobject_cast<LiveTopologyScene *>(view.scene());
        scene->showTopology(read(QStringLiteral("one-down")), {}, view.palette());
        QGraphicsItem *down = scene->itemNamed(QStringLiteral("node:") + kHive2);
        QGraphicsItem *up = scene->itemNamed(QStringLiteral("node:") + kHive0);
        QVERIFY(down && up);
        QCOMPARE(down->data(LiveTopologyScene::kStateRole).toString(), QStringLiteral("down"));
        QCOMPARE(up->data(LiveTopologyScene::kStateRole).toString(), QStringLiteral("ready"));
        QVERIFY(texts(scene).contains(LiveTopologyScene::tr("DOWN")));
        QVERIFY(texts(scene).contains(LiveTopologyScene::tr("down: manager unreachable")));
        // Healthy: no DOWN anywhere.
        scene->showTopology(read(QStringLiteral("healthy")), {}, view.palette());
        QVERIFY(!texts(scene).contains(LiveTopologyScene::tr("DOWN")));
    }

    void aCrashLoopAndAnUndefinedService()
    {
        TopologyView view(new LiveTopologyScene, QStringLiteral("test"));
        view.resize(1200, 800);
        view.show();
        auto *scene = qobject_cast<LiveTopologyScene *>(view.scene());
        LiveTopology t = read(QStringLiteral("crashing"));
        PlannedTopology planned;
        for (const QString &name : {QStringLiteral("web"), QStringLiteral("fetcher")}) {
            PlannedTopology::Service s;
            s.name = name;
            planned.services << s;
        }
        t.compare(planned);
        scene->showTopology(t, {}, view.palette());
        QVERIFY(scene->itemNamed(QStringLiteral("difference:crasher")));
        // The retry of crasher.1 is a line of p-hive0's card; choosing it by
        // key selects that line.
        QString retry;
        for (const LiveTopology::Task *task : t.currentTasksOn(t.nodeNamed(kHive0)->id)) {
            if (task->label() == QLatin1String("crasher.1"))
                retry = QStringLiteral("task:") + task->id;
        }
        QVERIFY(!retry.isEmpty());
        auto *lines = dynamic_cast<TaskLinesItem *>(scene->itemNamed(retry));
        QVERIFY(lines);
        QVERIFY(lines->keys().contains(retry));
        QVERIFY(scene->choose(retry));
        QVERIFY(lines->isSelected());
        QCOMPARE(lines->data(LiveTopologyScene::kKeyRole).toString(), retry);
        // A click on the first line chooses it (and not the error line).
        const QString first = lines->keys().first();
        scene->clearSelection();
        view.ensureVisible(lines);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          view.mapFromScene(lines->mapToScene(QPointF(20, 5))));
        QVERIFY(lines->isSelected());
        QCOMPARE(lines->data(LiveTopologyScene::kKeyRole).toString(), first);
    }

    void denseModeAndFilter()
    {
        TopologyView view(new LiveTopologyScene, QStringLiteral("test"));
        auto *scene = qobject_cast<LiveTopologyScene *>(view.scene());
        LiveTopologyScene::Options dense;
        dense.dense = true;
        scene->showTopology(read(QStringLiteral("healthy")), dense, view.palette());
        QVERIFY(scene->itemNamed(QStringLiteral("service:web@") + kHive0));
        QVERIFY(scene->itemNamed(QStringLiteral("service:fetcher@") + kHive0));
        QVERIFY(!scene->itemNamed(QStringLiteral("service:fetcher@") + kHive2));
        LiveTopologyScene::Options filter;
        filter.filter = QStringLiteral("fetcher");
        scene->showTopology(read(QStringLiteral("healthy")), filter, view.palette());
        // p-hive0 runs fetcher: shown; p-hive2 does not: dimmed.
        QCOMPARE(scene->itemNamed(QStringLiteral("node:") + kHive0)->opacity(), 1.0);
        QVERIFY(scene->itemNamed(QStringLiteral("node:") + kHive2)->opacity() < 0.5);
    }
};

QTEST_MAIN(TestLiveTopologyView)
#include "tst_live_topology_view.moc"
