#include "tests/support/hive_cli_run.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace hive;

HiveCliRun HiveCliRun::run(const QString &binary, const QString &root, const QStringList &args,
                           int timeoutMs)
{
    HiveCliRun r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(binary, QStringList{QStringLiteral("-r"), root} + args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished(5000);
    r.elapsedMs = t.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (args.contains(QStringLiteral("--json"))) {
        for (const QByteArray &line : r.out.split('\n')) {
            RunEvent e;
            if (!line.isEmpty() && RunEvent::fromJsonLine(line, e))
                r.events << e;
        }
    }
    return r;
}

QString HiveCliRun::describe() const
{
    // With --json the output is long: the failures first, whole; then what
    // changed, where a run was expected to change nothing. Test frameworks
    // cut long messages, so these come before the output's tail (the
    // printer's own FAILED and changed lines when the run was not --json).
    QString failed, changed;
    for (const RunEvent &e : events) {
        if (e.kind != RunEvent::Kind::HostFinished)
            continue;
        if (e.status == RunEvent::Status::Failed)
            failed += QStringLiteral("FAILED %1@%2: %3\n").arg(e.step, e.host, e.text);
        else if (e.status == RunEvent::Status::Changed)
            changed += QStringLiteral("changed %1@%2: %3\n").arg(e.step, e.host, e.text);
    }
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("FAILED "))
            failed += QString::fromUtf8(line) + QLatin1Char('\n');
        else if (line.startsWith("   changed "))
            changed += QString::fromUtf8(line) + QLatin1Char('\n');
    }
    const QString failures = failed + changed;
    return QStringLiteral("exit %1\n%2%3\n%4")
        .arg(exitCode)
        .arg(failures, QString::fromUtf8(err.right(3000)), QString::fromUtf8(out.right(4000)));
}

QHash<QString, RunEvent::Status> HiveCliRun::statuses(const QString &step) const
{
    QHash<QString, RunEvent::Status> result;
    for (const RunEvent &e : events) {
        if (e.kind == RunEvent::Kind::HostFinished && e.step == step)
            result.insert(e.host, e.status);
    }
    return result;
}

QStringList HiveCliRun::steps() const
{
    QStringList result;
    for (const RunEvent &e : events) {
        if (e.kind == RunEvent::Kind::StepStarted)
            result << e.step;
    }
    return result;
}
