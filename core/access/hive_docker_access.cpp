#include "access/hive_docker_access.h"

#include "access/docker_tunnels.h"
#include "access/hive_builder_files.h"
#include "access/hive_certificates.h"
#include "access/registry_credentials.h"
#include "access/stage_files.h"
#include "inventory/hive_model.h"
#include "project/context_file.h"
#include "project/project.h"
#include "remote/ssh_config_file.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace hive {

HiveDockerAccess::HiveDockerAccess(const Project &project, const StagePlan &stage)
    : m_contextDir(QDir(project.contextDir()).absolutePath()), m_stage(stage)
{}

Expected<void> HiveDockerAccess::ready() const
{
    // In the order the phases make them: the SSH key (build-infra), then the
    // certificates and the registry password (setup-hosts).
    const QString key = StageFiles::keyPath(m_contextDir);
    if (!QFileInfo::exists(key))
        return unexpected(StageFiles::notBuiltYet(m_stage.name, key));
    // A site hive-builder built: its CA signs our client certificate.
    QStringList adopted;
    QString error;
    if (!HiveBuilderFiles::adopt(m_contextDir, adopted, error))
        return unexpected(error);
    const HiveCertificates certificates(m_contextDir);
    const RegistryCredentials registry(m_contextDir);
    for (const QString &f :
         {certificates.clientDir() + QStringLiteral("/cert.pem"), registry.passwordPath()}) {
        if (!QFileInfo::exists(f))
            return unexpected(StageFiles::notSetUpYet(m_stage.name, f));
    }
    return {};
}

QString HiveDockerAccess::addressOf(const QString &host) const
{
    for (const HostPlan &h : m_stage.hosts) {
        if (h.name == host)
            return h.privateIp;
    }
    return host;
}

std::optional<SshEndpoint> HiveDockerAccess::tunnelFor(const QString &host) const
{
    const QString privateIp = addressOf(host);
    if (!StageFiles::publicAddresses(m_contextDir).contains(privateIp))
        return std::nullopt;
    for (const SshEndpoint &e :
         SshConfigFile::endpoints(ContextFile::read(StageFiles::sshConfigPath(m_contextDir)))) {
        if (e.name == host)
            return e;
    }
    return std::nullopt;
}

DockerEndpoint HiveDockerAccess::endpoint(const QString &host) const
{
    if (const std::optional<SshEndpoint> ssh = tunnelFor(host)) {
        const Expected<DockerEndpoint> tunnel = DockerTunnels::through(*ssh);
        if (tunnel)
            return *tunnel;
        // Said by every call that uses it, in the words of its failure.
        DockerEndpoint broken;
        broken.kind = DockerEndpoint::Kind::UnixSocket;
        broken.socketPath = QStringLiteral("/nonexistent/docker.sock");
        broken.name = tunnel.error();
        return broken;
    }
    const HiveCertificates certificates(m_contextDir);
    DockerEndpoint e;
    e.kind = DockerEndpoint::Kind::Tls;
    e.host = addressOf(host);
    e.port = 2376;
    e.caFile = certificates.clientDir() + QStringLiteral("/ca.pem");
    e.certFile = certificates.clientDir() + QStringLiteral("/cert.pem");
    e.keyFile = certificates.clientDir() + QStringLiteral("/key.pem");
    e.name = host;
    return e;
}

QStringList HiveDockerAccess::cliEnvironment(const QString &host) const
{
    const DockerEndpoint e = endpoint(host);
    if (e.kind == DockerEndpoint::Kind::UnixSocket)
        return {QStringLiteral("DOCKER_HOST=unix://%1").arg(e.socketPath)};
    const HiveCertificates certificates(m_contextDir);
    return {QStringLiteral("DOCKER_HOST=tcp://%1:2376").arg(addressOf(host)),
            QStringLiteral("DOCKER_TLS_VERIFY=1"),
            QStringLiteral("DOCKER_CERT_PATH=%1").arg(certificates.clientDir())};
}

QString HiveDockerAccess::registry() const
{
    return m_stage.repositoryHost() + QLatin1Char(':') + QString::number(m_stage.registryPort);
}

QList<QPair<QByteArray, QByteArray>> HiveDockerAccess::registryAuthHeader() const
{
    const RegistryCredentials credentials(m_contextDir);
    const QJsonObject auth{{QStringLiteral("username"), credentials.user()},
                           {QStringLiteral("password"), credentials.password()},
                           {QStringLiteral("serveraddress"), registry()}};
    return {qMakePair(QByteArray("X-Registry-Auth"), QJsonDocument(auth)
                                                         .toJson(QJsonDocument::Compact)
                                                         .toBase64(QByteArray::Base64UrlEncoding))};
}

} // namespace hive
