#pragma once

#include "data/value.h"
#include "recipes/host_change.h"

#include <QCoreApplication>
#include <QList>

namespace hive {

struct SetupHostContext;

// The services' data backups on the repository server, as hive-builder's
// backup-tools and service-backup roles take them (manual 8.2.3, 12.2.1;
// its backup.rst): `hive-backup.sh [-r] [-l SERVICE,...] [-t STAMP]` backs
// up (or restores) every service with backup_scripts and the registry
// (hive-registry) into the admin's ~/backup as backup-<name>-<time>.<ext>,
// with backup-<name>-latest.<ext> pointing at the newest; a systemd timer
// runs it every night (hive_backup_time, 01:00). Each service's part is a
// script of its own in /var/lib/hive-backup.d/, written by deploy-services
// from its backup_scripts, which runs its commands inside a running task
// of the service (dexec). Each run's outcome per service is kept in
// /var/lib/hive-backup/status/<service> ("<epoch> ok|failed") for the doctor.
class BackupRecipes
{
    Q_DECLARE_TR_FUNCTIONS(hive::BackupRecipes)
public:
    static QString scriptsDir() { return QStringLiteral("/var/lib/hive-backup.d"); }
    static QString statusDir() { return QStringLiteral("/var/lib/hive-backup/status"); }

    // setup-hosts' backup-tools step (repository server): hive-backup.sh,
    // the directories, the nightly timer; hive-builder's own timer of a site
    // it built is stopped (it would back up a second time).
    static QList<HostChange> tools(const SetupHostContext &c);
    // hive-backup.sh itself; `registryData` is where the registry keeps its
    // blobs on this host, `registryUnit` how it is stopped and started.
    static QByteArray hiveBackupScript(const QString &registryData, const QString &registryStop,
                                       const QString &registryStart);
    // A service's script for /var/lib/hive-backup.d/<service>, from its
    // backup_scripts: `<script> backup|restore [STAMP]`. False with the error
    // naming the entry and key when one cannot be used.
    static bool serviceScript(const QString &service, const Value &backupScripts, QByteArray &out,
                              QString &error);
    // hive_backup_time ("01:00") as systemd's OnCalendar, or empty with the
    // error when it is not HH:MM.
    static QString onCalendar(const QString &time, QString &error);
};

} // namespace hive
