#include "access/stage_files.h"
#include "recipes/nfs_share_recipe.h"
#include "tests/support/docker_engine_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {

const QString kServer = QStringLiteral("fs-0123abcd.efs.ap-northeast-1.amazonaws.com");

int shell(const QString &script, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    p.waitForFinished(60000);
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

// An nfs volume on AWS as hive-builder's nfs-aws-volumes makes it: the
// EFS root in fstab and mounted on the first hive, the volume's directory
// in it, and on every hive a Docker volume whose options a real Docker
// Engine keeps exactly as hive-builder's docker_volume gives them.
class TestNfsShareRecipe : public QObject
{
    Q_OBJECT

private slots:
    void theFirstHiveMountsTheServerAndMakesTheDirectory()
    {
        const QList<HostChange> first =
            NfsShareRecipe::changes(kServer, QStringLiteral("kvstore_data"), true);
        QCOMPARE(first.size(), 3);
        QVERIFY(first.at(0).apply.contains(
            kServer + QStringLiteral(":/ /mnt/efs_root nfs4 nfsvers=4.1,rsize=1048576,"
                                     "wsize=1048576,hard,timeo=600,retrans=2,noresvport,"
                                     "nofail 0 0")));
        QCOMPARE(first.at(1).apply, QStringLiteral("mkdir -p /mnt/efs_root/kvstore_data"));
        const QList<HostChange> other =
            NfsShareRecipe::changes(kServer, QStringLiteral("kvstore_data"), false);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.first().apply, first.at(2).apply);
        // Every command parses as shell.
        for (const HostChange &c : first)
            for (const QString &script : {c.check, c.apply})
                QVERIFY2(shell(QStringLiteral("sh -n -c ") +
                               QStringLiteral("'%1'").arg(QString(script).replace(
                                   QLatin1Char('\''), QStringLiteral("'\\''")))) == 0,
                         qPrintable(script));
    }

    void theDockerVolumeIsTheOneHiveBuilderMakes()
    {
        DockerEndpoint engine;
        QString whyNot;
        if (!DockerEngineFixture::ensureEngine(engine, whyNot)) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(whyNot));
            QSKIP(qPrintable(whyNot));
        }
        const QString volume = QStringLiteral("hive-nfs-recipe-test");
        shell(QStringLiteral("docker volume rm -f %1 >/dev/null 2>&1").arg(volume));
        const HostChange create = NfsShareRecipe::changes(kServer, volume, false).first();
        QVERIFY(shell(create.check) != 0);
        QVERIFY2(shell(create.apply) == 0, qPrintable(create.apply));
        QVERIFY(shell(create.check) == 0);
        QByteArray options;
        QCOMPARE(
            shell(QStringLiteral("docker volume inspect -f '{{json .Options}}' %1").arg(volume),
                  &options),
            0);
        shell(QStringLiteral("docker volume rm -f %1 >/dev/null 2>&1").arg(volume));
        const QJsonObject o = QJsonDocument::fromJson(options).object();
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("nfs"));
        QCOMPARE(o.value(QStringLiteral("device")).toString(), QStringLiteral(":/") + volume);
        QCOMPARE(o.value(QStringLiteral("o")).toString(),
                 QStringLiteral("addr=") + kServer +
                     QStringLiteral(",nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,"
                                    "retrans=2,noresvport"));
    }

    // The recorded address reaches fstab and a mount option: only a DNS
    // name is taken from the record.
    void onlyADnsNameIsTakenFromTheRecord()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(StageFiles::recordFileSystemAddress(dir.path(), kServer, error));
        QCOMPARE(StageFiles::fileSystemAddress(dir.path()), kServer);
        QVERIFY(StageFiles::recordFileSystemAddress(
            dir.path(), kServer + QStringLiteral(" /tmp nfs4 x 0 0\n; rm -rf /"), error));
        QCOMPARE(StageFiles::fileSystemAddress(dir.path()), QString());
        QVERIFY(StageFiles::recordFileSystemAddress(dir.path(), QString(), error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("file_system"))));
    }
};

QTEST_GUILESS_MAIN(TestNfsShareRecipe)
#include "tst_nfs_share_recipe.moc"
