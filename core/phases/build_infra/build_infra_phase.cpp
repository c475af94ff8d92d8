#include "phases/build_infra/build_infra_phase.h"

#include "access/stage_connections.h"
#include "access/stage_files.h"
#include "diagnostics/expected.h"
#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "inventory/value_grammar.h"
#include "phases/phase_context.h"
#include "project/context_file.h"
#include "project/project.h"
#include "providers/admin_bootstrap.h"
#include "providers/aws_provider.h"
#include "providers/aws_stage_access.h"
#include "providers/azure_provider.h"
#include "providers/docker_provider.h"
#include "providers/first_contact_keys.h"
#include "providers/gcp_provider.h"
#include "providers/kickstart_provider.h"
#include "providers/prepared_provider.h"
#include "providers/provider_catalog.h"
#include "providers/vagrant_provider.h"
#include "remote/known_hosts_file.h"
#include "remote/ssh_config_file.h"
#include "remote/ssh_key_pair.h"
#include "remote/ssh_session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QThread>
#include <memory>

namespace hive {

namespace {

QString absolute(const QString &path)
{
    return QDir(path).absolutePath();
}

constexpr int kSshWaitSeconds = 180;

// What the steps share, alive until they have run.
struct BuildInfraState
{
    InfraRequest request;
    InfraResult result;
    std::unique_ptr<InfraProvider> provider;
};

const InfraRequest::Host &hostNamed(const InfraRequest &request, const QString &name)
{
    return request.hosts.at(request.hostNames().indexOf(name));
}

// Where this machine reaches the host: a cloud host at the public address
// its provider recorded, others at their private one.
QString reachedAt(const InfraRequest &request, const QString &name)
{
    return StageFiles::reachableAddress(QFileInfo(request.knownHostsFile).absolutePath(),
                                        hostNamed(request, name).address);
}

} // namespace

bool BuildInfraPhase::plan(PhaseContext &context, Plan &plan) const
{
    RunReporter &reporter = context.reporter;
    const auto fail = [&](const QString &text) { return reporter.abort(text); };
    const PhaseOptions &options = context.options;
    const StagePlan *stage = context.stage;
    auto state = std::make_shared<BuildInfraState>();
    plan.state = state;

    InfraRequest &request = state->request;
    request.action = options.destroy ? InfraRequest::Action::Destroy
                     : options.halt  ? InfraRequest::Action::Halt
                                     : InfraRequest::Action::Build;
    request.checkOnly = options.checkOnly;
    request.hiveName = context.loaded.hive.name;
    request.stageName = stage->name;
    request.cidr = stage->cidr;
    request.stage = stage;
    for (const HostPlan &h : stage->hosts) {
        if (context.selected.contains(h.name))
            request.hosts.append({h.name, h.privateIp});
    }
    request.adminUser = StageConnections::adminUser(context.loaded, *stage);
    if (!AdminBootstrap::isValidUserName(request.adminUser))
        return fail(tr("hive_admin %1 is not a usable user name (lower case letters, digits, _ "
                       "and -; not root)")
                        .arg(request.adminUser));
    const Value rootPassword = stage->definition.value(QStringLiteral("root_password"));
    request.rootPassword = rootPassword.text();
    request.pinnedHostKeys = FirstContactKeys::pinned(*stage);
    for (const QString &key : options.hostKeys) {
        const QString address = key.section(QLatin1Char('='), 0, 0);
        const QString print = key.section(QLatin1Char('='), 1);
        if (QHostAddress(address).isNull() ||
            !ValueGrammar::matches(ValueGrammar::Kind::SshFingerprint, print))
            return fail(tr("--host-key %1: write it as ADDRESS=SHA256:… (the fingerprint "
                           "`ssh-keygen -lf` prints on the host)")
                            .arg(key));
        request.pinnedHostKeys[address] << print;
    }
    request.memoryMiB = int(stage->definition.value(QStringLiteral("memory_size")).toInt());
    request.knownHostsFile = StageFiles::knownHostsPath(context.project.contextDir());
    request.workDir = absolute(context.project.tempDir().isEmpty() ? context.project.contextDir()
                                                                   : context.project.tempDir());
    request.cancel = options.cancel;
    request.trustNewHostKeys = options.trustNewHostKeys;

    if (stage->provider == QLatin1String("docker")) {
        state->provider = std::make_unique<DockerProvider>(options.engine);
    } else if (stage->provider == QLatin1String("prepared")) {
        auto p = std::make_unique<PreparedProvider>();
        p->setIdentityFile(StageFiles::keyPath(context.project.contextDir()));
        state->provider = std::move(p);
    } else if (stage->provider == QLatin1String("aws")) {
        AwsStageAccess aws;
        QString error;
        if (!AwsStageAccess::open(context.loaded, *stage, context.project.persistents(), aws,
                                  error))
            return fail(error);
        reporter.message(tr("AWS region %1, access key from %2").arg(aws.plan.region, aws.from));
        state->provider =
            std::make_unique<AwsProvider>(std::move(aws.plan), std::move(aws.credentials),
                                          absolute(context.project.contextDir()));
    } else if (stage->provider == QLatin1String("gcp")) {
        GcpResourcePlan gcp;
        QStringList errors;
        if (!GcpResourcePlan::make(context.loaded, *stage, gcp, errors))
            return fail(errors.join(QLatin1Char('\n')));
        // A stage with a Filestore can still be stopped and taken away.
        if (const QString why = GcpProvider::cannotBuild(gcp);
            request.action == InfraRequest::Action::Build && !why.isEmpty())
            return fail(why);
        GcpServiceAccount account;
        QString from, error;
        if (!GcpServiceAccount::find(absolute(context.project.rootDir()), account, from, error))
            return fail(error);
        reporter.message(tr("GCP project %1, region %2, service account key from %3")
                             .arg(account.projectId, gcp.region, from));
        if (const QString open = GcpServiceAccount::exposure(account.file); !open.isEmpty())
            reporter.message(open);
        state->provider = std::make_unique<GcpProvider>(std::move(gcp), std::move(account),
                                                        absolute(context.project.contextDir()));
    } else if (stage->provider == QLatin1String("azure")) {
        AzureResourcePlan azure;
        QStringList errors;
        if (!AzureResourcePlan::make(context.loaded, *stage, azure, errors))
            return fail(errors.join(QLatin1Char('\n')));
        // A stage with nfs volumes can still be stopped and taken away.
        if (const QString why = AzureProvider::cannotBuild(azure);
            request.action == InfraRequest::Action::Build && !why.isEmpty())
            return fail(why);
        AzureCredentials credentials;
        QString from, error;
        if (!AzureCredentials::find(context.project.persistents(), stage->name, credentials, from,
                                    error))
            return fail(error);
        reporter.message(tr("Azure subscription %1, location %2, credentials from %3")
                             .arg(credentials.subscriptionId, azure.region, from));
        state->provider = std::make_unique<AzureProvider>(std::move(azure), std::move(credentials),
                                                          absolute(context.project.contextDir()));
    } else if (stage->provider == QLatin1String("vagrant")) {
        VagrantPlan vagrant;
        QStringList errors;
        if (!VagrantPlan::make(context.loaded, *stage, vagrant, errors))
            return fail(errors.join(QLatin1Char('\n')));
        state->provider = std::make_unique<VagrantProvider>(std::move(vagrant),
                                                            absolute(context.project.contextDir()));
    } else if (stage->provider == QLatin1String("kickstart")) {
        KickstartPlan kickstart;
        QStringList errors;
        if (!KickstartPlan::make(context.loaded, *stage, kickstart, errors))
            return fail(errors.join(QLatin1Char('\n')));
        state->provider = std::make_unique<KickstartProvider>(
            std::move(kickstart), absolute(context.project.rootDir()),
            absolute(context.project.contextDir()),
            StageFiles::keyPath(context.project.contextDir()), options.writeDevice);
    } else {
        return fail(ProviderCatalog::cannotBuild(stage->provider));
    }
    const InfraProvider &provider = *state->provider;
    const bool pins = provider.hostKeyPolicy() == SshEndpoint::HostKeyPolicy::RequireKnown;

    QList<Step> &steps = plan.steps;
    const bool build = request.action == InfraRequest::Action::Build;
    if (build)
        steps << keyStep(context, request);
    steps << state->provider->steps(request, state->result, reporter);
    if (build) {
        // Under -C no host is made, so no key is read to pin.
        if (pins && !request.checkOnly)
            steps << pinStep(request, state->result);
        steps << sshConfigStep(context, request);
        if (!request.checkOnly)
            steps << waitForSshStep(context, request, provider);
    }
    if (request.action == InfraRequest::Action::Destroy && pins && !request.checkOnly)
        steps << forgetStep(request);
    return true;
}

Step BuildInfraPhase::keyStep(PhaseContext &context, InfraRequest &request)
{
    Step step;
    step.name = QStringLiteral("ssh-key");
    step.hosts = Step::here();
    step.fatal = true; // every host is set up for this key
    step.work = [&context, &request](const QString &, QString &message) {
        const QString path = StageFiles::keyPath(context.project.contextDir());
        if (!QFile::exists(path) && request.checkOnly) {
            request.publicKey = QStringLiteral("ssh-ed25519 (not yet created)");
            message = tr("would create %1").arg(path);
            return RunEvent::Status::Changed;
        }
        const Expected<bool> created =
            SshKeyPair::ensure(path, QStringLiteral("hive@%1").arg(context.loaded.hive.name));
        const Expected<QString> line = created ? SshKeyPair::publicKeyLine(path)
                                               : Expected<QString>(unexpected(created.error()));
        if (!line) {
            message = line.error();
            return RunEvent::Status::Failed;
        }
        request.publicKey = *line;
        message = *created ? tr("created %1").arg(path) : path;
        return *created ? RunEvent::Status::Changed : RunEvent::Status::Ok;
    };
    return step;
}

Step BuildInfraPhase::pinStep(const InfraRequest &request, const InfraResult &result)
{
    Step step;
    step.name = QStringLiteral("known-hosts");
    step.hosts = request.hostNames();
    step.work = [&request, &result](const QString &host, QString &message) {
        bool changed = false;
        if (!KnownHostsFile::pin(request.knownHostsFile, reachedAt(request, host), 22,
                                 result.hostKeys(host), changed, message))
            return RunEvent::Status::Failed;
        message = changed ? tr("host keys pinned") : tr("host keys already pinned");
        return changed ? RunEvent::Status::Changed : RunEvent::Status::Ok;
    };
    return step;
}

Step BuildInfraPhase::forgetStep(const InfraRequest &request)
{
    // Per host: one that could not be removed keeps its keys (StepSequence
    // leaves it out after its failure in the hosts step).
    Step step;
    step.name = QStringLiteral("known-hosts");
    step.hosts = request.hostNames();
    step.maxParallel = 1; // one known_hosts file
    step.work = [&request](const QString &host, QString &message) {
        bool changed = false;
        // And the port setup-hosts moved sshd to: a host made again on the
        // same address answers on 22.
        // A cloud host's public address goes with it.
        const QString address = hostNamed(request, host).address;
        const QString reached = reachedAt(request, host);
        const QString contextDir = QFileInfo(request.knownHostsFile).absolutePath();
        const int moved = StageFiles::reachablePort(contextDir, address);
        if (!KnownHostsFile::forget(request.knownHostsFile,
                                    {KnownHostsFile::hostPattern(reached, 22),
                                     KnownHostsFile::hostPattern(reached, moved)},
                                    changed, message) ||
            !StageFiles::recordReachablePort(contextDir, address, 22, message) ||
            !StageFiles::recordPublicAddress(contextDir, address, QString(), message))
            return RunEvent::Status::Failed;
        message = changed ? tr("forgot its host keys") : tr("no host keys kept for it");
        return changed ? RunEvent::Status::Changed : RunEvent::Status::Ok;
    };
    return step;
}

Step BuildInfraPhase::sshConfigStep(PhaseContext &context, const InfraRequest &request)
{
    Step step;
    step.name = QStringLiteral("ssh-config");
    step.hosts = Step::here();
    step.work = [&context, &request](const QString &, QString &message) {
        const QString path = StageFiles::sshConfigPath(context.project.contextDir());
        // Every host of the stage, not only the -l selection: the file
        // describes the stage (as setup-hosts' ssh-port step rewrites it).
        const QByteArray content =
            StageConnections::sshConfig(context.project, context.loaded, *request.stage);
        message = path;
        if (request.checkOnly) {
            if (ContextFile::read(path) == content)
                return RunEvent::Status::Ok;
            message = tr("would write %1").arg(path);
            return RunEvent::Status::Changed;
        }
        bool changed = false;
        QString error;
        if (!ContextFile::writeIfChanged(path, content, changed, error)) {
            message = error;
            return RunEvent::Status::Failed;
        }
        return changed ? RunEvent::Status::Changed : RunEvent::Status::Ok;
    };
    return step;
}

Step BuildInfraPhase::waitForSshStep(PhaseContext &context, const InfraRequest &request,
                                     const InfraProvider &provider)
{
    Step step;
    step.name = QStringLiteral("wait-ssh");
    step.hosts = request.hostNames();
    step.maxParallel = 8;
    const SshEndpoint::HostKeyPolicy policy = provider.hostKeyPolicy();
    step.work = [&context, &request, policy](const QString &name, QString &message) {
        const InfraRequest::Host &h = hostNamed(request, name);
        SshEndpoint endpoint;
        endpoint.name = h.name;
        endpoint.address = reachedAt(request, name);
        endpoint.port = StageConnections::sshPort(context.project.contextDir(), context.loaded,
                                                  h.name, h.address);
        endpoint.user = request.adminUser;
        endpoint.identityFile = StageFiles::keyPath(context.project.contextDir());
        endpoint.knownHostsFile = request.knownHostsFile;
        endpoint.policy = policy;
        endpoint.connectTimeoutSeconds = 5;
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            SshSession session;
            if (session.connect(endpoint, message)) {
                const CommandResult r = session.run(QStringLiteral("sudo -n true"), 15000);
                if (r.succeeded()) {
                    message = tr("answers SSH as %1 (sudo works)").arg(endpoint.user);
                    return RunEvent::Status::Ok;
                }
                message = r.status == CommandResult::Status::Exited
                              ? tr("%1 cannot use sudo without a password on %2: %3")
                                    .arg(endpoint.user, h.name, r.stderrText.trimmed())
                              : r.error;
            } else if (session.lastConnectFailure() != SshSession::ConnectFailure::Unreachable) {
                return RunEvent::Status::Failed; // a host key or login problem does not go away
                                                 // by waiting
            }
            if ((request.cancel && request.cancel->load()) ||
                timer.elapsed() > qint64(kSshWaitSeconds) * 1000)
                return RunEvent::Status::Failed;
            QThread::msleep(1000);
        }
    };
    return step;
}

} // namespace hive
