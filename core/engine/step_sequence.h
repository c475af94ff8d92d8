#pragma once

#include "engine/step.h"

#include <QCoreApplication>
#include <QList>
#include <atomic>

namespace hive {

class RunReporter;

// Runs the steps of a phase or a repair in order, each on its hosts in
// parallel (bounded). -T tags select steps (a step tagged "always" runs
// whatever -T says); a host that failed is left out of the later steps
// (reported skipped, naming the step it failed in) while the others go on;
// a failed fatal step ends the run (a repair's steps all are: it stops
// after the first that fails); a cancel request stops before the next step
// and reports its hosts interrupted.
class StepSequence
{
    Q_DECLARE_TR_FUNCTIONS(hive::StepSequence)
public:
    using Resolver = std::function<QStringList(Step::Targets)>;
    struct Options
    {
        QStringList tags; // empty: every step
        int maxParallel = 8;
        const std::atomic_bool *cancel = nullptr;
        bool everyStepFatal = false; // a repair: any failure ends it
    };

    // The tags that select none of the steps (a typo in -T is an error, not a
    // silent no-op).
    static QStringList unknownTags(const QList<Step> &steps, const QStringList &tags);
    static bool selected(const Step &step, const QStringList &tags);

    // True when no host failed and nothing was interrupted. `targets` gives
    // the hosts of steps that do not name theirs (may be empty for a list
    // whose steps all do).
    static bool run(RunReporter &reporter, const QList<Step> &steps, const Resolver &targets,
                    const Options &options);
};

} // namespace hive
