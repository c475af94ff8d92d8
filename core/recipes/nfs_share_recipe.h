#pragma once

#include "recipes/host_change.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hive {

// An nfs volume on a cloud file server (AWS's EFS), as hive-builder's
// nfs-aws-volumes makes it: on the first hive the server's root mounted at
// /mnt/efs_root (in fstab, NFS 4.1 with EFS's recommended options) and the
// volume's directory made in it; on every hive a local Docker volume of
// type nfs on that directory. Taking the volume away (-D) leaves the
// directory and its data on the server.
class NfsShareRecipe
{
    Q_DECLARE_TR_FUNCTIONS(hive::NfsShareRecipe)
public:
    static constexpr const char *kRoot = "/mnt/efs_root";
    static constexpr const char *kOptions =
        "nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport";

    // `server`: the file system's DNS name (fs-….efs.<region>.amazonaws.com).
    static QList<HostChange> changes(const QString &server, const QString &volume, bool firstHive);
};

} // namespace hive
