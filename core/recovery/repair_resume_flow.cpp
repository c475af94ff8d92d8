#include "recovery/repair_resume_flow.h"

#include "project/repair_journal.h"
#include "recovery/drbd_grow_flow.h"
#include "recovery/recovery_context.h"
#include "recovery/service_pause.h"

namespace hive {

RecoveryPlan RepairResumeFlow::plan(const std::shared_ptr<RecoveryContext> &context,
                                    const LoadedInventory &loaded)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("resume");
    const RepairJournal journal = context->journal();
    QStringList unreadable;
    const QList<RepairJournal::Entry> entries = journal.entries(&unreadable);
    plan.title = tr("Put back what an interrupted repair took away (%n item(s))", nullptr,
                    int(entries.size()));
    if (!unreadable.isEmpty()) {
        plan.refusal = tr("these journal entries cannot be read: %1. Each names what a repair "
                          "took away: put it back by hand, then remove the file.")
                           .arg(unreadable.join(QStringLiteral(", ")));
        return plan;
    }
    if (entries.isEmpty()) {
        plan.title =
            tr("No interrupted repair left anything to put back on stage %1").arg(context->stage());
        return plan;
    }
    auto ctx = context;
    // A grow that stopped halfway is finished (one at a time): the
    // services it scaled to 0 are removed by it, not scaled back.
    const RepairJournal::Entry *grow = nullptr;
    DrbdGrowFlow::Progress growing;
    for (const RepairJournal::Entry &e : entries) {
        if (!e.finish().isEmpty() && !grow) {
            grow = &e;
            DrbdGrowFlow::progressOf(e, growing);
        }
    }
    for (const RepairJournal::Entry &e : entries) {
        if (!context->hosts().contains(e.host)) {
            plan.refusal =
                tr("the journal entry %1 names %2, which is not a host of stage %3")
                    .arg(journal.dir() + QLatin1Char('/') + e.id, e.host, context->stage());
            return plan;
        }
        plan.notes << tr("%1: %2 (left by %3 at %4)")
                          .arg(e.host, e.taken, e.operation,
                               e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        if (!e.finish().isEmpty())
            continue; // below, after the others
        bool removedByGrow = false;
        for (const QString &s : std::as_const(growing.services))
            removedByGrow =
                removedByGrow || e.id == ServicePause::journalEntry(e.host, s, QString()).id;
        if (removedByGrow)
            continue;
        RecoveryPlan::Step step;
        step.name = QStringLiteral("put-back");
        step.hosts = {e.host};
        if (!e.check.isEmpty())
            step.commands << e.check +
                                 QStringLiteral("   # already back? then only the entry goes");
        step.commands << e.undo;
        step.work = [ctx, e](const QString &h, QString &message) {
            QString out;
            const bool already = !e.check.isEmpty() && ctx->run(h, e.check, out, message, 60000);
            if (!already) {
                if (!ctx->run(h, e.undo, out, message, 300000))
                    return RunEvent::Status::Failed;
                if (!e.check.isEmpty() && !ctx->run(h, e.check, out, message, 60000)) {
                    message = tr("ran `%1`, but it is not back yet: %2").arg(e.undo, message);
                    return RunEvent::Status::Failed;
                }
            }
            if (!ctx->journal().resolve(e.id, message))
                return RunEvent::Status::Failed;
            message =
                already ? tr("already back: %1").arg(e.taken) : tr("put back: %1").arg(e.taken);
            return already ? RunEvent::Status::Ok : RunEvent::Status::Changed;
        };
        plan.steps << step;
    }
    if (grow) {
        RecoveryPlan rest = DrbdGrowFlow::resumePlan(context, loaded, *grow);
        if (!rest.runnable()) {
            plan.refusal = rest.refusal;
            return plan;
        }
        if (plan.steps.isEmpty()) // nothing else to put back
            plan.title = rest.title;
        plan.steps << rest.steps;
        plan.finally << rest.finally;
        plan.followUps << rest.followUps;
        plan.afterPhases << rest.afterPhases;
        plan.afterPhasesFinally << rest.afterPhasesFinally;
        plan.phasesAfter << rest.phasesAfter;
        plan.checks << rest.checks;
        plan.reloadBeforePhases = rest.reloadBeforePhases;
        int others = 0;
        for (const RepairJournal::Entry &e : entries)
            others += (!e.finish().isEmpty() && &e != grow) ? 1 : 0;
        if (others > 0)
            plan.notes << tr("%n more interrupted grow(s) are finished by the next `hive recover "
                             "resume`.",
                             nullptr, others);
    }
    return plan;
}

} // namespace hive
