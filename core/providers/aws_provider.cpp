#include "providers/aws_provider.h"

#include "access/stage_files.h"
#include "cloud/aws_query_client.h"
#include "cloud/aws_rest_json_client.h"
#include "engine/run_reporter.h"
#include "providers/aws_file_system.h"
#include "providers/aws_host_keys.h"
#include "providers/aws_key_pair.h"
#include "providers/aws_network.h"
#include "providers/aws_teardown.h"
#include "providers/cloud_host_arrival.h"

namespace hive {

namespace {
// Instances made at once: RunInstances and the waits are AWS's work, not
// this machine's.
constexpr int kMaxParallel = 4;
} // namespace

AwsProvider::AwsProvider(AwsResourcePlan plan, AwsCredentials credentials, QString contextDir)
    : m_plan(std::move(plan)), m_credentials(std::move(credentials)),
      m_contextDir(std::move(contextDir))
{}

AwsProvider::~AwsProvider() = default;

std::unique_ptr<AwsRestJsonClient> AwsProvider::fileSystems() const
{
    return AwsRestJsonClient::efs(m_credentials, m_plan.region);
}

std::unique_ptr<AwsQueryClient> AwsProvider::client() const
{
    // One per step and thread: the client blocks on its own event loop.
    return AwsQueryClient::ec2(m_credentials, m_plan.region);
}

QList<Step> AwsProvider::steps(const InfraRequest &request, InfraResult &result,
                               RunReporter &reporter)
{
    if (request.action == InfraRequest::Action::Build)
        return buildSteps(request, result, reporter);

    if (request.action == InfraRequest::Action::Halt) {
        Step halt;
        halt.name = QStringLiteral("hosts");
        halt.hosts = request.hostNames();
        halt.maxParallel = kMaxParallel;
        halt.work = [this, &request, &reporter](const QString &host, QString &message) {
            AwsResourcePlan one = m_plan;
            one.instances.clear();
            for (const AwsResourcePlan::Instance &i : std::as_const(m_plan.instances))
                if (i.host == host)
                    one.instances << i;
            const auto ec2 = client();
            const AwsTeardown::Result r = AwsTeardown::halt(
                *ec2, one, request.checkOnly, request.cancel,
                [&](const QString &line) { reporter.output(QStringLiteral("hosts"), host, line); },
                m_pollMs);
            message = r.status == RunEvent::Status::Failed ? r.error
                      : r.done.isEmpty()                   ? tr("no running instance")
                                                           : r.done.join(QStringLiteral("; "));
            return r.status;
        };
        return {halt};
    }

    // -D: the whole stage or nothing; a network left without some of its
    // hosts' instances would still be in use.
    Step destroy;
    destroy.name = QStringLiteral("aws-stage");
    destroy.hosts = Step::here();
    destroy.fatal = true;
    destroy.work = [this, &request, &reporter](const QString &, QString &message) {
        if (request.hosts.size() != m_plan.instances.size()) {
            message = tr("-D on AWS removes the whole stage %1 (its network goes with it): run it "
                         "without -l. To take away one host, remove it from the inventory and "
                         "terminate its instance in the AWS console.")
                          .arg(m_plan.stage);
            return RunEvent::Status::Failed;
        }
        // The file system first: its mount targets hold addresses in the
        // subnets.
        QString efsDone;
        if (m_plan.fileSystem) {
            const auto efs = fileSystems();
            const AwsFileSystem::Result gone = AwsFileSystem::destroy(
                *efs, m_plan, request.checkOnly, request.cancel,
                [&](const QString &line) {
                    reporter.output(QStringLiteral("aws-stage"), {}, line);
                },
                m_pollMs);
            if (gone.status == RunEvent::Status::Failed) {
                message = gone.message;
                return gone.status;
            }
            efsDone = gone.message;
            QString error;
            if (!request.checkOnly &&
                !StageFiles::recordFileSystemAddress(m_contextDir, QString(), error)) {
                message = error;
                return RunEvent::Status::Failed;
            }
        }
        const auto ec2 = client();
        const AwsTeardown::Result r = AwsTeardown::destroy(
            *ec2, m_plan, request.checkOnly, request.cancel,
            [&](const QString &line) { reporter.output(QStringLiteral("aws-stage"), {}, line); },
            m_pollMs);
        if (r.status == RunEvent::Status::Failed) {
            message = r.error;
            return r.status;
        }
        QStringList done = r.done;
        if (!efsDone.isEmpty())
            done.prepend(efsDone);
        message = done.join(QStringLiteral("; "));
        return r.status;
    };
    return {destroy};
}

QList<Step> AwsProvider::buildSteps(const InfraRequest &request, InfraResult &result,
                                    RunReporter &reporter)
{
    Step network;
    network.name = QStringLiteral("aws-network");
    network.hosts = Step::here();
    network.fatal = true;
    network.work = [this, &request, &reporter](const QString &, QString &message) {
        const auto ec2 = client();
        const AwsNetwork::Result r =
            AwsNetwork::ensure(*ec2, m_plan, request.checkOnly, [&](const QString &line) {
                reporter.output(QStringLiteral("aws-network"), {}, line);
            });
        if (r.status == RunEvent::Status::Failed) {
            message = r.error;
            return r.status;
        }
        {
            std::lock_guard lock(m_mutex);
            m_where.groupId = r.groupId;
            m_subnetIds = r.subnetIds;
        }
        message = r.changes.isEmpty()
                      ? tr("VPC %1 (%2) with its gateway, %n subnet(s) and security group as "
                           "planned",
                           nullptr, int(m_plan.subnets.size()))
                            .arg(m_plan.vpcName, r.vpcId)
                      : r.changes.join(QStringLiteral("; "));
        return r.status;
    };

    Step keyPair;
    keyPair.name = QStringLiteral("aws-key-pair");
    keyPair.hosts = Step::here();
    keyPair.fatal = true;
    keyPair.work = [this, &request](const QString &, QString &message) {
        const auto ec2 = client();
        const RunEvent::Status s = AwsKeyPair::ensure(*ec2, m_plan.keyName, request.publicKey,
                                                      m_plan.hiveName, request.checkOnly, message);
        std::lock_guard lock(m_mutex);
        m_where.keyName = m_plan.keyName;
        return s;
    };

    Step image;
    image.name = QStringLiteral("aws-image");
    image.hosts = Step::here();
    image.fatal = true;
    image.work = [this](const QString &, QString &message) {
        const auto ec2 = client();
        AwsInstance::Image found;
        if (!AwsInstance::resolveImage(*ec2, m_plan.image, found, message))
            return RunEvent::Status::Failed;
        std::lock_guard lock(m_mutex);
        m_where.image = found;
        message = tr("%1 (root device %2)").arg(found.id, found.rootDevice);
        return RunEvent::Status::Ok;
    };

    Step hosts;
    hosts.name = QStringLiteral("hosts");
    hosts.hosts = request.hostNames();
    hosts.maxParallel = kMaxParallel;
    hosts.work = [this, &request, &result, &reporter](const QString &host, QString &message) {
        return buildHost(request, result, reporter, host, message);
    };

    QList<Step> steps{network, keyPair, image, hosts};
    if (m_plan.fileSystem) {
        // For the stage's nfs volumes: one EFS, a mount target per subnet.
        Step efs;
        efs.name = QStringLiteral("aws-file-system");
        efs.hosts = Step::here();
        efs.work = [this, &request, &reporter](const QString &, QString &message) {
            QHash<QString, QString> subnets;
            QString group;
            {
                std::lock_guard lock(m_mutex);
                subnets = m_subnetIds;
                group = m_where.groupId;
            }
            const auto client = fileSystems();
            const AwsFileSystem::Result r = AwsFileSystem::ensure(
                *client, m_plan, subnets, group, request.checkOnly, request.cancel,
                [&](const QString &line) {
                    reporter.output(QStringLiteral("aws-file-system"), {}, line);
                },
                m_pollMs);
            message = r.message;
            // build-volumes mounts it from there.
            QString error;
            if (!request.checkOnly && r.status != RunEvent::Status::Failed &&
                !StageFiles::recordFileSystemAddress(m_contextDir, r.dnsName, error)) {
                message = error;
                return RunEvent::Status::Failed;
            }
            return r.status;
        };
        steps << efs;
    }
    return steps;
}

RunEvent::Status AwsProvider::buildHost(const InfraRequest &request, InfraResult &result,
                                        RunReporter &reporter, const QString &host,
                                        QString &message)
{
    const AwsResourcePlan::Instance *planned = nullptr;
    for (const AwsResourcePlan::Instance &i : std::as_const(m_plan.instances))
        if (i.host == host)
            planned = &i;
    if (!planned) {
        message = tr("%1 is not in the stage's plan").arg(host);
        return RunEvent::Status::Failed;
    }
    AwsInstance::Where where;
    {
        std::lock_guard lock(m_mutex);
        where = m_where;
        where.subnetId = m_subnetIds.value(planned->subnet);
    }
    const auto say = [&](const QString &line) {
        reporter.output(QStringLiteral("hosts"), host, line);
    };
    const auto ec2 = client();
    const AwsInstance::Result made = AwsInstance::ensure(
        *ec2, m_plan, *planned, where, request.checkOnly, request.cancel, say, m_pollMs);
    message = made.message;
    if (made.status == RunEvent::Status::Failed || request.checkOnly)
        return made.status;
    // Its host keys, else its console output.
    return CloudHostArrival::record(
        request, result, m_contextDir, m_mutex, host, planned->privateIp, made.publicIp,
        made.message, made.status,
        [&](QStringList &keys, QString &error) {
            say(tr("reading its SSH host keys from its console output"));
            return AwsHostKeys::read(*ec2, made.instanceId, keys, error, request.cancel,
                                     m_hostKeyTimeoutMs, m_pollMs, say);
        },
        message);
}

} // namespace hive
