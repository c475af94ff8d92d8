#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

class HostPool;
class Project;
struct LoadedInventory;
struct StagePlan;

// The SSH connections a phase after build-infra uses: every host of the
// stage at the address this machine reaches it at (a cloud host's public
// one, StageFiles::reachableAddress) as the admin user, with the hive's key and its pinned host
// keys (an unknown or changed key is refused). Connections open on first use.
class StageConnections
{
    Q_DECLARE_TR_FUNCTIONS(hive::StageConnections)
public:
    // False, saying to run build-infra first, when the stage has no key yet.
    static bool add(const Project &project, const LoadedInventory &loaded, const StagePlan &stage,
                    HostPool &pool, QString &error);
    // hive_admin of the stage (default "admin").
    static QString adminUser(const LoadedInventory &loaded, const StagePlan &stage);
    // The port the host's sshd answers on (StageFiles::reachablePort; a
    // site hive-builder built without a record: its hive_sshd_port).
    static int sshPort(const QString &contextDir, const LoadedInventory &loaded,
                       const QString &host, const QString &address);
    // The ssh_config of the stage (`hive ssh`, scp): every host by its
    // inventory name, on the port it answers on now.
    static QByteArray sshConfig(const Project &project, const LoadedInventory &loaded,
                                const StagePlan &stage);
};

} // namespace hive
