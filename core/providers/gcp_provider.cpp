#include "providers/gcp_provider.h"

#include "cloud/gcp_rest_client.h"
#include "engine/run_reporter.h"
#include "providers/cloud_host_arrival.h"
#include "providers/gcp_instance.h"
#include "providers/gcp_network.h"
#include "providers/gcp_teardown.h"

namespace hive {

namespace {
// Instances made at once: the inserts and the waits are Google's work, not
// this machine's.
constexpr int kMaxParallel = 4;
} // namespace

GcpProvider::GcpProvider(GcpResourcePlan plan, GcpServiceAccount account, QString contextDir)
    : m_plan(std::move(plan)), m_account(std::move(account)), m_contextDir(std::move(contextDir))
{}

GcpProvider::~GcpProvider() = default;

QString GcpProvider::cannotBuild(const GcpResourcePlan &plan)
{
    if (!plan.fileStore)
        return {};
    return tr("stage %1 has nfs volumes, which need a Filestore instance on GCP: this version "
              "does not build Filestore yet (build the stage without nfs volumes, or make "
              "Filestore %2 in the console)")
        .arg(plan.stage, plan.fileStoreName);
}

std::unique_ptr<GcpRestClient> GcpProvider::compute() const
{
    // One per step and thread: the client blocks on its own event loop.
    auto client = GcpRestClient::compute(m_account);
    client->setPollMs(m_pollMs);
    client->setRetryPauseMs(qMin(m_pollMs, 1000));
    return client;
}

QList<Step> GcpProvider::steps(const InfraRequest &request, InfraResult &result,
                               RunReporter &reporter)
{
    if (request.action == InfraRequest::Action::Build) {
        Step network;
        network.name = QStringLiteral("gcp-network");
        network.hosts = Step::here();
        network.fatal = true;
        network.work = [this, &request, &reporter](const QString &, QString &message) {
            const auto client = compute();
            const GcpNetwork::Result r = GcpNetwork::ensure(
                *client, m_plan, request.checkOnly, request.cancel, [&](const QString &line) {
                    reporter.output(QStringLiteral("gcp-network"), {}, line);
                });
            message = !r.error.isEmpty() ? r.error
                      : r.changes.isEmpty()
                          ? tr("network %1 with %n subnetwork(s) and its firewalls as planned",
                               nullptr, int(m_plan.subnetworks.size()))
                                .arg(m_plan.networkName)
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
            for (const GcpResourcePlan::Instance &i : std::as_const(m_plan.instances)) {
                if (i.host != host)
                    continue;
                const auto client = compute();
                const GcpTeardown::Result r = GcpTeardown::halt(
                    *client, i, request.checkOnly, request.cancel, [&](const QString &line) {
                        reporter.output(QStringLiteral("hosts"), host, line);
                    });
                message = !r.error.isEmpty() ? r.error
                          : r.done.isEmpty() ? tr("no instance")
                                             : r.done.join(QStringLiteral("; "));
                return r.status;
            }
            message = tr("%1 is not in the stage's plan").arg(host);
            return RunEvent::Status::Failed;
        };
        return {halt};
    }

    // -D: the whole stage or nothing; a network left without some of its
    // hosts' instances would still be in use.
    Step destroy;
    destroy.name = QStringLiteral("gcp-stage");
    destroy.hosts = Step::here();
    destroy.fatal = true;
    destroy.work = [this, &request, &reporter](const QString &, QString &message) {
        if (request.hosts.size() != m_plan.instances.size()) {
            message = tr("-D on GCP removes the whole stage %1 (its network goes with it): run it "
                         "without -l. To take away one host, remove it from the inventory and "
                         "delete its instance in the console.")
                          .arg(m_plan.stage);
            return RunEvent::Status::Failed;
        }
        const auto client = compute();
        const auto file = GcpRestClient::file(m_account);
        const GcpTeardown::Result r = GcpTeardown::destroy(
            *client, file.get(), m_plan, request.checkOnly, request.cancel,
            [&](const QString &line) { reporter.output(QStringLiteral("gcp-stage"), {}, line); });
        message = r.status == RunEvent::Status::Failed || r.status == RunEvent::Status::Interrupted
                      ? r.error
                  : r.done.isEmpty() ? tr("nothing of stage %1 is left in project %2")
                                           .arg(m_plan.stage, m_account.projectId)
                                     : r.done.join(QStringLiteral("; "));
        return r.status;
    };
    return {destroy};
}

RunEvent::Status GcpProvider::buildHost(const InfraRequest &request, InfraResult &result,
                                        RunReporter &reporter, const QString &host,
                                        QString &message)
{
    const GcpResourcePlan::Instance *planned = nullptr;
    for (const GcpResourcePlan::Instance &i : std::as_const(m_plan.instances)) {
        if (i.host == host)
            planned = &i;
    }
    if (!planned) {
        message = tr("%1 is not in the stage's plan").arg(host);
        return RunEvent::Status::Failed;
    }
    const auto say = [&](const QString &line) {
        reporter.output(QStringLiteral("hosts"), host, line);
    };
    const auto client = compute();
    const GcpInstance::Result made =
        GcpInstance::ensure(*client, m_plan, *planned, request.adminUser, request.publicKey,
                            request.checkOnly, request.cancel, say);
    message = made.message;
    if (made.status == RunEvent::Status::Failed || request.checkOnly)
        return made.status;
    // Its host keys, else its serial port output.
    return CloudHostArrival::record(
        request, result, m_contextDir, m_mutex, host, planned->privateIp, made.publicIp,
        made.message, made.status,
        [&](QStringList &keys, QString &error) {
            say(tr("reading its SSH host keys from its serial port output"));
            return GcpInstance::readHostKeys(*client, *planned, keys, error, request.cancel,
                                             m_hostKeyTimeoutMs, m_pollMs, say);
        },
        message);
}

} // namespace hive
