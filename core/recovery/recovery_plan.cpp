#include "recovery/recovery_plan.h"

#include "engine/run_reporter.h"
#include "engine/step_sequence.h"
#include "engine/undo_scope.h"

namespace hive {

QString RecoveryPlan::preview() const
{
    QString out = title + QLatin1Char('\n');
    if (!refusal.isEmpty())
        return out + tr("Refused: %1").arg(refusal) + QLatin1Char('\n');
    for (const QString &n : notes)
        out += QStringLiteral("  ! ") + n + QLatin1Char('\n');
    if (empty())
        return out + tr("Nothing to do.") + QLatin1Char('\n');
    int i = 0;
    // Each step: its number, name and hosts (and how they run), its commands.
    const auto list = [&](const QList<Step> &part, const QString &always, bool serial) {
        for (const Step &s : part) {
            const QString how = !always.isEmpty() ? always
                                : serial && s.maxParallel == 1 && s.hosts.size() > 1
                                    ? tr(" (one at a time)")
                                    : QString();
            out += QStringLiteral("%1. %2 on %3%4\n")
                       .arg(++i)
                       .arg(s.name, s.hosts.join(QStringLiteral(", ")), how);
            for (const QString &c : s.commands)
                out += QStringLiteral("     $ ") + c + QLatin1Char('\n');
        }
    };
    const QString whatever = tr(" (whatever happens)");
    list(steps, {}, true);
    list(finally, whatever, false);
    const auto phases = [&](const QList<FollowUp> &part) {
        for (const FollowUp &f : part)
            out += QStringLiteral("%1. hive %2%3 -l %4\n")
                       .arg(++i)
                       .arg(f.phase, f.destroy ? QStringLiteral(" -D") : QString(), f.limit);
    };
    phases(followUps);
    list(afterPhases, {}, false);
    list(afterPhasesFinally, whatever, false);
    phases(phasesAfter);
    list(checks, {}, false);
    return out;
}

bool RecoveryPlan::run(RunReporter &reporter, const std::atomic_bool *cancel) const
{
    const bool ok = runSteps(steps, reporter, cancel);
    // Not cancellable: it undoes what the steps did to the services.
    const UndoScope undoing;
    const bool undone = runSteps(finally, reporter, nullptr);
    return ok && undone;
}

bool RecoveryPlan::runAfterPhases(RunReporter &reporter, const std::atomic_bool *cancel) const
{
    const bool ok = runSteps(afterPhases, reporter, cancel);
    const UndoScope undoing;
    const bool undone = runSteps(afterPhasesFinally, reporter, nullptr);
    return ok && undone;
}

bool RecoveryPlan::runChecks(RunReporter &reporter, const std::atomic_bool *cancel) const
{
    return runSteps(checks, reporter, cancel);
}

bool RecoveryPlan::runSteps(const QList<Step> &list, RunReporter &reporter,
                            const std::atomic_bool *cancel)
{
    StepSequence::Options options;
    options.cancel = cancel;
    options.everyStepFatal = true;
    return StepSequence::run(reporter, list, {}, options);
}

} // namespace hive
