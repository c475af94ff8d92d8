#pragma once

#include "engine/phase_step.h"

#include <QCoreApplication>
#include <QList>
#include <atomic>

namespace hive {

class RunReporter;

// Runs a phase's steps in order, each on its hosts in parallel (bounded).
// -T tags select steps (a step tagged "always" runs whatever -T says); a host that failed is left
// out of the later steps (reported skipped, naming the step it failed in) while the others go on; a
// failed fatal step ends the phase; a cancel request stops before the next
// step and reports its hosts interrupted.
class StepSequence
{
    Q_DECLARE_TR_FUNCTIONS(hive::StepSequence)
public:
    using Resolver = std::function<QStringList(PhaseStep::Targets)>;
    struct Options
    {
        QStringList tags; // empty: every step
        int maxParallel = 8;
        const std::atomic_bool *cancel = nullptr;
    };

    // The tags that select none of the steps (a typo in -T is an error, not a
    // silent no-op).
    static QStringList unknownTags(const QList<PhaseStep> &steps, const QStringList &tags);
    static bool selected(const PhaseStep &step, const QStringList &tags);

    // True when no host failed and nothing was interrupted.
    static bool run(RunReporter &reporter, const QList<PhaseStep> &steps, const Resolver &targets,
                    const Options &options);
};

} // namespace hive
