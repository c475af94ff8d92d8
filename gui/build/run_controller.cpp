#include "gui/build/run_controller.h"

#include "engine/run_log.h"
#include "gui/run/run_event_relay.h"
#include "phases/phase_runner.h"

#include <QDateTime>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace hive::gui {

RunController::RunController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RunController::ended);
}

RunController::~RunController()
{
    m_watcher.disconnect(this);
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void RunController::setProject(const Project &project)
{
    const bool other =
        project.rootDir() != m_project.rootDir() || project.stage() != m_project.stage();
    m_project = project;
    if (other && !isRunning()) {
        m_live.clear();
        m_saved.clear();
        m_mode = Mode::Empty;
        m_result = {};
        m_error.clear();
    }
    reloadHistory();
}

void RunController::clear()
{
    if (isRunning())
        return;
    m_project = Project();
    m_live.clear();
    m_saved.clear();
    m_records.clear();
    m_mode = Mode::Empty;
}

bool RunController::start(const PhaseRequest &request, QString &error)
{
    if (isRunning())
        error = tr("a run is going on; cancel it or wait for it to end");
    else if (m_project.rootDir().isEmpty())
        error = tr("no project is open");
    else
        error = request.problem();
    if (!error.isEmpty()) {
        m_error = error;
        return false;
    }
    m_request = request;
    m_request.stage = m_project.stage();
    m_error.clear();
    m_result = {};
    m_live.clear();
    m_runPhases = request.phases(PhaseSession(m_project, nullptr).startPhase());
    // Steps the last run of each phase went through: columns to come, and
    // what progress and the estimate count.
    for (const QString &phase : std::as_const(m_runPhases)) {
        if (const RunHistory::Record *r = RunHistory::latest(m_records, phase))
            m_live.expectSteps(phase, RunHistory::steps(r->path));
    }
    m_mode = Mode::Live;
    m_savedPath.clear();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QPointer<RunController> self(this);
    auto relay = std::make_shared<RunEventRelay>(
        this, [self](const QList<RunEvent> &events) { self->take(events); });
    Project project = m_project;
    const PhaseRequest req = m_request;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_runActive = true;
    // What is saved on disk runs, as `hive` would run it.
    m_watcher.setFuture(QtConcurrent::run([project, req, relay, cancel]() mutable {
        Outcome o;
        o.result = PhaseRunner::prepareAndRun(req, project, relay.get(), cancel.get());
        if (o.result.ran.isEmpty())
            o.error = o.result.error;
        return o;
    }));
    return true;
}

void RunController::take(const QList<RunEvent> &events)
{
    const int first = int(m_live.events().size());
    for (const RunEvent &e : events)
        m_live.add(e);
    emit eventsAdded(first, events);
}

void RunController::ended()
{
    if (!m_runActive)
        return; // taken already (finishNow)
    m_runActive = false;
    const Outcome o = m_watcher.result();
    m_result = o.result;
    m_error = o.error.isEmpty() ? o.result.error : o.error;
    reloadHistory();
    emit runEnded();
}

bool RunController::cancel()
{
    if (!isRunning() || !m_cancel)
        return false;
    m_cancel->store(true);
    return true;
}

void RunController::finishNow()
{
    if (!isRunning())
        return;
    m_cancel->store(true);
    m_watcher.waitForFinished();
    ended();
}

bool RunController::replay(const QString &path, QString &error)
{
    struct Collector : RunEventSink
    {
        QList<RunEvent> events;
        void post(const RunEvent &e) override { events << e; }
    } collector;
    // A run killed mid-line replays up to its last whole record.
    if (!RunLog::replay(path, &collector, error) && collector.events.isEmpty()) {
        m_error = error;
        return false;
    }
    m_savedEvents = std::move(collector.events);
    m_savedPath = path;
    m_mode = Mode::Replay;
    replayTo(int(m_savedEvents.size()));
    return true;
}

void RunController::replayTo(int events)
{
    m_replayed = qBound(0, events, int(m_savedEvents.size()));
    m_saved.clear();
    // The steps still to come count for progress, as they did live.
    QHash<QString, QStringList> steps;
    for (const RunEvent &e : std::as_const(m_savedEvents)) {
        if (e.kind == RunEvent::Kind::StepStarted && !steps[e.phase].contains(e.step))
            steps[e.phase] << e.step;
    }
    for (auto it = steps.cbegin(); it != steps.cend(); ++it)
        m_saved.expectSteps(it.key(), it.value());
    for (int i = 0; i < m_replayed; ++i)
        m_saved.add(m_savedEvents.at(i));
}

qint64 RunController::replayAtMs() const
{
    return m_replayed > 0 ? m_savedEvents.at(m_replayed - 1).timeMs - m_savedEvents.first().timeMs
                          : 0;
}

qint64 RunController::replayTotalMs() const
{
    return m_savedEvents.isEmpty() ? 0 : m_savedEvents.last().timeMs - m_savedEvents.first().timeMs;
}

int RunController::replayEventsAt(qint64 ms) const
{
    if (m_savedEvents.isEmpty())
        return 0;
    const qint64 at = m_savedEvents.first().timeMs + ms;
    const auto after = std::upper_bound(m_savedEvents.cbegin(), m_savedEvents.cend(), at,
                                        [](qint64 t, const RunEvent &e) { return t < e.timeMs; });
    return int(after - m_savedEvents.cbegin());
}

void RunController::reloadHistory()
{
    m_records = m_project.rootDir().isEmpty()
                    ? QList<RunHistory::Record>()
                    : RunHistory::read(RunLog::runsDir(m_project.hiveDir(), m_project.stage()));
}

qint64 RunController::nowMs() const
{
    const RunState &s = shown();
    if (s.firstEventTime() < 0)
        return 0;
    if (m_mode == Mode::Live && isRunning())
        return qMax(s.lastMs(), QDateTime::currentMSecsSinceEpoch() - s.firstEventTime());
    return s.lastMs();
}

QString RunController::runningPhase() const
{
    for (const QString &p : m_live.phases()) {
        if (m_live.phase(p)->running)
            return p;
    }
    return QString();
}

RunSummary RunController::summary() const
{
    return RunSummary::of(m_live, m_runPhases, m_records, nowMs(), isRunning());
}

QString RunController::closingSentence() const
{
    const QString command = m_request.commandLine();
    if (!m_error.isEmpty())
        return tr("%1: nothing ran: %2").arg(command, m_error);
    if (m_result.ok)
        return m_result.changed || m_request.checkOnly ? tr("%1: done").arg(command)
                                                       : tr("%1: nothing changed").arg(command);
    if (m_result.status == RunEvent::Status::Interrupted)
        return tr("%1: cancelled during %2").arg(command, m_result.stoppedAt);
    return tr("%1: failed in %2").arg(command, m_result.stoppedAt);
}

} // namespace hive::gui
