#pragma once

#include <QString>
#include <QtGlobal>

namespace hive {

// An IPv4 network as Python's ipaddress.ip_network(strict=True) reads it:
// "a.b.c.d/n", "a.b.c.d/255.255.255.0" or a bare address (/32). Host bits set,
// leading zeros and out-of-range octets are errors. Usable host addresses are
// computed, never listed, so a /8 costs nothing.
class Ipv4Network
{
public:
    // Returns false and sets `error` (translated) on bad input.
    static bool parse(const QString &text, Ipv4Network &out, QString &error);
    static bool parseAddress(const QString &text, quint32 &out);
    static QString formatAddress(quint32 address);

    quint32 network() const { return m_network; }
    int prefixLength() const { return m_prefix; }
    QString netmask() const;
    // Number of addresses Python's hosts() yields.
    quint64 hostCount() const;
    // The i-th address of hosts() (0-based); i < hostCount().
    quint32 host(quint64 index) const;
    bool contains(quint32 address) const;
    // Whether the two share an address.
    bool overlaps(const Ipv4Network &other) const
    {
        return contains(other.m_network) || other.contains(m_network);
    }
    QString toString() const;

private:
    quint32 m_network = 0;
    int m_prefix = 32;
};

} // namespace hive
