#include "engine/run_state.h"

namespace hive {

QString RunState::key(const QString &phase, const QString &step, const QString &host)
{
    return phase + QLatin1Char('\n') + step + QLatin1Char('\n') + host;
}

void RunState::clear()
{
    m_events.clear();
    m_order.clear();
    m_phases.clear();
    m_cells.clear();
    m_expected.clear();
    m_firstTime = -1;
    m_lastMs = 0;
}

void RunState::expectSteps(const QString &phase, const QStringList &steps)
{
    m_expected.insert(phase, steps);
    auto it = m_phases.find(phase);
    if (it == m_phases.end())
        return;
    it->planned.clear();
    for (const QString &s : steps) {
        if (!it->steps.contains(s))
            it->planned << s;
    }
}

RunState::Phase &RunState::phaseNamed(const QString &name, qint64 atMs)
{
    auto it = m_phases.find(name);
    if (it != m_phases.end())
        return *it;
    Phase p;
    p.name = name;
    p.startMs = atMs;
    p.planned = m_expected.value(name);
    m_order << name;
    return *m_phases.insert(name, p);
}

RunState::Cell &RunState::cellOf(Phase &phase, const QString &step, const QString &host)
{
    if (!phase.steps.contains(step)) {
        phase.steps << step;
        phase.planned.removeAll(step);
    }
    if (!phase.hosts.contains(host))
        phase.hosts << host;
    return m_cells[key(phase.name, step, host)];
}

QString RunState::add(const RunEvent &e)
{
    if (m_firstTime < 0)
        m_firstTime = e.timeMs;
    const qint64 at = qMax<qint64>(0, e.timeMs - m_firstTime);
    m_lastMs = qMax(m_lastMs, at);
    const int index = int(m_events.size());
    m_events << e;
    if (e.phase.isEmpty())
        return {};
    Phase &p = phaseNamed(e.phase, at);
    switch (e.kind) {
    case RunEvent::Kind::PhaseStarted:
        p.running = true;
        p.startMs = at;
        p.text = e.text;
        p.action = e.action;
        break;
    case RunEvent::Kind::PhaseFinished:
        p.running = false;
        p.status = e.status;
        p.elapsedMs = e.elapsedMs;
        if (!e.text.isEmpty())
            p.text = e.text;
        // Whatever still ran when the phase ended was cut short.
        for (const QString &s : std::as_const(p.steps)) {
            for (const QString &h : std::as_const(p.hosts)) {
                auto c = m_cells.find(key(p.name, s, h));
                if (c != m_cells.end() && c->running) {
                    c->running = false;
                    c->status = RunEvent::Status::Interrupted;
                    c->elapsedMs = at - c->startMs;
                }
            }
        }
        break;
    case RunEvent::Kind::StepStarted:
        if (!p.steps.contains(e.step)) {
            p.steps << e.step;
            p.planned.removeAll(e.step);
        }
        break;
    case RunEvent::Kind::StepFinished:
        p.stepStatus.insert(e.step, e.status);
        break;
    case RunEvent::Kind::HostStarted: {
        Cell &c = cellOf(p, e.step, e.host);
        c.started = c.running = true;
        c.startMs = at;
        if (!e.text.isEmpty())
            c.text = e.text;
        break;
    }
    case RunEvent::Kind::HostFinished: {
        Cell &c = cellOf(p, e.step, e.host);
        if (!c.started) {
            c.started = true;
            c.startMs = qMax<qint64>(0, at - e.elapsedMs);
        }
        c.running = false;
        c.status = e.status;
        c.elapsedMs = e.elapsedMs;
        c.text = e.text;
        c.eventIndex << index;
        break;
    }
    case RunEvent::Kind::Output:
    case RunEvent::Kind::Progress:
    case RunEvent::Kind::Message:
    case RunEvent::Kind::StartPhaseMoved:
        if (e.step.isEmpty())
            break;
        {
            Cell &c = cellOf(p, e.step, e.host);
            c.eventIndex << index;
            if (e.kind == RunEvent::Kind::Progress) {
                c.done = e.done;
                c.total = e.total;
                if (!e.text.isEmpty())
                    c.text = e.text;
            }
        }
        break;
    }
    return e.phase;
}

const RunState::Phase *RunState::phase(const QString &name) const
{
    auto it = m_phases.constFind(name);
    return it == m_phases.constEnd() ? nullptr : &*it;
}

const RunState::Cell *RunState::cell(const QString &phase, const QString &step,
                                     const QString &host) const
{
    auto it = m_cells.constFind(key(phase, step, host));
    return it == m_cells.constEnd() ? nullptr : &*it;
}

QList<QPair<QString, QString>>
RunState::firstCellPerHost(const QString &phase,
                           const std::function<bool(const Cell &)> &test) const
{
    QList<QPair<QString, QString>> out;
    const Phase *p = this->phase(phase);
    if (!p)
        return out;
    for (const QString &h : p->hosts) {
        for (const QString &s : p->steps) {
            const Cell *c = cell(phase, s, h);
            if (c && test(*c)) {
                out << qMakePair(h, s);
                break;
            }
        }
    }
    return out;
}

QList<QPair<QString, QString>> RunState::runningOn(const QString &phase) const
{
    return firstCellPerHost(phase, [](const Cell &c) { return c.running; });
}

int RunState::stepCount(const Phase &p) const
{
    return int(p.steps.size() + p.planned.size());
}

double RunState::hostProgress(const QString &phase, const QString &host) const
{
    const Phase *p = this->phase(phase);
    if (!p || stepCount(*p) == 0)
        return 0.0;
    if (!p->running && p->status != RunEvent::Status::None)
        return 1.0;
    double done = 0.0;
    for (const QString &s : p->steps) {
        const Cell *c = cell(phase, s, host);
        // A step that finished without this host does not concern it.
        const bool stepOver = p->stepStatus.contains(s);
        if ((c && c->started && !c->running) || (!c && stepOver))
            done += 1.0;
        else if (c && c->running && c->total > 0)
            done += double(c->done) / double(c->total);
    }
    return qBound(0.0, done / stepCount(*p), 1.0);
}

bool RunState::knowsSteps(const QString &phase) const
{
    const Phase *p = this->phase(phase);
    if (!p)
        return false;
    return !m_expected.value(phase).isEmpty() ||
           (!p->running && p->status != RunEvent::Status::None);
}

int RunState::stepsDone(const QString &phase, const QString &host) const
{
    const Phase *p = this->phase(phase);
    if (!p)
        return 0;
    int done = 0;
    for (const QString &s : p->steps) {
        const Cell *c = cell(phase, s, host);
        if (c && c->started && !c->running)
            ++done;
    }
    return done;
}

double RunState::phaseProgress(const QString &phase) const
{
    const Phase *p = this->phase(phase);
    if (!p || stepCount(*p) == 0)
        return 0.0;
    if (!p->running && p->status != RunEvent::Status::None)
        return 1.0;
    double done = double(p->stepStatus.size());
    // A step under way counts for the share of its hosts that ended.
    for (const QString &s : p->steps) {
        if (p->stepStatus.contains(s))
            continue;
        int hosts = 0, over = 0;
        for (const QString &h : p->hosts) {
            const Cell *c = cell(phase, s, h);
            if (!c || !c->started)
                continue;
            ++hosts;
            if (!c->running)
                ++over;
        }
        if (hosts > 0)
            done += double(over) / double(hosts);
    }
    return qBound(0.0, done / stepCount(*p), 1.0);
}

int RunState::count(const QString &phase, RunEvent::Status status) const
{
    const Phase *p = this->phase(phase);
    if (!p)
        return 0;
    int n = 0;
    for (const QString &s : p->steps) {
        for (const QString &h : p->hosts) {
            const Cell *c = cell(phase, s, h);
            if (c && c->started && !c->running && c->status == status)
                ++n;
        }
    }
    return n;
}

QStringList RunState::failedHosts(const QString &phase) const
{
    QStringList out;
    for (const auto &[host, step] : firstCellPerHost(phase, [](const Cell &c) {
             return c.status == RunEvent::Status::Failed ||
                    c.status == RunEvent::Status::Interrupted;
         })) {
        Q_UNUSED(step)
        if (!host.isEmpty())
            out << host;
    }
    return out;
}

bool RunState::running() const
{
    for (const Phase &p : m_phases) {
        if (p.running)
            return true;
    }
    return false;
}

} // namespace hive
