#pragma once

#include "cloud/aws_signature.h"
#include "providers/aws_instance.h"
#include "providers/aws_resource_plan.h"
#include "providers/infra_provider.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <memory>
#include <mutex>

namespace hive {

class AwsQueryClient;
class AwsRestJsonClient;

// The `aws` provider, as hive-builder's roles/aws builds a stage: the
// network (aws-network), the key pair (aws-key-pair), the image
// (aws-image), then per host its instance and Elastic IP (hosts), and with
// nfs volumes an EFS file system (aws-file-system). Each
// host's public address is recorded (StageFiles::recordPublicAddress): SSH,
// ssh_config and known_hosts use it. Its SSH host keys are read from its
// console output through the signed API and handed to build-infra to pin:
// no key is accepted on first sight. -H stops the selected hosts; -D
// removes the whole stage (EFS, instances, Elastic IPs, key pair, subnets,
// gateway, VPC), only what carries the hive's tags.
class AwsProvider : public InfraProvider
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsProvider)
public:
    AwsProvider(AwsResourcePlan plan, AwsCredentials credentials, QString contextDir);
    ~AwsProvider() override;

    QString name() const override { return QStringLiteral("aws"); }
    SshEndpoint::HostKeyPolicy hostKeyPolicy() const override
    {
        return SshEndpoint::HostKeyPolicy::RequireKnown;
    }
    QList<Step> steps(const InfraRequest &request, InfraResult &result,
                      RunReporter &reporter) override;

    // Pauses while AWS works (instance states, console output); tests
    // make them short.
    void setPollMs(int ms) { m_pollMs = ms; }
    // How long a host's console output is waited for (cloud-init prints
    // the host keys a minute or two after boot).
    void setHostKeyTimeoutMs(int ms) { m_hostKeyTimeoutMs = ms; }

private:
    std::unique_ptr<AwsQueryClient> client() const;
    std::unique_ptr<AwsRestJsonClient> fileSystems() const;
    QList<Step> buildSteps(const InfraRequest &request, InfraResult &result, RunReporter &reporter);
    RunEvent::Status buildHost(const InfraRequest &request, InfraResult &result,
                               RunReporter &reporter, const QString &host, QString &message);

    AwsResourcePlan m_plan;
    AwsCredentials m_credentials;
    QString m_contextDir;
    int m_pollMs = 5000;
    int m_hostKeyTimeoutMs = 600000;

    // What the stage-wide steps found or made, for the hosts step.
    std::mutex m_mutex;
    AwsInstance::Where m_where;
    QHash<QString, QString> m_subnetIds; // subnet name -> id
};

} // namespace hive
