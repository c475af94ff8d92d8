#pragma once

#include "diagnostics/expected.h"
#include "remote/docker_endpoint.h"
#include "remote/ssh_endpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace hive {

class Project;
struct StagePlan;

// How this machine reaches a hive host's Docker Engine and the hive's
// registry after setup-hosts: the TLS API on 2376 with the admin's client
// certificate of the hive CA (a cloud host reached at its public address:
// its Docker socket over SSH, DockerTunnels), and the registry user's
// credentials.
class HiveDockerAccess
{
    Q_DECLARE_TR_FUNCTIONS(hive::HiveDockerAccess)
public:
    HiveDockerAccess(const Project &project, const StagePlan &stage);

    // An error saying to run setup-hosts first when the client certificate
    // or the registry password is missing.
    Expected<void> ready() const;
    // The API of one host of the stage.
    DockerEndpoint endpoint(const QString &host) const;
    // DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH for a docker CLI
    // (Ansible's docker connection) that talks to `host`.
    QStringList cliEnvironment(const QString &host) const;
    // "repository-host:5000" (hive_registry_port)
    QString registry() const;
    // X-Registry-Auth for the hive registry (the password never goes
    // anywhere else).
    QList<QPair<QByteArray, QByteArray>> registryAuthHeader() const;

private:
    QString m_contextDir;
    const StagePlan &m_stage;
    QString addressOf(const QString &host) const;
    // How ssh_config reaches a host that has a public address.
    std::optional<SshEndpoint> tunnelFor(const QString &host) const;
};

} // namespace hive
