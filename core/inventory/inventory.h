#pragma once

#include "data/value.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace hive {

// The Ansible inventory that hive-builder's plugins build: groups with child
// groups, hosts, and variables on both. Variables come from two sources, as in
// Ansible: what the inventory plugins set, and what group_vars/ and host_vars/
// files hold. Flattened host variables follow Ansible's precedence (group
// `all`, other groups by depth then name, group_vars files the same way, then
// the host and its host_vars file), so `ansible-inventory --list` and this
// class print the same values.
class Inventory
{
public:
    struct Group
    {
        QString name;
        QStringList hosts; // direct members, in insertion order
        QSet<QString> hostSet;
        QStringList children; // child groups, in insertion order
        QStringList parents;
        Value vars = Value::map();     // set by the inventory plugins
        Value fileVars = Value::map(); // from group_vars/<name>
        int depth = 0;
    };
    struct Host
    {
        QString name;
        QStringList groups; // direct groups
        Value vars = Value::map();
        Value fileVars = Value::map(); // from host_vars/<name>
    };

    Inventory();

    void addGroup(const QString &name);
    void addHost(const QString &host, const QString &group = {});
    void addChild(const QString &parent, const QString &child);
    // Like Ansible's set_variable: a group of that name wins over a host.
    void setVariable(const QString &entity, const QString &key, const Value &value);
    void setHostVariable(const QString &host, const QString &key, const Value &value);
    void setGroupFileVars(const QString &group, const Value &vars);
    void setHostFileVars(const QString &host, const Value &vars);
    // Puts top-level groups under `all` and computes depths; call once when done.
    void reconcile();

    bool hasGroup(const QString &name) const { return m_groupIndex.contains(name); }
    bool hasHost(const QString &name) const { return m_hostIndex.contains(name); }
    const Group *group(const QString &name) const;
    const Host *host(const QString &name) const;
    const std::vector<Group> &groups() const { return m_groups; }
    const std::vector<Host> &hosts() const { return m_hosts; }
    // Hosts of a group and of all its descendants, in inventory order.
    QStringList hostsOf(const QString &group) const;
    // Every group the host belongs to, with ancestors, sorted as Ansible does.
    QStringList groupsOfHost(const QString &host) const;

    // All variables a play would see for the host (without magic variables);
    // once rendered (setRenderedHostVars), with their templates rendered.
    Value flattenedHostVars(const QString &host) const;
    // The same variables as the files write them (templates not rendered).
    Value writtenHostVars(const QString &host) const;
    // The host's flattened variables with their Jinja2 templates rendered
    // (InventoryTemplates): what every phase reads from then on.
    void setRenderedHostVars(const QString &host, const Value &vars);
    bool isRendered(const QString &host) const { return m_rendered.contains(host); }
    // Only the host's own variables (`--export` mode).
    Value ownHostVars(const QString &host) const;
    Value ownGroupVars(const QString &group) const;

    // `ansible-inventory --list [--export]` as a Value tree.
    Value toAnsibleList(bool exportMode) const;

private:
    std::vector<Group> m_groups;
    std::vector<Host> m_hosts;
    QHash<QString, int> m_groupIndex;
    QHash<QString, int> m_hostIndex;
    QHash<QString, Value> m_rendered;

    Group &groupRef(const QString &name);
    Host &hostRef(const QString &name);
    void collectAncestors(const QString &group, QSet<QString> &out) const;
};

} // namespace hive
