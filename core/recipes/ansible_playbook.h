#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class Inventory;
class RoleInputs;

// ansible-playbook run for the project's own roles (setup-hosts' addon,
// build-images, initialize-services): the inventory as `hive inventory
// --list` prints it (served by a script, so host variables come with it),
// the project's roles/ and lib/ on Ansible's paths, the hive's ssh_config,
// and the PLAY RECAP read back into ok / changed / failed.
class AnsiblePlaybook
{
    Q_DECLARE_TR_FUNCTIONS(hive::AnsiblePlaybook)
public:
    struct Options
    {
        QString projectRoot;
        QString contextDir; // ssh_config, known_hosts, the key
        QString workDir;    // the inventory script lives here (0700)
        QString what;       // for messages: "roles/addon", "image_web", ...
        QString stage;      // given to the roles as hive_stage, as hive-builder does
        QStringList extraRolesPaths;
        QStringList environment; // added to Ansible's
        bool checkOnly = false;
        int timeoutMs = 30 * 60 * 1000;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const QString &line)> onOutput;
        // runOn(): each line with the host it is about (a task's header,
        // which is about them all, once for each host).
        std::function<void(const QString &host, const QString &line)> onHostOutput;
    };

    struct HostOutcome
    {
        RunEvent::Status status = RunEvent::Status::Failed;
        QString message;
        int changedTasks = 0;
    };

    // Writes the inventory JSON and the script serving it into workDir
    // (rewritten only when different). False with the reason.
    static bool writeInventory(const Inventory &inventory, const QString &workDir, QString &error);
    // What a run of `playbook` with these options reads (RoleInputs): the
    // project's roles, lib/ and ansible.cfg, the extra roles' folders, the
    // inventory written into workDir, the playbook and the stage. The caller
    // adds its target (host, container, image).
    static RoleInputs inputs(const QString &playbook, const Options &options);
    // The same from the project's part read once (RoleInputs::ofProject)
    // for a phase's several targets.
    static RoleInputs inputs(const QString &playbook, const Options &options, RoleInputs project);
    // Runs `playbook` limited to `host` (an inventory host); its PLAY RECAP
    // line for that host gives the status. `changedTasks` gets the count.
    static RunEvent::Status run(const QString &playbook, const QString &host,
                                const Options &options, QString &message,
                                int *changedTasks = nullptr);
    // One run for several hosts (`--limit` all of them, one fork each, up
    // to 50): each host's status from its PLAY RECAP line, its failure from
    // its own `fatal:` line.
    static QHash<QString, HostOutcome> runOn(const QString &playbook, const QStringList &hosts,
                                             const Options &options);
};

} // namespace hive
