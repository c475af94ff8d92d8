#pragma once

#include "phases/named_phase_options.h"

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
class InitializeServicesPhase
{
    Q_DECLARE_TR_FUNCTIONS(hive::InitializeServicesPhase)
public:
    using Options = NamedPhaseOptions; // -l names services (-D: none)

    InitializeServicesPhase(const Project &project, const LoadedInventory &loaded,
                            RunEventSink *sink);

    bool run(const Options &options);

    // The playbook for one service's roles in one container.
    static QByteArray playbook(const QString &service, const QString &containerId,
                               const QStringList &roles);

private:
    const Project &m_project;
    const LoadedInventory &m_loaded;
    RunEventSink *m_sink;
};

} // namespace hive
