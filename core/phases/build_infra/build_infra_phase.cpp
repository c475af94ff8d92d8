#include "phases/build_infra/build_infra_phase.h"

#include "access/stage_files.h"
#include "engine/host_step.h"
#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "inventory/value_grammar.h"
#include "phases/phase_context.h"
#include "phases/phase_scope.h"
#include "project/context_file.h"
#include "project/project.h"
#include "providers/admin_bootstrap.h"
#include "providers/docker_provider.h"
#include "providers/first_contact_keys.h"
#include "providers/prepared_provider.h"
#include "providers/provider_catalog.h"
#include "remote/known_hosts_file.h"
#include "remote/ssh_config_file.h"
#include "remote/ssh_key_pair.h"
#include "remote/ssh_session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QThread>
#include <memory>

namespace hive {

namespace {

QString absolute(const QString &path)
{
    return QDir(path).absolutePath();
}

} // namespace

bool BuildInfraPhase::run(PhaseContext &context) const
{
    const PhaseOptions &given = context.options;
    Options options;
    options.action = given.destroy ? InfraRequest::Action::Destroy
                     : given.halt  ? InfraRequest::Action::Halt
                                   : InfraRequest::Action::Build;
    options.checkOnly = given.checkOnly;
    options.limit = given.limit;
    options.cancel = given.cancel;
    options.engine = given.engine;
    options.trustNewHostKeys = given.trustNewHostKeys;
    options.hostKeys = given.hostKeys;
    return run(context, options);
}

bool BuildInfraPhase::run(PhaseContext &context, const Options &options) const
{
    RunReporter &reporter = context.reporter;
    const auto fail = [&](const QString &text) { return reporter.abort(text); };
    QStringList names;
    const StagePlan *stage =
        PhaseScope::begin(reporter, context.project, context.loaded, options.limit, names);
    if (!stage)
        return false;

    InfraRequest request;
    request.action = options.action;
    request.checkOnly = options.checkOnly;
    request.hiveName = context.loaded.hive.name;
    request.stageName = stage->name;
    request.cidr = stage->cidr;
    request.stage = stage;
    for (const HostPlan &h : stage->hosts) {
        if (names.contains(h.name))
            request.hosts.append({h.name, h.privateIp});
    }
    request.adminUser = StageFiles::adminUser(
        context.loaded, stage->hosts.isEmpty() ? QString() : stage->hosts.first().name);
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

    std::unique_ptr<InfraProvider> provider;
    PreparedProvider *prepared = nullptr;
    if (stage->provider == QLatin1String("docker")) {
        provider = std::make_unique<DockerProvider>(options.engine);
    } else if (stage->provider == QLatin1String("prepared")) {
        auto p = std::make_unique<PreparedProvider>();
        prepared = p.get();
        provider = std::move(p);
    } else {
        return fail(ProviderCatalog::cannotBuild(stage->provider));
    }

    if (options.action == InfraRequest::Action::Build) {
        if (!ensureKey(context, options, request.publicKey)) {
            reporter.phaseFinished();
            return false;
        }
        if (prepared)
            prepared->setIdentityFile(StageFiles::keyPath(context.project.contextDir()));
    }
    const InfraResult result = provider->run(request, reporter);
    if (result.ok && options.action == InfraRequest::Action::Build) {
        if (pinHostKeys(context, request, result) && writeSshConfig(context, request) &&
            !options.checkOnly)
            waitForSsh(context, request, result, options);
    }
    if (result.ok && options.action == InfraRequest::Action::Destroy && !options.checkOnly &&
        result.hostKeyPolicy == SshEndpoint::HostKeyPolicy::RequireKnown)
        forgetHosts(context, request);
    return reporter.phaseFinished() != RunEvent::Status::Failed;
}

bool BuildInfraPhase::ensureKey(PhaseContext &context, const Options &options,
                                QString &publicKey) const
{
    RunReporter &reporter = context.reporter;
    const QString step = QStringLiteral("ssh-key");
    const QString path = StageFiles::keyPath(context.project.contextDir());
    reporter.stepStarted(step);
    reporter.hostStarted(step, {});
    QString error;
    bool created = false;
    const bool exists = QFile::exists(path);
    if (!exists && options.checkOnly) {
        reporter.hostFinished(step, {}, RunEvent::Status::Changed, tr("would create %1").arg(path));
        reporter.stepFinished(step, RunEvent::Status::Changed);
        publicKey = QStringLiteral("ssh-ed25519 (not yet created)");
        return true;
    }
    if (!SshKeyPair::ensure(path, QStringLiteral("hive@%1").arg(context.loaded.hive.name), created,
                            error) ||
        (publicKey = SshKeyPair::publicKeyLine(path, error)).isEmpty()) {
        reporter.hostFinished(step, {}, RunEvent::Status::Failed, error);
        reporter.stepFinished(step, RunEvent::Status::Failed);
        return false;
    }
    const RunEvent::Status status = created ? RunEvent::Status::Changed : RunEvent::Status::Ok;
    reporter.hostFinished(step, {}, status, created ? tr("created %1").arg(path) : path);
    reporter.stepFinished(step, status);
    return true;
}

bool BuildInfraPhase::pinHostKeys(PhaseContext &context, const InfraRequest &request,
                                  const InfraResult &result) const
{
    RunReporter &reporter = context.reporter;
    if (result.trustedHostKeys.isEmpty())
        return true;
    const QString step = QStringLiteral("known-hosts");
    reporter.stepStarted(step);
    bool ok = true;
    for (const InfraRequest::Host &h : request.hosts) {
        if (!result.trustedHostKeys.contains(h.name))
            continue;
        reporter.hostStarted(step, h.name);
        bool changed = false;
        QString error;
        if (!KnownHostsFile::pin(request.knownHostsFile, h.address, 22,
                                 result.trustedHostKeys.value(h.name), changed, error)) {
            reporter.hostFinished(step, h.name, RunEvent::Status::Failed, error);
            ok = false;
            continue;
        }
        reporter.hostFinished(step, h.name,
                              changed ? RunEvent::Status::Changed : RunEvent::Status::Ok,
                              changed ? tr("host keys pinned") : tr("host keys already pinned"));
    }
    reporter.stepFinished(step, ok ? RunEvent::Status::Ok : RunEvent::Status::Failed);
    return ok;
}

void BuildInfraPhase::forgetHosts(PhaseContext &context, const InfraRequest &request) const
{
    RunReporter &reporter = context.reporter;
    const QString step = QStringLiteral("known-hosts");
    reporter.stepStarted(step);
    reporter.hostStarted(step, {});
    QStringList patterns;
    for (const InfraRequest::Host &h : request.hosts)
        patterns << KnownHostsFile::hostPattern(h.address, 22);
    bool changed = false;
    QString error;
    const bool ok = KnownHostsFile::forget(request.knownHostsFile, patterns, changed, error);
    const RunEvent::Status status = !ok       ? RunEvent::Status::Failed
                                    : changed ? RunEvent::Status::Changed
                                              : RunEvent::Status::Ok;
    reporter.hostFinished(step, {}, status,
                          !ok       ? error
                          : changed ? tr("forgot the host keys of %n removed host(s)", nullptr,
                                         int(request.hosts.size()))
                                    : QString());
    reporter.stepFinished(step, status);
}

bool BuildInfraPhase::writeSshConfig(PhaseContext &context, const InfraRequest &request) const
{
    RunReporter &reporter = context.reporter;
    const QString step = QStringLiteral("ssh-config");
    const QString path = StageFiles::sshConfigPath(context.project.contextDir());
    reporter.stepStarted(step);
    reporter.hostStarted(step, {});
    // Every host of the stage, not only the -l selection: the file describes the stage.
    QList<SshConfigFile::Host> hosts;
    for (const HostPlan &h : request.stage->hosts)
        hosts.append({h.name, h.privateIp, 22});
    const QByteArray content = SshConfigFile::render(
        QStringLiteral("stage %1 of %2").arg(request.stageName, request.hiveName), hosts,
        request.adminUser, StageFiles::keyPath(context.project.contextDir()),
        request.knownHostsFile);
    RunEvent::Status status = RunEvent::Status::Ok;
    QString text = path;
    if (request.checkOnly) {
        if (ContextFile::read(path) != content) {
            status = RunEvent::Status::Changed;
            text = tr("would write %1").arg(path);
        }
    } else {
        bool changed = false;
        QString error;
        if (!ContextFile::writeIfChanged(path, content, changed, error)) {
            status = RunEvent::Status::Failed;
            text = error;
        } else if (changed) {
            status = RunEvent::Status::Changed;
        }
    }
    reporter.hostFinished(step, {}, status, text);
    reporter.stepFinished(step, status);
    return status != RunEvent::Status::Failed;
}

bool BuildInfraPhase::waitForSsh(PhaseContext &context, const InfraRequest &request,
                                 const InfraResult &result, const Options &options) const
{
    RunReporter &reporter = context.reporter;
    return HostStep::run(
        reporter, QStringLiteral("wait-ssh"), request.hostNames(), 8, [&](int i, QString &message) {
            const InfraRequest::Host &h = request.hosts.at(i);
            SshEndpoint endpoint;
            endpoint.name = h.name;
            endpoint.address = h.address;
            endpoint.user = request.adminUser;
            endpoint.identityFile = StageFiles::keyPath(context.project.contextDir());
            endpoint.knownHostsFile = request.knownHostsFile;
            endpoint.policy = result.hostKeyPolicy;
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
                } else if (session.lastConnectFailure() !=
                           SshSession::ConnectFailure::Unreachable) {
                    return RunEvent::Status::Failed; // a host key or login problem does not go away
                                                     // by waiting
                }
                if ((options.cancel && options.cancel->load()) ||
                    timer.elapsed() > qint64(options.sshWaitSeconds) * 1000)
                    return RunEvent::Status::Failed;
                QThread::msleep(1000);
            }
        });
}

} // namespace hive
