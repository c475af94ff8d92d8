#include "inventory/allocation_maps.h"

#include <algorithm>

namespace hive {

AllocationMaps::AllocationMaps() = default;

AllocationMaps::AllocationMaps(const Value &ports, const Value &devices)
{
    m_ports.load(ports);
    m_devices.load(devices);
}

void AllocationMaps::Pool::load(const Value &map)
{
    for (const Value::Entry &e : map.entries()) {
        if (!e.value.isInt())
            continue; // garbage in a hand-edited file: ignore rather than guess
        m_values.insert(e.key, e.value.toInt());
        m_order << e.key;
        m_used[e.value.toInt()] += 1;
    }
}

void AllocationMaps::Pool::set(const QString &key, qint64 value, bool &changed)
{
    auto it = m_values.find(key);
    if (it != m_values.end()) {
        if (*it == value)
            return;
        if (--m_used[*it] == 0) {
            m_used.remove(*it);
            m_hint = std::min(m_hint, *it);
        }
        *it = value;
    } else {
        m_values.insert(key, value);
        m_order << key;
    }
    m_used[value] += 1;
    changed = true;
}

qint64 AllocationMaps::Pool::allocate(const QString &key, bool &changed)
{
    if (m_values.contains(key))
        return m_values.value(key);
    for (qint64 v = std::max(m_hint, m_first); v <= m_last; ++v) {
        if (!m_used.contains(v)) {
            m_hint = v + 1;
            set(key, v, changed);
            return v;
        }
    }
    return 0;
}

bool AllocationMaps::Pool::inUseByOther(const QString &key, qint64 value) const
{
    return m_used.contains(value) && m_values.value(key, -1) != value;
}

Value AllocationMaps::Pool::toValue() const
{
    Value out = Value::map();
    for (const QString &key : m_order)
        out.appendEntry(key, Value::integer(m_values.value(key)));
    return out;
}

} // namespace hive
