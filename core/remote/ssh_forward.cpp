#include "remote/ssh_forward.h"

#include <QFile>
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <libssh/libssh.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

namespace hive {

namespace {
struct Carried
{
    int fd = -1;
    ssh_channel channel = nullptr;
    bool localEof = false;
};

bool writeAll(int fd, const char *data, int size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= int(n);
    }
    return true;
}
} // namespace

SshForward::SshForward() = default;

SshForward::~SshForward()
{
    stop();
}

bool SshForward::connectSession(const SshEndpoint &endpoint, QString &error)
{
    stop();
    m_stop = false;
    m_reverse = false;
    return m_session.connect(endpoint, error);
}

namespace {
// A TCP connection from here to host:port (the proxy), or -1.
int connectTo(const QString &host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints,
                      &found) != 0)
        return -1;
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        // Linux applies the send timeout to connect(): a proxy that drops
        // packets holds the forward's thread (and stop()) 5 s at most.
        const timeval limit{5, 0};
        if (fd >= 0)
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
        if (fd >= 0 && ::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    return fd;
}
} // namespace

bool SshForward::startRemote(const SshEndpoint &endpoint, const QString &bindAddress,
                             int remotePort, const QString &localHost, int localPort,
                             QString &error)
{
    if (!connectSession(endpoint, error))
        return false;
    int bound = 0;
    if (ssh_channel_listen_forward(m_session.m_session, bindAddress.toUtf8().constData(),
                                   remotePort, &bound) != SSH_OK) {
        error = tr("%1 refused to listen on %2 port %3 for this machine (sshd's "
                   "AllowTcpForwarding or GatewayPorts): %4")
                    .arg(endpoint.name, bindAddress)
                    .arg(remotePort)
                    .arg(QString::fromUtf8(ssh_get_error(m_session.m_session)));
        m_session.disconnect();
        return false;
    }
    m_reverse = true;
    m_remotePort = bound > 0 ? bound : remotePort;
    m_localHost = localHost;
    m_localPort = localPort;
    m_thread = std::thread([this] { pump(); });
    return true;
}

bool SshForward::startTcp(const SshEndpoint &endpoint, const QString &remoteHost, int remotePort,
                          int localPort, QString &error)
{
    if (!connectSession(endpoint, error))
        return false;
    m_remoteHost = remoteHost;
    m_remotePort = remotePort;
    m_remoteSocket.clear();
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(localPort));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listenFd, 16) != 0) {
        error = tr("cannot listen on 127.0.0.1 port %1: %2")
                    .arg(localPort)
                    .arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(m_listenFd);
        m_listenFd = -1;
        return false;
    }
    socklen_t length = sizeof address;
    getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    m_localPort = ntohs(address.sin_port);
    m_thread = std::thread([this] { pump(); });
    return true;
}

bool SshForward::startUnix(const SshEndpoint &endpoint, const QString &remoteSocket,
                           const QString &localSocketPath, QString &error)
{
    if (!connectSession(endpoint, error))
        return false;
    m_remoteSocket = remoteSocket;
    m_localSocketPath = localSocketPath;
    const QByteArray path = QFile::encodeName(localSocketPath);
    sockaddr_un address{};
    if (size_t(path.size()) >= sizeof address.sun_path) {
        error = tr("the socket path %1 is too long").arg(localSocketPath);
        return false;
    }
    if (QFile::exists(localSocketPath)) {
        error = tr("%1 already exists: another forward (or an earlier run that was killed) "
                   "holds it; remove it if no hive command is running")
                    .arg(localSocketPath);
        return false;
    }
    address.sun_family = AF_UNIX;
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const mode_t old = umask(0077); // the socket grants the host's API: owner only
    const bool bound =
        ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    umask(old);
    if (!bound || ::listen(m_listenFd, 16) != 0) {
        error = tr("cannot listen on %1: %2")
                    .arg(localSocketPath, QString::fromLocal8Bit(strerror(errno)));
        ::close(m_listenFd);
        m_listenFd = -1;
        return false;
    }
    m_thread = std::thread([this] { pump(); });
    return true;
}

void SshForward::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
    }
    if (!m_localSocketPath.isEmpty())
        QFile::remove(m_localSocketPath);
    m_session.disconnect();
}

void SshForward::pump()
{
    std::vector<Carried> carried;
    char buffer[32768];
    auto drop = [&](Carried &c) {
        if (c.channel) {
            ssh_channel_close(c.channel);
            ssh_channel_free(c.channel);
            c.channel = nullptr;
        }
        if (c.fd >= 0) {
            ::close(c.fd);
            c.fd = -1;
        }
    };
    while (!m_stop) {
        std::vector<pollfd> fds;
        fds.push_back({m_listenFd, POLLIN, 0});
        for (const Carried &c : carried)
            fds.push_back({c.fd, short(c.localEof ? 0 : POLLIN), 0});
        ::poll(fds.data(), nfds_t(fds.size()), 10);

        // ssh -R: a connection to the host's port arrives as a channel; it
        // goes on to localHost:localPort from here.
        while (m_reverse) {
            int port = 0;
            char *originator = nullptr;
            int originatorPort = 0;
            ssh_channel channel = ssh_channel_open_forward_port(m_session.m_session, 0, &port,
                                                                &originator, &originatorPort);
            ssh_string_free_char(originator);
            if (!channel)
                break;
            const int fd = connectTo(m_localHost, m_localPort);
            if (fd < 0) {
                ssh_channel_close(channel); // the far client sees the connection closed
                ssh_channel_free(channel);
                continue;
            }
            carried.push_back({fd, channel, false});
            ++m_carried;
        }
        if (fds[0].revents & POLLIN) {
            const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0) {
                ssh_channel channel = ssh_channel_new(m_session.m_session);
                const int rc =
                    m_remoteSocket.isEmpty()
                        ? ssh_channel_open_forward(channel, m_remoteHost.toUtf8().constData(),
                                                   m_remotePort, "127.0.0.1", 0)
                        : ssh_channel_open_forward_unix(
                              channel, m_remoteSocket.toUtf8().constData(), "127.0.0.1", 0);
                if (rc != SSH_OK) {
                    ssh_channel_free(channel);
                    ::close(fd); // the local client sees the connection closed
                } else {
                    carried.push_back({fd, channel, false});
                    ++m_carried;
                }
            }
        }
        for (size_t i = 0; i < carried.size(); ++i) {
            Carried &c = carried[i];
            const short revents = fds.size() > i + 1 ? fds[i + 1].revents : 0;
            if (!c.localEof && (revents & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
                if (n > 0) {
                    if (ssh_channel_write(c.channel, buffer, uint32_t(n)) == SSH_ERROR)
                        drop(c);
                } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                    c.localEof = true;
                    ssh_channel_send_eof(c.channel);
                }
            }
            if (!c.channel)
                continue;
            for (;;) {
                const int n = ssh_channel_read_nonblocking(c.channel, buffer, sizeof buffer, 0);
                if (n > 0) {
                    if (!writeAll(c.fd, buffer, n)) {
                        drop(c);
                        break;
                    }
                    continue;
                }
                if (n == SSH_ERROR || ssh_channel_is_eof(c.channel) ||
                    ssh_channel_is_closed(c.channel))
                    drop(c); // the far end finished: close the local side too
                break;
            }
        }
        carried.erase(std::remove_if(carried.begin(), carried.end(),
                                     [](const Carried &c) { return c.fd < 0; }),
                      carried.end());
        if (!m_session.isConnected())
            break; // the host went away: local clients see their connections close
    }
    for (Carried &c : carried)
        drop(c);
}

} // namespace hive
