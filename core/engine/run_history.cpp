#include "engine/run_history.h"

#include "engine/phase_catalog.h"
#include "engine/run_log.h"

#include <QFile>
#include <algorithm>

namespace hive {

namespace {

// The phase-finished record is the last line of a run that ended; reading
// the tail keeps the history of hundreds of runs quick to list.
bool readOutcome(const QString &path, RunHistory::Record &record)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    RunEvent first;
    if (RunEvent::fromJsonLine(f.readLine(), first) && first.kind == RunEvent::Kind::PhaseStarted)
        record.action = first.action;
    constexpr qint64 kTail = 8192;
    f.seek(f.size() > kTail ? f.size() - kTail : 0);
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        RunEvent e;
        if (it->trimmed().isEmpty() || !RunEvent::fromJsonLine(*it + '\n', e))
            continue;
        if (e.kind == RunEvent::Kind::PhaseFinished) {
            record.status = e.status;
            record.elapsedMs = e.elapsedMs;
        }
        return true;
    }
    return true;
}

} // namespace

QList<RunHistory::Record> RunHistory::read(const QString &runsDir, int limit)
{
    QList<Record> out;
    for (const RunLog::Entry &entry : RunLog::list(runsDir)) {
        if (out.size() >= limit)
            break;
        Record r;
        r.path = entry.path;
        r.phase = entry.phase;
        r.started = entry.started;
        if (readOutcome(entry.path, r))
            out << r;
    }
    return out;
}

const RunHistory::Record *RunHistory::latest(const QList<Record> &records, const QString &phase)
{
    for (const Record &r : records) {
        if (r.phase == phase)
            return &r;
    }
    return nullptr;
}

bool RunHistory::removed(const Record &record)
{
    return record.action == QLatin1String("destroy") &&
           (record.status == RunEvent::Status::Ok || record.status == RunEvent::Status::Changed);
}

const RunHistory::Record *RunHistory::standing(const QList<Record> &records, const QString &phase)
{
    const auto newest = [&records](const QString &name) -> const Record * {
        for (const Record &r : records) {
            if (r.phase == name && r.action != QLatin1String("check"))
                return &r;
        }
        return nullptr;
    };
    const Record *r = newest(phase);
    // The newest removal of the whole stage's hosts: what ran before it is gone.
    const QString hostsPhase = PhaseCatalog::hostsPhase();
    for (const Record &h : records) {
        if (h.phase == hostsPhase && removed(h))
            return r && r->started < h.started ? nullptr : r;
    }
    return r;
}

RunHistory::Estimate RunHistory::expected(const QList<Record> &records, const QString &phase)
{
    QList<qint64> finished;
    qint64 unfinished = -1; // the longest of the last five that did not end ok
    int seen = 0;
    for (const Record &r : records) {
        if (r.phase != phase)
            continue;
        const bool ok = r.status == RunEvent::Status::Ok || r.status == RunEvent::Status::Changed;
        if (ok && finished.size() < 5)
            finished << r.elapsedMs;
        else if (!ok && seen < 5)
            unfinished = qMax(unfinished, r.elapsedMs);
        if (++seen >= 5 && finished.size() == 5)
            break;
    }
    Estimate e;
    if (!finished.isEmpty()) {
        std::sort(finished.begin(), finished.end());
        e.ms = finished.at(finished.size() / 2);
    }
    if (unfinished > 0 && unfinished > e.ms) {
        e.ms = unfinished;
        e.atLeast = true;
    }
    return e;
}

QStringList RunHistory::steps(const QString &path)
{
    QStringList out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        // Cheap test first: most records are output lines.
        if (!line.contains("\"step-started\""))
            continue;
        RunEvent e;
        if (RunEvent::fromJsonLine(line, e) && e.kind == RunEvent::Kind::StepStarted &&
            !out.contains(e.step))
            out << e.step;
    }
    return out;
}

} // namespace hive
