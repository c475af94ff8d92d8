// What build-volumes does with the services file: which volumes a stage has,
// the DRBD 9 resource file of a mirrored volume (every hive in a full mesh,
// diskless hosts, port 7788 + device id, quorum) and the exact commands on
// the first hive and on a diskless one — DRBD cannot run on the test bed, so
// these are golden files (tests/fixtures/build-volumes/, rewritten with
// HIVE_UPDATE_GOLDEN=1 for review). The local fallback and -D run against
// the bed in tst_setup_hosts_e2e.
#include "phases/build_volumes/build_volumes_phase.h"
#include "recipes/drbd_resource.h"
#include "recipes/stage_volumes.h"
#include "tests/support/golden_file.h"
#include "tests/support/inventory_fixture.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace hive;

namespace {
const QByteArray kHive = "plugin: hive_inventory\n"
                         "name: vols.test\n"
                         "stages:\n"
                         "  private:\n"
                         "    provider: docker\n"
                         "    cidr: 192.168.50.0/24\n"
                         "  production:\n"
                         "    provider: prepared\n"
                         "    cidr: 192.168.60.0/24\n"
                         "    ip_address_list: [192.168.60.11, 192.168.60.12, 192.168.60.13, "
                         "192.168.60.14]\n";
const QByteArray kServices = "plugin: hive_services\n"
                             "services:\n"
                             "  db:\n"
                             "    image: mariadb:10\n"
                             "    volumes:\n"
                             "      - source: db_data\n"
                             "        target: /var/lib/mysql\n"
                             "        type: volume\n"
                             "        drbd:\n"
                             "          fstype: xfs\n"
                             "          size: 2G\n"
                             "          diskless: [p-hive2]\n"
                             "      - source: db_cache\n"
                             "        target: /cache\n"
                             "        type: volume\n"
                             "        driver: local\n"
                             "        driver_opts:\n"
                             "          type: tmpfs\n"
                             "          device: tmpfs\n"
                             "  archive:\n"
                             "    image: busybox\n"
                             "    available_on: [production]\n"
                             "    volumes:\n"
                             "      - source: archive_data\n"
                             "        target: /archive\n"
                             "        type: volume\n"
                             "        drbd:\n"
                             "          fstype: ext4\n"
                             "          size: 500M\n";

void compareWithGolden(const QString &name, const QByteArray &text)
{
    compareWithGoldenFile(QStringLiteral(HIVE_FIXTURES "/build-volumes/") + name, text);
}
} // namespace

class TestBuildVolumes : public QObject
{
    Q_OBJECT

private slots:
    void drbdVolumesAreConfiguredAsTheGoldenFilesSay()
    {
        const LoadedInventory loaded = InventoryFixture()
                                           .file(QStringLiteral("hive.yml"), kHive)
                                           .file(QStringLiteral("services.yml"), kServices)
                                           .load();
        QVERIFY(loaded.ok());
        const QList<StageVolumes::Volume> volumes =
            StageVolumes::of(loaded, QStringLiteral("private"));
        QStringList names;
        for (const auto &v : volumes)
            names << v.name;
        // archive_data is a production volume only.
        QCOMPARE(names, QStringList({QStringLiteral("db_data"), QStringLiteral("db_cache")}));
        QCOMPARE(StageVolumes::of(loaded, QStringLiteral("production")).size(), 3);

        QCOMPARE(BuildVolumesPhase::createDriverVolume(volumes.at(1)),
                 QStringLiteral("docker volume create --driver local --opt type=tmpfs --opt "
                                "device=tmpfs db_cache >/dev/null"));

        const StagePlan *stage = loaded.hive.stage(QStringLiteral("private"));
        QVERIFY(stage);
        const DrbdResource r = StageVolumes::drbdResource(*stage, volumes.at(0));
        QCOMPARE(r.deviceId, 1);
        QCOMPARE(r.port(), 7789);
        QCOMPARE(r.device(), QStringLiteral("/dev/drbd1"));
        QCOMPARE(r.hives.size(), 3);
        const QByteArray res = r.resourceFile();
        // Every hive is a node; the diskless one has no disk; the repository is not in it.
        QCOMPARE(res.count("node-id"), 3);
        QCOMPARE(res.count("disk none;"), 1);
        QVERIFY(!res.contains("p-hive3"));
        compareWithGolden(QStringLiteral("db_data.res"), res);
        compareWithGolden(QStringLiteral("db_data-on-first-hive.txt"),
                          HostChange::describe(r.changes(stage->firstHive, true)).toUtf8());
        compareWithGolden(
            QStringLiteral("db_data-on-diskless-hive.txt"),
            HostChange::describe(r.changes(QStringLiteral("p-hive2.vols.test"), false)).toUtf8());

        // A hive hive-builder set up keeps its volume group drbdvg: the
        // resource names each host's own disk, and the volume is a thin one
        // of its pool where the pool is there.
        DrbdResource hb = r;
        hb.volumeGroups.insert(stage->firstHive, QStringLiteral("drbdvg"));
        const QByteArray hbRes = hb.resourceFile();
        QCOMPARE(hbRes.count("disk /dev/drbdvg/db_data;"), 1);
        QCOMPARE(hbRes.count("disk /dev/drbdpool/db_data;"), 1);
        const QString onFirst = HostChange::describe(hb.changes(stage->firstHive, true));
        QVERIFY2(
            onFirst.contains(QStringLiteral("lvcreate -y -V 2G -T drbdvg/drbdpool -n db_data")),
            qPrintable(onFirst));
        QVERIFY(DrbdResource::hostProbe().contains(QStringLiteral("foreign")));

        // hive_no_mirrored_device: setup-hosts made no pool there, so the
        // hive is a diskless node of every resource (no logical volume).
        const LoadedInventory withoutDisk =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), kHive)
                .file(QStringLiteral("services.yml"), kServices)
                .hostVars(QStringLiteral("p-hive1.vols.test"), "hive_no_mirrored_device: true\n")
                .load();
        QVERIFY(withoutDisk.ok());
        const StagePlan *s = withoutDisk.hive.stage(QStringLiteral("private"));
        QCOMPARE(StageVolumes::hivesWithoutMirroredDevice(withoutDisk, *s),
                 QStringList{QStringLiteral("p-hive1.vols.test")});
        const DrbdResource d = StageVolumes::drbdResource(
            *s, StageVolumes::of(withoutDisk, QStringLiteral("private")).at(0),
            StageVolumes::hivesWithoutMirroredDevice(withoutDisk, *s));
        QCOMPARE(d.resourceFile().count("disk none;"), 2);
        const QString onIt =
            HostChange::describe(d.changes(QStringLiteral("p-hive1.vols.test"), false));
        QVERIFY2(!onIt.contains(QLatin1String("lvcreate")) &&
                     !onIt.contains(QLatin1String("create-md")) &&
                     onIt.contains(QLatin1String("drbdadm up")),
                 qPrintable(onIt));
    }
};

QTEST_GUILESS_MAIN(TestBuildVolumes)
#include "tst_build_volumes.moc"
