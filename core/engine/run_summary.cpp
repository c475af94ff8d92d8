#include "engine/run_summary.h"

#include "engine/run_failure_advice.h"
#include "engine/run_state.h"

namespace hive {

namespace {

bool ended(const RunState::Phase *phase)
{
    return phase && !phase->running && phase->status != RunEvent::Status::None;
}

} // namespace

RunSummary RunSummary::of(const RunState &state, const QStringList &phases,
                          const QList<RunHistory::Record> &records, qint64 nowMs, bool running)
{
    RunSummary s;
    s.total = int(phases.size());
    for (const QString &p : phases) {
        const RunState::Phase *ph = state.phase(p);
        if (ended(ph))
            ++s.done;
        else if (ph && ph->running && s.current.isEmpty())
            s.current = p;
    }
    const double share = s.current.isEmpty() ? 0.0 : state.phaseProgress(s.current);
    s.progress = s.total == 0 ? 0.0 : (s.done + share) / double(s.total);
    if (!running) {
        s.leftMs = 0;
        return s;
    }
    if (!s.current.isEmpty() && !state.knowsSteps(s.current))
        s.progress = -1;
    // The rest of the running phase and the phases after it, from how long
    // they took before.
    qint64 left = 0;
    for (const QString &p : phases) {
        const RunState::Phase *ph = state.phase(p);
        if (ended(ph))
            continue;
        const RunHistory::Estimate expected = RunHistory::expected(records, p);
        if (expected.ms < 0)
            return s;
        s.leftAtLeast = s.leftAtLeast || expected.atLeast;
        left +=
            ph && ph->running ? qMax<qint64>(0, expected.ms - (nowMs - ph->startMs)) : expected.ms;
    }
    s.leftMs = left;
    return s;
}

std::optional<RunSummary::Failure> RunSummary::firstFailure(const RunState &state,
                                                            const QString &phase)
{
    const QList<Failure> all = failures(state, phase);
    if (!all.isEmpty())
        return all.first();
    const RunState::Phase *p = state.phase(phase);
    if (p && !p->running && p->status == RunEvent::Status::Failed && !p->text.isEmpty())
        return Failure{{}, {}, p->text, {}};
    return std::nullopt;
}

QList<RunSummary::Failure> RunSummary::failures(const RunState &state, const QString &phase)
{
    QList<Failure> out;
    const RunState::Phase *p = state.phase(phase);
    if (!p)
        return out;
    for (const QString &host : p->hosts) {
        for (const QString &step : p->steps) {
            const RunState::Cell *c = state.cell(phase, step, host);
            if (c && c->status == RunEvent::Status::Failed)
                out << Failure{step, host, c->text,
                               RunFailureAdvice::advise(phase, step, host, c->text)};
        }
    }
    return out;
}

QList<RunSummary::HostTally> RunSummary::tallies(const RunState &state, const QString &phase)
{
    QList<HostTally> out;
    const RunState::Phase *p = state.phase(phase);
    if (!p)
        return out;
    for (const QString &host : p->hosts) {
        if (host.isEmpty())
            continue;
        HostTally t;
        t.host = host;
        for (const QString &step : p->steps) {
            const RunState::Cell *c = state.cell(phase, step, host);
            switch (c ? c->status : RunEvent::Status::None) {
            case RunEvent::Status::Ok:
                ++t.ok;
                break;
            case RunEvent::Status::Changed:
                ++t.changed;
                break;
            case RunEvent::Status::Skipped:
                ++t.skipped;
                break;
            case RunEvent::Status::Failed:
            case RunEvent::Status::Interrupted:
                ++t.failed;
                break;
            case RunEvent::Status::None:
                break;
            }
        }
        out << t;
    }
    return out;
}

} // namespace hive
