#pragma once

#include "engine/step.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class RunReporter;

// A guided repair, planned before anything changes: the exact commands on
// the exact hosts (shown to the user to confirm), or the reason it is
// refused; then run step by step through the engine (each step on its
// hosts, reported like a phase's) and verified by its last steps. Phases of
// the stage may follow, limited to some hosts (a rebuilt host goes through
// build-infra and setup-hosts like any other).
class RecoveryPlan
{
    Q_DECLARE_TR_FUNCTIONS(hive::RecoveryPlan)
public:
    // Its steps name their hosts (`hosts`) and what the preview shows
    // (`commands`); the plan stops after the first that fails.
    using Step = hive::Step;
    struct FollowUp
    {
        QString phase;        // build-infra, setup-hosts, build-volumes, deploy-services …
        QString limit;        // comma-separated hosts (or volumes, services: the phase's -l)
        bool destroy = false; // -D
    };

    QString operation; // the run's name: maintenance, backup, restore, recover-manager, ...
    QString title;     // one line: what it does
    QString refusal;   // not empty: it must not run, and why
    // A refusal that waits for the user's choice (which copy of a split
    // DRBD volume loses its changes): each way on, as the words after
    // `hive`, with what it means. Nothing is chosen for the user.
    struct Choice
    {
        QString label;
        QStringList arguments;
    };
    QList<Choice> choices;
    QStringList notes; // what the user should know before confirming
    // Said when the run stops before its end (failed, interrupted) and the
    // journal holds nothing: how to finish what the steps began.
    QString whenStopped;
    QList<Step> steps;
    // Run after the steps whatever happened to them (failed, cancelled):
    // what puts back what the steps took away (services scaled to 0).
    QList<Step> finally;
    QList<FollowUp> followUps;
    // Run after the follow-up phases (as "<operation>-after"), then their
    // own finally steps whatever happened: what needs the phases' result.
    QList<Step> afterPhases;
    QList<Step> afterPhasesFinally;
    // Phases that run last, after those steps (and only when they worked):
    // a volume's files are put back before its services start again.
    QList<FollowUp> phasesAfter;
    // The steps change the stage's definition: the phases read it again.
    bool reloadBeforePhases = false;
    QList<Step> checks; // run after the follow-up phases: the verification

    bool runnable() const { return refusal.isEmpty(); }
    // Nothing to do (already as wanted): runnable, no steps, no phases.
    bool empty() const
    {
        return steps.isEmpty() && finally.isEmpty() && followUps.isEmpty() &&
               afterPhases.isEmpty() && phasesAfter.isEmpty() && checks.isEmpty();
    }
    // The preview: title, notes, then every step with its hosts and
    // commands, then the phases that follow.
    QString preview() const;
    // Runs the steps in order; stops after a step that failed or was
    // interrupted, then runs the finally steps. True when every step
    // succeeded.
    bool run(RunReporter &reporter, const std::atomic_bool *cancel) const;
    bool runAfterPhases(RunReporter &reporter, const std::atomic_bool *cancel) const;
    bool runChecks(RunReporter &reporter, const std::atomic_bool *cancel) const;

private:
    static bool runSteps(const QList<Step> &list, RunReporter &reporter,
                         const std::atomic_bool *cancel);
};

} // namespace hive
