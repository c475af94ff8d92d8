#pragma once

#include "cloud/azure_credentials.h"
#include "providers/azure_resource_plan.h"
#include "providers/infra_provider.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <mutex>

namespace hive {

class AzureRestClient;

// The `azure` provider, as hive-builder's roles/azure builds a stage: the
// resource group, security group and virtual network (azure-network), then
// per host its public IP, network interface and VM (hosts). Each host's
// public address is recorded (StageFiles::recordPublicAddress): SSH,
// ssh_config and known_hosts use it. Its SSH host keys are read from its
// serial log (boot diagnostics) through the authorised API and handed to
// build-infra to pin: no key is accepted on first sight. -H deallocates the
// selected hosts; -D removes the whole stage (AzureTeardown).
class AzureProvider : public InfraProvider
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureProvider)
public:
    AzureProvider(AzureResourcePlan plan, AzureCredentials credentials, QString contextDir);
    ~AzureProvider() override;

    QString name() const override { return QStringLiteral("azure"); }
    SshEndpoint::HostKeyPolicy hostKeyPolicy() const override
    {
        return SshEndpoint::HostKeyPolicy::RequireKnown;
    }
    QList<Step> steps(const InfraRequest &request, InfraResult &result,
                      RunReporter &reporter) override;

    // Pauses while Azure works and how long a host's keys are waited for;
    // tests make them short.
    void setPollMs(int ms) { m_pollMs = ms; }
    void setHostKeyTimeoutMs(int ms) { m_hostKeyTimeoutMs = ms; }

    // A stage this version can build on Azure (nfs volumes need Azure
    // Files, not built yet); else why not.
    static QString cannotBuild(const AzureResourcePlan &plan);

private:
    std::unique_ptr<AzureRestClient> client() const;
    const AzureResourcePlan::Machine *machineOf(const QString &host) const;
    RunEvent::Status buildHost(const InfraRequest &request, InfraResult &result,
                               RunReporter &reporter, const QString &host, QString &message);

    AzureResourcePlan m_plan;
    AzureCredentials m_credentials;
    QString m_contextDir;
    std::mutex m_mutex; // the record of public addresses
    int m_pollMs = 5000;
    int m_hostKeyTimeoutMs = 600000;
};

} // namespace hive
