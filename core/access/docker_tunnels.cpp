#include "access/docker_tunnels.h"

#include "remote/ssh_forward.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <memory>
#include <mutex>

namespace hive {

namespace {

struct Tunnels
{
    std::mutex mutex;
    std::unique_ptr<QTemporaryDir> dir; // mode 0700
    QHash<QString, std::shared_ptr<SshForward>> open;
    int made = 0; // names the sockets
};

Tunnels &tunnels()
{
    // Left to the end of the process: the forwards' threads end with it.
    static auto *t = new Tunnels;
    return *t;
}

QString keyOf(const SshEndpoint &ssh)
{
    return QStringLiteral("%1@%2:%3").arg(ssh.user, ssh.address).arg(ssh.port);
}

} // namespace

Expected<DockerEndpoint> DockerTunnels::through(const SshEndpoint &ssh)
{
    Tunnels &t = tunnels();
    std::lock_guard lock(t.mutex);
    if (!t.dir) {
        t.dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                QStringLiteral("/hive-docker-XXXXXX"));
        if (!t.dir->isValid())
            return unexpected(tr("cannot make a folder for the Docker API tunnels in %1: %2")
                                  .arg(QDir::tempPath(), t.dir->errorString()));
    }
    const QString key = keyOf(ssh);
    std::shared_ptr<SshForward> &forward = t.open[key];
    if (!forward || !forward->isRunning()) {
        forward = std::make_shared<SshForward>();
        const QString socket = t.dir->filePath(QStringLiteral("%1.sock").arg(++t.made));
        QFile::remove(socket);
        QString error;
        if (!forward->startUnix(ssh, QStringLiteral("/var/run/docker.sock"), socket, error)) {
            forward.reset();
            t.open.remove(key);
            return unexpected(tr("the Docker API of %1 over SSH (%2): %3")
                                  .arg(ssh.displayName(), ssh.address, error));
        }
    }
    DockerEndpoint e;
    e.kind = DockerEndpoint::Kind::UnixSocket;
    e.socketPath = forward->localSocketPath();
    e.name = ssh.name;
    return e;
}

int DockerTunnels::carried(const SshEndpoint &ssh)
{
    Tunnels &t = tunnels();
    std::lock_guard lock(t.mutex);
    const std::shared_ptr<SshForward> forward = t.open.value(keyOf(ssh));
    return forward ? forward->connectionsCarried() : 0;
}

} // namespace hive
