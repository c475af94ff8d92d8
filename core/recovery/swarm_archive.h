#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

// One backup of a manager's /var/lib/docker/swarm, kept in the context dir
// (BackupHealth::backupDir) as swarm-<host>-<engine version>-<UTC time>.tar.gz (mode 0600: it
// holds the swarm's keys). The name says what a restore needs: the host
// whose address the archive belongs to and the engine that wrote it.
struct SwarmArchive
{
    QString path;
    QString host;
    QString engineVersion;
    QDateTime takenAt; // UTC

    static QString fileName(const QString &host, const QString &engineVersion,
                            const QDateTime &takenAt);
    // False when the name is not an archive of one of `hosts`.
    static bool parse(const QString &fileName, const QStringList &hosts, SwarmArchive &out);
    // The archives of these hosts, newest first.
    static QList<SwarmArchive> list(const QString &contextDir, const QStringList &hosts);
    // Keeps the newest `keep` archives of each host and removes the older
    // ones; returns the removed file names.
    static QStringList prune(const QString &contextDir, const QStringList &hosts, int keep);
};

} // namespace hive
