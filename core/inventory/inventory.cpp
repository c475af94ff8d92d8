#include "inventory/inventory.h"

#include <algorithm>
#include <functional>

namespace hive {

namespace {
const QString kAll = QStringLiteral("all");
const QString kUngrouped = QStringLiteral("ungrouped");

// Ansible's combine_vars with hash_behaviour=replace: top-level keys replace.
void combineInto(Value &target, const Value &source)
{
    for (const Value::Entry &e : source.entries())
        target.insert(e.key, e.value, e.keyMark);
}
} // namespace

Inventory::Inventory()
{
    addGroup(kAll);
    addGroup(kUngrouped);
    addChild(kAll, kUngrouped);
}

Inventory::Group &Inventory::groupRef(const QString &name)
{
    addGroup(name);
    return m_groups[size_t(m_groupIndex.value(name))];
}

Inventory::Host &Inventory::hostRef(const QString &name)
{
    auto it = m_hostIndex.constFind(name);
    if (it == m_hostIndex.constEnd()) {
        m_hostIndex.insert(name, int(m_hosts.size()));
        Host h;
        h.name = name;
        m_hosts.push_back(std::move(h));
        return m_hosts.back();
    }
    return m_hosts[size_t(*it)];
}

void Inventory::addGroup(const QString &name)
{
    if (m_groupIndex.contains(name))
        return;
    m_groupIndex.insert(name, int(m_groups.size()));
    Group g;
    g.name = name;
    m_groups.push_back(std::move(g));
}

void Inventory::addHost(const QString &hostName, const QString &groupName)
{
    Host &h = hostRef(hostName);
    if (groupName.isEmpty())
        return;
    if (!h.groups.contains(groupName))
        h.groups << groupName;
    Group &g = groupRef(groupName);
    if (!g.hostSet.contains(hostName)) {
        g.hostSet.insert(hostName);
        g.hosts << hostName;
    }
}

void Inventory::addChild(const QString &parent, const QString &child)
{
    Group &p = groupRef(parent);
    if (!p.children.contains(child))
        p.children << child;
    Group &c = groupRef(child);
    if (!c.parents.contains(parent))
        c.parents << parent;
}

void Inventory::setVariable(const QString &entity, const QString &key, const Value &value)
{
    auto g = m_groupIndex.constFind(entity);
    if (g != m_groupIndex.constEnd()) {
        m_groups[size_t(*g)].vars.insert(key, value);
        return;
    }
    hostRef(entity).vars.insert(key, value);
}

void Inventory::setHostVariable(const QString &host, const QString &key, const Value &value)
{
    hostRef(host).vars.insert(key, value);
}

void Inventory::setGroupFileVars(const QString &group, const Value &vars)
{
    if (m_groupIndex.contains(group))
        combineInto(groupRef(group).fileVars, vars);
}

void Inventory::setHostFileVars(const QString &host, const Value &vars)
{
    if (m_hostIndex.contains(host))
        combineInto(hostRef(host).fileVars, vars);
}

void Inventory::reconcile()
{
    for (const Group &g : std::vector<Group>(m_groups)) {
        if (g.name != kAll && g.parents.isEmpty())
            addChild(kAll, g.name);
    }
    // Depth = longest path from `all`, as Ansible's add_child maintains it.
    for (Group &g : m_groups)
        g.depth = 0;
    std::function<void(const QString &, int, int)> walk = [&](const QString &name, int depth,
                                                              int guard) {
        if (guard > int(m_groups.size()))
            return; // a cycle; cannot happen with our plugins
        Group &g = m_groups[size_t(m_groupIndex.value(name))];
        if (depth < g.depth)
            return;
        g.depth = depth;
        const QStringList children = g.children;
        for (const QString &child : children)
            walk(child, depth + 1, guard + 1);
    };
    walk(kAll, 0, 0);
}

const Inventory::Group *Inventory::group(const QString &name) const
{
    auto it = m_groupIndex.constFind(name);
    return it == m_groupIndex.constEnd() ? nullptr : &m_groups[size_t(*it)];
}

const Inventory::Host *Inventory::host(const QString &name) const
{
    auto it = m_hostIndex.constFind(name);
    return it == m_hostIndex.constEnd() ? nullptr : &m_hosts[size_t(*it)];
}

QStringList Inventory::hostsOf(const QString &groupName) const
{
    QStringList out;
    QSet<QString> seenHosts;
    QSet<QString> seenGroups;
    std::function<void(const QString &)> walk = [&](const QString &name) {
        if (seenGroups.contains(name))
            return;
        seenGroups.insert(name);
        const Group *g = group(name);
        if (!g)
            return;
        for (const QString &h : g->hosts) {
            if (!seenHosts.contains(h)) {
                seenHosts.insert(h);
                out << h;
            }
        }
        for (const QString &c : g->children)
            walk(c);
    };
    if (groupName == kAll) {
        for (const Host &h : m_hosts)
            out << h.name;
        return out;
    }
    walk(groupName);
    return out;
}

void Inventory::collectAncestors(const QString &groupName, QSet<QString> &out) const
{
    const Group *g = group(groupName);
    if (!g)
        return;
    for (const QString &p : g->parents) {
        if (!out.contains(p)) {
            out.insert(p);
            collectAncestors(p, out);
        }
    }
}

QStringList Inventory::groupsOfHost(const QString &hostName) const
{
    const Host *h = host(hostName);
    if (!h)
        return {};
    QSet<QString> all;
    for (const QString &g : h->groups) {
        all.insert(g);
        collectAncestors(g, all);
    }
    all.insert(kAll);
    QStringList sorted(all.begin(), all.end());
    std::sort(sorted.begin(), sorted.end(), [this](const QString &a, const QString &b) {
        const int da = group(a) ? group(a)->depth : 0;
        const int db = group(b) ? group(b)->depth : 0;
        if (da != db)
            return da < db;
        return a < b;
    });
    return sorted;
}

void Inventory::setRenderedHostVars(const QString &host, const Value &vars)
{
    m_rendered.insert(host, vars);
}

Value Inventory::flattenedHostVars(const QString &hostName) const
{
    if (const auto rendered = m_rendered.constFind(hostName); rendered != m_rendered.cend())
        return *rendered;
    return writtenHostVars(hostName);
}

Value Inventory::writtenHostVars(const QString &hostName) const
{
    Value vars = Value::map();
    const Host *h = host(hostName);
    if (!h)
        return vars;
    const QStringList groups = groupsOfHost(hostName);
    // Ansible's default VARIABLE_PRECEDENCE: all_inventory, groups_inventory,
    // all_plugins_inventory, all_plugins_play, groups_plugins_inventory, ...
    combineInto(vars, group(kAll)->vars);
    for (const QString &g : groups) {
        if (g != kAll)
            combineInto(vars, group(g)->vars);
    }
    combineInto(vars, group(kAll)->fileVars);
    for (const QString &g : groups) {
        if (g != kAll)
            combineInto(vars, group(g)->fileVars);
    }
    combineInto(vars, h->vars);
    combineInto(vars, h->fileVars);
    return vars;
}

Value Inventory::ownHostVars(const QString &hostName) const
{
    Value vars = Value::map();
    if (const Host *h = host(hostName)) {
        combineInto(vars, h->vars);
        combineInto(vars, h->fileVars);
    }
    return vars;
}

Value Inventory::ownGroupVars(const QString &groupName) const
{
    Value vars = Value::map();
    if (const Group *g = group(groupName)) {
        combineInto(vars, g->vars);
        combineInto(vars, g->fileVars);
    }
    return vars;
}

Value Inventory::toAnsibleList(bool exportMode) const
{
    Value result = Value::map();
    QSet<QString> seen;
    std::function<void(const QString &)> format = [&](const QString &name) {
        const Group *g = group(name);
        Value entry = Value::map();
        if (name != kAll && !g->hosts.isEmpty()) {
            Value hosts = Value::list();
            for (const QString &h : g->hosts)
                hosts.append(Value::string(h));
            entry.insert(QStringLiteral("hosts"), hosts);
        }
        Value children = Value::list();
        for (const QString &c : g->children)
            children.append(Value::string(c));
        if (children.size() > 0)
            entry.insert(QStringLiteral("children"), children);
        if (exportMode) {
            const Value vars = ownGroupVars(name);
            if (vars.size() > 0)
                entry.insert(QStringLiteral("vars"), vars);
        }
        if (entry.size() > 0)
            result.appendEntry(name, entry);
        for (const QString &c : g->children) {
            if (!seen.contains(c)) {
                seen.insert(c);
                format(c);
            }
        }
    };
    format(kAll);

    Value hostvars = Value::map();
    for (const Host &h : m_hosts) {
        const Value vars = exportMode ? ownHostVars(h.name) : flattenedHostVars(h.name);
        if (vars.size() > 0)
            hostvars.appendEntry(h.name, vars);
    }
    Value meta = Value::map();
    meta.insert(QStringLiteral("hostvars"), hostvars);
    result.insert(QStringLiteral("_meta"), meta);
    return result;
}

} // namespace hive
