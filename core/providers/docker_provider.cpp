#include "providers/docker_provider.h"

#include "engine/run_reporter.h"
#include "inventory/ipv4_network.h"
#include "providers/admin_bootstrap.h"
#include "providers/node_image_builder.h"
#include "remote/docker_client.h"
#include "remote/shell_command.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

namespace hive {

namespace {

const QString kLabelHive = QStringLiteral("studio.hive.name");
const QString kLabelStage = QStringLiteral("studio.hive.stage");
constexpr int kMaxParallel = 4;

QString stepName(const char *name)
{
    return QString::fromLatin1(name);
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

QString ipOf(const QJsonObject &container, const QString &network)
{
    return container.value(QStringLiteral("NetworkSettings"))
        .toObject()
        .value(QStringLiteral("Networks"))
        .toObject()
        .value(network)
        .toObject()
        .value(QStringLiteral("IPAMConfig"))
        .toObject()
        .value(QStringLiteral("IPv4Address"))
        .toString();
}

} // namespace

DockerProvider::DockerProvider(DockerEndpoint engine) : m_engine(std::move(engine))
{}

QString DockerProvider::networkName(const QString &hiveName, const QString &stage)
{
    return QStringLiteral("hive.%1.%2").arg(stage, hiveName);
}

Expected<QList<DockerProvider::Subnet>> DockerProvider::localSubnets(const DockerEndpoint &engine)
{
    DockerClient docker(engine);
    const DockerClient::Reply reply = docker.listNetworks();
    if (!reply.ok)
        return unexpected(reply.error);
    QList<Subnet> out;
    for (const QJsonValue &n : reply.json.array()) {
        const QJsonObject network = n.toObject();
        const QJsonArray configs = network.value(QStringLiteral("IPAM"))
                                       .toObject()
                                       .value(QStringLiteral("Config"))
                                       .toArray();
        for (const QJsonValue &c : configs) {
            const QString subnet = c.toObject().value(QStringLiteral("Subnet")).toString();
            if (!subnet.isEmpty() && !subnet.contains(QLatin1Char(':')))
                out << Subnet{network.value(QStringLiteral("Name")).toString(), subnet};
        }
    }
    return out;
}

QString DockerProvider::volumeName(const QString &host)
{
    return host + QStringLiteral(".docker");
}

QJsonObject DockerProvider::labels(const QString &hiveName, const QString &stage)
{
    return QJsonObject{{kLabelHive, hiveName}, {kLabelStage, stage}};
}

bool DockerProvider::ownedByThisHive(const QJsonObject &container,
                                     const InfraRequest &request) const
{
    const QJsonObject l = container.value(QStringLiteral("Config"))
                              .toObject()
                              .value(QStringLiteral("Labels"))
                              .toObject();
    return l.value(kLabelHive).toString() == request.hiveName &&
           l.value(kLabelStage).toString() == request.stageName;
}

QList<Step> DockerProvider::steps(const InfraRequest &request, InfraResult &result,
                                  RunReporter &reporter)
{
    QList<Step> steps;
    const auto here = [&](const char *name, Step::Work work) {
        Step step;
        step.name = stepName(name);
        step.hosts = Step::here();
        step.fatal = true; // the hosts need the engine, the image and the network
        step.work = std::move(work);
        steps << step;
    };
    here("engine", [this](const QString &, QString &message) { return checkEngine(message); });
    if (request.action == InfraRequest::Action::Build) {
        here("node-image", [this, &request, &reporter](const QString &, QString &message) {
            DockerClient docker(m_engine);
            NodeImageBuilder builder(docker, reporter, stepName("node-image"));
            RunEvent::Status status = RunEvent::Status::Ok;
            const bool ok =
                builder.ensure(NodeImageRecipe::standard(), request.workDir, request.checkOnly,
                               request.cancel, m_image, status, message);
            if (ok)
                message = m_image;
            return ok ? status : RunEvent::Status::Failed;
        });
        here("network", [this, &request](const QString &, QString &message) {
            return ensureNetwork(request, message);
        });
    }

    Step hosts;
    hosts.name = stepName("hosts");
    hosts.hosts = request.hostNames();
    hosts.maxParallel = kMaxParallel;
    hosts.work = [this, &request, &result](const QString &name, QString &message) {
        const InfraRequest::Host &host = request.hosts.at(request.hostNames().indexOf(name));
        if (cancelled(request.cancel)) {
            message = tr("cancelled");
            return RunEvent::Status::Interrupted;
        }
        if (request.action == InfraRequest::Action::Halt)
            return haltHost(request, host, message);
        if (request.action == InfraRequest::Action::Destroy)
            return destroyHost(request, host, message);
        QStringList keys;
        const RunEvent::Status status = buildHost(request, host, m_image, keys, message);
        if (!keys.isEmpty())
            result.addHostKeys(host.name, keys);
        return status;
    };
    steps << hosts;

    // Removed only once no container uses it: a host that could not be
    // removed keeps it.
    if (request.action == InfraRequest::Action::Destroy) {
        Step network;
        network.name = stepName("network");
        network.hosts = Step::here();
        network.work = [this, &request](const QString &, QString &message) {
            return removeNetwork(request, message);
        };
        steps << network;
    }
    return steps;
}

RunEvent::Status DockerProvider::checkEngine(QString &message)
{
    DockerClient docker(m_engine);
    const DockerClient::Reply version = docker.version();
    if (!version.ok) {
        message =
            tr("no Docker Engine answers at %1 (%2). Start one: as root, `systemctl start docker`, "
               "or where no init system runs it, `dockerd &`; or point DOCKER_HOST at one.")
                .arg(m_engine.displayName(), version.error);
        return RunEvent::Status::Failed;
    }
    message = tr("Docker Engine %1 at %2")
                  .arg(version.object().value(QStringLiteral("Version")).toString(),
                       m_engine.displayName());
    return RunEvent::Status::Ok;
}

RunEvent::Status DockerProvider::ensureNetwork(const InfraRequest &request, QString &message)
{
    const QString name = networkName(request.hiveName, request.stageName);
    const auto finish = [&](RunEvent::Status status, const QString &text) {
        message = text;
        return status;
    };
    Ipv4Network cidr;
    QString parseError;
    if (!Ipv4Network::parse(request.cidr, cidr, parseError))
        return finish(RunEvent::Status::Failed,
                      tr("stage %1 has no valid cidr (%2); the docker provider needs one")
                          .arg(request.stageName, request.cidr));
    DockerClient docker(m_engine);
    const DockerClient::Reply existing = docker.inspectNetwork(name);
    if (existing.ok) {
        const QJsonArray configs = existing.object()
                                       .value(QStringLiteral("IPAM"))
                                       .toObject()
                                       .value(QStringLiteral("Config"))
                                       .toArray();
        const QString subnet =
            configs.isEmpty()
                ? QString()
                : configs.first().toObject().value(QStringLiteral("Subnet")).toString();
        if (subnet != cidr.toString())
            return finish(RunEvent::Status::Failed,
                          tr("network %1 exists with subnet %2, but the stage's cidr is %3: remove "
                             "the stage's hosts with `hive build-infra -D` first")
                              .arg(name, subnet, cidr.toString()));
        return finish(RunEvent::Status::Ok, tr("network %1 (%2)").arg(name, subnet));
    }
    if (existing.status != 404)
        return finish(RunEvent::Status::Failed, existing.error);
    if (request.checkOnly)
        return finish(RunEvent::Status::Changed,
                      tr("would create network %1 (%2)").arg(name, cidr.toString()));
    const QJsonObject spec{
        {QStringLiteral("Name"), name},
        {QStringLiteral("Driver"), QStringLiteral("bridge")},
        {QStringLiteral("CheckDuplicate"), true},
        {QStringLiteral("Labels"), labels(request.hiveName, request.stageName)},
        {QStringLiteral("IPAM"),
         QJsonObject{{QStringLiteral("Config"),
                      QJsonArray{QJsonObject{{QStringLiteral("Subnet"), cidr.toString()},
                                             {QStringLiteral("Gateway"),
                                              Ipv4Network::formatAddress(cidr.network() + 1)}}}}}},
    };
    const DockerClient::Reply created = docker.createNetwork(spec);
    if (!created.ok)
        return finish(RunEvent::Status::Failed,
                      tr("cannot create network %1 (%2): %3. Another network may use the same "
                         "addresses; change the stage's cidr or remove that network.")
                          .arg(name, cidr.toString(), created.error));
    return finish(RunEvent::Status::Changed,
                  tr("created network %1 (%2)").arg(name, cidr.toString()));
}

RunEvent::Status DockerProvider::removeNetwork(const InfraRequest &request, QString &message)
{
    const QString name = networkName(request.hiveName, request.stageName);
    DockerClient docker(m_engine);
    RunEvent::Status status = RunEvent::Status::Ok;
    QString text = tr("network %1 is not there").arg(name);
    const DockerClient::Reply existing = docker.inspectNetwork(name);
    if (existing.ok) {
        const int attached =
            int(existing.object().value(QStringLiteral("Containers")).toObject().size());
        if (attached > 0) {
            text = tr("network %1 kept: %n container(s) still use it", nullptr, attached).arg(name);
        } else if (request.checkOnly) {
            status = RunEvent::Status::Changed;
            text = tr("would remove network %1").arg(name);
        } else {
            const DockerClient::Reply removed = docker.removeNetwork(name);
            status = removed.ok ? RunEvent::Status::Changed : RunEvent::Status::Failed;
            text = removed.ok ? tr("removed network %1").arg(name) : removed.error;
        }
    }
    message = text;
    return status;
}

QJsonObject DockerProvider::containerSpec(const InfraRequest &request,
                                          const InfraRequest::Host &host,
                                          const QString &image) const
{
    const QString network = networkName(request.hiveName, request.stageName);
    QJsonObject hostConfig{
        // Not --privileged: many machines cannot grant every capability (Docker asks for
        // all of them); these are what systemd and an inner dockerd need.
        {QStringLiteral("CapAdd"), QJsonArray{QStringLiteral("ALL")}},
        {QStringLiteral("CapDrop"), QJsonArray{QStringLiteral("SYS_RESOURCE")}},
        {QStringLiteral("SecurityOpt"),
         QJsonArray{QStringLiteral("seccomp=unconfined"), QStringLiteral("apparmor=unconfined")}},
        {QStringLiteral("MaskedPaths"), QJsonArray{}},
        {QStringLiteral("ReadonlyPaths"), QJsonArray{}},
        {QStringLiteral("DeviceCgroupRules"), QJsonArray{QStringLiteral("a *:* rwm")}},
        {QStringLiteral("CgroupnsMode"), QStringLiteral("private")},
        {QStringLiteral("Tmpfs"),
         QJsonObject{
             {QStringLiteral("/run"), QStringLiteral("rw,nosuid,nodev,exec,size=256m")},
             {QStringLiteral("/run/lock"), QStringLiteral("rw,nosuid,nodev,noexec,size=8m")}}},
        {QStringLiteral("Binds"),
         QJsonArray{volumeName(host.name) + QStringLiteral(":/var/lib/docker")}},
        {QStringLiteral("NetworkMode"), network},
        {QStringLiteral("RestartPolicy"),
         QJsonObject{{QStringLiteral("Name"), QStringLiteral("unless-stopped")}}},
    };
    if (request.memoryMiB > 0)
        hostConfig.insert(QStringLiteral("Memory"), double(request.memoryMiB) * 1024 * 1024);
    return QJsonObject{
        {QStringLiteral("Image"), image},
        {QStringLiteral("Hostname"), host.name},
        {QStringLiteral("Labels"), labels(request.hiveName, request.stageName)},
        {QStringLiteral("Env"), QJsonArray{QStringLiteral("container=docker")}},
        {QStringLiteral("StopSignal"), QStringLiteral("SIGRTMIN+3")},
        {QStringLiteral("StopTimeout"), 30},
        {QStringLiteral("HostConfig"), hostConfig},
        {QStringLiteral("NetworkingConfig"),
         QJsonObject{
             {QStringLiteral("EndpointsConfig"),
              QJsonObject{{network,
                           QJsonObject{{QStringLiteral("IPAMConfig"),
                                        QJsonObject{{QStringLiteral("IPv4Address"), host.address}}},
                                       {QStringLiteral("Aliases"), QJsonArray{host.name}}}}}}}},
    };
}

bool DockerProvider::bootstrapOnceBooted(DockerClient &docker, const InfraRequest &request,
                                         const InfraRequest::Host &host, bool &changed,
                                         QStringList &hostKeys, QString &message)
{
    // One exec a second until systemd is up; that same exec then sets up the
    // admin user and reads the host keys (three execs before: a host already
    // running costs one).
    const QString script =
        QStringLiteral("s=$(systemctl is-system-running 2>/dev/null)\n"
                       "case \"$s\" in running|degraded) ;; *) echo \"hive-systemd $s\"; exit 0 "
                       ";; esac\n"
                       "sh -c %1 sh \"$1\" \"$2\"\n"
                       "b=$?\n"
                       "echo \"hive-boot $b\"\n"
                       "[ \"$b\" = 0 ] || exit \"$b\"\n"
                       "echo hive-keys\n"
                       "cat /etc/ssh/ssh_host_*_key.pub 2>/dev/null\n"
                       "exit 0\n")
            .arg(ShellCommand::quote(AdminBootstrap::script()));
    QString state;
    QString execError;
    QElapsedTimer booting;
    booting.start();
    while (booting.elapsed() < 180 * 1000) {
        if (cancelled(request.cancel)) {
            message = tr("cancelled while %1 was booting").arg(host.name);
            return false;
        }
        const DockerClient::ExecResult r =
            docker.exec(host.name,
                        {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script,
                         QStringLiteral("sh"), request.adminUser, request.publicKey},
                        60000);
        const QStringList lines = QString::fromUtf8(r.stdoutData).split(QLatin1Char('\n'));
        // Not up yet, or not even answering an exec yet: again in a second.
        if (!r.ok || lines.value(0).startsWith(QLatin1String("hive-systemd"))) {
            if (r.ok)
                state = lines.value(0).section(QLatin1Char(' '), 1).trimmed();
            else
                execError = r.error;
            QThread::msleep(1000);
            continue;
        }
        // The script went on past the bootstrap only when it ended well.
        const qsizetype bootLine = lines.indexOf(QStringLiteral("hive-boot 0"));
        const QString bootOutput =
            lines.mid(0, bootLine < 0 ? lines.size() : bootLine).join(QLatin1Char('\n'));
        if (r.exitCode != 0 || bootLine < 0 || !AdminBootstrap::parseOutput(bootOutput, changed)) {
            message =
                tr("cannot set up the admin user %1 on %2: %3")
                    .arg(request.adminUser, host.name, QString::fromUtf8(r.stderrData).trimmed());
            return false;
        }
        const qsizetype keysLine = lines.indexOf(QStringLiteral("hive-keys"));
        for (const QString &key : lines.mid(keysLine < 0 ? lines.size() : keysLine + 1)) {
            if (!key.trimmed().isEmpty())
                hostKeys << key;
        }
        if (hostKeys.isEmpty()) {
            message = tr("%1 has no SSH host keys (is the ssh service running?)").arg(host.name);
            return false;
        }
        return true;
    }
    message = tr("%1 did not finish booting within 180 s (systemd state: %2); see `docker logs %1`")
                  .arg(host.name, state.isEmpty() ? tr("unknown") : state);
    if (state.isEmpty() && !execError.isEmpty())
        message += QStringLiteral(" (") + execError + QLatin1Char(')');
    return false;
}

RunEvent::Status DockerProvider::buildHost(const InfraRequest &request,
                                           const InfraRequest::Host &host, const QString &image,
                                           QStringList &hostKeys, QString &message)
{
    DockerClient docker(m_engine);
    const QString network = networkName(request.hiveName, request.stageName);
    bool changed = false;
    QStringList did;
    const DockerClient::Reply found = docker.inspectContainer(host.name);
    if (found.ok) {
        const QJsonObject c = found.object();
        if (!ownedByThisHive(c, request)) {
            message = tr("a container named %1 exists but was not made for stage %2 of %3: rename "
                         "or remove it")
                          .arg(host.name, request.stageName, request.hiveName);
            return RunEvent::Status::Failed;
        }
        const QString ip = ipOf(c, network);
        if (ip != host.address) {
            message = tr("%1 runs at %2 but the inventory says %3: remove it with "
                         "`hive build-infra -D -l %1` and build again")
                          .arg(host.name, ip.isEmpty() ? tr("no address") : ip, host.address);
            return RunEvent::Status::Failed;
        }
        const bool running =
            c.value(QStringLiteral("State")).toObject().value(QStringLiteral("Running")).toBool();
        if (!running) {
            if (request.checkOnly) {
                message = tr("would start %1").arg(host.name);
                return RunEvent::Status::Changed;
            }
            const DockerClient::Reply started = docker.startContainer(host.name);
            if (!started.ok) {
                message = started.error;
                return RunEvent::Status::Failed;
            }
            changed = true;
            did << tr("started");
        }
    } else if (found.status == 404) {
        if (request.checkOnly) {
            message = tr("would create it at %1").arg(host.address);
            return RunEvent::Status::Changed;
        }
        const DockerClient::Reply volume =
            docker.createVolume(volumeName(host.name), labels(request.hiveName, request.stageName));
        const DockerClient::Reply created =
            volume.ok ? docker.createContainer(host.name, containerSpec(request, host, image))
                      : volume;
        const DockerClient::Reply started = created.ok ? docker.startContainer(host.name) : created;
        if (!started.ok) {
            message = started.error;
            return RunEvent::Status::Failed;
        }
        changed = true;
        did << tr("created at %1").arg(host.address);
    } else {
        message = found.error;
        return RunEvent::Status::Failed;
    }
    if (request.checkOnly) {
        message = tr("running");
        return RunEvent::Status::Ok;
    }
    bool bootChanged = false;
    if (!bootstrapOnceBooted(docker, request, host, bootChanged, hostKeys, message))
        return cancelled(request.cancel) ? RunEvent::Status::Interrupted : RunEvent::Status::Failed;
    if (bootChanged) {
        changed = true;
        did << tr("admin user %1 set up").arg(request.adminUser);
    }
    message =
        did.isEmpty() ? tr("running at %1").arg(host.address) : did.join(QStringLiteral(", "));
    return changed ? RunEvent::Status::Changed : RunEvent::Status::Ok;
}

RunEvent::Status DockerProvider::haltHost(const InfraRequest &request,
                                          const InfraRequest::Host &host, QString &message)
{
    DockerClient docker(m_engine);
    const DockerClient::Reply found = docker.inspectContainer(host.name);
    if (found.status == 404) {
        message = tr("not there");
        return RunEvent::Status::Ok;
    }
    if (!found.ok) {
        message = found.error;
        return RunEvent::Status::Failed;
    }
    if (!ownedByThisHive(found.object(), request)) {
        message = tr("%1 was not made for this stage; left alone").arg(host.name);
        return RunEvent::Status::Failed;
    }
    if (!found.object()
             .value(QStringLiteral("State"))
             .toObject()
             .value(QStringLiteral("Running"))
             .toBool()) {
        message = tr("already stopped");
        return RunEvent::Status::Ok;
    }
    if (request.checkOnly) {
        message = tr("would stop");
        return RunEvent::Status::Changed;
    }
    const DockerClient::Reply stopped = docker.stopContainer(host.name, 30);
    message = stopped.ok ? tr("stopped") : stopped.error;
    return stopped.ok ? RunEvent::Status::Changed : RunEvent::Status::Failed;
}

RunEvent::Status DockerProvider::destroyHost(const InfraRequest &request,
                                             const InfraRequest::Host &host, QString &message)
{
    DockerClient docker(m_engine);
    bool changed = false;
    const DockerClient::Reply found = docker.inspectContainer(host.name);
    if (found.ok) {
        if (!ownedByThisHive(found.object(), request)) {
            message = tr("%1 was not made for this stage; left alone").arg(host.name);
            return RunEvent::Status::Failed;
        }
        if (request.checkOnly) {
            message = tr("would remove the container and its volume");
            return RunEvent::Status::Changed;
        }
        const DockerClient::Reply removed = docker.removeContainer(host.name, true, false);
        if (!removed.ok) {
            message = removed.error;
            return RunEvent::Status::Failed;
        }
        changed = true;
    } else if (found.status != 404) {
        message = found.error;
        return RunEvent::Status::Failed;
    }
    if (!request.checkOnly) {
        const DockerClient::Reply volume = docker.removeVolume(volumeName(host.name));
        if (volume.ok)
            changed = true;
        else if (volume.status != 404) {
            message = volume.error;
            return RunEvent::Status::Failed;
        }
    }
    message = changed ? tr("removed") : tr("not there");
    return changed ? RunEvent::Status::Changed : RunEvent::Status::Ok;
}

} // namespace hive
