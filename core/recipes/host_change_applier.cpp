#include "recipes/host_change_applier.h"

#include "recipes/host_change_probe.h"
#include "remote/host_pool.h"
#include "remote/remote_file_sync.h"

#include <QCryptographicHash>
#include <QMutex>
#include <algorithm>

namespace hive {

namespace {
constexpr const char *kPendingDir = "/var/lib/hive/pending";

QString markerOf(const QString &handler)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(handler.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QStringList markersOf(const QList<HostChange> &changes)
{
    QStringList markers;
    for (const HostChange &c : changes) {
        if (!c.onChange.isEmpty() && !markers.contains(markerOf(c.onChange)))
            markers << markerOf(c.onChange);
    }
    return markers;
}

// What findings were read for: the probe's script (paths and checks) and
// what the files must hold (compared here, not on the host).
QByteArray keyOf(const QString &probeScript, const QList<HostChange> &changes)
{
    QCryptographicHash key(QCryptographicHash::Sha256);
    key.addData(probeScript.toUtf8());
    for (const HostChange &c : changes) {
        key.addData(QCryptographicHash::hash(c.content, QCryptographicHash::Sha256));
        key.addData(QStringLiteral("\n%1 %2 %3\n").arg(c.mode).arg(c.owner, c.group).toUtf8());
    }
    return key.result();
}

QString tail(const CommandResult &r)
{
    QString text = (r.stderrText.trimmed().isEmpty() ? r.stdoutText : r.stderrText).trimmed();
    if (!r.error.isEmpty())
        text = r.error;
    const QStringList lines = text.split(QLatin1Char('\n'));
    return lines.mid(qMax(0, int(lines.size()) - 5)).join(QLatin1Char('\n'));
}
} // namespace

RunEvent::Status HostChangeApplier::apply(HostPool &pool, const QString &host,
                                          const QList<HostChange> &changes, const Options &options,
                                          QString &message)
{
    QStringList changed;  // what changed (or would)
    QStringList handlers; // onChange commands to run, in first-seen order
    HostPool::RunOptions run;
    run.asRoot = true;
    run.cancel = options.cancel;
    run.timeoutMs = options.commandTimeoutMs;
    if (options.onOutput)
        run.onLine = [&](const QString &, SshSession::Stream, const QString &line) {
            options.onOutput(line);
        };
    HostPool::RunOptions quiet = run; // for commands carrying a secret: no output shown
    quiet.onLine = nullptr;
    // Restarts are remembered on the host before anything changes (a marker
    // per onChange command, removed once the step is through): a run stopped
    // between changing a file and restarting what reads it leaves the marker,
    // and the next run does the restart it still owes.
    const QStringList markers = markersOf(changes);
    // One round trip asks what is in place and what restarts are owed; a
    // host where everything is in place costs that one command (or none,
    // when it was asked ahead with other steps').
    QStringList owed;
    QList<HostChangeProbe::Finding> findings;
    const QString script = HostChangeProbe::script(changes, QLatin1String(kPendingDir), markers);
    if (!script.isEmpty() && options.probed && options.probed->key == keyOf(script, changes)) {
        findings = options.probed->findings;
        owed = options.probed->owed;
    } else if (!script.isEmpty()) {
        const CommandResult probe = pool.run(host, script, quiet);
        if (probe.status == CommandResult::Status::Cancelled) {
            message = tr("cancelled before: %1").arg(changes.value(0).what);
            return RunEvent::Status::Interrupted;
        }
        if (probe.succeeded())
            findings = HostChangeProbe::read(changes, probe.stdoutText, owed);
        else if (options.onOutput)
            options.onOutput(tr("could not ask the settings in one command (%1): asking them one "
                                "by one")
                                 .arg(tail(probe)));
    }
    const bool allInPlace =
        findings.size() == changes.size() &&
        std::all_of(findings.begin(), findings.end(), [](HostChangeProbe::Finding f) {
            return f == HostChangeProbe::Finding::InPlace;
        });
    const bool noteMarkers =
        !markers.isEmpty() && !options.checkOnly && (!allInPlace || !owed.isEmpty());
    if (noteMarkers) {
        const CommandResult pending = pool.run(
            host,
            QStringLiteral("mkdir -p %1 && cd %1 && for m in %2; do [ -e $m ] && echo $m; done; "
                           "touch %2")
                .arg(QLatin1String(kPendingDir), markers.join(QLatin1Char(' '))),
            quiet);
        if (!pending.succeeded()) {
            message = tr("cannot note the pending restarts in %1: %2")
                          .arg(QLatin1String(kPendingDir), tail(pending));
            return RunEvent::Status::Failed;
        }
        owed = pending.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    auto failed = [&](const HostChange &c, const QString &command, const QString &why) {
        message = command.isEmpty() || c.secret
                      ? tr("%1: %2").arg(c.what, why)
                      : tr("%1: `%2` failed: %3").arg(c.what, command, why);
        return RunEvent::Status::Failed;
    };
    // The findings hold until the first change: a later check may read what
    // an earlier change wrote, so from then on each is asked again.
    bool findingsHold = true;
    for (int i = 0; i < changes.size(); ++i) {
        const HostChange &c = changes.at(i);
        if (options.cancel && options.cancel->load()) {
            message = tr("cancelled before: %1").arg(c.what);
            return RunEvent::Status::Interrupted;
        }
        if (findingsHold && findings.value(i, HostChangeProbe::Finding::Unknown) ==
                                HostChangeProbe::Finding::InPlace)
            continue;
        bool didChange = false;
        if (c.kind == HostChange::Kind::File) {
            RemoteFileSync::Request request;
            request.path = c.path;
            request.content = c.content;
            request.mode = c.mode;
            request.owner = c.owner;
            request.group = c.group;
            request.validate = c.validate;
            request.checkOnly = options.checkOnly;
            RemoteFileSync::Outcome outcome = RemoteFileSync::Outcome::Failed;
            QString error;
            const bool reached = pool.withSession(
                host,
                [&](SshSession &session) {
                    outcome = RemoteFileSync::put(session, request, error);
                },
                error);
            if (!reached || outcome == RemoteFileSync::Outcome::Failed)
                return failed(c, {}, error);
            didChange = outcome != RemoteFileSync::Outcome::Unchanged;
        } else {
            bool needed = true;
            if (!c.check.isEmpty()) {
                HostPool::RunOptions checking = c.secret ? quiet : run;
                checking.input = c.checkInput;
                const CommandResult check = pool.run(host, c.check, checking);
                if (check.status == CommandResult::Status::Cancelled) {
                    message = tr("cancelled during: %1").arg(c.what);
                    return RunEvent::Status::Interrupted;
                }
                if (check.status != CommandResult::Status::Exited)
                    return failed(c, c.check, tail(check));
                needed = check.exitCode != 0;
            }
            if (needed && !options.checkOnly) {
                HostPool::RunOptions applying = c.secret ? quiet : run;
                applying.input = c.applyInput;
                const CommandResult done = pool.run(host, c.apply, applying);
                if (done.status == CommandResult::Status::Cancelled) {
                    message = tr("cancelled during: %1").arg(c.what);
                    return RunEvent::Status::Interrupted;
                }
                if (!done.succeeded())
                    return failed(c, c.apply, tail(done));
            }
            didChange = needed;
        }
        if (didChange) {
            findingsHold = false;
            changed << c.what;
            if (!c.onChange.isEmpty() && !handlers.contains(c.onChange))
                handlers << c.onChange;
        }
    }
    for (const HostChange &c : changes) {
        if (!c.onChange.isEmpty() && owed.contains(markerOf(c.onChange)) &&
            !handlers.contains(c.onChange)) {
            handlers << c.onChange;
            changed << tr("%1 (owed by an interrupted run)").arg(c.onChange);
        }
    }
    for (const QString &h : std::as_const(handlers)) {
        if (options.checkOnly) {
            changed << tr("then: %1").arg(h);
            continue;
        }
        bool alone = false;
        QString aloneWhile;
        for (const HostChange &c : changes) {
            if (c.onChange == h && c.oneHostAtATime) {
                alone = true;
                aloneWhile = c.oneHostAtATimeWhile;
            }
        }
        if (alone && !aloneWhile.isEmpty()) {
            const CommandResult needed = pool.run(host, aloneWhile, quiet);
            alone = !(needed.status == CommandResult::Status::Exited && needed.exitCode != 0);
        }
        static QMutex oneHost;
        QMutexLocker<QMutex> turn(alone ? &oneHost : nullptr);
        const CommandResult done = pool.run(host, h, run);
        if (!done.succeeded()) {
            message = tr("`%1` failed: %2").arg(h, tail(done));
            return RunEvent::Status::Failed;
        }
    }
    if (noteMarkers)
        pool.run(host,
                 QStringLiteral("cd %1 && rm -f %2")
                     .arg(QLatin1String(kPendingDir), markers.join(QLatin1Char(' '))),
                 quiet);
    if (changed.isEmpty()) {
        message = tr("%n setting(s) already in place", nullptr, int(changes.size()));
        return RunEvent::Status::Ok;
    }
    message = (options.checkOnly ? tr("would change: %1") : tr("changed: %1"))
                  .arg(changed.join(QStringLiteral("; ")));
    return RunEvent::Status::Changed;
}

QList<HostChangeApplier::Probed>
HostChangeApplier::probeAhead(HostPool &pool, const QString &host,
                              const QList<QList<HostChange>> &steps, const std::atomic_bool *cancel)
{
    QList<HostChange> all;
    QStringList allMarkers;
    for (const QList<HostChange> &changes : steps) {
        all += changes;
        for (const QString &m : markersOf(changes)) {
            if (!allMarkers.contains(m))
                allMarkers << m;
        }
    }
    const QString script = HostChangeProbe::script(all, QLatin1String(kPendingDir), allMarkers);
    if (script.isEmpty())
        return {};
    HostPool::RunOptions run;
    run.asRoot = true;
    run.cancel = cancel;
    run.timeoutMs = 120000;
    const CommandResult probe = pool.run(host, script, run);
    if (!probe.succeeded())
        return {};
    QStringList found;
    const QList<HostChangeProbe::Finding> findings =
        HostChangeProbe::read(all, probe.stdoutText, found);
    if (findings.size() != all.size())
        return {};
    QList<Probed> out;
    qsizetype at = 0;
    for (const QList<HostChange> &changes : steps) {
        Probed p;
        const QStringList markers = markersOf(changes);
        p.key =
            keyOf(HostChangeProbe::script(changes, QLatin1String(kPendingDir), markers), changes);
        p.findings = findings.mid(at, changes.size());
        for (const QString &m : markers) {
            if (found.contains(m))
                p.owed << m;
        }
        at += changes.size();
        out << p;
    }
    return out;
}

} // namespace hive
