#pragma once

#include "recipes/host_change.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hive {

// One DRBD 9 volume of the hive: its resource file (every hive a node of a
// full mesh, `diskless` hosts without a disk, quorum majority), the port
// (7788 + device id) and what each hive does to bring it up: its logical
// volume in the drbdpool volume group, metadata, `drbdadm up`, the file
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

    static constexpr int kBasePort = 7788;
    int port() const { return kBasePort + deviceId; }
    QString device() const { return QStringLiteral("/dev/drbd%1").arg(deviceId); }
    QString resourcePath() const { return QStringLiteral("/etc/drbd.d/%1.res").arg(name); }

    QByteArray resourceFile() const;
    // On `host`: everything up to a mounted-ready device and the Docker volume.
    QList<HostChange> changes(const QString &host, bool firstHive) const;
};

} // namespace hive
