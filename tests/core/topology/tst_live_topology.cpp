// The live topology read from the Docker API answers of a real hive (the
// offline-web example on the bed, tests/fixtures/live/): healthy, with one
// hive's container stopped, and with an undefined service in a crash loop;
// compared with the services the example defines.
#include "inventory/inventory_loader.h"
#include "project/project.h"
#include "tests/support/recorded_live_topology.h"
#include "topology/live_topology.h"
#include "topology/planned_topology.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace hive;

namespace {

LiveTopology read(const QString &state)
{
    return recordedLiveTopology(state);
}

PlannedTopology example()
{
    Project::Options o;
    o.rootDir = QStringLiteral(HIVE_EXAMPLES "/offline-web");
    Project project;
    DiagnosticList diags;
    Project::open(o, project, diags);
    return PlannedTopology::build(project.loadInventory(), QStringLiteral("private"));
}

const QString kHive0 = QStringLiteral("p-hive0.offline-web.example.jp");
const QString kHive2 = QStringLiteral("p-hive2.offline-web.example.jp");

} // namespace

class TestLiveTopology : public QObject
{
    Q_OBJECT
private slots:
    void aHealthyHive()
    {
        LiveTopology t = read(QStringLiteral("healthy"));
        QCOMPARE(t.nodes.size(), 3);
        QCOMPARE(t.nodes.first().hostname, kHive0);
        QVERIFY(t.nodes.first().leader);
        QCOMPARE(t.nodes.first().role, QStringLiteral("manager"));
        QCOMPARE(t.nodes.at(1).reachability, QStringLiteral("reachable"));
        QCOMPARE(t.nodes.first().engineVersion, QStringLiteral("20.10.24+dfsg1"));
        QVERIFY(t.nodes.first().labels.contains(QStringLiteral("first_hive")));
        QCOMPARE(t.downCount(), 0);
        QCOMPARE(t.services.size(), 2);
        const LiveTopology::Service *web = t.service(QStringLiteral("web"));
        QVERIFY(web && web->global);
        QCOMPARE(web->running, 3);
        QCOMPARE(web->desired, 3);
        QVERIFY(web->image.contains(QStringLiteral("@sha256:")));
        QVERIFY(web->networks.contains(QStringLiteral("hive_default_network")));
        QCOMPARE(web->ports.size(), 1);
        QCOMPARE(web->ports.first().published, 8080);
        QCOMPARE(web->ports.first().mode, QStringLiteral("host"));
        // web on every hive, fetcher once: four running tasks, none failed.
        int onNodes = 0;
        for (const LiveTopology::Node &n : t.nodes)
            onNodes += int(t.currentTasksOn(n.id).size());
        QCOMPARE(onNodes, 4);
        QCOMPARE(t.currentTasksOn(t.nodes.first().id).first()->label(),
                 QStringLiteral("fetcher.1"));
        t.compare(example());
        QVERIFY2(t.differences.isEmpty(), qPrintable(t.differences.value(0).text));
    }

    // A service's HIVE_VIP is shown on the node its task runs on.
    void aVirtualAddressIsWhereItsTaskRuns()
    {
        LiveTopology t = read(QStringLiteral("healthy"));
        QVERIFY(t.service(QStringLiteral("fetcher"))
                    ->labels.contains(QStringLiteral("studio.hive.spec")));
        for (LiveTopology::Service &s : t.services) {
            if (s.name == QLatin1String("fetcher"))
                s.labels.insert(QStringLiteral("HIVE_VIP1"),
                                QStringLiteral("172.30.242.200/24@eth0"));
        }
        QCOMPARE(t.virtualAddressesOn(t.nodes.first().id), QStringList{"172.30.242.200"});
        QVERIFY(t.virtualAddressesOn(t.nodes.at(1).id).isEmpty());
    }

    void oneHiveStopped()
    {
        LiveTopology t = read(QStringLiteral("one-down"));
        const LiveTopology::Node *down = t.nodeNamed(kHive2);
        QVERIFY(down);
        QCOMPARE(down->state, QStringLiteral("down"));
        QCOMPARE(down->reachability, QStringLiteral("unreachable"));
        QVERIFY(down->isDown());
        QCOMPARE(t.downCount(), 1);
        // Its web task is still listed as running: the swarm cannot ask it.
        const QList<const LiveTopology::Task *> there = t.currentTasksOn(down->id);
        QCOMPARE(there.size(), 1);
        QCOMPARE(there.first()->state, QStringLiteral("running"));
        QCOMPARE(there.first()->desiredState, QStringLiteral("shutdown"));
        // A host whose engine does not answer is down even before the swarm says so.
        LiveTopology healthy = read(QStringLiteral("healthy"));
        healthy.nodes[1].answered = false;
        QVERIFY(healthy.nodes.at(1).isDown());
        QCOMPARE(healthy.downCount(), 1);
    }

    void anUndefinedServiceInACrashLoop()
    {
        LiveTopology t = read(QStringLiteral("crashing"));
        const LiveTopology::Service *crasher = t.service(QStringLiteral("crasher"));
        QVERIFY(crasher);
        QCOMPARE(crasher->running, 0);
        QCOMPARE(crasher->desired, 1);
        const QList<const LiveTopology::Task *> history = t.historyOf(QStringLiteral("crasher"), 1);
        QCOMPARE(history.size(), 5);
        // Newest first: the retry waiting to start, then the failures.
        QCOMPARE(history.first()->state, QStringLiteral("ready"));
        QVERIFY(history.at(1)->isFailure());
        QCOMPARE(history.at(1)->error, QStringLiteral("task: non-zero exit (3)"));
        QCOMPARE(history.at(1)->exitCode, 3);
        QVERIFY(!history.at(1)->containerId.isEmpty());
        // The retry is the slot's current task on its node.
        const LiveTopology::Node *hive0 = t.nodeNamed(kHive0);
        bool retry = false;
        for (const LiveTopology::Task *task : t.currentTasksOn(hive0->id))
            retry = retry || task->label() == QLatin1String("crasher.1");
        QVERIFY(retry);
        t.compare(example());
        QCOMPARE(t.differences.size(), 1);
        QCOMPARE(t.differences.first().kind, LiveTopology::Difference::Kind::NotDefined);
        QCOMPARE(t.differences.first().service, QStringLiteral("crasher"));
    }

    void plannedButMissing()
    {
        LiveTopology t = read(QStringLiteral("healthy"));
        PlannedTopology planned = example();
        PlannedTopology::Service extra;
        extra.name = QStringLiteral("db");
        planned.services << extra;
        t.services[1].running = 1; // web: 1 of 3
        t.compare(planned);
        QCOMPARE(t.differences.size(), 2);
        // In the order the stage defines them: web, then db.
        QCOMPARE(t.differences.at(0).kind, LiveTopology::Difference::Kind::Short);
        QCOMPARE(t.differences.at(0).text, QStringLiteral("web: 1 of 3 replicas running"));
        QCOMPARE(t.differences.at(1).kind, LiveTopology::Difference::Kind::NotRunning);
        QCOMPARE(t.differences.at(1).service, QStringLiteral("db"));
    }
};

QTEST_GUILESS_MAIN(TestLiveTopology)
#include "tst_live_topology.moc"
