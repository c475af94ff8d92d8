#pragma once

#include "recipes/host_change.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hive {

// One DRBD 9 volume of the hive: its resource file (every hive a node of a
// full mesh, `diskless` hosts without a disk, quorum majority), the port
// (7788 + device id) and what each hive does to bring it up: its logical
// volume in the drbdpool volume group (or in hive-builder's thin pool
// drbdvg/drbdpool on hosts it set up), metadata, `drbdadm up`, the file
// system (made once, on the first hive) and the Docker volume that mounts
// /dev/drbd<id>.
struct DrbdResource
{
    QString name; // the volume's source
    int deviceId = 0;
    QString size;                         // 100M, 20G
    QString fstype;                       // ext4, xfs
    QList<QPair<QString, QString>> hives; // (host name, address), in stage order
    QStringList diskless;
    // host -> its volume group, where it is not drbdpool (hive-builder's drbdvg)
    QHash<QString, QString> volumeGroups;

    static constexpr const char *kVolumeGroup = "drbdpool";
    static constexpr const char *kHiveBuilderVolumeGroup = "drbdvg";
    QString volumeGroup(const QString &host) const
    {
        return volumeGroups.value(host, QString::fromLatin1(kVolumeGroup));
    }
    bool hasDisk(const QString &host) const;
    // What build-volumes asks each hive first: "vg <name>" for the volume
    // group it has, and "foreign <file>" for each resource file it did not
    // write (hive-builder's, left as they are).
    static QString hostProbe();
    // Its answer: the volume group when it is hive-builder's (else empty),
    // and the resource files it names.
    static void readHostProbe(const QString &answer, QString &hiveBuilderGroup,
                              QStringList &foreignFiles);
    static constexpr const char *kHeader = "# Written by hive build-volumes";

    static constexpr int kBasePort = 7788;
    int port() const { return kBasePort + deviceId; }
    QString device() const { return QStringLiteral("/dev/drbd%1").arg(deviceId); }
    QString resourcePath() const { return QStringLiteral("/etc/drbd.d/%1.res").arg(name); }

    QByteArray resourceFile() const;
    // On `host`: everything up to a mounted-ready device and the Docker volume.
    QList<HostChange> changes(const QString &host, bool firstHive) const;
};

} // namespace hive
