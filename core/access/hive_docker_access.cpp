#include "access/hive_docker_access.h"

#include "access/hive_builder_files.h"
#include "access/hive_certificates.h"
#include "access/registry_credentials.h"
#include "access/stage_files.h"
#include "inventory/hive_model.h"
#include "project/project.h"

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

DockerEndpoint HiveDockerAccess::endpoint(const QString &host) const
{
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
