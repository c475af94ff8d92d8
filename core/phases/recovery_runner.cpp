#include "phases/recovery_runner.h"

#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"
#include "project/repair_journal.h"
#include "recovery/recovery_plan.h"

#include <optional>

namespace hive {

PhaseSession::Result RecoveryRunner::run(Project &project, const LoadedInventory &loaded,
                                         const RecoveryPlan &plan, RunEventSink *display,
                                         const PhaseOptions &phaseOptions)
{
    const QString check = plan.operation + QStringLiteral("-check");
    const QString after = plan.operation + QStringLiteral("-after");
    // The parts in order; a phase may come more than once (removed, then
    // built again), so each follow-up is found by its place.
    QStringList parts;
    if (!plan.steps.isEmpty() || !plan.finally.isEmpty())
        parts << plan.operation;
    for (const RecoveryPlan::FollowUp &f : plan.followUps)
        parts << f.phase;
    if (!plan.afterPhases.isEmpty() || !plan.afterPhasesFinally.isEmpty())
        parts << after;
    for (const RecoveryPlan::FollowUp &f : plan.phasesAfter)
        parts << f.phase;
    const QList<RecoveryPlan::FollowUp> phases = plan.followUps + plan.phasesAfter;
    if (!plan.checks.isEmpty())
        parts << check;
    int followUp = 0;
    std::optional<LoadedInventory> reloaded;
    PhaseSession session(project, display);
    // The resume is what clears what an interrupted repair left; the
    // repairs of lost managers may be what it needs first (a host that is
    // gone cannot have docker started again until it is rebuilt).
    static const QStringList kAlwaysAllowed{
        QStringLiteral("resume"), QStringLiteral("recover-manager"),
        QStringLiteral("recover-quorum"), QStringLiteral("recover-node")};
    session.allowInterruptedRepairs(phaseOptions.force || kAlwaysAllowed.contains(plan.operation));
    const PhaseSession::Result result = session.run(
        parts,
        [&](const QString &part, RunEventSink *sink) {
            if (part == plan.operation || part == check || part == after) {
                RunReporter reporter(sink, part);
                reporter.phaseStarted(part == check ? tr("checking: %1").arg(plan.title)
                                                    : plan.title);
                if (part == check)
                    plan.runChecks(reporter, phaseOptions.cancel);
                else if (part == after)
                    plan.runAfterPhases(reporter, phaseOptions.cancel);
                else
                    plan.run(reporter, phaseOptions.cancel);
                reporter.phaseFinished();
                return;
            }
            const RecoveryPlan::FollowUp f = phases.value(followUp++);
            // The steps changed the definition: the phases read it from disk.
            if (plan.reloadBeforePhases && !reloaded)
                reloaded = project.loadInventory();
            const LoadedInventory &inventory = reloaded ? *reloaded : loaded;
            if (reloaded && !inventory.ok()) {
                RunReporter reporter(sink, part);
                reporter.phaseStarted();
                const QList<Diagnostic> errors = inventory.diagnostics.sorted();
                reporter.abort(tr("the changed definition does not load: %1")
                                   .arg(errors.isEmpty()
                                            ? QString()
                                            : errors.first().format(project.rootDir())));
                return;
            }
            PhaseOptions options = phaseOptions;
            options.limit = f.limit;
            options.destroy = f.destroy;
            PhaseRunner::run(part, project, inventory, options, sink);
        },
        PhaseSession::StartPhaseRule::Keep);
    // Stopped halfway (failed, interrupted): what the journal keeps is said
    // where the run is watched, with the command that finishes it.
    if (!result.ok && result.error.isEmpty() && display) {
        QStringList left;
        for (const RepairJournal::Entry &e : RepairJournal(project.contextDir()).entries())
            left << e.taken;
        RunEvent note;
        note.kind = RunEvent::Kind::Message;
        if (!left.isEmpty())
            note.text = tr("left on stage %1: %2. `hive recover resume` finishes it (`-n` shows "
                           "what it runs first).")
                            .arg(project.stage(), left.join(QStringLiteral("; ")));
        else
            note.text = plan.whenStopped;
        if (!note.text.isEmpty())
            display->post(note);
    }
    return result;
}

} // namespace hive
