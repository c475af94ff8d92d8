#pragma once

#include "engine/run_event.h"
#include "recipes/ansible_playbook.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace hive {

class Inventory;
class RoleInputs;

// The project's own `roles/addon`, applied to a host with ansible-playbook
// as hive-builder does (become root by default), through the hive's
// ssh_config and known_hosts, with the inventory's variables visible to the
// role. The only place setup-hosts uses Ansible.
class AddonRole
{
    Q_DECLARE_TR_FUNCTIONS(hive::AddonRole)
public:
    struct Options
    {
        QString projectRoot;
        QString contextDir; // ssh_config, known_hosts, the key
        QString workDir;    // a private folder for the inventory script and playbook
        QString stage;
        bool checkOnly = false;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const QString &host, const QString &line)> onHostOutput;
    };

    static bool present(const QString &projectRoot);

    // Writes the inventory script and the playbook into workDir (0700) once
    // per run. False with the reason.
    static bool prepare(const Inventory &inventory, const Options &options, QString &error);
    // What the role reads (after prepare()); the host is added by the caller.
    static RoleInputs inputs(const Options &options);
    // Runs the role on the hosts with one ansible-playbook: each host's
    // status from its own PLAY RECAP line.
    static QHash<QString, AnsiblePlaybook::HostOutcome> applyOn(const QStringList &hosts,
                                                                const Options &options);
};

} // namespace hive
