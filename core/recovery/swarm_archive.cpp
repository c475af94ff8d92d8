#include "recovery/swarm_archive.h"

#include "health/backup_health.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace hive {

namespace {
const char kStampFormat[] = "yyyyMMdd'T'HHmmss'Z'";
const char kSuffix[] = ".tar.gz";
} // namespace

QString SwarmArchive::fileName(const QString &host, const QString &engineVersion,
                               const QDateTime &takenAt)
{
    QString engine = engineVersion;
    engine.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("swarm-%1-%2-%3%4")
        .arg(host, engine.isEmpty() ? QStringLiteral("unknown") : engine,
             takenAt.toUTC().toString(QString::fromLatin1(kStampFormat)),
             QString::fromLatin1(kSuffix));
}

bool SwarmArchive::parse(const QString &fileName, const QStringList &hosts, SwarmArchive &out)
{
    const QString suffix = QString::fromLatin1(kSuffix);
    if (!fileName.endsWith(suffix))
        return false;
    const QString base = fileName.chopped(suffix.size());
    // The longest host name that fits: "p-hive1" must not claim "p-hive10-…".
    QString host;
    for (const QString &h : hosts) {
        if (base.startsWith(QStringLiteral("swarm-%1-").arg(h)) && h.size() > host.size())
            host = h;
    }
    if (host.isEmpty())
        return false;
    const QString rest = base.mid(QStringLiteral("swarm-%1-").arg(host).size());
    const int dash = int(rest.lastIndexOf(QLatin1Char('-')));
    if (dash <= 0)
        return false;
    QDateTime at = QDateTime::fromString(rest.mid(dash + 1), QString::fromLatin1(kStampFormat));
    if (!at.isValid())
        return false;
    at.setTimeSpec(Qt::UTC);
    out.host = host;
    out.engineVersion = rest.left(dash);
    out.takenAt = at;
    out.path = fileName;
    return true;
}

QList<SwarmArchive> SwarmArchive::list(const QString &contextDir, const QStringList &hosts)
{
    QList<SwarmArchive> out;
    const QDir dir(BackupHealth::backupDir(contextDir));
    for (const QString &name :
         dir.entryList({QStringLiteral("swarm-*") + QString::fromLatin1(kSuffix)}, QDir::Files)) {
        SwarmArchive a;
        if (parse(name, hosts, a)) {
            a.path = dir.filePath(name);
            out << a;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const SwarmArchive &a, const SwarmArchive &b) { return a.takenAt > b.takenAt; });
    return out;
}

QStringList SwarmArchive::prune(const QString &contextDir, const QStringList &hosts, int keep)
{
    QStringList removed;
    QHash<QString, int> kept;
    for (const SwarmArchive &a : list(contextDir, hosts)) {
        if (++kept[a.host] <= keep)
            continue;
        if (QFile::remove(a.path))
            removed << QFileInfo(a.path).fileName();
    }
    return removed;
}

} // namespace hive
