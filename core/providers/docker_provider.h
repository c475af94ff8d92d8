#pragma once

#include "diagnostics/expected.h"
#include "engine/run_event.h"
#include "providers/infra_provider.h"
#include "remote/docker_endpoint.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hive {

class DockerClient;

// The `docker` provider: a stage's hosts are containers on the local Docker
// Engine that boot systemd and run sshd and their own dockerd, on a bridge
// network with the stage's cidr, each at its hive_private_ip. Everything it
// makes carries labels naming the hive and stage; -D removes only that.
class DockerProvider : public InfraProvider
{
    Q_DECLARE_TR_FUNCTIONS(hive::DockerProvider)
public:
    explicit DockerProvider(DockerEndpoint engine);

    QString name() const override { return QStringLiteral("docker"); }
    SshEndpoint::HostKeyPolicy hostKeyPolicy() const override
    {
        // It reads each container's keys inside it: unknown keys are refused.
        return SshEndpoint::HostKeyPolicy::RequireKnown;
    }
    QList<Step> steps(const InfraRequest &request, InfraResult &result,
                      RunReporter &reporter) override;

    static QString networkName(const QString &hiveName, const QString &stage);
    static QString volumeName(const QString &host);
    static QJsonObject labels(const QString &hiveName, const QString &stage);
    // The local engine's networks and their IPv4 subnets (name, cidr), for
    // a stage's cidr to stay clear of them.
    struct Subnet
    {
        QString network;
        QString cidr;
    };
    static Expected<QList<Subnet>> localSubnets(const DockerEndpoint &engine);

private:
    DockerEndpoint m_engine;
    QString m_image; // the node image, once its step has run

    RunEvent::Status checkEngine(QString &message);
    RunEvent::Status ensureNetwork(const InfraRequest &request, QString &message);
    RunEvent::Status removeNetwork(const InfraRequest &request, QString &message);
    // One host, in its own thread: returns its status, sets `message`.
    RunEvent::Status buildHost(const InfraRequest &request, const InfraRequest::Host &host,
                               const QString &image, QStringList &hostKeys, QString &message);
    RunEvent::Status haltHost(const InfraRequest &request, const InfraRequest::Host &host,
                              QString &message);
    RunEvent::Status destroyHost(const InfraRequest &request, const InfraRequest::Host &host,
                                 QString &message);
    bool ownedByThisHive(const QJsonObject &container, const InfraRequest &request) const;
    QJsonObject containerSpec(const InfraRequest &request, const InfraRequest::Host &host,
                              const QString &image) const;
    // Waits for the host's systemd, then sets up the admin user and reads
    // the host's SSH keys, in one exec once it is up.
    bool bootstrapOnceBooted(DockerClient &docker, const InfraRequest &request,
                             const InfraRequest::Host &host, bool &changed, QStringList &hostKeys,
                             QString &message);
};

} // namespace hive
