#pragma once

#include "engine/phase_session.h"
#include "phases/phase_runner.h"

#include <QCoreApplication>

namespace hive {

class Project;
class RecoveryPlan;
class RunEventSink;
struct LoadedInventory;

// Runs a confirmed recovery plan the way phases run: under the stage's
// lock, recorded in .hive/<stage>/runs/ (its steps as one run named after
// the operation, then each follow-up phase limited to its hosts, then the
// checks as "<operation>-check"), shown live through the caller's sink,
// stopping at the first part that fails. start_phase is left alone.
class RecoveryRunner
{
    Q_DECLARE_TR_FUNCTIONS(hive::RecoveryRunner)
public:
    static PhaseSession::Result run(Project &project, const LoadedInventory &loaded,
                                    const RecoveryPlan &plan, RunEventSink *display,
                                    const PhaseOptions &phaseOptions);
};

} // namespace hive
