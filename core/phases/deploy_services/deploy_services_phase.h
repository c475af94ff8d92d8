#pragma once

#include "phases/phase.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;

// The deploy-services phase: the images pulled on every hive, then each
// service of the stage created or updated on the swarm with the spec its
// definition maps to (ServiceSpecBuilder) — updated only when it differs,
// which includes the image behind a tag now being another one — and
// waited for until its tasks run. -D removes services; -l names them.
class DeployServicesPhase : public Phase
{
    Q_DECLARE_TR_FUNCTIONS(hive::DeployServicesPhase)
public:
    QString name() const override { return QStringLiteral("deploy-services"); }

protected:
    // login (external registries) and pull on every hive, then deploy the
    // services; -D: remove. -l names services.
    bool plan(PhaseContext &context, Plan &plan) const override;

private:
    struct Shared;
};

} // namespace hive
