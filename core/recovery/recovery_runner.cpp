#include "recovery/recovery_runner.h"

#include "engine/run_reporter.h"
#include "recovery/recovery_plan.h"

namespace hive {

PhaseSession::Result RecoveryRunner::run(Project &project, const LoadedInventory &loaded,
                                         const RecoveryPlan &plan, RunEventSink *display,
                                         const PhaseRunner::Options &phaseOptions)
{
    const QString check = plan.operation + QStringLiteral("-check");
    QStringList parts;
    QHash<QString, QString> limits;
    if (!plan.steps.isEmpty() || !plan.finally.isEmpty())
        parts << plan.operation;
    for (const RecoveryPlan::FollowUp &f : plan.followUps) {
        parts << f.phase;
        limits.insert(f.phase, f.limit);
    }
    if (!plan.checks.isEmpty())
        parts << check;
    PhaseSession session(project, display);
    return session.run(
        parts,
        [&](const QString &part, RunEventSink *sink) {
            if (part == plan.operation || part == check) {
                RunReporter reporter(sink, part);
                reporter.phaseStarted(part == check ? tr("checking: %1").arg(plan.title)
                                                    : plan.title);
                if (part == check)
                    plan.runChecks(reporter, phaseOptions.cancel);
                else
                    plan.run(reporter, phaseOptions.cancel);
                reporter.phaseFinished();
                return;
            }
            PhaseRunner::Options options = phaseOptions;
            options.limit = limits.value(part);
            PhaseRunner::run(part, project, loaded, options, sink);
        },
        PhaseSession::StartPhaseRule::Keep);
}

} // namespace hive
