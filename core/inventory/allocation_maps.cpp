#include "inventory/allocation_maps.h"

#include <algorithm>

namespace hive {

AllocationMaps::AllocationMaps(const Value &ports, const Value &devices)
{
    load(ports, m_ports, m_portOrder, m_usedPorts);
    load(devices, m_devices, m_deviceOrder, m_usedDevices);
}

void AllocationMaps::load(const Value &map, QHash<QString, qint64> &values, QList<QString> &order,
                          QHash<qint64, int> &used)
{
    for (const Value::Entry &e : map.entries()) {
        if (!e.value.isInt())
            continue; // garbage in a hand-edited file: ignore rather than guess
        values.insert(e.key, e.value.toInt());
        order << e.key;
        used[e.value.toInt()] += 1;
    }
}

void AllocationMaps::set(const QString &key, qint64 v, QHash<QString, qint64> &values,
                         QList<QString> &order, QHash<qint64, int> &used, bool &changed,
                         qint64 &hint)
{
    auto it = values.find(key);
    if (it != values.end()) {
        if (*it == v)
            return;
        if (--used[*it] == 0) {
            used.remove(*it);
            hint = std::min(hint, *it);
        }
        *it = v;
    } else {
        values.insert(key, v);
        order << key;
    }
    used[v] += 1;
    changed = true;
}

Value AllocationMaps::toValue(const QHash<QString, qint64> &values, const QList<QString> &order)
{
    Value out = Value::map();
    for (const QString &key : order)
        out.appendEntry(key, Value::integer(values.value(key)));
    return out;
}

qint64 AllocationMaps::allocatePort(const QString &key)
{
    if (m_ports.contains(key))
        return m_ports.value(key);
    for (qint64 p = std::max(m_portHint, kFirstPort); p <= kLastPort; ++p) {
        if (!m_usedPorts.contains(p)) {
            m_portHint = p + 1;
            setPort(key, p);
            return p;
        }
    }
    return 0;
}

bool AllocationMaps::portInUseByOther(const QString &key, qint64 port) const
{
    return m_usedPorts.contains(port) && m_ports.value(key, -1) != port;
}

void AllocationMaps::setPort(const QString &key, qint64 port)
{
    set(key, port, m_ports, m_portOrder, m_usedPorts, m_changed, m_portHint);
}

qint64 AllocationMaps::allocateDevice(const QString &source)
{
    if (m_devices.contains(source))
        return m_devices.value(source);
    for (qint64 d = std::max(m_deviceHint, kFirstDevice); d <= kLastDevice; ++d) {
        if (!m_usedDevices.contains(d)) {
            m_deviceHint = d + 1;
            setDevice(source, d);
            return d;
        }
    }
    return 0;
}

bool AllocationMaps::deviceInUseByOther(const QString &source, qint64 id) const
{
    return m_usedDevices.contains(id) && m_devices.value(source, -1) != id;
}

void AllocationMaps::setDevice(const QString &source, qint64 id)
{
    set(source, id, m_devices, m_deviceOrder, m_usedDevices, m_changed, m_deviceHint);
}

Value AllocationMaps::portsValue() const
{
    return toValue(m_ports, m_portOrder);
}

Value AllocationMaps::devicesValue() const
{
    return toValue(m_devices, m_deviceOrder);
}

} // namespace hive
