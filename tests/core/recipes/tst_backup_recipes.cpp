#include "recipes/backup_recipes.h"
#include "recipes/service_log_recipes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <csignal>

using namespace hive;

namespace {

Value str(const QString &s)
{
    return Value::string(s);
}

Value entry(const QList<QPair<QString, Value>> &fields)
{
    Value::Map m;
    for (const auto &[key, value] : fields)
        m.push_back({key, value, {}});
    return Value::map(m);
}

bool write(const QString &path, const QByteArray &content, bool executable = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return !executable || f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// hive-backup.sh and a service's backup script, run by the real sh: the
// task is this machine (a stand-in dexec runs the command here), the
// backups go to a real folder, and they come back.
class TestBackupRecipes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_task, m_home, m_scripts, m_status, m_bin;
    QProcessEnvironment m_extra;

    // What hive-backup.sh runs with: the test's home, scripts, status file and
    // stand-ins first on PATH, and what a test adds.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("HIVE_BACKUP_SCRIPTS"), m_scripts);
        env.insert(QStringLiteral("HIVE_BACKUP_STATUS"), m_status);
        env.insert(QStringLiteral("PATH"), m_bin + QLatin1Char(':') + env.value("PATH"));
        for (const QString &key : m_extra.keys())
            env.insert(key, m_extra.value(key));
        return env;
    }

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(m_bin + QStringLiteral("/hive-backup.sh"), args);
        if (!p.waitForFinished(30000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    Value webScripts()
    {
        const QString data = m_task + QStringLiteral("/data");
        const QString db = m_task + QStringLiteral("/db.txt");
        return Value::list(
            {entry({{QStringLiteral("name"), str(QStringLiteral("web-data"))},
                    {QStringLiteral("directory"), str(data)},
                    {QStringLiteral("cleanup_days_before"), Value::integer(3)}}),
             entry(
                 {{QStringLiteral("name"), str(QStringLiteral("db"))},
                  {QStringLiteral("ext"), str(QStringLiteral("txt"))},
                  {QStringLiteral("backup_command"), str(QStringLiteral("cat '%1'").arg(db))},
                  {QStringLiteral("restore_command"), str(QStringLiteral("cat > '%1'").arg(db))}}),
             entry({{QStringLiteral("batch_scripts"),
                     Value::list(
                         {str(QStringLiteral("echo vacuum >> '%1/batch.log'").arg(m_task))})}}),
             entry({{QStringLiteral("name"), str(QStringLiteral("dump"))},
                    {QStringLiteral("ext"), str(QStringLiteral("sql"))},
                    {QStringLiteral("backup_command"),
                     str(QStringLiteral("cp '%1' '%2/dump.sql'").arg(db, m_task))},
                    {QStringLiteral("backup_file"), str(m_task + QStringLiteral("/dump.sql"))},
                    {QStringLiteral("restore_command"),
                     str(QStringLiteral("cp '%1/in.sql' '%1/restored.sql'").arg(m_task))},
                    {QStringLiteral("restore_file"), str(m_task + QStringLiteral("/in.sql"))}})});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_task = m_dir.filePath(QStringLiteral("task"));
        m_home = m_dir.filePath(QStringLiteral("home"));
        m_scripts = m_dir.filePath(QStringLiteral("hive-backup.d"));
        m_status = m_dir.filePath(QStringLiteral("status"));
        m_bin = m_dir.filePath(QStringLiteral("bin"));
        for (const QString &d :
             {m_task + QStringLiteral("/data/sub"), m_home, m_scripts, m_status, m_bin})
            QVERIFY(QDir().mkpath(d));
        // dexec -n SERVICE COMMAND...: here, in this machine.
        QVERIFY(write(m_bin + QStringLiteral("/dexec"),
                      "#!/bin/sh\n[ \"$1\" = -n ] && shift\nshift\nexec \"$@\"\n", true));
        QVERIFY(
            write(m_bin + QStringLiteral("/hive-backup.sh"),
                  BackupRecipes::hiveBackupScript(m_dir.filePath(QStringLiteral("registry")),
                                                  QStringLiteral("true"), QStringLiteral("true")),
                  true));
        QByteArray script;
        QString error;
        QVERIFY2(BackupRecipes::serviceScript(QStringLiteral("web"), webScripts(), script, error),
                 qPrintable(error));
        QVERIFY(write(m_scripts + QStringLiteral("/web"), script, true));
    }

    void aBackupComesBack()
    {
        QVERIFY(write(m_task + QStringLiteral("/data/index.html"), "first\n"));
        QVERIFY(write(m_task + QStringLiteral("/data/sub/a.txt"), "a\n"));
        QVERIFY(write(m_task + QStringLiteral("/db.txt"), "rows 1\n"));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("-l"), QStringLiteral("web")}, &out, &err), 0);
        const QDir backups(m_home + QStringLiteral("/backup"));
        for (const QString &latest :
             {QStringLiteral("backup-web-data-latest.tar.gz"),
              QStringLiteral("backup-db-latest.txt"), QStringLiteral("backup-dump-latest.sql")})
            QVERIFY2(QFileInfo(backups.filePath(latest)).isSymLink(),
                     qPrintable(latest + QLatin1Char('\n') + out + err));
        QCOMPARE(read(backups.filePath(QStringLiteral("backup-db-latest.txt"))),
                 QByteArray("rows 1\n"));
        QCOMPARE(read(backups.filePath(QStringLiteral("backup-dump-latest.sql"))),
                 QByteArray("rows 1\n"));
        QCOMPARE(read(m_task + QStringLiteral("/batch.log")), QByteArray("vacuum\n"));
        QVERIFY(backups.entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
        QVERIFY(read(m_status + QStringLiteral("/web")).endsWith(" ok\n"));

        // Changed, then restored: the files as they were, nothing left over.
        QVERIFY(write(m_task + QStringLiteral("/data/index.html"), "changed\n"));
        QVERIFY(write(m_task + QStringLiteral("/data/new.txt"), "new\n"));
        QVERIFY(write(m_task + QStringLiteral("/db.txt"), "rows 2\n"));
        QCOMPARE(
            run({QStringLiteral("-r"), QStringLiteral("-l"), QStringLiteral("web")}, &out, &err),
            0);
        QCOMPARE(read(m_task + QStringLiteral("/data/index.html")), QByteArray("first\n"));
        QCOMPARE(read(m_task + QStringLiteral("/data/sub/a.txt")), QByteArray("a\n"));
        QVERIFY(!QFile::exists(m_task + QStringLiteral("/data/new.txt")));
        QVERIFY(!QFile::exists(m_task + QStringLiteral("/data/.hive-restore")));
        QCOMPARE(read(m_task + QStringLiteral("/db.txt")), QByteArray("rows 1\n"));
        QCOMPARE(read(m_task + QStringLiteral("/restored.sql")), QByteArray("rows 1\n"));
    }

    void aBrokenArchiveLeavesTheDataAsItWas()
    {
        const QString latest = m_home + QStringLiteral("/backup/backup-web-data-latest.tar.gz");
        const QString broken =
            m_home + QStringLiteral("/backup/backup-web-data-20260101000000.tar.gz");
        QVERIFY(write(broken, "not a tar archive"));
        QVERIFY(write(m_task + QStringLiteral("/data/index.html"), "kept\n"));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("-r"), QStringLiteral("-l"), QStringLiteral("web"),
                      QStringLiteral("-t"), QStringLiteral("20260101000000")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("restore of web-data failed"), err.constData());
        QCOMPARE(read(m_task + QStringLiteral("/data/index.html")), QByteArray("kept\n"));
        QVERIFY(!QFile::exists(m_task + QStringLiteral("/data/.hive-restore")));
        QVERIFY(QFileInfo(latest).isSymLink());
        QFile::remove(broken);
        // A time with no backup is named.
        QCOMPARE(run({QStringLiteral("-r"), QStringLiteral("-l"), QStringLiteral("web"),
                      QStringLiteral("-t"), QStringLiteral("20250101000000")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("no backup backup-web-data-20250101000000.tar.gz"), err.constData());
        QCOMPARE(run({QStringLiteral("-t"), QStringLiteral("yesterday")}, &out, &err), 2);
    }

    void aFailedBackupIsRecordedAndKeepsTheLatest()
    {
        const QString db = m_task + QStringLiteral("/db.txt");
        QVERIFY(QFile::rename(db, db + QStringLiteral(".away")));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("-l"), QStringLiteral("web")}, &out, &err), 1);
        QVERIFY2(err.contains("backup of db failed") && err.contains("failed for: web"),
                 err.constData());
        QVERIFY(read(m_status + QStringLiteral("/web")).endsWith(" failed\n"));
        QCOMPARE(read(m_home + QStringLiteral("/backup/backup-db-latest.txt")),
                 QByteArray("rows 1\n"));
        QVERIFY(QDir(m_home + QStringLiteral("/backup"))
                    .entryList({QStringLiteral("*.part")}, QDir::Files)
                    .isEmpty());
        QVERIFY(QFile::rename(db + QStringLiteral(".away"), db));
    }

    // Where Zabbix runs, its database is backed up too (pg_dump as
    // postgres), and restored in one transaction with the server stopped
    // meanwhile and started again whatever the restore did.
    void zabbixsDatabaseComesBack()
    {
        const QString db = m_task + QStringLiteral("/zabbix-db");
        const QString log = m_task + QStringLiteral("/systemctl.log");
        QVERIFY(write(m_task + QStringLiteral("/zabbix_server.conf"), "DBName=zabbix\n"));
        QVERIFY(write(
            m_bin + QStringLiteral("/sudo"),
            QStringLiteral(
                "#!/bin/sh\n[ \"$1\" = -n ] || exit 9\nshift\n"
                "case \"$*\" in\n"
                "'-u postgres pg_dump -Fc zabbix') cat '%1' ;;\n"
                "'-u postgres pg_restore --clean --if-exists --single-transaction -d zabbix')\n"
                "    in=$(cat); [ \"$in\" = broken ] && exit 1; printf '%s\\n' \"$in\" >'%1' ;;\n"
                "'systemctl stop zabbix-server' | 'systemctl start zabbix-server') echo \"$2\" "
                ">>'%2' ;;\n"
                "*) echo \"sudo: $*\" >&2; exit 1 ;;\n"
                "esac\n")
                .arg(db, log)
                .toUtf8(),
            true));
        m_extra.insert(QStringLiteral("HIVE_BACKUP_ZABBIX_CONF"),
                       m_task + QStringLiteral("/zabbix_server.conf"));
        QVERIFY(write(db, "problems and history\n"));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("-l"), QStringLiteral("hive-zabbix")}, &out, &err), 0);
        const QString backups = m_home + QStringLiteral("/backup/");
        QCOMPARE(read(backups + QStringLiteral("backup-hive-zabbix-latest.dump")),
                 QByteArray("problems and history\n"));
        QVERIFY(read(m_status + QStringLiteral("/hive-zabbix")).endsWith(" ok\n"));

        QVERIFY(write(db, "lost\n"));
        QCOMPARE(run({QStringLiteral("-r"), QStringLiteral("-l"), QStringLiteral("hive-zabbix")},
                     &out, &err),
                 0);
        QCOMPARE(read(db), QByteArray("problems and history\n"));
        QCOMPARE(read(log), QByteArray("stop\nstart\n"));

        // A broken dump: the database stays, the server starts again.
        QVERIFY(
            write(backups + QStringLiteral("backup-hive-zabbix-20260101000000.dump"), "broken"));
        QVERIFY(run({QStringLiteral("-r"), QStringLiteral("-l"), QStringLiteral("hive-zabbix"),
                     QStringLiteral("-t"), QStringLiteral("20260101000000")},
                    &out, &err) != 0);
        QVERIFY2(err.contains("restore of hive-zabbix"), err.constData());
        QCOMPARE(read(db), QByteArray("problems and history\n"));
        QCOMPARE(read(log), QByteArray("stop\nstart\nstop\nstart\n"));
        // A hang-up in the middle of the restore (a dropped SSH session):
        // the server is started again.
        QVERIFY(write(backups + QStringLiteral("backup-hive-zabbix-20260102000000.dump"), "slow"));
        QVERIFY(write(m_bin + QStringLiteral("/pg_slow"), "#!/bin/sh\nexec sleep 30\n", true));
        QVERIFY(write(m_bin + QStringLiteral("/sudo"),
                      read(m_bin + QStringLiteral("/sudo"))
                          .replace("in=$(cat); [ \"$in\" = broken ] && exit 1;",
                                   "in=$(cat); [ \"$in\" = broken ] && exit 1; "
                                   "[ \"$in\" = slow ] && exec pg_slow;"),
                      true));
        QProcess p;
        p.setProcessEnvironment(environment());
        // Its own process group, which the hang-up reaches whole (as sshd's).
        p.start(QStringLiteral("setsid"),
                {m_bin + QStringLiteral("/hive-backup.sh"), QStringLiteral("-r"),
                 QStringLiteral("-l"), QStringLiteral("hive-zabbix"), QStringLiteral("-t"),
                 QStringLiteral("20260102000000")});
        QVERIFY(p.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(read(log), QByteArray("stop\nstart\nstop\nstart\nstop\n"), 10000);
        ::kill(-pid_t(p.processId()), SIGHUP);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(read(log), QByteArray("stop\nstart\nstop\nstart\nstop\nstart\n"));
        QFile::remove(m_bin + QStringLiteral("/sudo"));
        m_extra.clear();
    }

    void oldBackupsGoAfterTheirDays()
    {
        const QString old =
            m_home + QStringLiteral("/backup/backup-web-data-20200101000000.tar.gz");
        QVERIFY(write(old, "old"));
        QProcess touch;
        touch.start(QStringLiteral("touch"),
                    {QStringLiteral("-d"), QStringLiteral("10 days ago"), old});
        QVERIFY(touch.waitForFinished(5000));
        QCOMPARE(run({QStringLiteral("-l"), QStringLiteral("web")}), 0);
        QVERIFY(!QFile::exists(old));
        QVERIFY(
            QFileInfo(m_home + QStringLiteral("/backup/backup-web-data-latest.tar.gz")).exists());
    }

    // hive-builder's own script (functions to source) is not run as if it
    // were a backup; a second run at once is refused.
    void foreignScriptsAndASecondRunAreRefused()
    {
        QVERIFY(write(m_scripts + QStringLiteral("/legacy"),
                      "#!/bin/bash\nfunction backup_legacy() { :; }\n", true));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("-l"), QStringLiteral("legacy")}, &out, &err), 1);
        QVERIFY2(err.contains("was not written by hive deploy-services"), err.constData());
        QVERIFY(read(m_status + QStringLiteral("/legacy")).endsWith(" failed\n"));
        QFile::remove(m_scripts + QStringLiteral("/legacy"));
        QProcess holder;
        holder.start(QStringLiteral("flock"), {m_home + QStringLiteral("/backup/.hive-backup.lock"),
                                               QStringLiteral("sleep"), QStringLiteral("5")});
        QVERIFY(holder.waitForStarted());
        QThread::msleep(300);
        QCOMPARE(run({QStringLiteral("-l"), QStringLiteral("web")}, &out, &err), 1);
        QVERIFY2(err.contains("another backup or restore is running"), err.constData());
        holder.kill();
        holder.waitForFinished();
    }

    void unknownServicesAreNamed()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("-l"), QStringLiteral("web,nope")}, &out, &err), 2);
        QVERIFY2(err.contains("nope has no backup scripts") && err.contains("web"),
                 err.constData());
    }

    void badEntriesAreRefusedNamingThem()
    {
        QByteArray out;
        QString error;
        QVERIFY(!BackupRecipes::serviceScript(
            QStringLiteral("db"),
            Value::list({entry({{QStringLiteral("name"), str(QStringLiteral("a b"))},
                                {QStringLiteral("directory"), str(QStringLiteral("/x"))}})}),
            out, error));
        QVERIFY2(error.contains(QLatin1String("service db: backup_scripts entry 1")) &&
                     error.contains(QLatin1String("a b")),
                 qPrintable(error));
        QVERIFY(!BackupRecipes::serviceScript(
            QStringLiteral("db"),
            Value::list({entry({{QStringLiteral("name"), str(QStringLiteral("x"))},
                                {QStringLiteral("directory"), str(QStringLiteral("/x"))},
                                {QStringLiteral("ext"), str(QStringLiteral("t;rm"))}})}),
            out, error));
        QVERIFY(error.contains(QLatin1String("ext")));
        QVERIFY(!BackupRecipes::serviceScript(
            QStringLiteral("db"),
            Value::list(
                {entry({{QStringLiteral("name"), str(QStringLiteral("x"))},
                        {QStringLiteral("directory"), str(QStringLiteral("/x"))},
                        {QStringLiteral("cleanup_days_before"), str(QStringLiteral("week"))}})}),
            out, error));
        QVERIFY(error.contains(QLatin1String("cleanup_days_before week")));
        QVERIFY(!BackupRecipes::serviceScript(QStringLiteral("db"), str(QStringLiteral("x")), out,
                                              error));
        QString timeError;
        QCOMPARE(BackupRecipes::onCalendar(QStringLiteral("3:05"), timeError),
                 QStringLiteral("*-*-* 03:05:00"));
        QVERIFY(BackupRecipes::onCalendar(QStringLiteral("25:00"), timeError).isEmpty());
        QVERIFY(timeError.contains(QLatin1String("HH:MM")));
    }

    void errorLinesBecomeAnRsyslogRule()
    {
        QByteArray rule;
        QString error;
        QVERIFY(ServiceLogRecipes::rule(
            QStringLiteral("fetcher"),
            Value::list({str(QStringLiteral("cannot fetch")), str(QStringLiteral("Trace[a-z]+"))}),
            Value::list({str(QStringLiteral("timed out"))}), rule, error));
        QVERIFY2(rule.contains("if $programname == 'fetcher' then {") &&
                     rule.contains("not (re_match($msg, 'timed out')) and") &&
                     rule.contains("(re_match($msg, 'cannot fetch') or") &&
                     rule.contains("file=\"/var/log/service-error.log\""),
                 rule.constData());
        // hive-builder's `ignore_error: true` ignores nothing.
        QVERIFY(ServiceLogRecipes::rule(QStringLiteral("fetcher"),
                                        Value::list({str(QStringLiteral("x"))}),
                                        Value::boolean(true), rule, error));
        QVERIFY(!rule.contains("not ("));
        QVERIFY(ServiceLogRecipes::rule(QStringLiteral("fetcher"), Value(), Value(), rule, error));
        QVERIFY(rule.isEmpty());
        QVERIFY(ServiceLogRecipes::change(QStringLiteral("fetcher"), rule)
                    .apply.contains(QLatin1String("rm -f /etc/rsyslog-services.d/fetcher.conf")));
        QVERIFY(!ServiceLogRecipes::rule(QStringLiteral("fetcher"),
                                         Value::list({str(QStringLiteral("it's"))}), Value(), rule,
                                         error));
        QVERIFY2(error.contains(QLatin1String("monitor_error pattern \"it's\"")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBackupRecipes)
#include "tst_backup_recipes.moc"
