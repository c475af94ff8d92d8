#include "remote/docker_endpoint.h"

#include <QUrl>

namespace hive {

DockerEndpoint DockerEndpoint::fromEnvironment()
{
    DockerEndpoint e;
    e.name = QStringLiteral("local engine");
    const QString dockerHost = qEnvironmentVariable("DOCKER_HOST");
    if (dockerHost.startsWith(QLatin1String("unix://"))) {
        e.socketPath = dockerHost.mid(7);
    } else if (dockerHost.startsWith(QLatin1String("tcp://"))) {
        const QUrl url(dockerHost);
        e.kind = Kind::Tls;
        e.host = url.host();
        e.port = url.port(2376);
        const QString certs = qEnvironmentVariable("DOCKER_CERT_PATH");
        e.caFile = certs + QStringLiteral("/ca.pem");
        e.certFile = certs + QStringLiteral("/cert.pem");
        e.keyFile = certs + QStringLiteral("/key.pem");
    }
    return e;
}

QString DockerEndpoint::displayName() const
{
    const QString where =
        kind == Kind::UnixSocket ? socketPath : QStringLiteral("%1:%2").arg(host).arg(port);
    return name.isEmpty() ? where : QStringLiteral("%1 (%2)").arg(name, where);
}

} // namespace hive
