#include "recipes/backup_recipes.h"

#include "recipes/setup_host_context.h"
#include "remote/shell_command.h"

#include <QRegularExpression>

namespace hive {

namespace {

const QString kScript = QStringLiteral("/usr/local/bin/hive-backup.sh");

// The part of hive-backup.sh that is the same everywhere. @REGISTRY@,
// @STOP@ and @START@ are the registry's data directory and how its service
// stops and starts on this OS.
const char kHiveBackup[] = R"SH(#!/bin/sh
# Written by hive setup-hosts (backup-tools): the services' data backups.
#   hive-backup.sh [-r] [-l SERVICE,...] [-t STAMP]
# Backs up every service with backup_scripts, the registry (hive-registry)
# and Zabbix's database where it runs (hive-zabbix), into ~/backup as backup-<name>-<time>.<ext>, with
# backup-<name>-latest.<ext> pointing at the newest. -r restores instead
# (the latest, or with -t the backup of that time, YYYYmmddHHMMSS); -l names
# the services. The nightly run is hive-backup.timer.
set -u
me=${0##*/}
scripts=${HIVE_BACKUP_SCRIPTS:-/var/lib/hive-backup.d}
status=${HIVE_BACKUP_STATUS:-/var/lib/hive-backup/status}
mode=backup only= stamp=
usage() { echo "usage: $me [-r] [-l SERVICE,...] [-t YYYYmmddHHMMSS]" >&2; exit 2; }
while getopts rl:t:h o; do
    case $o in
    r) mode=restore ;;
    l) only=$(printf '%s' "$OPTARG" | tr ',' ' ') ;;
    t) stamp=$OPTARG ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || usage
case $stamp in
'' | [0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]) ;;
*) echo "$me: -t takes the time of a backup as YYYYmmddHHMMSS" >&2; exit 2 ;;
esac
zabbix_conf=${HIVE_BACKUP_ZABBIX_CONF:-/etc/zabbix/zabbix_server.conf}
all="hive-registry"
[ -e "$zabbix_conf" ] && all="$all hive-zabbix"
all="$all $(ls "$scripts" 2>/dev/null | tr '\n' ' ')"
for t in ${only:-}; do
    case " $all " in
    *" $t "*) ;;
    *) echo "$me: $t has no backup scripts (these have: $all)" >&2; exit 2 ;;
    esac
done
dir=${HIVE_BACKUP_DIR:-$HOME/backup}
mkdir -p "$dir" && cd "$dir" || exit 1
# One run at a time: a backup taken halfway through a restore must not
# become the latest.
exec 9>"$dir/.hive-backup.lock"
flock -n 9 || { echo "ERROR: $me: another backup or restore is running" >&2; exit 1; }
# backup_to NAME EXT COMMAND...: what COMMAND prints becomes
# backup-NAME-<time>.EXT (as .part until it is whole) and the latest one;
# backups older than 7 days go.
backup_to() {
    name=$1 ext=$2
    shift 2
    f="backup-$name-$(date +%Y%m%d%H%M%S).$ext"
    if "$@" >"$f.part"; then
        mv "$f.part" "$f" && ln -sfn "$f" "backup-$name-latest.$ext" &&
            echo "INFO: $me: $name into $f"
    else
        rm -f "$f.part"
        echo "ERROR: $me: backup of $name failed" >&2
        return 1
    fi
    find . -maxdepth 1 -type f -name "backup-$name-*.$ext" -daystart -mtime +7 \
        -exec rm -f {} +
}
registry() {
    name=hive-registry
    if [ "$1" = backup ]; then
        backup_to "$name" tar.gz sudo -n tar czf - -C @REGISTRY@ .
        return
    fi
    f="backup-$name-${2:-latest}.tar.gz"
    [ -r "$f" ] || { echo "ERROR: $me: no backup $f to restore $name from" >&2; return 1; }
    # Unpacked beside the registry's data first: a broken archive leaves it as it was.
    sudo -n sh -c 'set -e; d=$1; rm -rf "$d.restore"; mkdir "$d.restore"
        tar xzf - -C "$d.restore"; chown --reference="$d" "$d.restore"
        chmod --reference="$d" "$d.restore"; '"@STOP@"'
        mv "$d" "$d.before-restore"; mv "$d.restore" "$d"; '"@START@"'
        rm -rf "$d.before-restore"' sh @REGISTRY@ <"$f" || {
        echo "ERROR: $me: restore of $name from $f failed" >&2
        return 1
    }
    echo "INFO: $me: $name restored from $f"
}
# Zabbix's database (configuration, history, problems), dumped by
# PostgreSQL; restored in one transaction, the server stopped meanwhile.
zabbix() {
    name=hive-zabbix
    if [ "$1" = backup ]; then
        backup_to "$name" dump sudo -n -u postgres pg_dump -Fc zabbix
        return
    fi
    f="backup-$name-${2:-latest}.dump"
    [ -r "$f" ] || { echo "ERROR: $me: no backup $f to restore $name from" >&2; return 1; }
    # Started again whatever happens, a hang-up or Ctrl-C included.
    trap 'sudo -n systemctl start zabbix-server; exit 1' HUP INT TERM
    sudo -n systemctl stop zabbix-server
    sudo -n -u postgres pg_restore --clean --if-exists --single-transaction -d zabbix <"$f"
    rc=$?
    trap - HUP INT TERM
    sudo -n systemctl start zabbix-server
    [ $rc -eq 0 ] || { echo "ERROR: $me: restore of $name from $f failed" >&2; return 1; }
    echo "INFO: $me: $name restored from $f"
}
failed=
for t in ${only:-$all}; do
    echo "INFO: $me: $mode of $t"
    if [ "$t" = hive-registry ]; then
        registry "$mode" "$stamp"
    elif [ "$t" = hive-zabbix ]; then
        zabbix "$mode" "$stamp"
    elif ! grep -qs '^# Written by hive deploy-services' "$scripts/$t"; then
        # hive-builder's scripts only define functions to be sourced.
        echo "ERROR: $me: $scripts/$t was not written by hive deploy-services (run it)" >&2
        false
    else
        "$scripts/$t" "$mode" "$stamp"
    fi
    if [ $? -eq 0 ]; then result=ok; else result=failed; failed="$failed $t"; fi
    if [ "$mode" = backup ]; then
        printf '%s %s\n' "$(date +%s)" "$result" >"$status/.$t" && mv "$status/.$t" "$status/$t"
    fi
    cd "$dir" || exit 1
done
if [ -n "$failed" ]; then
    echo "ERROR: $me: $mode failed for:$failed" >&2
    exit 1
fi
)SH";

// A service's script: its functions are filled in from backup_scripts.
const char kServiceHead[] = R"SH(#!/bin/sh
# Written by hive deploy-services: the backup_scripts of service @SERVICE@.
#   @SERVICE@ backup|restore [STAMP]   (run by hive-backup.sh in ~/backup)
# Commands run inside the first running task of the service (dexec -n).
set -u
service=@SERVICE@
mode=${1:-} at=${2:-}
stamp=$(date +%Y%m%d%H%M%S)
failed=0
info() { echo "INFO: $service: $*"; }
fail() { echo "ERROR: $service: $*" >&2; failed=1; }
in_task() { dexec -n "$service" sh -c "$1"; }
# keep NAME EXT: the new backup-NAME-<stamp>.EXT.part becomes the backup
# and the latest one, or goes when it failed.
keep() {
    f="backup-$1-$stamp.$2"
    if [ "$3" -eq 0 ]; then
        mv "$f.part" "$f" && ln -sfn "$f" "backup-$1-latest.$2" && info "$1 into $f"
    else
        rm -f "$f.part"
        fail "backup of $1 failed"
    fi
}
# source_of NAME EXT: the backup a restore reads.
source_of() {
    f="backup-$1-${at:-latest}.$2"
    [ -r "$f" ] || { echo "ERROR: $service: no backup $f to restore $1 from" >&2; return 1; }
    echo "$f"
}
)SH";

const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"));
const QRegularExpression kExt(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.]{0,19}$"));

// What restores a directory in a task: unpacked into a folder inside it
// first, so a broken archive leaves the data as it was; then what was there
// goes and the unpacked files take its place.
QString restoreDirectory(const QString &directory)
{
    const QString d = ShellCommand::quote(directory);
    return QStringLiteral("set -e; cd %1; rm -rf .hive-restore; mkdir .hive-restore; "
                          "if ! tar xzf - -C .hive-restore; then rm -rf .hive-restore; exit 1; fi; "
                          "find . -mindepth 1 -maxdepth 1 ! -name .hive-restore -exec rm -rf {} +; "
                          "find .hive-restore -mindepth 1 -maxdepth 1 -exec mv {} . \\;; "
                          "rmdir .hive-restore")
        .arg(d);
}
} // namespace

QString BackupRecipes::onCalendar(const QString &time, QString &error)
{
    static const QRegularExpression hhmm(QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch m = hhmm.match(time);
    if (!m.hasMatch()) {
        error = tr("hive_backup_time %1 is not a time of day as HH:MM (01:00)").arg(time);
        return {};
    }
    return QStringLiteral("*-*-* %1:%2:00")
        .arg(m.captured(1).rightJustified(2, QLatin1Char('0')), m.captured(2));
}

QByteArray BackupRecipes::hiveBackupScript(const QString &registryData, const QString &registryStop,
                                           const QString &registryStart)
{
    return QString::fromUtf8(kHiveBackup)
        .replace(QStringLiteral("@REGISTRY@"), ShellCommand::quote(registryData))
        .replace(QStringLiteral("@STOP@"), registryStop)
        .replace(QStringLiteral("@START@"), registryStart)
        .toUtf8();
}

QList<HostChange> BackupRecipes::tools(const SetupHostContext &c)
{
    QList<HostChange> out;
    const bool rhel = c.facts.isRhel();
    const QString registryData =
        rhel ? QStringLiteral("/var/lib/docker/volumes/registry_regdata/_data")
             : QStringLiteral("/var/lib/docker-registry");
    out << HostChange::file(
        QStringLiteral("hive-backup.sh (the services' data backups)"), kScript,
        hiveBackupScript(registryData,
                         rhel ? QStringLiteral("docker stop registry >/dev/null")
                              : QStringLiteral("systemctl stop docker-registry"),
                         rhel ? QStringLiteral("docker start registry >/dev/null")
                              : QStringLiteral("systemctl start docker-registry")),
        0755);
    const QString admin = ShellCommand::quote(c.adminUser);
    out << HostChange::command(
        QStringLiteral("backup folders (scripts, and the status %1 writes)").arg(c.adminUser),
        QStringLiteral("[ -d %1 ] && [ \"$(stat -c %U %2)\" = %3 ]")
            .arg(scriptsDir(), statusDir(), admin),
        QStringLiteral("install -d -m 0755 %1 && install -d -m 0755 -o %3 -g \"$(id -gn %3)\" "
                       "/var/lib/hive-backup %2")
            .arg(scriptsDir(), statusDir(), admin));
    QString error;
    QString calendar = onCalendar(c.var(QStringLiteral("hive_backup_time")).isEmpty()
                                      ? QStringLiteral("01:00")
                                      : c.var(QStringLiteral("hive_backup_time")),
                                  error);
    if (calendar.isEmpty())
        calendar = QStringLiteral("*-*-* 01:00:00"); // the plan refused it already
    const QString reload = QStringLiteral("systemctl daemon-reload");
    out << HostChange::file(QStringLiteral("hive-backup.service"),
                            QStringLiteral("/etc/systemd/system/hive-backup.service"),
                            QStringLiteral("# Written by hive setup-hosts (backup-tools).\n"
                                           "[Unit]\n"
                                           "Description=The hive's data backups (hive-backup.sh)\n"
                                           "\n"
                                           "[Service]\n"
                                           "Type=oneshot\n"
                                           "User=%1\n"
                                           "WorkingDirectory=~\n"
                                           "ExecStart=%2\n")
                                .arg(c.adminUser, kScript)
                                .toUtf8(),
                            0644, reload);
    out << HostChange::file(QStringLiteral("hive-backup.timer: every night at %1")
                                .arg(calendar.section(QLatin1Char(' '), 1)),
                            QStringLiteral("/etc/systemd/system/hive-backup.timer"),
                            QStringLiteral("# Written by hive setup-hosts (backup-tools).\n"
                                           "[Unit]\n"
                                           "Description=The hive's nightly data backups\n"
                                           "\n"
                                           "[Timer]\n"
                                           "OnCalendar=%1\n"
                                           "Persistent=true\n"
                                           "\n"
                                           "[Install]\n"
                                           "WantedBy=timers.target\n")
                                .arg(calendar)
                                .toUtf8(),
                            0644, reload);
    out << HostChange::command(
        QStringLiteral("hive-backup.timer enabled"),
        QStringLiteral("systemctl is-enabled -q hive-backup.timer && "
                       "systemctl is-active -q hive-backup.timer"),
        QStringLiteral(
            "systemctl daemon-reload && systemctl enable -q --no-reload --now hive-backup.timer"));
    // A site hive-builder built has its own timer running its own script.
    out << HostChange::command(
        QStringLiteral("hive-builder's backup.timer stopped (hive-backup.timer replaces it)"),
        QStringLiteral("! systemctl is-enabled -q backup.timer 2>/dev/null || ! grep -qs "
                       "hive-backup.sh /usr/lib/systemd/system/backup.service"),
        QStringLiteral("systemctl disable -q --now backup.timer"));
    return out;
}

bool BackupRecipes::serviceScript(const QString &service, const Value &backupScripts,
                                  QByteArray &out, QString &error)
{
    if (!backupScripts.isList()) {
        error = tr("service %1: backup_scripts must be a list of scripts").arg(service);
        return false;
    }
    QString backup, restore;
    int index = 0;
    for (const Value &e : backupScripts.items()) {
        ++index;
        const QString where = tr("service %1: backup_scripts entry %2").arg(service).arg(index);
        if (!e.isMap()) {
            error = tr("%1 is not a map of name, directory, backup_command, …").arg(where);
            return false;
        }
        auto text = [&e](const char *key) { return e.value(QLatin1String(key)).text(); };
        for (const Value &item : e.value(QStringLiteral("batch_scripts")).items()) {
            const QString batch = item.text();
            backup += QStringLiteral("    info %1\n    in_task %2 >&2 || fail %3\n")
                          .arg(ShellCommand::quote(tr("batch: %1").arg(batch)),
                               ShellCommand::quote(batch),
                               ShellCommand::quote(tr("batch failed: %1").arg(batch)));
        }
        const QString directory = text("directory");
        const QString command = text("backup_command");
        if (directory.isEmpty() && command.isEmpty())
            continue; // batch_scripts only
        const QString name = text("name");
        if (!kName.match(name).hasMatch()) {
            error = name.isEmpty()
                        ? tr("%1 has no name (backup-<name>-<time>.<ext>)").arg(where)
                        : tr("%1: name %2 may hold letters, digits, '.', '_' and '-' only")
                              .arg(where, name);
            return false;
        }
        QString ext = text("ext");
        if (ext.isEmpty())
            ext = QStringLiteral("tar.gz");
        if (!kExt.match(ext).hasMatch()) {
            error = tr("%1: ext %2 may hold letters, digits and '.' only").arg(where, ext);
            return false;
        }
        const QString n = ShellCommand::quote(name), x = ShellCommand::quote(ext);
        const QString part = QStringLiteral("\"backup-%1-$stamp.%2.part\"").arg(name, ext);
        const QString backupFile = text("backup_file");
        if (!command.isEmpty() && !backupFile.isEmpty())
            backup += QStringLiteral("    in_task %1 >&2 && dexec -n \"$service\" cat %2 >%3\n")
                          .arg(ShellCommand::quote(command), ShellCommand::quote(backupFile), part);
        else if (!command.isEmpty())
            backup +=
                QStringLiteral("    in_task %1 >%2\n").arg(ShellCommand::quote(command), part);
        else
            backup += QStringLiteral("    in_task %1 >%2\n")
                          .arg(ShellCommand::quote(QStringLiteral("cd %1 && tar czf - .")
                                                       .arg(ShellCommand::quote(directory))),
                               part);
        backup += QStringLiteral("    keep %1 %2 $?\n").arg(n, x);
        const Value days = e.value(QStringLiteral("cleanup_days_before"));
        if (!days.isNull()) {
            bool ok = false;
            const int d = days.scalarText().toInt(&ok);
            if (!ok || d < 0) {
                error = tr("%1: cleanup_days_before %2 is not a number of days")
                            .arg(where, days.scalarText());
                return false;
            }
            backup += QStringLiteral("    find . -maxdepth 1 -type f -name %1 -daystart -mtime +%2 "
                                     "-exec rm -f {} +\n")
                          .arg(ShellCommand::quote(QStringLiteral("backup-%1-*.%2").arg(name, ext)))
                          .arg(d);
        }
        const QString restoreCommand = text("restore_command");
        const QString restoreFile = text("restore_file");
        QString put;
        if (!restoreCommand.isEmpty() && !restoreFile.isEmpty())
            put = QStringLiteral("in_task %1 <\"$f\" && in_task %2")
                      .arg(ShellCommand::quote(
                               QStringLiteral("cat > %1").arg(ShellCommand::quote(restoreFile))),
                           ShellCommand::quote(restoreCommand));
        else if (!restoreCommand.isEmpty())
            put = QStringLiteral("in_task %1 <\"$f\"").arg(ShellCommand::quote(restoreCommand));
        else if (!directory.isEmpty())
            put = QStringLiteral("in_task %1 <\"$f\"")
                      .arg(ShellCommand::quote(restoreDirectory(directory)));
        if (put.isEmpty()) {
            restore += QStringLiteral("    info %1\n")
                           .arg(ShellCommand::quote(
                               tr("%1 has no restore_command: not restored").arg(name)));
            continue;
        }
        restore += QStringLiteral("    if f=$(source_of %1 %2); then\n"
                                  "        if %3; then info %4; else fail %5; fi\n"
                                  "    else\n"
                                  "        failed=1\n"
                                  "    fi\n")
                       .arg(n, x, put,
                            ShellCommand::quote(tr("%1 restored from").arg(name)) +
                                QStringLiteral(" \"$f\""),
                            ShellCommand::quote(tr("restore of %1 failed").arg(name)));
    }
    out = QString::fromUtf8(kServiceHead)
              .replace(QStringLiteral("@SERVICE@"), ShellCommand::quote(service))
              .toUtf8();
    out += QStringLiteral("backup() {\n    :\n%1}\nrestore() {\n    :\n%2}\n"
                          "case $mode in\n"
                          "backup) backup ;;\n"
                          "restore) restore ;;\n"
                          "*) echo \"usage: $0 backup|restore [STAMP]\" >&2; exit 2 ;;\n"
                          "esac\n"
                          "exit $failed\n")
               .arg(backup, restore)
               .toUtf8();
    return true;
}

} // namespace hive
