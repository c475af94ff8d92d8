#include "recipes/docker_recipes.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace hive;

// The shell setup-hosts runs to choose the disk DRBD's volume group goes
// on, run for real on two loop devices (in place of the platforms' disk
// names): an unused disk is taken whole, a disk with a file system never,
// free space after the partitions becomes a new LVM partition, and without
// either the step fails saying what to do.
class TestMirroredDevicePick : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_loops;

    static QString sh(const QString &script, int *exitCode = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAll()).trimmed();
    }
    QString attach(const QString &name, const char *size)
    {
        const QString image = m_dir.filePath(name);
        sh(QStringLiteral("truncate -s %1 %2").arg(QLatin1String(size), image));
        const QString loop = sh(QStringLiteral("losetup -fP --show %1").arg(image));
        if (loop.startsWith(QLatin1String("/dev/loop")))
            m_loops << loop;
        return loop;
    }
    // The pick, on these devices instead of the platforms' (loop devices
    // are of type "loop", not "disk"); prints the device it chose.
    QString pick(const QString &a, const QString &b, int &exitCode)
    {
        QString script = DockerRecipes::mirroredDevicePick();
        script.replace(DockerRecipes::mirroredDeviceCandidates().join(QLatin1Char(' ')),
                       a + QLatin1Char(' ') + b);
        script.replace(QStringLiteral("= disk"), QStringLiteral("= loop"));
        return sh(script + QStringLiteral("echo \"picked $d\""), &exitCode);
    }

private slots:
    void initTestCase()
    {
        const bool can = ::geteuid() == 0 &&
                         !QStandardPaths::findExecutable(QStringLiteral("parted")).isEmpty() &&
                         !QStandardPaths::findExecutable(QStringLiteral("losetup")).isEmpty();
        if (!can) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("needs root, losetup and parted (scripts/install-deps.sh --test)");
            QSKIP("needs root, losetup and parted");
        }
    }

    void cleanupTestCase()
    {
        for (const QString &l : std::as_const(m_loops))
            sh(QStringLiteral("losetup -d %1").arg(l));
    }

    void anUnusedDiskIsTakenAndOneInUseNever()
    {
        const QString a = attach(QStringLiteral("a.img"), "2G");
        const QString b = attach(QStringLiteral("b.img"), "3G");
        QVERIFY2(a.startsWith(QLatin1String("/dev/loop")), qPrintable(a));
        QVERIFY2(b.startsWith(QLatin1String("/dev/loop")), qPrintable(b));
        sh(QStringLiteral("mkfs.ext4 -q %1").arg(a));
        int code = -1;
        QString out = pick(a, b, code);
        QVERIFY2(code == 0 && out.endsWith(QStringLiteral("picked ") + b), qPrintable(out));

        // b partitioned (1 GiB of 3): the rest becomes partition 2, for LVM.
        sh(QStringLiteral("parted -s %1 mklabel gpt mkpart primary 1MiB 1025MiB; partprobe %1")
               .arg(b));
        out = pick(a, b, code);
        QVERIFY2(code == 0 && out.endsWith(QStringLiteral("picked %1p2").arg(b)), qPrintable(out));
        const QString table = sh(QStringLiteral("parted -sm %1 unit MiB print").arg(b));
        QVERIFY2(table.contains(
                     QRegularExpression(QStringLiteral("\n2:1025MiB:30[0-9][0-9]MiB:.*lvm;"))),
                 qPrintable(table));
        QVERIFY2(sh(QStringLiteral("blkid -p %1 >/dev/null; echo $?").arg(a)) == QLatin1String("0"),
                 "the disk with a file system was written to");

        // Full now, and a disk with a file system: nothing to take.
        out = pick(a, b, code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("hive_mirrored_device")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("picked")));
    }
};

QTEST_GUILESS_MAIN(TestMirroredDevicePick)
#include "tst_mirrored_device_pick.moc"
