#include "engine/run_reporter.h"

#include "engine/run_event_sink.h"

#include <QDateTime>

namespace hive {

RunReporter::RunReporter(RunEventSink *sink, const QString &phase) : m_sink(sink), m_phase(phase)
{
    m_phaseTimer.start();
}

void RunReporter::post(RunEvent event)
{
    event.phase = m_phase;
    std::lock_guard lock(m_postMutex);
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (m_sink)
        m_sink->post(event);
}

qint64 RunReporter::startOf(const QString &key)
{
    std::lock_guard lock(m_mutex);
    const qint64 start = m_started.take(key);
    return m_phaseTimer.elapsed() - start;
}

void RunReporter::phaseStarted(const QString &text)
{
    m_phaseTimer.restart();
    RunEvent e;
    e.kind = RunEvent::Kind::PhaseStarted;
    e.text = text;
    e.action = m_action;
    post(e);
}

RunEvent::Status RunReporter::phaseFinished(const QString &text)
{
    RunEvent e;
    e.kind = RunEvent::Kind::PhaseFinished;
    e.status = failed()                               ? RunEvent::Status::Failed
               : count(RunEvent::Status::Interrupted) ? RunEvent::Status::Interrupted
               : count(RunEvent::Status::Changed) > 0 ? RunEvent::Status::Changed
                                                      : RunEvent::Status::Ok;
    e.text = text;
    e.elapsedMs = m_phaseTimer.elapsed();
    post(e);
    return e.status;
}

bool RunReporter::abort(const QString &text)
{
    hostFinished(QStringLiteral("plan"), {}, RunEvent::Status::Failed, text);
    phaseFinished(text);
    return false;
}

void RunReporter::stepStarted(const QString &step, const QString &text)
{
    {
        std::lock_guard lock(m_mutex);
        m_started.insert(step, m_phaseTimer.elapsed());
    }
    RunEvent e;
    e.kind = RunEvent::Kind::StepStarted;
    e.step = step;
    e.text = text;
    post(e);
}

void RunReporter::stepFinished(const QString &step, RunEvent::Status status, const QString &text)
{
    RunEvent e;
    e.kind = RunEvent::Kind::StepFinished;
    e.step = step;
    e.status = status;
    e.text = text;
    e.elapsedMs = startOf(step);
    post(e);
}

void RunReporter::hostStarted(const QString &step, const QString &host, const QString &text)
{
    {
        std::lock_guard lock(m_mutex);
        m_started.insert(step + QLatin1Char('\n') + host, m_phaseTimer.elapsed());
    }
    RunEvent e;
    e.kind = RunEvent::Kind::HostStarted;
    e.step = step;
    e.host = host;
    e.text = text;
    post(e);
}

void RunReporter::hostFinished(const QString &step, const QString &host, RunEvent::Status status,
                               const QString &text)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_counts[int(status)];
    }
    RunEvent e;
    e.kind = RunEvent::Kind::HostFinished;
    e.step = step;
    e.host = host;
    e.status = status;
    e.text = text;
    e.elapsedMs = startOf(step + QLatin1Char('\n') + host);
    post(e);
}

void RunReporter::output(const QString &step, const QString &host, const QString &line)
{
    RunEvent e;
    e.kind = RunEvent::Kind::Output;
    e.step = step;
    e.host = host;
    e.text = line;
    post(e);
}

void RunReporter::progress(const QString &step, const QString &host, qint64 done, qint64 total,
                           const QString &text)
{
    RunEvent e;
    e.kind = RunEvent::Kind::Progress;
    e.step = step;
    e.host = host;
    e.done = done;
    e.total = total;
    e.text = text;
    post(e);
}

void RunReporter::message(const QString &text, const QString &host)
{
    RunEvent e;
    e.kind = RunEvent::Kind::Message;
    e.host = host;
    e.text = text;
    post(e);
}

int RunReporter::count(RunEvent::Status status) const
{
    std::lock_guard lock(m_mutex);
    return m_counts.value(int(status));
}

} // namespace hive
