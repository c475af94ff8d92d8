#pragma once

#include "phases/phase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;

// The initialize-services phase: for each service with initialize_roles, a
// running task container is found on the swarm and the roles are applied
// inside it with Ansible's docker connection (through the TLS API of the
// node it runs on), the service's inventory variables visible to them.
// -l names services.
class InitializeServicesPhase : public Phase
{
    Q_DECLARE_TR_FUNCTIONS(hive::InitializeServicesPhase)
public:
    QString name() const override { return QStringLiteral("initialize-services"); }

    // The playbook for one service's roles in one container.
    static QByteArray playbook(const QString &service, const QString &containerId,
                               const QStringList &roles);

protected:
    bool connects() const override { return false; }             // through the Docker API
    bool plan(PhaseContext &context, Plan &plan) const override; // -l names services (-D: none)
};

} // namespace hive
