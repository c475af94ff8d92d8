#include "inventory/ipv4_network.h"

#include <QCoreApplication>
#include <QStringList>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::Ipv4Network", text);
}

quint32 maskFor(int prefix)
{
    return prefix == 0 ? 0u : ~quint32(0) << (32 - prefix);
}
} // namespace

bool Ipv4Network::parseAddress(const QString &text, quint32 &out)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        if (part.size() > 1 && part.startsWith(QLatin1Char('0')))
            return false; // Python rejects leading zeros (ambiguous octal)
        bool ok = false;
        const uint octet = part.toUInt(&ok, 10);
        if (!ok || octet > 255)
            return false;
        for (const QChar c : part) {
            if (!c.isDigit())
                return false;
        }
        value = (value << 8) | octet;
    }
    out = value;
    return true;
}

QString Ipv4Network::formatAddress(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg((a >> 24) & 0xff)
        .arg((a >> 16) & 0xff)
        .arg((a >> 8) & 0xff)
        .arg(a & 0xff);
}

bool Ipv4Network::parse(const QString &text, Ipv4Network &out, QString &error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1Char(':'))) {
        error = tr("IPv6 networks are not supported here; use an IPv4 network");
        return false;
    }
    const QStringList parts = trimmed.split(QLatin1Char('/'));
    if (parts.size() > 2) {
        error = tr("expected a.b.c.d/prefix");
        return false;
    }
    quint32 address = 0;
    if (!parseAddress(parts.at(0), address)) {
        error = tr("'%1' is not an IPv4 address").arg(parts.at(0));
        return false;
    }
    int prefix = 32;
    if (parts.size() == 2) {
        const QString &p = parts.at(1);
        quint32 mask = 0;
        bool ok = false;
        const int n = p.toInt(&ok);
        if (ok && !p.startsWith(QLatin1Char('+')) && n >= 0 && n <= 32) {
            prefix = n;
        } else if (parseAddress(p, mask)) {
            // A netmask: must be contiguous ones.
            const quint32 inverted = ~mask;
            if ((inverted & (inverted + 1)) != 0) {
                error = tr("'%1' is not a valid netmask").arg(p);
                return false;
            }
            prefix = 0;
            while (prefix < 32 && (mask & (0x80000000u >> prefix)))
                ++prefix;
        } else {
            error = tr("'%1' is not a valid prefix length (0-32)").arg(p);
            return false;
        }
    }
    const quint32 mask = maskFor(prefix);
    if ((address & ~mask) != 0) {
        error = tr("%1 has host bits set (did you mean %2/%3?)")
                    .arg(trimmed, formatAddress(address & mask))
                    .arg(prefix);
        return false;
    }
    out.m_network = address;
    out.m_prefix = prefix;
    return true;
}

QString Ipv4Network::netmask() const
{
    return formatAddress(maskFor(m_prefix));
}

quint64 Ipv4Network::hostCount() const
{
    const quint64 size = quint64(1) << (32 - m_prefix);
    if (m_prefix >= 31)
        return size; // /31 and /32: every address is a host
    return size - 2;
}

quint32 Ipv4Network::host(quint64 index) const
{
    if (m_prefix >= 31)
        return m_network + quint32(index);
    return m_network + 1 + quint32(index);
}

bool Ipv4Network::contains(quint32 address) const
{
    return (address & maskFor(m_prefix)) == m_network;
}

QString Ipv4Network::toString() const
{
    return formatAddress(m_network) + QLatin1Char('/') + QString::number(m_prefix);
}

} // namespace hive
