// The phase engine's bookkeeping: phase order and start_phase, the stage
// lock (held by a real other process, then left behind by a killed one),
// the JSON-lines run log and its replay, and a session that stops at a
// failure and picks up there next time.
#include "concurrency/joined_run.h"
#include "engine/phase_catalog.h"
#include "engine/phase_order.h"
#include "engine/phase_session.h"
#include "engine/project_lock.h"
#include "engine/run_log.h"
#include "engine/run_reporter.h"
#include "engine/step_sequence.h"
#include "project/context_file.h"
#include "project/persistents.h"
#include "project/project.h"
#include "project/repair_journal.h"
#include "project/variable_catalog.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <mutex>

using namespace hive;

namespace {
class Collector : public RunEventSink
{
public:
    QList<RunEvent> events;
    void post(const RunEvent &e) override { events << e; }
};

RunEvent makeEvent(RunEvent::Kind kind, const QString &phase, RunEvent::Status status = {},
                   const QString &host = {}, const QString &text = {})
{
    RunEvent e;
    e.kind = kind;
    e.phase = phase;
    e.status = status;
    e.host = host;
    e.text = text;
    e.timeMs = 1700000000000;
    return e;
}

// Posts a phase's start and end with the given status, as a phase does.
void fakePhase(const QString &phase, RunEventSink *sink, RunEvent::Status status)
{
    sink->post(makeEvent(RunEvent::Kind::PhaseStarted, phase));
    sink->post(makeEvent(RunEvent::Kind::HostFinished, phase, status, QStringLiteral("h0")));
    sink->post(makeEvent(RunEvent::Kind::PhaseFinished, phase, status));
}
} // namespace

class TestPhaseEngine : public QObject
{
    Q_OBJECT

    static Project openProject(const QTemporaryDir &dir)
    {
        QDir(dir.path()).mkpath(QStringLiteral("inventory"));
        Project project;
        DiagnosticList diags;
        Project::open({dir.path(), QStringLiteral("private"), {}, {}, {}}, project, diags);
        return project;
    }

    static bool ownerOnly(const QString &path)
    {
        const QFileDevice::Permissions p = QFileInfo(path).permissions();
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        return (p & others) == 0 && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner);
    }

    static QString persistedStart(const Project &project)
    {
        DiagnosticList diags;
        const Persistents p = Persistents::load(project.persistents().path(), diags);
        return p.value(QStringLiteral("start_phase"), project.stage()).scalarText();
    }

private slots:
    // `hive set start_phase` offers the phases from the project layer, which
    // cannot read the catalog: the two lists must stay the same.
    void startPhaseChoicesAreThePhases()
    {
        QCOMPARE(VariableCatalog::phases(), PhaseCatalog::names());
        QCOMPARE(PhaseCatalog::hostsPhase(), QStringLiteral("build-infra"));
    }
    void phaseOrderFollowsStartPhase()
    {
        QCOMPARE(PhaseOrder::phases().size(), 7);
        // A later phase asked for runs the ones before it from start_phase.
        QCOMPARE(
            PhaseOrder::toRun(QStringLiteral("deploy-services"), QStringLiteral("build-volumes")),
            (QStringList{QStringLiteral("build-volumes"), QStringLiteral("build-networks"),
                         QStringLiteral("deploy-services")}));
        QCOMPARE(
            PhaseOrder::toRun(QStringLiteral("setup-hosts"), QStringLiteral("deploy-services")),
            QStringList{QStringLiteral("setup-hosts")});
        QCOMPARE(PhaseOrder::toRun(QStringLiteral("build-infra"), QString()),
                 QStringList{QStringLiteral("build-infra")});
        QCOMPARE(PhaseOrder::allFrom(QStringLiteral("deploy-services")),
                 (QStringList{QStringLiteral("deploy-services"),
                              QStringLiteral("initialize-services")}));
        QCOMPARE(PhaseOrder::nextStart(QStringLiteral("build-infra")),
                 QStringLiteral("setup-hosts"));
        QCOMPARE(PhaseOrder::nextStart(QStringLiteral("initialize-services")),
                 QStringLiteral("build-infra"));
        QVERIFY(PhaseOrder::toRun(QStringLiteral("nonsense"), {}).isEmpty());
    }

    void aSecondRunIsRefusedWithWhoHoldsTheLock()
    {
        QTemporaryDir dir;
        const QString path = ProjectLock::pathFor(dir.path(), QStringLiteral("private"));
        ProjectLock first;
        QString error;
        QVERIFY2(first.acquire(path, QStringLiteral("setup-hosts"), error), qPrintable(error));
        QVERIFY(ownerOnly(path));
        const ProjectLock::Holder h = ProjectLock::holder(path);
        QCOMPARE(h.pid, QCoreApplication::applicationPid());
        QCOMPARE(h.phase, QStringLiteral("setup-hosts"));

        ProjectLock second;
        QVERIFY(!second.acquire(path, QStringLiteral("build-images"), error));
        QVERIFY2(error.contains(QStringLiteral("setup-hosts")) &&
                     error.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(error));
        first.setPhase(QStringLiteral("build-images"));
        QCOMPARE(ProjectLock::holder(path).phase, QStringLiteral("build-images"));
        first.release();
        QVERIFY(ProjectLock::holder(path).isEmpty());
        ProjectLock::Holder previous;
        QVERIFY(second.acquire(path, QStringLiteral("build-images"), error, &previous));
        QVERIFY(previous.isEmpty()); // released cleanly, nothing left behind
    }

    void aLockOfAKilledProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = ProjectLock::pathFor(dir.path(), QStringLiteral("private"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        // What a run on another machine wrote, then another process holding
        // the lock (flock(1) takes the same kind of lock, as a real run would).
        QFile content(path);
        QVERIFY(content.open(QIODevice::WriteOnly));
        content.write("{\"host\":\"ops1\",\"pid\":424242,\"started\":\"2026-11-22T01:02:03Z\","
                      "\"phase\":\"deploy-services\"}\n");
        content.close();
        QProcess holder;
        // A process that takes the same kind of lock (flock(2)) itself, with
        // no child: flock(1) forks its command, and a child between fork and
        // closing its copy of the descriptor would keep the lock after the
        // holder is killed.
        holder.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import fcntl, sys, time\n"
                                     "f = open(sys.argv[1], 'a')\n"
                                     "fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
                                     "print('held', flush=True)\n"
                                     "time.sleep(600)\n"),
                      path});
        QVERIFY(holder.waitForStarted());
        QByteArray said; // QTRY evaluates more than once: keep what was read
        QTRY_VERIFY((said += holder.readAllStandardOutput()).contains("held"));
        QVERIFY(!ProjectLock::holder(path).isEmpty());
        QVERIFY(holder.state() == QProcess::Running);
        ProjectLock lock;
        QString error;
        QVERIFY(!lock.acquire(path, QStringLiteral("setup-hosts"), error));
        QVERIFY2(error.contains(QStringLiteral("deploy-services")) &&
                     error.contains(QStringLiteral("ops1")) &&
                     error.contains(QStringLiteral("424242")),
                 qPrintable(error));

        holder.kill(); // dies without cleaning up: its content stays in the file
        QVERIFY(holder.waitForFinished());
        ProjectLock::Holder previous;
        QVERIFY2(lock.acquire(path, QStringLiteral("setup-hosts"), error, &previous),
                 qPrintable(error));
        QCOMPARE(previous.pid, 424242);
        QCOMPARE(previous.phase, QStringLiteral("deploy-services"));
        QCOMPARE(ProjectLock::holder(path).pid, QCoreApplication::applicationPid());
    }

    void runLogRecordsAndReplays()
    {
        QTemporaryDir dir;
        const QString runs = RunLog::runsDir(dir.path(), QStringLiteral("private"));
        RunLog log;
        QString error;
        QVERIFY2(log.open(runs, QStringLiteral("setup-hosts"), error,
                          QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC)),
                 qPrintable(error));
        const QList<RunEvent> posted = {
            makeEvent(RunEvent::Kind::PhaseStarted, QStringLiteral("setup-hosts")),
            makeEvent(RunEvent::Kind::Output, QStringLiteral("setup-hosts"), {},
                      QStringLiteral("h1"), QStringLiteral("日本語の出力 \"quoted\"")),
            makeEvent(RunEvent::Kind::PhaseFinished, QStringLiteral("setup-hosts"),
                      RunEvent::Status::Changed)};
        for (const RunEvent &e : posted)
            log.post(e);
        // Written as it happens: readable before the run ends.
        QCOMPARE(QFile(log.path()).size() > 0, true);
        log.close();
        QVERIFY(ownerOnly(log.path()));
        QVERIFY(log.path().endsWith(QStringLiteral("/20261122-100000-000-setup-hosts.jsonl")));

        RunLog later;
        QVERIFY(later.open(runs, QStringLiteral("build-images"), error,
                           QDateTime(QDate(2026, 11, 22), QTime(11, 0, 0), Qt::UTC)));
        later.close();
        const QList<RunLog::Entry> entries = RunLog::list(runs);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().phase, QStringLiteral("build-images")); // newest first
        QCOMPARE(entries.last().phase, QStringLiteral("setup-hosts"));
        QCOMPARE(entries.last().started, QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC));

        Collector replayed;
        QVERIFY2(RunLog::replay(log.path(), &replayed, error), qPrintable(error));
        QCOMPARE(replayed.events.size(), posted.size());
        for (int i = 0; i < posted.size(); ++i)
            QCOMPARE(replayed.events.at(i).toJson(), posted.at(i).toJson());

        // A run killed mid-line: the events before it replay, the error names the line.
        QFile f(log.path());
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"kind\":\"output\",\"te");
        f.close();
        Collector partial;
        QVERIFY(!RunLog::replay(log.path(), &partial, error));
        QCOMPARE(partial.events.size(), 3);
        QVERIFY2(error.contains(log.path() + QStringLiteral(":4")), qPrintable(error));
    }

    void aSessionStopsAtAFailureAndPicksUpThere()
    {
        QTemporaryDir dir;
        Project project = openProject(dir);
        Collector shown;
        PhaseSession session(project, &shown);
        QCOMPARE(session.startPhase(), QStringLiteral("build-infra"));

        QStringList called;
        const auto phases = [&called](RunEvent::Status failAt) {
            return [&called, failAt](const QString &phase, RunEventSink *sink) {
                called << phase;
                fakePhase(phase, sink,
                          phase == QLatin1String("build-images") ? failAt
                                                                 : RunEvent::Status::Changed);
            };
        };
        PhaseSession::Result r = session.run(PhaseOrder::allFrom(session.startPhase()),
                                             phases(RunEvent::Status::Failed));
        QVERIFY(!r.ok);
        QCOMPARE(called, (QStringList{QStringLiteral("build-infra"), QStringLiteral("setup-hosts"),
                                      QStringLiteral("build-images")}));
        QCOMPARE(r.stoppedAt, QStringLiteral("build-images"));
        QCOMPARE(r.status, RunEvent::Status::Failed);
        QCOMPARE(persistedStart(project), QStringLiteral("build-images"));
        QCOMPARE(r.runLogs.size(), 3);
        for (const QString &f : r.runLogs)
            QVERIFY(QFileInfo::exists(f));
        // The display saw every event too, and where start_phase moved to
        // after each phase that succeeded (not written to the run logs).
        QStringList moves;
        for (const RunEvent &e : std::as_const(shown.events)) {
            if (e.kind == RunEvent::Kind::StartPhaseMoved)
                moves << e.phase + QStringLiteral(" → ") + e.text;
        }
        QCOMPARE(shown.events.size(), 11);
        QCOMPARE(moves, (QStringList{QStringLiteral("build-infra → setup-hosts"),
                                     QStringLiteral("setup-hosts → build-images")}));
        for (const QString &f : r.runLogs)
            QVERIFY(!ContextFile::read(f).contains("start-phase-moved"));

        // Interrupted: start_phase stays, and the next run begins there.
        called.clear();
        r = session.run(PhaseOrder::allFrom(session.startPhase()),
                        phases(RunEvent::Status::Interrupted));
        QCOMPARE(called, QStringList{QStringLiteral("build-images")});
        QCOMPARE(persistedStart(project), QStringLiteral("build-images"));

        // -C changes nothing, start_phase included.
        called.clear();
        r = session.run(PhaseOrder::allFrom(session.startPhase()), phases(RunEvent::Status::Ok),
                        PhaseSession::StartPhaseRule::Keep);
        QVERIFY(r.ok);
        QCOMPARE(called.size(), 5);
        QCOMPARE(persistedStart(project), QStringLiteral("build-images"));

        r = session.run(PhaseOrder::allFrom(session.startPhase()), phases(RunEvent::Status::Ok));
        QVERIFY(r.ok);
        QCOMPARE(persistedStart(project), QStringLiteral("build-infra")); // all done: from the top
        QVERIFY(ProjectLock::holder(ProjectLock::pathFor(project.hiveDir(), project.stage()))
                    .isEmpty());
    }

    void aSessionDoesNotRunWhileAnotherHoldsTheStage()
    {
        QTemporaryDir dir;
        Project project = openProject(dir);
        ProjectLock other;
        QString error;
        QVERIFY(other.acquire(ProjectLock::pathFor(project.hiveDir(), project.stage()),
                              QStringLiteral("deploy-services"), error));
        PhaseSession session(project, nullptr);
        bool ran = false;
        const PhaseSession::Result r =
            session.run({QStringLiteral("build-infra")},
                        [&ran](const QString &, RunEventSink *) { ran = true; });
        QVERIFY(!ran);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("deploy-services")), qPrintable(r.error));
    }

    // A repair interrupted before it put back what it took away: phases
    // refuse, naming it and the resume, until --force (which says so).
    void aSessionRefusesWhileAnInterruptedRepairLeftSomething()
    {
        QTemporaryDir dir;
        Project project = openProject(dir);
        RepairJournal::Entry e;
        e.id = QStringLiteral("backup-p-hive1-docker");
        e.operation = QStringLiteral("backup");
        e.host = QStringLiteral("p-hive1");
        e.taken = QStringLiteral("docker stopped on p-hive1");
        e.undo = QStringLiteral("systemctl start docker.service");
        QString error;
        QVERIFY(RepairJournal(project.contextDir()).record(e, error));
        Collector shown;
        PhaseSession session(project, &shown);
        bool ran = false;
        const auto phase = [&ran](const QString &p, RunEventSink *sink) {
            ran = true;
            fakePhase(p, sink, RunEvent::Status::Ok);
        };
        PhaseSession::Result r = session.run({QStringLiteral("deploy-services")}, phase);
        QVERIFY(!ran && !r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("docker stopped on p-hive1 (by backup)")) &&
                     r.error.contains(QStringLiteral("hive recover resume")) &&
                     r.error.contains(QStringLiteral("--force on the command line")),
                 qPrintable(r.error));
        session.allowInterruptedRepairs(true);
        r = session.run({QStringLiteral("deploy-services")}, phase);
        QVERIFY(ran && r.ok);
        QVERIFY(!shown.events.isEmpty());
        QVERIFY2(shown.events.first().text.contains(QStringLiteral("docker stopped on p-hive1")),
                 qPrintable(shown.events.first().text));
    }

    // A step whose hosts share one piece of work (roles/addon's one
    // ansible-playbook): told the hosts that will run (not one that failed
    // before), it runs them all at once even where the run allows one at a
    // time, so that none waits for a host that has no thread.
    void aJoinedStepRunsItsHostsAtOnceWithoutTheFailedOnes()
    {
        const QStringList hosts{QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3")};
        auto targets = [&](Step::Targets) { return hosts; };
        Step base;
        base.name = QStringLiteral("base");
        base.work = [](const QString &host, QString &message) {
            message = QStringLiteral("broken");
            return host == QLatin1String("h2") ? RunEvent::Status::Failed
                                               : RunEvent::Status::Changed;
        };
        QStringList told, ranFor;
        JoinedRun<QString> shared([&](const QStringList &joined) {
            ranFor = joined;
            QHash<QString, QString> out;
            for (const QString &h : joined)
                out.insert(h, QStringLiteral("done"));
            return out;
        });
        Step addon;
        addon.name = QStringLiteral("addon");
        addon.starting = [&](const QStringList &running) {
            told = running;
            shared.expect(running);
        };
        addon.work = [&](const QString &host, QString &message) {
            JoinedRun<QString>::Ticket ticket(shared, host);
            message = ticket.join();
            return RunEvent::Status::Changed;
        };
        Collector c;
        RunReporter reporter(&c, QStringLiteral("setup-hosts"));
        StepSequence::Options o;
        o.maxParallel = 1;
        QVERIFY(!StepSequence::run(reporter, {base, addon}, targets, o));
        QCOMPARE(told, (QStringList{QStringLiteral("h1"), QStringLiteral("h3")}));
        ranFor.sort();
        QCOMPARE(ranFor, (QStringList{QStringLiteral("h1"), QStringLiteral("h3")}));
    }

    // Steps as data: -T, a failed host left out of later steps, fatal steps,
    // cancellation between steps.
    void stepsRunInOrderWithTagsFailuresAndCancel()
    {
        std::mutex mutex;
        QStringList ran; // "step@host"
        auto step = [&](const QString &name, const QStringList &tags, const QStringList &failOn,
                        bool fatal = false) {
            Step s;
            s.name = name;
            s.tags = tags;
            s.fatal = fatal;
            s.work = [&, name, failOn](const QString &host, QString &message) {
                std::lock_guard lock(mutex);
                ran << name + QLatin1Char('@') + host;
                if (failOn.contains(host)) {
                    message = QStringLiteral("broken");
                    return RunEvent::Status::Failed;
                }
                return RunEvent::Status::Changed;
            };
            return s;
        };
        const QStringList hosts{QStringLiteral("h1"), QStringLiteral("h2")};
        auto targets = [&](Step::Targets) { return hosts; };
        auto statusOf = [](const Collector &c, const QString &stepName, const QString &host,
                           QString *text = nullptr) {
            for (const RunEvent &e : c.events) {
                if (e.kind == RunEvent::Kind::HostFinished && e.step == stepName &&
                    e.host == host) {
                    if (text)
                        *text = e.text;
                    return e.status;
                }
            }
            return RunEvent::Status::None;
        };
        const QList<Step> steps{
            step(QStringLiteral("facts"), {QStringLiteral("always")}, {}),
            step(QStringLiteral("base"), {}, {QStringLiteral("h1")}),
            step(QStringLiteral("docker"), {QStringLiteral("docker-client")}, {})};

        // -T docker-client: the always step and docker, not base.
        {
            Collector c;
            RunReporter reporter(&c, QStringLiteral("setup-hosts"));
            StepSequence::Options o;
            o.tags = {QStringLiteral("docker-client")};
            ran.clear();
            QVERIFY(StepSequence::run(reporter, steps, targets, o));
            ran.sort();
            QCOMPARE(ran, QStringList({QStringLiteral("docker@h1"), QStringLiteral("docker@h2"),
                                       QStringLiteral("facts@h1"), QStringLiteral("facts@h2")}));
            QCOMPARE(StepSequence::unknownTags(steps,
                                               {QStringLiteral("dokcer"), QStringLiteral("base")}),
                     QStringList{QStringLiteral("dokcer")});
        }
        // h1 fails in base: docker runs on h2 only, h1 is skipped naming base.
        {
            Collector c;
            RunReporter reporter(&c, QStringLiteral("setup-hosts"));
            ran.clear();
            QVERIFY(!StepSequence::run(reporter, steps, targets, {}));
            QVERIFY(ran.contains(QStringLiteral("docker@h2")));
            QVERIFY(!ran.contains(QStringLiteral("docker@h1")));
            QString text;
            QCOMPARE(statusOf(c, QStringLiteral("docker"), QStringLiteral("h1"), &text),
                     RunEvent::Status::Skipped);
            QVERIFY2(text.contains(QStringLiteral("base")), qPrintable(text));
            QCOMPARE(statusOf(c, QStringLiteral("base"), QStringLiteral("h1"), &text),
                     RunEvent::Status::Failed);
            QCOMPARE(text, QStringLiteral("broken"));
        }
        // A fatal step that fails ends the phase for every host.
        {
            QList<Step> fatal = steps;
            fatal[1].fatal = true;
            Collector c;
            RunReporter reporter(&c, QStringLiteral("setup-hosts"));
            ran.clear();
            QVERIFY(!StepSequence::run(reporter, fatal, targets, {}));
            QVERIFY(!ran.contains(QStringLiteral("docker@h2")));
            QCOMPARE(statusOf(c, QStringLiteral("docker"), QStringLiteral("h2")),
                     RunEvent::Status::None);
        }
        // Cancelled during base: docker is reported interrupted, not run.
        {
            std::atomic_bool cancel{false};
            QList<Step> cancelling = steps;
            cancelling[1].work = [&](const QString &, QString &) {
                cancel = true;
                return RunEvent::Status::Ok;
            };
            Collector c;
            RunReporter reporter(&c, QStringLiteral("setup-hosts"));
            StepSequence::Options o;
            o.cancel = &cancel;
            ran.clear();
            QVERIFY(!StepSequence::run(reporter, cancelling, targets, o));
            QVERIFY(!ran.contains(QStringLiteral("docker@h1")));
            QCOMPARE(statusOf(c, QStringLiteral("docker"), QStringLiteral("h1")),
                     RunEvent::Status::Interrupted);
            QCOMPARE(reporter.phaseFinished(), RunEvent::Status::Interrupted);
        }
        // Cancelled while base's command ran, which then failed for it: base
        // is reported interrupted, not failed.
        {
            std::atomic_bool cancel{false};
            QList<Step> cancelling = steps;
            cancelling[1].work = [&](const QString &, QString &message) {
                cancel = true;
                message = QStringLiteral("cancelled on h1: true");
                return RunEvent::Status::Failed;
            };
            Collector c;
            RunReporter reporter(&c, QStringLiteral("setup-hosts"));
            StepSequence::Options o;
            o.cancel = &cancel;
            QVERIFY(!StepSequence::run(reporter, cancelling, targets, o));
            QCOMPARE(statusOf(c, QStringLiteral("base"), QStringLiteral("h1")),
                     RunEvent::Status::Interrupted);
            QCOMPARE(reporter.phaseFinished(), RunEvent::Status::Interrupted);
        }
        // A repair's steps, run by the same sequence: each names its hosts,
        // and the first that fails ends the run (no later step, no note).
        {
            QList<Step> repair = steps;
            repair[0].hosts = {QStringLiteral("r1")};
            repair[1].hosts = {QStringLiteral("h1"), QStringLiteral("r1")};
            repair[1].maxParallel = 1;
            repair[2].hosts = {QStringLiteral("r1")};
            Collector c;
            RunReporter reporter(&c, QStringLiteral("restore"));
            StepSequence::Options o;
            o.everyStepFatal = true;
            ran.clear();
            QVERIFY(!StepSequence::run(reporter, repair, {}, o));
            QCOMPARE(ran, (QStringList{QStringLiteral("facts@r1"), QStringLiteral("base@h1"),
                                       QStringLiteral("base@r1")}));
            for (const RunEvent &e : std::as_const(c.events))
                QVERIFY2(e.kind != RunEvent::Kind::Message, qPrintable(e.text));
        }
    }

    // Hosts report from their own threads; a sink that hands each event on
    // to two places (the run log and the display) must see one order, or a
    // replayed run would differ from what was shown.
    void eventsFromManyThreadsReachEverySinkInOneOrder()
    {
        struct TwoPlaces : RunEventSink
        {
            QList<QString> log, display;
            std::mutex logMutex, displayMutex;
            void post(const RunEvent &e) override
            {
                {
                    std::lock_guard lock(logMutex);
                    log << e.host + e.text;
                }
                QThread::yieldCurrentThread();
                std::lock_guard lock(displayMutex);
                display << e.host + e.text;
            }
        } sink;
        RunReporter reporter(&sink, QStringLiteral("setup-hosts"));
        QList<QThread *> threads;
        for (int t = 0; t < 6; ++t)
            threads << QThread::create([&reporter, t] {
                const QString host = QStringLiteral("h%1").arg(t);
                for (int i = 0; i < 300; ++i)
                    reporter.output(QStringLiteral("base"), host, QString::number(i));
            });
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(sink.log.size(), 6 * 300);
        QCOMPARE(sink.display, sink.log);
    }
};

QTEST_GUILESS_MAIN(TestPhaseEngine)
#include "tst_phase_engine.moc"
