#pragma once

#include <QString>

namespace hive {

// Where a Docker Engine API answers: a local unix socket (also the local end
// of an SSH forward to a host's /var/run/docker.sock), or TLS on host:2376
// with the hive's CA and a client certificate.
struct DockerEndpoint
{
    enum class Kind
    {
        UnixSocket,
        Tls
    };
    Kind kind = Kind::UnixSocket;
    QString socketPath = QStringLiteral("/var/run/docker.sock");
    QString host;
    int port = 2376;
    QString caFile;
    QString certFile;
    QString keyFile; // secret
    QString name;    // for messages: the hive host, or "local engine"

    // DOCKER_HOST (unix:///path or tcp://host:port with DOCKER_CERT_PATH) or
    // the default socket.
    static DockerEndpoint fromEnvironment();
    QString displayName() const;
};

} // namespace hive
