#include "providers/azure_provider.h"

#include "cloud/azure_rest_client.h"
#include "engine/run_reporter.h"
#include "providers/azure_instance.h"
#include "providers/azure_network.h"
#include "providers/azure_teardown.h"
#include "providers/cloud_host_arrival.h"

namespace hive {

namespace {
// VMs made at once: the requests and the waits are Azure's work, not this
// machine's.
constexpr int kMaxParallel = 4;
} // namespace

AzureProvider::AzureProvider(AzureResourcePlan plan, AzureCredentials credentials,
                             QString contextDir)
    : m_plan(std::move(plan)), m_credentials(std::move(credentials)),
      m_contextDir(std::move(contextDir))
{}

AzureProvider::~AzureProvider() = default;

QString AzureProvider::cannotBuild(const AzureResourcePlan &plan)
{
    if (!plan.storageAccount)
        return {};
    return tr("stage %1 has nfs volumes, which need Azure Files (storage account %2) on Azure: "
              "this version does not build them yet (build the stage without nfs volumes)")
        .arg(plan.stage, plan.storageAccountName);
}

std::unique_ptr<AzureRestClient> AzureProvider::client() const
{
    // One per step and thread: the client blocks on its own event loop.
    auto arm = AzureRestClient::make(m_credentials);
    arm->setPollMs(m_pollMs);
    arm->setRetryPauseMs(qMin(m_pollMs, 1000));
    return arm;
}

const AzureResourcePlan::Machine *AzureProvider::machineOf(const QString &host) const
{
    for (const AzureResourcePlan::Machine &m : m_plan.machines) {
        if (m.host == host)
            return &m;
    }
    return nullptr;
}

QList<Step> AzureProvider::steps(const InfraRequest &request, InfraResult &result,
                                 RunReporter &reporter)
{
    if (request.action == InfraRequest::Action::Build) {
        Step network;
        network.name = QStringLiteral("azure-network");
        network.hosts = Step::here();
        network.fatal = true;
        network.work = [this, &request, &reporter](const QString &, QString &message) {
            const auto arm = client();
            const AzureNetwork::Result r = AzureNetwork::ensure(
                *arm, m_plan, request.checkOnly, request.cancel, [&](const QString &line) {
                    reporter.output(QStringLiteral("azure-network"), {}, line);
                });
            message = !r.error.isEmpty() ? r.error
                      : r.changes.isEmpty()
                          ? tr("resource group %1, virtual network %2 with %n subnet(s) and "
                               "security group %3 as planned",
                               nullptr, int(m_plan.subnets.size()))
                                .arg(m_plan.resourceGroup, m_plan.networkName, m_plan.securityGroup)
                          : r.changes.join(QStringLiteral("; "));
            return r.status;
        };
        Step hosts;
        hosts.name = QStringLiteral("hosts");
        hosts.hosts = request.hostNames();
        hosts.maxParallel = kMaxParallel;
        hosts.work = [this, &request, &result, &reporter](const QString &host, QString &message) {
            return buildHost(request, result, reporter, host, message);
        };
        return {network, hosts};
    }

    if (request.action == InfraRequest::Action::Halt) {
        Step halt;
        halt.name = QStringLiteral("hosts");
        halt.hosts = request.hostNames();
        halt.maxParallel = kMaxParallel;
        halt.work = [this, &request, &reporter](const QString &host, QString &message) {
            const AzureResourcePlan::Machine *m = machineOf(host);
            if (!m) {
                message = tr("%1 is not in the stage's plan").arg(host);
                return RunEvent::Status::Failed;
            }
            const auto arm = client();
            const AzureTeardown::Result r = AzureTeardown::halt(
                *arm, m_plan, *m, request.checkOnly, request.cancel,
                [&](const QString &line) { reporter.output(QStringLiteral("hosts"), host, line); });
            message = !r.error.isEmpty() ? r.error
                      : r.done.isEmpty() ? tr("no VM")
                                         : r.done.join(QStringLiteral("; "));
            return r.status;
        };
        return {halt};
    }

    // -D: the whole stage or nothing; a virtual network left without some
    // of its hosts would still be in use.
    Step destroy;
    destroy.name = QStringLiteral("azure-stage");
    destroy.hosts = Step::here();
    destroy.fatal = true;
    destroy.work = [this, &request, &reporter](const QString &, QString &message) {
        if (request.hosts.size() != m_plan.machines.size()) {
            message = tr("-D on Azure removes the whole stage %1 (its network goes with it): run "
                         "it without -l. To take away one host, remove it from the inventory and "
                         "delete its VM in the portal.")
                          .arg(m_plan.stage);
            return RunEvent::Status::Failed;
        }
        const auto arm = client();
        const AzureTeardown::Result r = AzureTeardown::destroy(
            *arm, m_plan, request.checkOnly, request.cancel,
            [&](const QString &line) { reporter.output(QStringLiteral("azure-stage"), {}, line); });
        message = r.status == RunEvent::Status::Failed || r.status == RunEvent::Status::Interrupted
                      ? r.error
                  : r.done.isEmpty() ? tr("nothing of stage %1 is left in resource group %2")
                                           .arg(m_plan.stage, m_plan.resourceGroup)
                                     : r.done.join(QStringLiteral("; "));
        return r.status;
    };
    return {destroy};
}

RunEvent::Status AzureProvider::buildHost(const InfraRequest &request, InfraResult &result,
                                          RunReporter &reporter, const QString &host,
                                          QString &message)
{
    const AzureResourcePlan::Machine *planned = machineOf(host);
    if (!planned) {
        message = tr("%1 is not in the stage's plan").arg(host);
        return RunEvent::Status::Failed;
    }
    const auto say = [&](const QString &line) {
        reporter.output(QStringLiteral("hosts"), host, line);
    };
    const auto arm = client();
    const AzureInstance::Result made =
        AzureInstance::ensure(*arm, m_plan, *planned, request.adminUser, request.publicKey,
                              request.checkOnly, request.cancel, say);
    message = made.message;
    if (made.status == RunEvent::Status::Failed || request.checkOnly)
        return made.status;
    return CloudHostArrival::record(
        request, result, m_contextDir, m_mutex, host, planned->privateIp, made.publicIp,
        made.message, made.status,
        [&](QStringList &keys, QString &error) {
            if (!made.keysReadable) {
                error = tr("VM %1 was made without boot diagnostics, so the SSH host keys "
                           "cloud-init printed at its first boot cannot be read through Azure "
                           "(turning them on now does not bring them back): read them on its "
                           "serial console in the portal, add them to %2 for %3, and run "
                           "build-infra again")
                            .arg(planned->name, request.knownHostsFile, made.publicIp);
                return false;
            }
            say(tr("reading its SSH host keys from its serial log (boot diagnostics)"));
            return AzureInstance::readHostKeys(*arm, m_plan, *planned, keys, error, request.cancel,
                                               m_hostKeyTimeoutMs, m_pollMs, say);
        },
        message);
}

} // namespace hive
