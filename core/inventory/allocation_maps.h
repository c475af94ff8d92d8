#pragma once

#include "data/value.h"

#include <QHash>
#include <QSet>
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

    AllocationMaps() = default;
    AllocationMaps(const Value &ports, const Value &devices);

    // Port for `key`: the mapped one, else the smallest free one (0 if none is left).
    qint64 allocatePort(const QString &key);
    bool portInUseByOther(const QString &key, qint64 port) const;
    void setPort(const QString &key, qint64 port);

    qint64 allocateDevice(const QString &source);
    bool deviceInUseByOther(const QString &source, qint64 id) const;
    void setDevice(const QString &source, qint64 id);
    qint64 mappedDevice(const QString &source) const { return m_devices.value(source, 0); }

    Value portsValue() const;
    Value devicesValue() const;
    bool isChanged() const { return m_changed; }

private:
    QHash<QString, qint64> m_ports;
    QList<QString> m_portOrder;
    QHash<qint64, int> m_usedPorts; // value -> how many keys hold it
    QHash<QString, qint64> m_devices;
    QList<QString> m_deviceOrder;
    QHash<qint64, int> m_usedDevices;
    bool m_changed = false;
    // Everything below a hint is taken: the search for the smallest free value
    // starts there (values only free up when a key moves, which lowers the hint).
    qint64 m_portHint = kFirstPort;
    qint64 m_deviceHint = kFirstDevice;

    static void load(const Value &map, QHash<QString, qint64> &values, QList<QString> &order,
                     QHash<qint64, int> &used);
    static void set(const QString &key, qint64 v, QHash<QString, qint64> &values,
                    QList<QString> &order, QHash<qint64, int> &used, bool &changed, qint64 &hint);
    static Value toValue(const QHash<QString, qint64> &values, const QList<QString> &order);
};

} // namespace hive
