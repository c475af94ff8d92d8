#include "phases/setup_hosts/addon_role.h"

#include "project/context_file.h"
#include "recipes/ansible_playbook.h"
#include "recipes/role_inputs.h"

#include <QFileInfo>

namespace hive {

namespace {
QString playbook(const QString &workDir)
{
    return workDir + QStringLiteral("/addon.yml");
}
} // namespace

bool AddonRole::present(const QString &projectRoot)
{
    return QFileInfo(projectRoot + QStringLiteral("/roles/addon")).isDir();
}

bool AddonRole::prepare(const Inventory &inventory, const Options &options, QString &error)
{
    bool changed = false;
    const QByteArray play = "- name: addon\n"
                            "  hosts: all\n"
                            "  become: true\n"
                            "  roles:\n"
                            "    - addon\n";
    return AnsiblePlaybook::writeInventory(inventory, options.workDir, error) &&
           ContextFile::writeIfChanged(playbook(options.workDir), play, changed, error);
}

namespace {
AnsiblePlaybook::Options playbookOptions(const AddonRole::Options &options)
{
    AnsiblePlaybook::Options o;
    o.projectRoot = options.projectRoot;
    o.contextDir = options.contextDir;
    o.workDir = options.workDir;
    o.what = QStringLiteral("roles/addon");
    o.stage = options.stage;
    o.checkOnly = options.checkOnly;
    o.cancel = options.cancel;
    o.onHostOutput = options.onHostOutput;
    return o;
}
} // namespace

RoleInputs AddonRole::inputs(const Options &options)
{
    return AnsiblePlaybook::inputs(playbook(options.workDir), playbookOptions(options));
}

QHash<QString, AnsiblePlaybook::HostOutcome> AddonRole::applyOn(const QStringList &hosts,
                                                                const Options &options)
{
    return AnsiblePlaybook::runOn(playbook(options.workDir), hosts, playbookOptions(options));
}

} // namespace hive
