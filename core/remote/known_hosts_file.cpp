#include "remote/known_hosts_file.h"

#include "project/context_file.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>

namespace hive {

namespace {

// Serialises the read-modify-write of every change (see the header):
// between threads of this process, then between processes (the app and
// a `hive` in a terminal) with a lock file beside it.
QMutex &changeLock()
{
    static QMutex lock;
    return lock;
}

class ChangeLock
{
public:
    explicit ChangeLock(const QString &path)
        : m_threads(&changeLock()), m_processes(path + QStringLiteral(".lock"))
    {
        QDir().mkpath(QFileInfo(path).path());
        m_processes.setStaleLockTime(30000);
        m_processes.lock();
    }

private:
    QMutexLocker<QMutex> m_threads;
    QLockFile m_processes;
};

QStringList linesOf(const QString &path)
{
    return QString::fromUtf8(ContextFile::read(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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
    const ChangeLock locked(path);
    const QString pattern = hostPattern(address, port);
    QStringList wanted; // "type base64", without comments
    for (const QString &key : keys) {
        const QString typeAndKey = key.simplified().section(QLatin1Char(' '), 0, 1);
        if (typeAndKey.contains(QLatin1Char(' ')))
            wanted << typeAndKey;
    }
    QStringList sortedWanted = wanted;
    QStringList known = keysOf(path, address, port);
    sortedWanted.sort();
    known.sort();
    if (sortedWanted == known) {
        changed = false;
        return true;
    }
    QStringList lines;
    for (const QString &line : linesOf(path)) {
        if (!namesHost(line, pattern))
            lines << line;
    }
    for (const QString &key : wanted)
        lines << pattern + QLatin1Char(' ') + key;
    return save(path, lines, changed, error);
}

bool KnownHostsFile::record(const QString &path, const QString &address, int port,
                            const QString &key, QString &error)
{
    const ChangeLock locked(path);
    if (!keysOf(path, address, port).isEmpty())
        return true;
    QStringList lines = linesOf(path);
    lines << hostPattern(address, port) + QLatin1Char(' ') +
                 key.simplified().section(QLatin1Char(' '), 0, 1);
    bool changed = false;
    return save(path, lines, changed, error);
}

bool KnownHostsFile::forget(const QString &path, const QStringList &patterns, bool &changed,
                            QString &error)
{
    const ChangeLock locked(path);
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
