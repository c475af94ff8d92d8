// The Build view's model of a run: RunState folded from a real recorded
// setup-hosts run on the bed (tests/fixtures/runs/), from a run cut halfway,
// from an interrupted one; the run history read from real run log files;
// and PhaseRequest, which the CLI and the app both run phases from.
#include "engine/phase_catalog.h"
#include "engine/phase_order.h"
#include "engine/phase_request.h"
#include "engine/run_failure_advice.h"
#include "engine/run_history.h"
#include "engine/run_log.h"
#include "engine/run_state.h"
#include "engine/run_summary.h"
#include "tests/support/recorded_run.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {

const QString kFixture = QStringLiteral(HIVE_FIXTURES "/runs/setup-hosts-check-4-hosts.jsonl");
const QString kPhase = QStringLiteral("setup-hosts");

RunEvent runEvent(RunEvent::Kind kind, const QString &step, const QString &host, qint64 time,
                  RunEvent::Status status = RunEvent::Status::None)
{
    RunEvent e;
    e.kind = kind;
    e.phase = kPhase;
    e.step = step;
    e.host = host;
    e.timeMs = time;
    e.status = status;
    return e;
}

} // namespace

class TestRunState : public QObject
{
    Q_OBJECT
private slots:
    void aRecordedRunFoldsIntoHostsAndSteps()
    {
        const QList<RunEvent> events = readRunEvents(kFixture);
        QVERIFY(events.size() > 200);
        RunState state;
        for (const RunEvent &e : events)
            state.add(e);
        QCOMPARE(state.phases(), QStringList{kPhase});
        const RunState::Phase *p = state.phase(kPhase);
        QVERIFY(p);
        QCOMPARE(p->status, RunEvent::Status::Changed);
        QVERIFY(!p->running);
        QCOMPARE(p->elapsedMs, qint64(5943));
        QCOMPARE(p->steps.mid(0, 3),
                 (QStringList{QStringLiteral("facts"), QStringLiteral("tls-certificate"),
                              QStringLiteral("base")}));
        QCOMPARE(p->steps.last(), QStringLiteral("node-labels"));
        for (int i = 0; i < 4; ++i)
            QVERIFY(p->hosts.contains(QStringLiteral("p-hive%1.setup.test").arg(i)));
        QVERIFY(p->hosts.contains(QStringLiteral("localhost")));
        // facts on p-hive1: ok in 96 ms, with the OS it found.
        const RunState::Cell *facts =
            state.cell(kPhase, QStringLiteral("facts"), QStringLiteral("p-hive1.setup.test"));
        QVERIFY(facts);
        QCOMPARE(facts->status, RunEvent::Status::Ok);
        QCOMPARE(facts->elapsedMs, qint64(96));
        QCOMPARE(facts->text, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(facts->startMs, qint64(2)); // 2 ms after the phase began
        // The repository server takes no swarm steps: no cell there.
        QVERIFY(!state.cell(kPhase, QStringLiteral("swarm-join"),
                            QStringLiteral("p-hive3.setup.test")));
        QVERIFY(state.runningOn(kPhase).isEmpty());
        QCOMPARE(state.phaseProgress(kPhase), 1.0);
        QCOMPARE(state.hostProgress(kPhase, QStringLiteral("p-hive0.setup.test")), 1.0);
        QVERIFY(state.failedHosts(kPhase).isEmpty());
        QVERIFY(state.count(kPhase, RunEvent::Status::Changed) > 0);
        QVERIFY(state.count(kPhase, RunEvent::Status::Skipped) > 0); // drbd: no module here
        QCOMPARE(state.count(kPhase, RunEvent::Status::Failed), 0);
        // Every host-finished event is a cell's, and each cell lists its own.
        int finished = 0;
        for (const RunEvent &e : events) {
            if (e.kind == RunEvent::Kind::HostFinished) {
                ++finished;
                const RunState::Cell *c = state.cell(kPhase, e.step, e.host);
                QVERIFY(c && c->eventIndex.size() >= 1);
                QCOMPARE(state.events().at(c->eventIndex.last()).kind,
                         RunEvent::Kind::HostFinished);
            }
        }
        QCOMPARE(state.count(kPhase, RunEvent::Status::Ok) +
                     state.count(kPhase, RunEvent::Status::Changed) +
                     state.count(kPhase, RunEvent::Status::Skipped),
                 finished);
    }

    void aRunHalfwayShowsWhatRunsAndWhatIsLeft()
    {
        const QList<RunEvent> events = readRunEvents(kFixture);
        RunState full;
        for (const RunEvent &e : events)
            full.add(e);
        // Up to the first host that started "docker", and not further.
        RunState state;
        state.expectSteps(kPhase, full.phase(kPhase)->steps);
        int i = 0;
        for (; i < events.size(); ++i) {
            state.add(events.at(i));
            if (events.at(i).kind == RunEvent::Kind::HostStarted &&
                events.at(i).step == QLatin1String("docker"))
                break;
        }
        const QString host = events.at(i).host;
        const RunState::Phase *p = state.phase(kPhase);
        QVERIFY(p->running);
        QVERIFY(state.running());
        QCOMPARE(p->steps.last(), QStringLiteral("docker"));
        // The steps of the earlier run not reached yet are planned columns.
        QVERIFY(p->planned.contains(QStringLiteral("node-labels")));
        QVERIFY(!p->planned.contains(QStringLiteral("docker")));
        QCOMPARE(state.runningOn(kPhase),
                 (QList<QPair<QString, QString>>{qMakePair(host, QStringLiteral("docker"))}));
        const double progress = state.phaseProgress(kPhase);
        QVERIFY2(progress > 0.2 && progress < 0.8, qPrintable(QString::number(progress)));
        const double hostDone = state.hostProgress(kPhase, host);
        QVERIFY(hostDone > 0.2 && hostDone < 0.8);
        QVERIFY(state.knowsSteps(kPhase));

        // A first run (no earlier one): the steps ahead are unknown, so no
        // share is claimed; how many ended is.
        RunState first;
        for (int j = 0; j <= i; ++j)
            first.add(events.at(j));
        QVERIFY(!first.knowsSteps(kPhase));
        int ownSteps = 0;
        for (const QString &s : first.phase(kPhase)->steps) {
            const RunState::Cell *c = first.cell(kPhase, s, host);
            ownSteps += c && !c->running ? 1 : 0;
        }
        QCOMPARE(first.stepsDone(kPhase, host), ownSteps);
        QVERIFY(ownSteps > 0);
        QVERIFY(full.knowsSteps(kPhase)); // it ended
    }

    // build-infra's first steps are the stage's own (ssh-key, engine,
    // node-image, network): a host that has not started reads 0 steps done.
    void stepsDoneCountOnlyTheHostsOwnSteps()
    {
        RunState state;
        state.add(runEvent(RunEvent::Kind::PhaseStarted, {}, {}, 1000));
        for (const char *stage : {"ssh-key", "engine"}) {
            const QString step = QString::fromLatin1(stage);
            state.add(runEvent(RunEvent::Kind::StepStarted, step, {}, 1000));
            state.add(runEvent(RunEvent::Kind::HostStarted, step, {}, 1000));
            state.add(runEvent(RunEvent::Kind::HostFinished, step, {}, 1100, RunEvent::Status::Ok));
            state.add(runEvent(RunEvent::Kind::StepFinished, step, {}, 1100, RunEvent::Status::Ok));
        }
        const QString host = QStringLiteral("p-hive0");
        state.add(runEvent(RunEvent::Kind::StepStarted, QStringLiteral("hosts"), {}, 1200));
        state.add(runEvent(RunEvent::Kind::HostStarted, QStringLiteral("hosts"), host, 1200));
        QCOMPARE(state.stepsDone(kPhase, host), 0);
        QCOMPARE(state.stepsDone(kPhase, QString()), 2);
        state.add(runEvent(RunEvent::Kind::HostFinished, QStringLiteral("hosts"), host, 1300,
                           RunEvent::Status::Changed));
        QCOMPARE(state.stepsDone(kPhase, host), 1);
    }

    void anInterruptedPhaseCutsWhatStillRan()
    {
        RunState state;
        state.add(runEvent(RunEvent::Kind::PhaseStarted, {}, {}, 1000));
        state.add(runEvent(RunEvent::Kind::StepStarted, QStringLiteral("docker"), {}, 1000));
        state.add(runEvent(RunEvent::Kind::HostStarted, QStringLiteral("docker"),
                           QStringLiteral("a"), 1000));
        state.add(runEvent(RunEvent::Kind::HostStarted, QStringLiteral("docker"),
                           QStringLiteral("b"), 1000));
        RunEvent failed = runEvent(RunEvent::Kind::HostFinished, QStringLiteral("docker"),
                                   QStringLiteral("a"), 1500, RunEvent::Status::Failed);
        failed.elapsedMs = 500;
        failed.text = QStringLiteral("`systemctl restart docker` failed on a: exit 1");
        state.add(failed);
        RunEvent line =
            runEvent(RunEvent::Kind::Output, QStringLiteral("docker"), QStringLiteral("b"), 1600);
        line.text = QStringLiteral("Setting up docker.io");
        state.add(line);
        state.add(
            runEvent(RunEvent::Kind::PhaseFinished, {}, {}, 4000, RunEvent::Status::Interrupted));
        const RunState::Cell *b = state.cell(kPhase, QStringLiteral("docker"), QStringLiteral("b"));
        QCOMPARE(b->status, RunEvent::Status::Interrupted);
        QCOMPARE(b->elapsedMs, qint64(3000));
        QCOMPARE(state.events().at(b->eventIndex.first()).text,
                 QStringLiteral("Setting up docker.io"));
        QCOMPARE(state.failedHosts(kPhase),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!state.running());
        QCOMPARE(state.lastMs(), qint64(3000));
    }

    void theHistoryReadsHowEachRunEnded()
    {
        QTemporaryDir dir;
        const QString runs = dir.filePath(QStringLiteral("runs"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
        // Three runs of setup-hosts that ended (6, 4, 5 s), then one killed.
        const qint64 took[] = {6000, 4000, 5000};
        for (int i = 0; i < 3; ++i) {
            RunLog log;
            QString error;
            QVERIFY2(log.open(runs, kPhase, error, t0.addSecs(i * 60)), qPrintable(error));
            for (const RunEvent &e : readRunEvents(kFixture)) {
                RunEvent copy = e;
                if (copy.kind == RunEvent::Kind::PhaseFinished) {
                    copy.elapsedMs = took[i];
                    copy.status = RunEvent::Status::Ok;
                }
                log.post(copy);
            }
        }
        RunLog killed;
        QString error;
        QVERIFY(killed.open(runs, kPhase, error, t0.addSecs(300)));
        killed.post(runEvent(RunEvent::Kind::PhaseStarted, {}, {}, 1));
        killed.close();
        {
            QFile f(killed.path());
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"event\":\"host-sta"); // cut mid-line by the kill
        }
        const QList<RunHistory::Record> records = RunHistory::read(runs);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.first().path, killed.path()); // newest first
        QCOMPARE(records.first().status, RunEvent::Status::None);
        QCOMPARE(records.at(1).status, RunEvent::Status::Ok);
        QCOMPARE(records.at(1).elapsedMs, qint64(5000));
        QCOMPARE(RunHistory::latest(records, kPhase)->path, killed.path());
        QVERIFY(!RunHistory::latest(records, QStringLiteral("build-images")));
        // Median of 6, 4, 5; the killed run ran for less than that.
        QCOMPARE(RunHistory::expected(records, kPhase).ms, qint64(5000));
        QVERIFY(!RunHistory::expected(records, kPhase).atLeast);
        QCOMPARE(RunHistory::expected(records, QStringLiteral("build-images")).ms, qint64(-1));
        const QStringList steps = RunHistory::steps(records.at(1).path);
        QCOMPARE(steps.first(), QStringLiteral("facts"));
        QCOMPARE(steps.last(), QStringLiteral("node-labels"));
        QCOMPARE(steps.size(), int(QSet<QString>(steps.cbegin(), steps.cend()).size()));
    }

    // Estimates use runs that did not finish too: they took at least as
    // long as they ran (issue 29: a phase cancelled twice at 90 s was
    // estimated from its one 10-s run).
    void unfinishedRunsAreLowerBounds()
    {
        auto record = [](RunEvent::Status status, qint64 ms) {
            RunHistory::Record r;
            r.phase = kPhase;
            r.status = status;
            r.elapsedMs = ms;
            return r;
        };
        using S = RunEvent::Status;
        // Only cancelled and killed runs: the longest, as a lower bound.
        QList<RunHistory::Record> records{record(S::Interrupted, 90000), record(S::None, 30000)};
        RunHistory::Estimate e = RunHistory::expected(records, kPhase);
        QCOMPARE(e.ms, qint64(90000));
        QVERIFY(e.atLeast);
        // A run that ended ok and took longer: the median, not a bound.
        records.prepend(record(S::Changed, 120000));
        e = RunHistory::expected(records, kPhase);
        QCOMPARE(e.ms, qint64(120000));
        QVERIFY(!e.atLeast);
        // A newer failure that ran longer than the median raises it.
        records.prepend(record(S::Failed, 200000));
        e = RunHistory::expected(records, kPhase);
        QCOMPARE(e.ms, qint64(200000));
        QVERIFY(e.atLeast);
        // Only the last five unfinished runs count: an old long one does not.
        QList<RunHistory::Record> later;
        for (int i = 0; i < 5; ++i)
            later << record(S::Ok, 10000 + i * 1000);
        later << record(S::Interrupted, 500000);
        e = RunHistory::expected(later, kPhase);
        QCOMPARE(e.ms, qint64(12000));
        QVERIFY(!e.atLeast);

        // The summary of a run says when what is left is a lower bound.
        RunState state;
        RunEvent started;
        started.kind = RunEvent::Kind::PhaseStarted;
        started.phase = kPhase;
        started.elapsedMs = 0;
        state.add(started);
        const RunSummary bound = RunSummary::of(state, {kPhase}, records, 50000, true);
        QCOMPARE(bound.leftMs, qint64(150000));
        QVERIFY(bound.leftAtLeast);
        const RunSummary about = RunSummary::of(state, {kPhase}, later, 5000, true);
        QCOMPARE(about.leftMs, qint64(7000));
        QVERIFY(!about.leftAtLeast);
    }

    void aFailureSaysWhatToTryNext()
    {
        const QString host = QStringLiteral("p-hive1.setup.test");
        const auto advice = [&](const QString &text) {
            return RunFailureAdvice::advise(kPhase, QStringLiteral("node-labels"), host, text);
        };
        // Messages as the phases word them.
        QVERIFY(advice(QStringLiteral("cannot reach p-hive1.setup.test at 172.30.243.5 port 22: "
                                      "Socket error: disconnected"))
                    .contains(QStringLiteral("does not answer")));
        QVERIFY(advice(QStringLiteral("the host key of p-hive1.setup.test has changed"))
                    .contains(QStringLiteral("known_hosts")));
        QVERIFY(advice(QStringLiteral("Error response from daemon: rpc error: code = Unknown desc "
                                      "= raft: failed to process the request: node lost leader "
                                      "status"))
                    .contains(QStringLiteral("hive doctor")));
        QVERIFY(advice(QStringLiteral("write /var/lib/docker/tmp: no space left on device"))
                    .contains(QStringLiteral("hive recover disk")));
        // A -T refusal lists the steps (tls-certificate among them): about -T, not TLS.
        const QString tags =
            advice(QStringLiteral("no setup-hosts step has the tag zabbix; the steps are: facts, "
                                  "tls-certificate, base"));
        QVERIFY2(tags.contains(QStringLiteral("-T")) && !tags.contains(QStringLiteral("TLS")),
                 qPrintable(tags));
        const QString general = advice(QStringLiteral("exit 2"));
        QVERIFY(general.contains(QStringLiteral("node-labels")) && general.contains(host));
        // A kickstart host not installed yet, not "does not answer" (it
        // cannot be started by build-infra); a device waiting to be named.
        const QString install = RunFailureAdvice::advise(
            QStringLiteral("build-infra"), QStringLiteral("hosts"), QStringLiteral("hive0.pdns"),
            QStringLiteral("not installed yet (nothing answers on 10.0.0.5 port 22): boot it "
                           "from the install medium"));
        QVERIFY2(install.contains(QStringLiteral("Install hive host hive0.pdns")),
                 qPrintable(install));
        QVERIFY(RunFailureAdvice::advise(QStringLiteral("build-infra"),
                                         QStringLiteral("install-medium"), QString(),
                                         QStringLiteral("run build-infra again with "
                                                        "--write-device /dev/sdb"))
                    .contains(QStringLiteral("Write to")));
    }

    void aRequestSaysWhatRunsAndHowToTypeIt()
    {
        PhaseRequest all;
        all.command = QStringLiteral("all");
        QCOMPARE(all.phases(QStringLiteral("build-volumes")),
                 (QStringList{QStringLiteral("build-volumes"), QStringLiteral("build-networks"),
                              QStringLiteral("deploy-services"),
                              QStringLiteral("initialize-services")}));
        all.startPhase = QStringLiteral("deploy-services");
        QCOMPARE(all.phases(QStringLiteral("build-infra")).first(),
                 QStringLiteral("deploy-services"));
        QCOMPARE(all.commandLine(), QStringLiteral("hive all -S deploy-services"));
        QCOMPARE(all.startPhaseRule(), PhaseSession::StartPhaseRule::Advance);

        PhaseRequest one;
        one.command = QStringLiteral("setup-hosts");
        one.stage = QStringLiteral("staging");
        one.checkOnly = true;
        one.limit = QStringLiteral("p-hive0,!p-hive1");
        one.tags = QStringLiteral("docker");
        QCOMPARE(one.problem(), QString());
        // -T picks steps of the phase named: the earlier phases do not run
        // (they have none of its steps) and start_phase stays.
        QCOMPARE(one.phases(QStringLiteral("build-infra")),
                 QStringList{QStringLiteral("setup-hosts")});
        QCOMPARE(one.commandLine(), QStringLiteral("hive -s staging setup-hosts -C -l "
                                                   "'p-hive0,!p-hive1' -T docker"));
        QCOMPARE(one.startPhaseRule(), PhaseSession::StartPhaseRule::Keep);
        one.checkOnly = false;
        QCOMPARE(one.startPhaseRule(), PhaseSession::StartPhaseRule::Keep);
        // Without -T, a phase asked for runs the earlier phases from start_phase first.
        one.tags.clear();
        QCOMPARE(one.phases(QStringLiteral("build-infra")),
                 (QStringList{QStringLiteral("build-infra"), QStringLiteral("setup-hosts")}));
        QCOMPARE(one.startPhaseRule(), PhaseSession::StartPhaseRule::Advance);

        PhaseRequest destroy;
        destroy.command = QStringLiteral("build-infra");
        destroy.destroy = true;
        QCOMPARE(destroy.phases(QStringLiteral("deploy-services")),
                 QStringList{QStringLiteral("build-infra")});
        QCOMPARE(destroy.startPhaseRule(), PhaseSession::StartPhaseRule::Reset);
        destroy.command = QStringLiteral("deploy-services");
        QCOMPARE(destroy.startPhaseRule(), PhaseSession::StartPhaseRule::Keep);

        PhaseRequest bad;
        bad.command = QStringLiteral("setup-hosts");
        bad.halt = true;
        QVERIFY(bad.problem().contains(QStringLiteral("build-infra only")));
        bad.command = QStringLiteral("build-images");
        bad.halt = false;
        bad.destroy = true;
        QVERIFY(bad.problem().contains(QStringLiteral("build-images")));
        bad.command = QStringLiteral("deploy");
        QVERIFY(bad.problem().contains(QStringLiteral("unknown phase 'deploy'")));

        // -T: every phase without tags refuses it, naming itself, before
        // anything runs; setup-hosts checks its own tags; `all` passes it on.
        PhaseRequest tagged;
        tagged.tags = QStringLiteral("no-such-tag");
        for (const PhaseTraits &phase : PhaseCatalog::all()) {
            tagged.command = phase.name;
            const QString problem = tagged.problem();
            if (phase.takesTags) {
                QCOMPARE(problem, QString());
                continue;
            }
            QVERIFY2(
                problem.startsWith(phase.name + QStringLiteral(" has no tags: -T no-such-tag")),
                qPrintable(problem));
            QVERIFY(problem.contains(QStringLiteral("setup-hosts")));
        }
        tagged.command = QStringLiteral("all");
        QCOMPARE(tagged.problem(), QString());
        QCOMPARE(tagged.options(nullptr).tagList(), QStringList{QStringLiteral("no-such-tag")});
        tagged.tags = QStringLiteral(" docker, ,swarm ");
        QCOMPARE(tagged.options(nullptr).tagList(),
                 (QStringList{QStringLiteral("docker"), QStringLiteral("swarm")}));

        // Retry Failed names what failed where -l can name it.
        QCOMPARE(PhaseRequest::retryOf(QStringLiteral("build-volumes"), QStringLiteral("private"),
                                       {QStringLiteral("a"), QStringLiteral("b")}, nullptr)
                     .limit,
                 QStringLiteral("a,b"));
        const PhaseRequest whole =
            PhaseRequest::retryOf(QStringLiteral("setup-hosts"), QStringLiteral("private"),
                                  {QStringLiteral("x")}, nullptr);
        QCOMPARE(whole.limit, QString());
        QCOMPARE(whole.command, QStringLiteral("setup-hosts"));

        // The catalog is the order phases run in, and says what -l, -H, -D take.
        QCOMPARE(PhaseCatalog::names(), PhaseOrder::phases());
        QCOMPARE(PhaseCatalog::names().size(), 7);
        QVERIFY(PhaseCatalog::find(QStringLiteral("build-infra"))->canHalt);
        QVERIFY(!PhaseCatalog::find(QStringLiteral("setup-hosts"))->canDestroy());
        QCOMPARE(PhaseCatalog::find(QStringLiteral("build-volumes"))->limit,
                 PhaseTraits::Limit::Volumes);
        QVERIFY(!PhaseCatalog::find(QStringLiteral("deploy")));
        for (const PhaseTraits &phase : PhaseCatalog::all())
            QVERIFY(!phase.description().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunState)
#include "tst_run_state.moc"
