#include "access/stage_connections.h"

#include "access/hive_builder_files.h"
#include "access/stage_files.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"
#include "remote/host_pool.h"
#include "remote/ssh_config_file.h"

#include <QDir>
#include <QFileInfo>

namespace hive {

namespace {
// sshPort() of every host of the stage, the record and hive-builder's files
// read once.
QHash<QString, int> sshPorts(const QString &contextDir, const LoadedInventory &loaded,
                             const StagePlan &stage)
{
    const QHash<QString, int> recorded = StageFiles::reachablePorts(contextDir);
    const bool hiveBuilders = HiveBuilderFiles::present(contextDir);
    QHash<QString, int> out;
    for (const HostPlan &h : stage.hosts)
        out.insert(h.name, recorded.value(h.privateIp,
                                          hiveBuilders ? StageFiles::sshPort(loaded, h.name) : 22));
    return out;
}
} // namespace

QString StageConnections::adminUser(const LoadedInventory &loaded, const StagePlan &stage)
{
    return StageFiles::adminUser(loaded, stage.anyHost());
}

bool StageConnections::add(const Project &project, const LoadedInventory &loaded,
                           const StagePlan &stage, HostPool &pool, QString &error)
{
    const QString contextDir = QDir(project.contextDir()).absolutePath();
    const QString key = StageFiles::keyPath(contextDir);
    if (!QFileInfo::exists(key)) {
        error = StageFiles::notBuiltYet(stage.name, key);
        return false;
    }
    const QString admin = adminUser(loaded, stage);
    const QHash<QString, int> ports = sshPorts(contextDir, loaded, stage);
    const QHash<QString, QString> publics = StageFiles::publicAddresses(contextDir);
    for (const HostPlan &h : stage.hosts) {
        SshEndpoint e;
        e.name = h.name;
        e.address = publics.value(h.privateIp, h.privateIp);
        e.user = admin;
        e.port = ports.value(h.name);
        e.identityFile = key;
        e.knownHostsFile = StageFiles::knownHostsPath(contextDir);
        e.policy = SshEndpoint::HostKeyPolicy::RequireKnown;
        e.connectTimeoutSeconds = 10;
        pool.addHost(e);
    }
    return true;
}

int StageConnections::sshPort(const QString &contextDir, const LoadedInventory &loaded,
                              const QString &host, const QString &address)
{
    return StageFiles::reachablePort(
        contextDir, address,
        HiveBuilderFiles::present(contextDir) ? StageFiles::sshPort(loaded, host) : 22);
}

QByteArray StageConnections::sshConfig(const Project &project, const LoadedInventory &loaded,
                                       const StagePlan &stage)
{
    const QString contextDir = QDir(project.contextDir()).absolutePath();
    const QHash<QString, int> ports = sshPorts(contextDir, loaded, stage);
    const QHash<QString, QString> publics = StageFiles::publicAddresses(contextDir);
    QList<SshConfigFile::Host> hosts;
    for (const HostPlan &h : stage.hosts)
        hosts.append({h.name, publics.value(h.privateIp, h.privateIp), ports.value(h.name)});
    return SshConfigFile::render(QStringLiteral("stage %1 of %2").arg(stage.name, loaded.hive.name),
                                 hosts, adminUser(loaded, stage), StageFiles::keyPath(contextDir),
                                 StageFiles::knownHostsPath(contextDir));
}

} // namespace hive
