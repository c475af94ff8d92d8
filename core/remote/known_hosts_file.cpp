#include "remote/known_hosts_file.h"

#include "project/context_file.h"

#include <QRegularExpression>

namespace hive {

namespace {

QStringList linesOf(const QString &path)
{
    QStringList lines =
        QString::fromUtf8(ContextFile::read(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines;
}

// Whether the entry's host field (comma-separated names) names `pattern`.
bool namesHost(const QString &line, const QString &pattern)
{
    const QString hosts = line.section(QLatin1Char(' '), 0, 0);
    return hosts.split(QLatin1Char(',')).contains(pattern);
}

bool save(const QString &path, const QStringList &lines, bool &changed, QString &error)
{
    QByteArray content = lines.join(QLatin1Char('\n')).toUtf8();
    if (!content.isEmpty())
        content += '\n';
    return ContextFile::writeIfChanged(path, content, changed, error);
}

} // namespace

QString KnownHostsFile::hostPattern(const QString &address, int port)
{
    return port == 22 ? address : QStringLiteral("[%1]:%2").arg(address).arg(port);
}

bool KnownHostsFile::pin(const QString &path, const QString &address, int port,
                         const QStringList &keys, bool &changed, QString &error)
{
    const QString pattern = hostPattern(address, port);
    QStringList wanted;
    for (const QString &key : keys)
        wanted << key.simplified().section(QLatin1Char(' '), 0, 1);
    QStringList known = keysOf(path, address, port);
    wanted.sort();
    known.sort();
    if (wanted == known) {
        changed = false;
        return true;
    }
    QStringList lines;
    for (const QString &line : linesOf(path)) {
        if (!namesHost(line, pattern))
            lines << line;
    }
    for (const QString &key : keys) {
        const QStringList parts =
            key.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 2);
        if (parts.size() == 2)
            lines << pattern + QLatin1Char(' ') + parts.join(QLatin1Char(' '));
    }
    return save(path, lines, changed, error);
}

bool KnownHostsFile::forget(const QString &path, const QStringList &patterns, bool &changed,
                            QString &error)
{
    QStringList lines;
    for (const QString &line : linesOf(path)) {
        bool drop = false;
        for (const QString &p : patterns)
            drop = drop || namesHost(line, p);
        if (!drop)
            lines << line;
    }
    return save(path, lines, changed, error);
}

QStringList KnownHostsFile::keysOf(const QString &path, const QString &address, int port)
{
    const QString pattern = hostPattern(address, port);
    QStringList keys;
    for (const QString &line : linesOf(path)) {
        if (namesHost(line, pattern))
            keys << line.section(QLatin1Char(' '), 1, 2);
    }
    return keys;
}

} // namespace hive
