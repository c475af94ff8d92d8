#include "remote/remote_file_sync.h"
#include "tests/support/sshd_fixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace hive;

// Through a real sshd on loopback; the "remote" files are in the fixture's
// folder on this machine, so the test can look at them directly.
class TestRemoteFileSync : public QObject
{
    Q_OBJECT

    SshdFixture m_sshd;
    SshSession m_session;
    QString m_files;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    RemoteFileSync::Outcome put(const QString &name, const QByteArray &content, int mode,
                                bool checkOnly = false, const QString &owner = {},
                                const QString &group = {})
    {
        QString error;
        const RemoteFileSync::Outcome o = RemoteFileSync::put(
            m_session,
            {m_files + QLatin1Char('/') + name, content, mode, owner, group, checkOnly, {}}, error);
        if (o == RemoteFileSync::Outcome::Failed)
            qWarning("%s", qPrintable(error));
        return o;
    }

private slots:
    void initTestCase()
    {
        QString whyNot;
        if (!m_sshd.start(whyNot))
            QSKIP(qPrintable(QStringLiteral("cannot run sshd here: ") + whyNot));
        QString error;
        QVERIFY2(m_session.connect(m_sshd.endpoint(), error), qPrintable(error));
        m_files = m_sshd.dir() + QStringLiteral("/files");
        QVERIFY(QDir().mkpath(m_files));
    }

    void createThenOkThenChanged()
    {
        using O = RemoteFileSync::Outcome;
        const QString path = m_files + QStringLiteral("/daemon.json");
        QCOMPARE(put(QStringLiteral("daemon.json"), "{\"a\": 1}\n", 0640), O::Created);
        QCOMPARE(read(path), QByteArray("{\"a\": 1}\n"));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::ReadGroup);
        QCOMPARE(put(QStringLiteral("daemon.json"), "{\"a\": 1}\n", 0640), O::Unchanged);
        QCOMPARE(put(QStringLiteral("daemon.json"), "{\"a\": 2}\n", 0640), O::Updated);
        QCOMPARE(read(path), QByteArray("{\"a\": 2}\n"));
        // Only the mode differs: changed, content kept.
        QCOMPARE(put(QStringLiteral("daemon.json"), "{\"a\": 2}\n", 0600), O::Updated);
        QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ReadGroup,
                 QFileDevice::Permissions());
        QCOMPARE(put(QStringLiteral("daemon.json"), "{\"a\": 2}\n", 0600), O::Unchanged);
    }

    void templateIsRenderedThenPutOnlyWhenDifferent()
    {
        using O = RemoteFileSync::Outcome;
        Value vars = Value::map();
        vars.insert(QStringLiteral("hive_internal_cidr"),
                    Value::string(QStringLiteral("172.31.252.0/22")));
        Value hosts = Value::list();
        hosts.append(Value::string(QStringLiteral("p-hive0.pdns")));
        vars.insert(QStringLiteral("hosts"), hosts);
        const QByteArray tmpl =
            "{\n  \"bip\": \"{{ hive_internal_cidr }}\",\n  \"hosts\": {{ hosts | json }},\n"
            "  \"log\": \"{{ log_driver | default(journald) }}\"\n}\n";
        RemoteFileSync::Request request;
        request.path = m_files + QStringLiteral("/rendered.json");
        request.content = tmpl;
        QString error;
        QCOMPARE(RemoteFileSync::putTemplate(m_session, QStringLiteral("daemon.json.tmpl"), request,
                                             vars, error),
                 O::Created);
        QCOMPARE(read(request.path),
                 QByteArray("{\n  \"bip\": \"172.31.252.0/22\",\n  \"hosts\": [\"p-hive0.pdns\"],\n"
                            "  \"log\": \"journald\"\n}\n"));
        QCOMPARE(RemoteFileSync::putTemplate(m_session, QStringLiteral("daemon.json.tmpl"), request,
                                             vars, error),
                 O::Unchanged);
        // A missing variable fails before the host is touched, naming template, line and variable.
        request.path = m_files + QStringLiteral("/never.json");
        request.content = "a\n{{ missing_var }}\n";
        QCOMPARE(
            RemoteFileSync::putTemplate(m_session, QStringLiteral("x.tmpl"), request, vars, error),
            O::Failed);
        QVERIFY2(error.contains(QStringLiteral("x.tmpl:2")) &&
                     error.contains(QStringLiteral("missing_var")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(request.path));
    }

    void checkModeChangesNothing()
    {
        using O = RemoteFileSync::Outcome;
        QCOMPARE(put(QStringLiteral("check.conf"), "v1\n", 0644), O::Created);
        QCOMPARE(put(QStringLiteral("check.conf"), "v2\n", 0644, true), O::Updated);
        QCOMPARE(read(m_files + QStringLiteral("/check.conf")), QByteArray("v1\n"));
        QCOMPARE(put(QStringLiteral("new.conf"), "x", 0644, true), O::Created);
        QVERIFY(!QFileInfo::exists(m_files + QStringLiteral("/new.conf")));
    }

    void binaryContentRoundTrips()
    {
        using O = RemoteFileSync::Outcome;
        QByteArray blob;
        for (int i = 0; i < 70000; ++i)
            blob.append(char(i * 7 % 256));
        QCOMPARE(put(QStringLiteral("blob.bin"), blob, 0600), O::Created);
        QCOMPARE(read(m_files + QStringLiteral("/blob.bin")), blob);
        QCOMPARE(put(QStringLiteral("blob.bin"), blob, 0600), O::Unchanged);
        QCOMPARE(put(QStringLiteral("empty"), QByteArray(), 0644), O::Created);
        QCOMPARE(put(QStringLiteral("empty"), QByteArray(), 0644), O::Unchanged);
    }

    void ownerAndGroup()
    {
        using O = RemoteFileSync::Outcome;
        QCOMPARE(put(QStringLiteral("owned"), "x\n", 0644, false, QStringLiteral("root"),
                     QStringLiteral("root")),
                 O::Created);
        QCOMPARE(put(QStringLiteral("owned"), "x\n", 0644, false, QStringLiteral("root"),
                     QStringLiteral("root")),
                 O::Unchanged);
        QCOMPARE(put(QStringLiteral("owned"), "x\n", 0644, false, QStringLiteral("nobody"),
                     QStringLiteral("nogroup")),
                 O::Updated);
        QCOMPARE(QFileInfo(m_files + QStringLiteral("/owned")).owner(), QStringLiteral("nobody"));
    }

    void missingFoldersAreMadeAndFailuresNameFileAndHost()
    {
        QString error;
        QCOMPARE(RemoteFileSync::put(
                     m_session,
                     {m_files + QStringLiteral("/new/dir/file"), "x", 0644, {}, {}, false, {}},
                     error),
                 RemoteFileSync::Outcome::Created);
        QCOMPARE(QFile(m_files + QStringLiteral("/new/dir/file")).size(), 1);
        // A folder that cannot be made: a file is in the way.
        const RemoteFileSync::Outcome o =
            RemoteFileSync::put(m_session,
                                {m_files + QStringLiteral("/new/dir/file/no/such/dir/file"),
                                 "x",
                                 0644,
                                 {},
                                 {},
                                 false,
                                 {}},
                                error);
        QCOMPARE(o, RemoteFileSync::Outcome::Failed);
        QVERIFY2(error.contains(QStringLiteral("no/such/dir/file")) &&
                     error.contains(QStringLiteral("p-hive0.test")),
                 qPrintable(error));
    }

    void refusedContentNeverReplacesTheFile()
    {
        const QString path = m_files + QStringLiteral("/rules");
        RemoteFileSync::Request request{
            path, "ok\n", 0440, {}, {}, false, QStringLiteral("grep -qx ok %s")};
        QString error;
        QCOMPARE(RemoteFileSync::put(m_session, request, error), RemoteFileSync::Outcome::Created);
        request.content = "bad\n";
        QCOMPARE(RemoteFileSync::put(m_session, request, error), RemoteFileSync::Outcome::Failed);
        QVERIFY2(error.contains(QStringLiteral("refused by: grep -qx ok %s")) &&
                     error.contains(QStringLiteral("rules")),
                 qPrintable(error));
        QCOMPARE(read(path), QByteArray("ok\n"));
        // sudo's own check, as setup-hosts uses it for /etc/sudoers.d, where it exists here.
        if (QFile::exists(QStringLiteral("/usr/sbin/visudo"))) {
            request.path = m_files + QStringLiteral("/sudoers");
            request.validate = QStringLiteral("/usr/sbin/visudo -cf %s");
            request.content = "%ops ALL=(ALL) NOPASSWD: ALL\n";
            QCOMPARE(RemoteFileSync::put(m_session, request, error),
                     RemoteFileSync::Outcome::Created);
            request.content = "%ops ALL=(ALL NOPASSWD ALL\n";
            QCOMPARE(RemoteFileSync::put(m_session, request, error),
                     RemoteFileSync::Outcome::Failed);
            QCOMPARE(read(request.path), QByteArray("%ops ALL=(ALL) NOPASSWD: ALL\n"));
        }
    }

    void nothingIsLeftBehind()
    {
        QCOMPARE(QDir(m_files)
                     .entryList({QStringLiteral("*.hive-new")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
        QCOMPARE(QDir(QStringLiteral("/tmp"))
                     .entryList({QStringLiteral(".hive-upload-*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestRemoteFileSync)
#include "tst_remote_file_sync.moc"
