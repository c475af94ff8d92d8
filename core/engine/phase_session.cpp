#include "engine/phase_session.h"

#include "engine/phase_order.h"
#include "project/project.h"
#include "project/repair_journal.h"

namespace hive {

namespace {
// Shows the run live and records it, and remembers how the phase ended.
class PhaseSink : public RunEventSink
{
public:
    PhaseSink(RunEventSink *display, RunLog *log) : m_display(display), m_log(log) {}
    void post(const RunEvent &event) override
    {
        m_log->post(event);
        if (m_display)
            m_display->post(event);
        if (event.kind == RunEvent::Kind::PhaseFinished) {
            std::lock_guard lock(m_mutex);
            m_finished = event.status;
        }
    }
    RunEvent::Status finished() const
    {
        std::lock_guard lock(m_mutex);
        return m_finished;
    }

private:
    RunEventSink *m_display;
    RunLog *m_log;
    mutable std::mutex m_mutex;
    RunEvent::Status m_finished = RunEvent::Status::None;
};

bool succeeded(RunEvent::Status s)
{
    return s == RunEvent::Status::Ok || s == RunEvent::Status::Changed ||
           s == RunEvent::Status::Skipped;
}
} // namespace

PhaseSession::PhaseSession(Project &project, RunEventSink *display)
    : m_project(project), m_display(display)
{}

QString PhaseSession::startPhase() const
{
    const Value v =
        m_project.persistents().effective(QStringLiteral("start_phase"), m_project.stage());
    return v.isString() && PhaseOrder::isPhase(v.toString()) ? v.toString()
                                                             : PhaseOrder::phases().first();
}

PhaseSession::Result PhaseSession::run(const QStringList &phases, const PhaseFunction &runPhase,
                                       StartPhaseRule rule)
{
    Result result;
    if (phases.isEmpty()) {
        result.ok = true;
        return result;
    }
    ProjectLock lock;
    ProjectLock::Holder previous;
    if (!lock.acquire(ProjectLock::pathFor(m_project.hiveDir(), m_project.stage()), phases.first(),
                      result.error, &previous))
        return result;
    if (!previous.isEmpty() && m_display) {
        RunEvent note;
        note.kind = RunEvent::Kind::Message;
        note.text = tr("an earlier run stopped without finishing: %1; continuing from start_phase")
                        .arg(previous.describe());
        m_display->post(note);
    }
    QStringList unreadable, left;
    for (const RepairJournal::Entry &e : RepairJournal(m_project.contextDir()).entries(&unreadable))
        left << tr("%1 (by %2)").arg(e.taken, e.operation);
    left << unreadable;
    if (!left.isEmpty() && !m_allowInterruptedRepairs) {
        result.interruptedRepairs = left;
        result.error = tr("an interrupted repair left this on stage %1: %2. Put it back first: "
                          "`hive recover resume` (`-n` shows what it runs), or Repair… on the "
                          "finding in the Health tab. To go ahead anyway, run it with --force "
                          "on the command line.")
                           .arg(m_project.stage(), left.join(QStringLiteral("; ")));
        return result;
    }
    if (!left.isEmpty() && m_display) {
        RunEvent note;
        note.kind = RunEvent::Kind::Message;
        note.text = tr("going ahead although an interrupted repair left: %1")
                        .arg(left.join(QStringLiteral("; ")));
        m_display->post(note);
    }
    const QString runs = RunLog::runsDir(m_project.hiveDir(), m_project.stage());
    for (const QString &phase : phases) {
        lock.setPhase(phase);
        RunLog log;
        if (!log.open(runs, phase, result.error))
            return result;
        result.runLogs << log.path();
        result.ran << phase;
        PhaseSink sink(m_display, &log);
        runPhase(phase, &sink);
        const RunEvent::Status status = sink.finished();
        log.close();
        result.status = status;
        result.changed = result.changed || status == RunEvent::Status::Changed;
        if (!succeeded(status)) {
            result.stoppedAt = phase;
            return result;
        }
        if (rule != StartPhaseRule::Keep) {
            const QString next = rule == StartPhaseRule::Reset ? PhaseOrder::phases().first()
                                                               : PhaseOrder::nextStart(phase);
            m_project.persistents().set(QStringLiteral("start_phase"), m_project.stage(),
                                        Value::string(next));
            QString error;
            if (!m_project.persistents().save(error)) {
                result.error = error;
                result.stoppedAt = phase;
                return result;
            }
            if (m_display) {
                RunEvent moved;
                moved.kind = RunEvent::Kind::StartPhaseMoved;
                moved.phase = phase;
                moved.text = next;
                m_display->post(moved);
            }
        }
    }
    result.ok = true;
    return result;
}

} // namespace hive
