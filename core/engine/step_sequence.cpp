#include "engine/step_sequence.h"

#include "engine/host_step.h"
#include "engine/run_reporter.h"

#include <QHash>
#include <mutex>

namespace hive {

bool StepSequence::selected(const Step &step, const QStringList &tags)
{
    if (tags.isEmpty() || step.tags.contains(QLatin1String("always")))
        return true;
    for (const QString &t : tags) {
        if (step.hasTag(t))
            return true;
    }
    return false;
}

QStringList StepSequence::unknownTags(const QList<Step> &steps, const QStringList &tags)
{
    QStringList unknown;
    for (const QString &t : tags) {
        bool found = false;
        for (const Step &s : steps)
            found = found || s.hasTag(t);
        if (!found)
            unknown << t;
    }
    return unknown;
}

bool StepSequence::run(RunReporter &reporter, const QList<Step> &steps, const Resolver &targets,
                       const Options &options)
{
    QHash<QString, QString> failedIn; // host -> the step it failed in
    std::mutex failedMutex;
    bool ok = true;
    for (int i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        if (!selected(step, options.tags))
            continue;
        const QStringList hosts =
            !step.hosts.isEmpty() || !targets ? step.hosts : targets(step.targets);
        if (options.cancel && options.cancel->load()) {
            reporter.stepStarted(step.name);
            for (const QString &h : hosts)
                reporter.hostFinished(step.name, h, RunEvent::Status::Interrupted,
                                      tr("cancelled before this step"));
            reporter.stepFinished(step.name, RunEvent::Status::Interrupted);
            return false;
        }
        int parallel = step.maxParallel > 0 ? step.maxParallel : options.maxParallel;
        if (step.starting) {
            QStringList running;
            {
                std::lock_guard lock(failedMutex);
                for (const QString &h : hosts) {
                    if (!failedIn.contains(h))
                        running << h;
                }
            }
            step.starting(running);
            parallel = qMax(1, int(hosts.size()));
        }
        const bool stepOk =
            HostStep::run(reporter, step.name, hosts, parallel, [&](int index, QString &message) {
                const QString &host = hosts.at(index);
                {
                    std::lock_guard lock(failedMutex);
                    if (failedIn.contains(host)) {
                        message =
                            tr("not run: %1 failed in step %2").arg(host, failedIn.value(host));
                        return RunEvent::Status::Skipped;
                    }
                }
                RunEvent::Status status = step.work(host, message);
                // A command that failed because the run was being cancelled
                // (Ctrl-C, SIGHUP) was interrupted: run again to go on, not
                // a fault to fix.
                if (status == RunEvent::Status::Failed && options.cancel && options.cancel->load())
                    status = RunEvent::Status::Interrupted;
                if (status == RunEvent::Status::Failed) {
                    std::lock_guard lock(failedMutex);
                    failedIn.insert(host, step.name);
                }
                return status;
            });
        ok = ok && stepOk;
        if (!stepOk && options.everyStepFatal)
            return false;
        if (!stepOk && step.fatal) {
            reporter.message(
                tr("%1 failed and the rest of the phase depends on it: stopping").arg(step.name));
            return false;
        }
    }
    return ok;
}

} // namespace hive
