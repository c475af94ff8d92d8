#include "health/backup_health.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace hive {

QString BackupHealth::backupDir(const QString &contextDir)
{
    return contextDir + QStringLiteral("/backups");
}

QString BackupHealth::unlockKeyPath(const QString &contextDir)
{
    return contextDir + QStringLiteral("/swarm_unlock_key");
}

QList<HealthCheck> BackupHealth::check(const QString &contextDir, const QList<ProbedHost> &hives,
                                       const QDateTime &now)
{
    QList<HealthCheck> out;
    const QDir dir(backupDir(contextDir));
    QStringList managers;
    bool autolock = false;
    QString lockEvidence;
    for (const ProbedHost &h : hives) {
        const QJsonObject swarm =
            QJsonDocument::fromJson(h.section(QStringLiteral("swarm")).toUtf8()).object();
        if (!swarm.value(QStringLiteral("ControlAvailable")).toBool())
            continue;
        managers << h.host;
        const QJsonObject encryption = swarm.value(QStringLiteral("Cluster"))
                                           .toObject()
                                           .value(QStringLiteral("Spec"))
                                           .toObject()
                                           .value(QStringLiteral("EncryptionConfig"))
                                           .toObject();
        if (encryption.value(QStringLiteral("AutoLockManagers")).toBool())
            autolock = true;
        if (lockEvidence.isEmpty() && !encryption.isEmpty())
            lockEvidence = HealthCheck::evidenceOf(
                h.host, HostProbe::commandOf(QStringLiteral("swarm")),
                QStringLiteral("EncryptionConfig: ") +
                    QString::fromUtf8(QJsonDocument(encryption).toJson(QJsonDocument::Compact)));
    }
    // One backup of any manager restores the whole swarm (onto that host's
    // address), so the newest of them all is what counts.
    QStringList listing;
    QFileInfo newest;
    QString newestOf;
    for (const QString &m : std::as_const(managers)) {
        const QFileInfoList files = dir.entryInfoList({QStringLiteral("swarm-%1-*.tar.gz").arg(m)},
                                                      QDir::Files, QDir::Time);
        listing << (files.isEmpty() ? QStringLiteral("%1: %2").arg(m, tr("(none)"))
                                    : files.first().fileName());
        if (!files.isEmpty() &&
            (newestOf.isEmpty() || files.first().lastModified() > newest.lastModified())) {
            newest = files.first();
            newestOf = m;
        }
    }
    const QString evidence =
        QStringLiteral("ls -t %1/swarm-<manager>-*.tar.gz | head -1   # per manager\n%2")
            .arg(dir.path(), listing.join(QLatin1Char('\n')));
    if (!managers.isEmpty() && newestOf.isEmpty()) {
        out << HealthCheck{
            QStringLiteral("backups"),
            QStringLiteral("swarm"),
            HealthCheck::Severity::Warning,
            tr("no swarm backup of any manager (%1)").arg(managers.join(QStringLiteral(", "))),
            evidence,
            tr("Without a backup, losing every manager loses the swarm's "
               "services, networks and secrets (the outage where an automatic reboot took two of "
               "three control-plane nodes down at once). Run `hive backup`: "
               "it archives /var/lib/docker/swarm of the managers that are not "
               "the leader, one at a time, never costing the quorum."),
            {QStringLiteral("backup")}};
    } else if (!newestOf.isEmpty()) {
        const qint64 days = newest.lastModified().daysTo(now);
        out << HealthCheck{
            QStringLiteral("backups"),
            QStringLiteral("swarm"),
            days > 7 ? HealthCheck::Severity::Warning : HealthCheck::Severity::Ok,
            tr("newest swarm backup: %n day(s) old (%1)", nullptr, int(days)).arg(newestOf),
            evidence,
            days > 7 ? tr("Back up again: the swarm has changed since (`hive "
                          "backup`).")
                     : QString(),
            days > 7 ? QStringList{QStringLiteral("backup")} : QStringList()};
    }
    if (autolock) {
        const bool stored = QFileInfo::exists(unlockKeyPath(contextDir));
        out << HealthCheck{QStringLiteral("backups"),
                           QStringLiteral("autolock"),
                           stored ? HealthCheck::Severity::Ok : HealthCheck::Severity::Critical,
                           stored ? tr("autolock is on; the unlock key is stored")
                                  : tr("autolock is on and the unlock key is not stored: a "
                                       "restarted manager cannot be unlocked"),
                           lockEvidence,
                           stored ? QString()
                                  : tr("On a manager: `docker swarm unlock-key -q`, and keep it in "
                                       "%1 (mode 0600).")
                                        .arg(unlockKeyPath(contextDir)),
                           {}};
    } else if (!managers.isEmpty()) {
        out << HealthCheck{QStringLiteral("backups"),
                           QStringLiteral("autolock"),
                           HealthCheck::Severity::Ok,
                           tr("autolock is off: managers start without an unlock key"),
                           lockEvidence,
                           QString(),
                           {}};
    }
    return out;
}

} // namespace hive
