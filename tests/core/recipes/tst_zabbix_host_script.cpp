// hive-zabbix-host, the script the template "Hive host" asks through each
// server's agent, run by the real sh and awk. drbdadm, sudo and systemctl
// are stand-ins that print what the real ones print (DRBD 9's `drbdadm
// status`, systemd's `list-units --plain`), since neither DRBD nor systemd
// runs here.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char kStatus[] = "data role:Primary\n"
                       "  disk:UpToDate\n"
                       "  p-hive1 role:Secondary\n"
                       "    peer-disk:UpToDate\n"
                       "\n"
                       "mail role:Secondary\n"
                       "  disk:Inconsistent\n"
                       "  p-hive0 connection:StandAlone\n"
                       "\n"
                       "thin role:Secondary\n"
                       "  disk:Diskless client:yes\n"
                       "  p-hive2 role:Primary\n"
                       "    peer-disk:UpToDate\n";

} // namespace

class TstZabbixHostScript : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_script;

    void stub(const QString &name, const QByteArray &body)
    {
        QFile f(m_dir.filePath(QStringLiteral("bin/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n" + body);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    int run(const QStringList &args, QString &out, QString &err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   m_dir.filePath(QStringLiteral("bin")) + QStringLiteral(":/usr/bin:/bin"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"), QStringList{m_script} + args);
        p.waitForFinished(10000);
        out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
        m_script = m_dir.filePath(QStringLiteral("hive-zabbix-host"));
        QVERIFY(QFile::copy(QStringLiteral(HIVE_SOURCE_DIR "/resources/zabbix/hive-zabbix-host.sh"),
                            m_script));
        QFile status(m_dir.filePath(QStringLiteral("status")));
        QVERIFY(status.open(QIODevice::WriteOnly));
        status.write(kStatus);
        status.close();
        // sudo must be asked without a password, for `drbdadm status` alone.
        stub(QStringLiteral("sudo"),
             "[ \"$1\" = -n ] && [ \"$2\" = drbdadm ] && [ \"$3\" = status ] && [ $# -eq 3 ] "
             "|| { echo \"sudo: not allowed: $*\" >&2; exit 1; }\nshift; exec \"$@\"\n");
        stub(QStringLiteral("drbdadm"), "[ -e \"$(dirname \"$0\")/../status\" ] || exit 10\ncat "
                                        "\"$(dirname \"$0\")/../status\"\n");
        stub(QStringLiteral("systemctl"),
             "[ \"$*\" = 'list-units --state=failed --no-legend --plain' ] || exit 9\n"
             "cat \"$(dirname \"$0\")/../failed\" 2>/dev/null\n");
    }

    void discoversEveryResource()
    {
        QString out, err;
        QCOMPARE(run({QStringLiteral("drbd-discovery")}, out, err), 0);
        const QJsonArray found = QJsonDocument::fromJson(out.toUtf8()).array();
        QStringList names;
        for (const QJsonValue &v : found)
            names << v.toObject().value(QStringLiteral("{#RESOURCE}")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("data"), QStringLiteral("mail"),
                                     QStringLiteral("thin")}));
    }

    void readsEachResourcesDiskAndPeer_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("disk");
        QTest::addColumn<QString>("peer");
        QTest::newRow("replicating") << "data"
                                     << "UpToDate"
                                     << "Connected";
        QTest::newRow("split brain") << "mail"
                                     << "Inconsistent"
                                     << "StandAlone";
        QTest::newRow("diskless client") << "thin"
                                         << "Diskless"
                                         << "Connected";
    }

    void readsEachResourcesDiskAndPeer()
    {
        QFETCH(QString, resource);
        QFETCH(QString, disk);
        QFETCH(QString, peer);
        QString out, err;
        QCOMPARE(run({QStringLiteral("drbd-disk"), resource}, out, err), 0);
        QCOMPARE(out, disk);
        QCOMPARE(run({QStringLiteral("drbd-peer"), resource}, out, err), 0);
        QCOMPARE(out, peer);
    }

    void anUnknownResourceIsNoValue()
    {
        QString out, err;
        QVERIFY(run({QStringLiteral("drbd-disk"), QStringLiteral("nosuch")}, out, err) != 0);
        QVERIFY2(err.contains(QLatin1String("nosuch")), qPrintable(err));
        QVERIFY(out.isEmpty());
    }

    void noDrbdIsAnEmptyDiscovery()
    {
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("status")),
                              m_dir.filePath(QStringLiteral("status.off"))));
        QString out, err;
        QCOMPARE(run({QStringLiteral("drbd-discovery")}, out, err), 0);
        QCOMPARE(out, QStringLiteral("[]"));
        QVERIFY(run({QStringLiteral("drbd-peer"), QStringLiteral("data")}, out, err) != 0);
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("status.off")),
                              m_dir.filePath(QStringLiteral("status"))));
    }

    void namesTheFailedUnits()
    {
        QString out, err;
        QCOMPARE(run({QStringLiteral("units-failed")}, out, err), 0);
        QCOMPARE(out, QString());
        QFile failed(m_dir.filePath(QStringLiteral("failed")));
        QVERIFY(failed.open(QIODevice::WriteOnly));
        failed.write("hive-backup.service loaded failed failed Hive data backups\n"
                     "drbd@data.service   loaded failed failed DRBD resource data\n");
        failed.close();
        QCOMPARE(run({QStringLiteral("units-failed")}, out, err), 0);
        QCOMPARE(out, QStringLiteral("hive-backup.service drbd@data.service"));
    }
};

QTEST_GUILESS_MAIN(TstZabbixHostScript)
#include "tst_zabbix_host_script.moc"
