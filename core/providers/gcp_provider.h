#pragma once

#include "cloud/gcp_service_account.h"
#include "providers/gcp_resource_plan.h"
#include "providers/infra_provider.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <mutex>

namespace hive {

class GcpRestClient;

// The `gcp` provider, as hive-builder's roles/gcp builds a stage: the
// network with its subnetworks and firewalls (gcp-network), then per host
// its static address and instance (hosts). Each host's public address is
// recorded (StageFiles::recordPublicAddress): SSH, ssh_config and
// known_hosts use it. Its SSH host keys are read from its serial port
// output through the authorised API and handed to build-infra to pin: no
// key is accepted on first sight. -H stops the selected hosts; -D removes
// the whole stage (instances with their disks, addresses, firewalls,
// subnetworks, network), only what has the plan's names.
class GcpProvider : public InfraProvider
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpProvider)
public:
    GcpProvider(GcpResourcePlan plan, GcpServiceAccount account, QString contextDir);
    ~GcpProvider() override;

    QString name() const override { return QStringLiteral("gcp"); }
    SshEndpoint::HostKeyPolicy hostKeyPolicy() const override
    {
        return SshEndpoint::HostKeyPolicy::RequireKnown;
    }
    QList<Step> steps(const InfraRequest &request, InfraResult &result,
                      RunReporter &reporter) override;

    // Pauses while Google works and how long a host's keys are waited for;
    // tests make them short.
    void setPollMs(int ms) { m_pollMs = ms; }
    void setHostKeyTimeoutMs(int ms) { m_hostKeyTimeoutMs = ms; }

    // A stage this version can build on GCP (nfs volumes need Filestore,
    // not built yet); else why not.
    static QString cannotBuild(const GcpResourcePlan &plan);

private:
    std::unique_ptr<GcpRestClient> compute() const;
    RunEvent::Status buildHost(const InfraRequest &request, InfraResult &result,
                               RunReporter &reporter, const QString &host, QString &message);

    GcpResourcePlan m_plan;
    GcpServiceAccount m_account;
    QString m_contextDir;
    std::mutex m_mutex; // the record of public addresses
    int m_pollMs = 2000;
    int m_hostKeyTimeoutMs = 600000;
};

} // namespace hive
