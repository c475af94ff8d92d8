#pragma once

#include "diagnostics/expected.h"
#include "engine/step.h"
#include "engine/step_sequence.h"
#include "recipes/host_change.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace hive {

class HiveDockerAccess;
struct PhaseContext;

// One phase as PhaseRunner runs it: the name of its PhaseCatalog entry and
// its work in a PhaseContext. A phase says what it does as a plan of named
// Steps and run() is the same for all of them: the phase starts on its
// stage (connecting to its hosts first where it does), plan() chooses the
// targets (-l) and makes the steps, a -T tag that no step has is refused
// naming the steps before anything runs, StepSequence runs the selected
// steps (each checks before it changes: -C previews; skip after a failure,
// fatal steps, Ctrl-C) and the phase ends.
class Phase
{
    Q_DECLARE_TR_FUNCTIONS(hive::Phase)
public:
    struct Plan
    {
        QList<Step> steps;
        // When set: said instead of running any step, and the phase ends
        // ok (nothing of the stage is concerned).
        QString nothingToDo;
        // The hosts of the steps that do not name theirs (by Step::Targets).
        StepSequence::Resolver targets;
        // What the steps' work shares, kept alive until they have run.
        std::shared_ptr<void> state;
    };

    virtual ~Phase() = default;
    virtual QString name() const = 0;
    // The phase's steps as names and tags only (no work, no hosts), when
    // they are known before it connects; empty when only plan() knows
    // them. PhaseRunner refuses a -T tag none of them has before the run
    // starts (and before a missing key or host gets in the way).
    virtual QList<Step> outline() const { return {}; }
    // Why `tags` cannot run in `steps` (empty when every tag selects one):
    // the tags no step has, the steps there are, and unknownTagsNote().
    QString tagRefusal(const QList<Step> &steps, const QStringList &tags) const;
    // Posts the phase's events, ending with its phase-finished event; true
    // when no host failed and nothing was interrupted.
    bool run(PhaseContext &context) const;

protected:
    // A step that makes `changes` true on each of `hosts` over the stage's
    // connections (each change checked first; -C only reports, Ctrl-C stops).
    static Step hostChangesStep(const QString &name, const QStringList &hosts,
                                const QList<HostChange> &changes, PhaseContext &context);
    // -l where it names things (PhaseTraits::limit: services, volumes,
    // networks): the named ones of `available`, in its order (all of them
    // for no -l), or an error naming the one the stage does not have and
    // those it has.
    Expected<QStringList> chooseNamed(const PhaseContext &context,
                                      const QStringList &available) const;
    // The same for the stage's services.
    Expected<QStringList> chooseServices(const PhaseContext &context) const;
    // The stage's Docker Engines and registry over TLS, once setup-hosts has
    // made the client certificate and the registry password.
    static Expected<std::shared_ptr<HiveDockerAccess>> dockerAccess(const PhaseContext &context);
    // Whether run() connects to the stage's hosts (context.pool) before plan().
    virtual bool connects() const { return true; }
    // Said after the refusal of -T tags that no step has (empty: nothing).
    virtual QString unknownTagsNote(const QStringList &unknown) const;
    // A planned step that the outline does not list as it is (a defect of
    // the phase: the early -T check would be wrong); empty when they agree.
    QString outlineMismatch(const QList<Step> &planned) const;
    // This run's steps, the stage settled (context.stage). False when the
    // phase cannot run; it has said why (RunReporter::abort).
    virtual bool plan(PhaseContext &context, Plan &plan) const;
};

} // namespace hive
