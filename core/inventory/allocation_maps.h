#pragma once

#include "data/value.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hive {

// The two per-stage maps hive-builder keeps in .hive/persistents.yml so that a
// service keeps its published ports and a DRBD volume keeps its device id for
// ever: published_port_map (<service><target_port> -> port) and
// drbd_device_map (<volume source> -> minor). "Free" means "not a value in the
// map", so ids of removed services are never handed out again by accident.
class AllocationMaps
{
public:
    static constexpr qint64 kFirstPort = 61001;
    static constexpr qint64 kLastPort = 65534;
    static constexpr qint64 kFirstDevice = 1;
    static constexpr qint64 kLastDevice = 255;

    AllocationMaps();
    AllocationMaps(const Value &ports, const Value &devices);

    // The key of a service's target port in published_port_map, as
    // hive-builder writes it: the name and the port run together ("web80").
    static QString portKey(const QString &service, qint64 targetPort)
    {
        return service + QString::number(targetPort);
    }

    // Port for `key`: the mapped one, else the smallest free one (0 if none is left).
    qint64 allocatePort(const QString &key) { return m_ports.allocate(key, m_changed); }
    bool portInUseByOther(const QString &key, qint64 port) const
    {
        return m_ports.inUseByOther(key, port);
    }
    void setPort(const QString &key, qint64 port) { m_ports.set(key, port, m_changed); }

    qint64 allocateDevice(const QString &source) { return m_devices.allocate(source, m_changed); }
    bool deviceInUseByOther(const QString &source, qint64 id) const
    {
        return m_devices.inUseByOther(source, id);
    }
    void setDevice(const QString &source, qint64 id) { m_devices.set(source, id, m_changed); }

    Value portsValue() const { return m_ports.toValue(); }
    Value devicesValue() const { return m_devices.toValue(); }
    bool isChanged() const { return m_changed; }

private:
    // One map: key -> number in [first, last], in the order keys were added.
    class Pool
    {
    public:
        Pool(qint64 first, qint64 last) : m_first(first), m_last(last), m_hint(first) {}
        void load(const Value &map);
        qint64 allocate(const QString &key, bool &changed);
        void set(const QString &key, qint64 value, bool &changed);
        bool inUseByOther(const QString &key, qint64 value) const;
        Value toValue() const;

    private:
        qint64 m_first;
        qint64 m_last;
        // Everything below the hint is taken: the search for the smallest free
        // value starts there (a value frees up only when a key moves, which
        // lowers the hint).
        qint64 m_hint;
        QHash<QString, qint64> m_values;
        QList<QString> m_order;
        QHash<qint64, int> m_used; // value -> how many keys hold it
    };

    Pool m_ports{kFirstPort, kLastPort};
    Pool m_devices{kFirstDevice, kLastDevice};
    bool m_changed = false;
};

} // namespace hive
