// `bench_views [runs]`: the app's run and topology views with large inputs
// (offscreen; CI runs it on the debug build its tests use). Prints medians:
// - replaying a saved run of 2,000 events (20 hosts × 25 steps, with output
//   lines) into the Build tab: read, fold, grid, log and timeline drawn
//   (target: under 1 s);
// - the live topology of 50 nodes × 20 tasks: the scene rebuilt and the view
//   painted, normal and dense (target: under 50 ms per redraw).
#include "engine/run_log.h"
#include "gui/build/build_page.h"
#include "gui/live/live_topology_scene.h"
#include "gui/topology/topology_view.h"
#include "topology/live_topology.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace hive;
using namespace hive::gui;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// A run of `hosts` × `steps` with output lines, about `events` events long.
QString writeRun(const QString &dir, int hosts, int steps, int events)
{
    RunLog log;
    QString error;
    log.open(dir, QStringLiteral("setup-hosts"), error);
    qint64 t = 1'800'000'000'000;
    int posted = 0;
    const auto post = [&](RunEvent e) {
        e.phase = QStringLiteral("setup-hosts");
        e.timeMs = (t += 7);
        log.post(e);
        ++posted;
    };
    RunEvent e;
    e.kind = RunEvent::Kind::PhaseStarted;
    post(e);
    // Output lines per host and step to reach the wanted size.
    const int base = 2 + steps * (2 + 2 * hosts);
    const int outputs = qMax(0, (events - base + steps * hosts - 1) / (steps * hosts));
    for (int s = 0; s < steps; ++s) {
        const QString step = QStringLiteral("step-%1").arg(s);
        RunEvent started;
        started.kind = RunEvent::Kind::StepStarted;
        started.step = step;
        post(started);
        for (int h = 0; h < hosts; ++h) {
            RunEvent hs;
            hs.kind = RunEvent::Kind::HostStarted;
            hs.step = step;
            hs.host = QStringLiteral("p-hive%1.bench.test").arg(h);
            post(hs);
            for (int o = 0; o < outputs; ++o) {
                RunEvent line = hs;
                line.kind = RunEvent::Kind::Output;
                line.text = QStringLiteral("output line %1 of %2 on %3").arg(o).arg(step, hs.host);
                post(line);
            }
            RunEvent hf = hs;
            hf.kind = RunEvent::Kind::HostFinished;
            hf.status = (h + s) % 5 == 0 ? RunEvent::Status::Changed : RunEvent::Status::Ok;
            hf.elapsedMs = 40 + (h * s) % 300;
            hf.text = QStringLiteral("done");
            post(hf);
        }
        RunEvent finished = started;
        finished.kind = RunEvent::Kind::StepFinished;
        finished.status = RunEvent::Status::Ok;
        post(finished);
    }
    RunEvent end;
    end.kind = RunEvent::Kind::PhaseFinished;
    end.status = RunEvent::Status::Changed;
    end.elapsedMs = t - 1'800'000'000'000;
    post(end);
    log.close();
    QTextStream(stdout) << QStringLiteral("saved run: %1 events, %2 hosts × %3 steps\n")
                               .arg(posted)
                               .arg(hosts)
                               .arg(steps);
    return log.path();
}

LiveTopology bigTopology(int nodes, int tasksPerNode)
{
    LiveTopology t;
    t.readFrom = QStringLiteral("p-hive0.bench.test");
    t.readAt = QDateTime::currentDateTimeUtc();
    t.repository = QStringLiteral("p-repo.bench.test");
    t.repositoryAnswered = true;
    t.registry = QStringLiteral("p-repo.bench.test:5000");
    for (int s = 0; s < 40; ++s) {
        LiveTopology::Service svc;
        svc.id = QStringLiteral("svc%1").arg(s);
        svc.name = QStringLiteral("service-%1").arg(s);
        svc.desired = svc.running = nodes * tasksPerNode / 40;
        t.services << svc;
    }
    for (int n = 0; n < nodes; ++n) {
        LiveTopology::Node node;
        node.id = QStringLiteral("node%1").arg(n);
        node.hostname = QStringLiteral("p-hive%1.bench.test").arg(n, 2, 10, QLatin1Char('0'));
        node.role = n < 5 ? QStringLiteral("manager") : QStringLiteral("worker");
        node.leader = n == 0;
        node.state = n == 7 ? QStringLiteral("down") : QStringLiteral("ready");
        node.availability = QStringLiteral("active");
        node.engineVersion = QStringLiteral("20.10.24");
        node.labels.insert(QStringLiteral("hives"), QStringLiteral("true"));
        t.nodes << node;
        for (int k = 0; k < tasksPerNode; ++k) {
            LiveTopology::Task task;
            task.id = QStringLiteral("task-%1-%2").arg(n).arg(k);
            const int s = (n * tasksPerNode + k) % 40;
            task.serviceId = t.services.at(s).id;
            task.service = t.services.at(s).name;
            task.slot = n * tasksPerNode + k + 1;
            task.nodeId = node.id;
            task.desiredState = QStringLiteral("running");
            task.state = k == 3 ? QStringLiteral("failed") : QStringLiteral("running");
            if (k == 3)
                task.error = QStringLiteral("task: non-zero exit (3)");
            t.tasks << task;
        }
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = writeRun(dir.path(), 20, 25, 2000);
    QList<double> replay;
    for (int i = 0; i < runs; ++i) {
        BuildPage page;
        page.resize(1400, 900);
        page.show();
        QElapsedTimer t;
        t.start();
        page.replay(path);
        page.grab(); // painted
        replay << double(t.nsecsElapsed()) / 1e6;
    }
    out << QStringLiteral("Build tab, replay of the saved run (%1 runs, median): %2 ms "
                          "(target: under 1000 ms)\n")
               .arg(runs)
               .arg(median(replay), 0, 'f', 1);

    const LiveTopology big = bigTopology(50, 20);
    TopologyView view(new LiveTopologyScene, QStringLiteral("bench"));
    view.resize(1400, 900);
    view.show();
    auto *scene = qobject_cast<LiveTopologyScene *>(view.scene());
    for (const bool dense : {false, true}) {
        QList<double> redraw, build;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            LiveTopologyScene::Options o;
            o.dense = dense;
            scene->showTopology(big, o, view.palette());
            build << double(t.nsecsElapsed()) / 1e6;
            view.viewport()->grab(); // painted
            redraw << double(t.nsecsElapsed()) / 1e6;
        }
        out << QStringLiteral("Live tab, 50 nodes × 20 tasks%1, redraw (%2 runs, median): %3 ms "
                              "(target: under 50 ms)\n")
                   .arg(dense ? QStringLiteral(" (dense)") : QString())
                   .arg(runs)
                   .arg(median(redraw), 0, 'f', 1);
        out << QStringLiteral("  of which building the scene: %1 ms\n")
                   .arg(median(build), 0, 'f', 1);
    }
    return 0;
}
