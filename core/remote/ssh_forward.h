#pragma once

#include "remote/ssh_endpoint.h"
#include "remote/ssh_session.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <thread>

namespace hive {

// A local listener whose connections are carried over SSH to a host: a TCP
// port to remotehost:port (e.g. the Zabbix console), or a local unix socket to
// a unix socket on the host (e.g. /var/run/docker.sock for the Docker API).
// Or the other way (ssh -R): a port the host listens on whose connections
// come back to a TCP port this machine reaches (the proxy hive-builder's
// http_proxy names, for the hosts).
// The forward owns its SSH session and pumps data in a thread of its own until
// stop() or destruction.
class SshForward
{
    Q_DECLARE_TR_FUNCTIONS(hive::SshForward)
public:
    SshForward();
    ~SshForward();
    SshForward(const SshForward &) = delete;
    SshForward &operator=(const SshForward &) = delete;

    // localPort 0: any free port (see localPort()). Listens on 127.0.0.1 only.
    bool startTcp(const SshEndpoint &endpoint, const QString &remoteHost, int remotePort,
                  int localPort, QString &error);
    // The local socket is for its owner alone (it grants the host's Docker API).
    bool startUnix(const SshEndpoint &endpoint, const QString &remoteSocket,
                   const QString &localSocketPath, QString &error);
    // The host listens on bindAddress:remotePort (0: a port sshd chooses, see
    // remotePort()); each connection is carried to localHost:localPort from
    // here. sshd binds other addresses than loopback only with GatewayPorts.
    bool startRemote(const SshEndpoint &endpoint, const QString &bindAddress, int remotePort,
                     const QString &localHost, int localPort, QString &error);
    void stop();

    bool isRunning() const { return m_thread.joinable() && !m_stop; }
    int localPort() const { return m_localPort; }
    int remotePort() const { return m_remotePort; }
    const QString &localSocketPath() const { return m_localSocketPath; }
    // Connections carried so far (for tests and diagnostics).
    int connectionsCarried() const { return m_carried; }

private:
    SshSession m_session;
    QString m_remoteHost;
    int m_remotePort = 0;
    QString m_remoteSocket;
    QString m_localSocketPath;
    int m_localPort = 0;
    int m_listenFd = -1;
    QString m_localHost; // startRemote: where connections go from here
    bool m_reverse = false;
    std::atomic_bool m_stop{false};
    std::atomic_int m_carried{0};
    std::thread m_thread;

    bool connectSession(const SshEndpoint &endpoint, QString &error);
    void pump();
};

} // namespace hive
