#include "phases/deploy_services/deploy_services_phase.h"

#include "access/hive_docker_access.h"
#include "access/stage_scope.h"
#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "phases/deploy_services/service_convergence.h"
#include "phases/deploy_services/service_spec_builder.h"
#include "phases/phase_context.h"
#include "project/project.h"
#include "recipes/backup_recipes.h"
#include "recipes/docker_recipes.h"
#include "recipes/service_log_recipes.h"
#include "remote/docker_client.h"
#include "remote/host_pool.h"
#include "remote/shell_command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QUrl>
#include <atomic>
#include <memory>

namespace hive {

namespace {

// How long a service's tasks have to be running after it was created or updated.
constexpr int kConvergeTimeoutMs = 180000;

// "repo:tag" of an image reference (any digest dropped).
QString repositoryOf(const QString &image)
{
    QString repo = image.section(QLatin1Char('@'), 0, 0);
    const int slash = repo.lastIndexOf(QLatin1Char('/'));
    const int colon = repo.lastIndexOf(QLatin1Char(':'));
    if (colon > slash)
        repo.truncate(colon);
    return repo;
}
// The repository server's part of each service (hive-builder's
// service-backup and monitor-service-log roles): its backup script and its
// error-line rule, written, or removed when the service has none or goes.
// False with the error naming the service when a definition cannot be used.
bool repositoryFiles(const LoadedInventory &loaded, const QStringList &services, bool destroy,
                     QList<HostChange> &backups, QList<HostChange> &logRules, QString &error)
{
    for (const QString &s : services) {
        const Value vars = loaded.inventory.flattenedHostVars(s);
        const QString script = BackupRecipes::scriptsDir() + QLatin1Char('/') + s;
        const Value scripts = vars.value(QStringLiteral("hive_backup_scripts"));
        QByteArray text;
        if (!destroy && !scripts.isNull()) {
            if (!BackupRecipes::serviceScript(s, scripts, text, error))
                return false;
            backups << HostChange::file(
                DeployServicesPhase::tr("backup scripts of %1 (hive-backup.sh -l %1)").arg(s),
                script, text, 0755);
        } else {
            backups << HostChange::command(
                DeployServicesPhase::tr("no backup scripts of %1").arg(s),
                QStringLiteral("[ ! -e %1 ]").arg(ShellCommand::quote(script)),
                QStringLiteral("rm -f %1").arg(ShellCommand::quote(script)));
        }
        QByteArray rule;
        if (!destroy &&
            !ServiceLogRecipes::rule(s, vars.value(QStringLiteral("hive_monitor_error")),
                                     vars.value(QStringLiteral("hive_ignore_error")), rule, error))
            return false;
        logRules << ServiceLogRecipes::change(s, rule);
    }
    return true;
}

// What Zabbix compares each service's running tasks with (the template
// "Hive swarm services"): the replicas the stage's definitions want, or
// "swarm" (what the swarm wants) for global services and unset replicas.
// `gone`: services being removed, left out.
HostChange wantedTasks(const LoadedInventory &loaded, const QString &stage, const QStringList &gone)
{
    QByteArray list = "# Written by hive deploy-services: each service and the tasks the hive "
                      "wants of it.\n";
    for (const QString &s : StageScope::servicesOf(loaded, stage)) {
        if (gone.contains(s))
            continue;
        const Value vars = loaded.inventory.flattenedHostVars(s);
        const Value replicas = vars.value(QStringLiteral("hive_replicas"));
        bool number = false;
        const int n = replicas.scalarText().toInt(&number);
        const bool swarm =
            vars.value(QStringLiteral("hive_mode")).text() == QLatin1String("global") ||
            replicas.isNull() || !number || n < 0;
        list += s.toUtf8() + ' ' + (swarm ? QByteArray("swarm") : QByteArray::number(n)) + '\n';
    }
    return HostChange::file(DeployServicesPhase::tr("the tasks each service should run (Zabbix)"),
                            QStringLiteral("/etc/hive/services-wanted"), list, 0644);
}
} // namespace

// What deploy-services' steps share once plan() has returned: the stage
// around the services, each service's image, the digests the first hive's
// pulls found, the manager's Docker API and the registry's credentials.
struct DeployServicesPhase::Shared
{
    ServiceDeployContext context;
    QHash<QString, QString> imageOf; // service -> image
    QStringList images;
    QHash<QString, QString> digestOf; // image -> repo@sha256:...
    QMutex digestMutex;
    QString manager;
    DockerEndpoint managerApi;
    QList<QPair<QByteArray, QByteArray>> auth;
    HostPool::RunOptions run;
    // The first hive's pull ran (it tells the digests the services are
    // pinned to); it does not when that hive failed an earlier step.
    std::atomic_bool managerPulled{false};
};

bool DeployServicesPhase::plan(PhaseContext &phase, Plan &plan) const
{
    const PhaseOptions &options = phase.options;
    RunReporter &reporter = phase.reporter;
    const LoadedInventory &loaded = phase.loaded;
    HostPool &pool = phase.pool;
    const StagePlan *stage = phase.stage;
    if (stage->firstHive.isEmpty())
        return reporter.abort(tr("stage %1 has no hive to deploy services on").arg(stage->name));
    QString error;
    const Expected<std::shared_ptr<HiveDockerAccess>> reached = dockerAccess(phase);
    if (!reached)
        return reporter.abort(reached.error());
    const HiveDockerAccess &access = **reached;
    const Expected<QStringList> chosen = chooseServices(phase);
    if (!chosen)
        return reporter.abort(chosen.error());
    const QStringList services = *chosen;
    const auto st = std::make_shared<Shared>();
    st->manager = stage->firstHive;
    st->managerApi = access.endpoint(st->manager);
    {
        DockerClient probe(st->managerApi);
        const DockerClient::Reply ping = probe.ping();
        if (!ping.ok)
            return reporter.abort(
                tr("the swarm manager's Docker API does not answer (%1); is the hive up? "
                   "(`hive build-infra`, then `hive setup-hosts`)")
                    .arg(ping.error));
    }

    if (options.destroy) {
        Step remove;
        remove.name = QStringLiteral("remove");
        remove.hosts = services;
        remove.maxParallel = 4;
        remove.work = [&options, st](const QString &name, QString &message) {
            DockerClient client(st->managerApi);
            const DockerClient::Reply found = client.call(
                "GET", QStringLiteral("/services/%1").arg(DockerClient::pathSegment(name)));
            if (found.status == 404) {
                message = tr("not deployed");
                return RunEvent::Status::Ok;
            }
            if (!found.ok) {
                message = found.error;
                return RunEvent::Status::Failed;
            }
            if (options.checkOnly) {
                message = tr("would remove it");
                return RunEvent::Status::Changed;
            }
            const QString id = found.object().value(QStringLiteral("ID")).toString();
            const DockerClient::Reply rm = client.call(
                "DELETE", QStringLiteral("/services/%1").arg(DockerClient::pathSegment(name)));
            if (!rm.ok) {
                message = rm.error;
                return RunEvent::Status::Failed;
            }
            // Removed means its containers have stopped (their ports are free).
            message = ServiceConvergence::waitGone(client, id, 60000)
                          ? tr("removed")
                          : tr("removed; some of its tasks were still stopping after 60 s");
            return RunEvent::Status::Changed;
        };
        plan.steps << remove;
        QList<HostChange> backups, logRules;
        if (!repositoryFiles(loaded, services, true, backups, logRules, error))
            return reporter.abort(error);
        logRules << wantedTasks(loaded, stage->name, services);
        if (!stage->repositoryHost().isEmpty())
            plan.steps << hostChangesStep(QStringLiteral("service-backup"),
                                          {stage->repositoryHost()}, backups, phase)
                       << hostChangesStep(QStringLiteral("monitor-service-log"),
                                          {stage->repositoryHost()}, logRules, phase);
        return true;
    }

    // The repository server's files of each service, checked before
    // anything changes.
    QList<HostChange> backups, logRules;
    if (!repositoryFiles(loaded, services, false, backups, logRules, error))
        return reporter.abort(error);
    logRules << wantedTasks(loaded, stage->name, {});

    // The stage around the services.
    st->context.stage = stage->name;
    st->context.registry = access.registry();
    QString repositoryIp;
    for (const HostPlan &h : stage->hosts) {
        st->context.servers.append({h.name, h.privateIp});
        if (h.name == stage->repositoryHost())
            repositoryIp = h.privateIp;
    }
    const QString syslogPort = loaded.inventory.flattenedHostVars(stage->repositoryHost())
                                   .value(QStringLiteral("hive_syslog_port"))
                                   .text();
    st->context.syslogAddress =
        QStringLiteral("udp://%1:%2")
            .arg(repositoryIp, syslogPort.isEmpty() ? QStringLiteral("10514") : syslogPort);
    for (const NetworkPlan &n : loaded.services.networks) {
        if (n.availableOn.contains(stage->name))
            st->context.networks << n.name;
    }
    // As hive-builder: tasks reach the proxy at the first hive, whose sshd
    // listens for it there while hive runs; the hive's own names go around.
    QStringList serviceNames;
    for (const ServicePlan &s : loaded.services.services)
        serviceNames << s.name;
    st->context.proxyEnvironment =
        phase.proxy.containerEnvironment(*stage, stage->firstHive, serviceNames);
    {
        DockerClient client(st->managerApi);
        const DockerClient::Reply networks = client.listNetworks();
        if (!networks.ok)
            return reporter.abort(networks.error);
        for (const QJsonValue &n : networks.json.array()) {
            const QJsonObject o = n.toObject();
            if (o.value(QStringLiteral("Scope")).toString() == QLatin1String("swarm"))
                st->context.networkIds.insert(o.value(QStringLiteral("Name")).toString(),
                                              o.value(QStringLiteral("Id")).toString());
        }
    }
    for (const QString &s : std::as_const(services)) {
        const QString image = ServiceSpecBuilder::image(loaded, s, st->context);
        st->imageOf.insert(s, image);
        if (!image.isEmpty() && !st->images.contains(image))
            st->images << image;
    }
    st->run.asRoot = true;
    st->run.cancel = options.cancel;
    st->run.timeoutMs = 15 * 60 * 1000;
    st->auth = access.registryAuthHeader();
    // Every image on every hive first, so tasks start at once wherever the
    // swarm puts them; the first hive's pull tells the digest behind a tag.
    const QStringList hives = stage->hiveHosts();
    // Logins to the external registries images come from, on every hive.
    const QList<HostChange> logins =
        DockerRecipes::externalRegistryLogins(loaded.inventory.flattenedHostVars(stage->firstHive)
                                                  .value(QStringLiteral("hive_ext_repositories")));
    if (!logins.isEmpty()) {
        Step login = hostChangesStep(QStringLiteral("login"), hives, logins, phase);
        login.maxParallel = 4;
        plan.steps << login;
    }
    if (!options.checkOnly && !st->images.isEmpty()) {
        Step pull;
        pull.name = QStringLiteral("pull");
        pull.hosts = hives;
        pull.maxParallel = 4;
        pull.work = [&pool, st](const QString &host, QString &message) {
            if (host == st->manager)
                st->managerPulled = true;
            QStringList pulled, kept, failed;
            // The images side by side in one command, a few at a time (each
            // docker client takes memory): each pull in its own subshell,
            // answering on one line "INDEX STATUS ID DIGEST…" (status 3: not
            // pulled and not on the host, the error after it).
            constexpr int kPullsAtOnce = 4;
            QStringList script;
            for (int i = 0; i < st->images.size(); ++i) {
                script << QStringLiteral(
                              "( q=%2; err=$(docker pull -q \"$q\" 2>&1 >/dev/null); s=$?; "
                              "out=$(docker image inspect -f '{{.Id}}{{range .RepoDigests}} "
                              "{{.}}{{end}}' \"$q\" 2>/dev/null) || { printf '%1 3 %s\\n' "
                              "\"$(printf %s \"$err\" | tr '\\n' ' ' | cut -c1-1000)\"; exit 0; }; "
                              "printf '%1 %s %s\\n' \"$s\" \"$out\" ) &")
                              .arg(i)
                              .arg(ShellCommand::quote(st->images.at(i)));
                if ((i + 1) % kPullsAtOnce == 0)
                    script << QStringLiteral("wait");
            }
            script << QStringLiteral("wait");
            // Each round of pulls has the time one pull had.
            HostPool::RunOptions o = st->run;
            o.timeoutMs =
                st->run.timeoutMs * int((st->images.size() + kPullsAtOnce - 1) / kPullsAtOnce);
            const CommandResult r = pool.run(host, script.join(QLatin1Char('\n')), o);
            if (r.status == CommandResult::Status::Cancelled) {
                message = tr("cancelled");
                return RunEvent::Status::Interrupted;
            }
            QHash<int, QString> answers;
            for (const QString &line : r.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                bool number = false;
                const int index = line.section(QLatin1Char(' '), 0, 0).toInt(&number);
                if (number)
                    answers.insert(index, line.section(QLatin1Char(' '), 1));
            }
            for (int i = 0; i < st->images.size(); ++i) {
                const QString &image = st->images.at(i);
                const auto answer = answers.constFind(i);
                // An image without its line: the command failed or timed out
                // before it answered (its reason, or the shell's error).
                if (answer == answers.constEnd()) {
                    const QString why = r.failure().trimmed();
                    failed << tr("%1: %2").arg(image, why.isEmpty() ? tr("no answer") : why);
                    continue;
                }
                const QString status = answer->section(QLatin1Char(' '), 0, 0);
                const QString rest = answer->section(QLatin1Char(' '), 1).trimmed();
                if (status == QLatin1String("3")) {
                    failed << tr("%1: %2").arg(image, rest);
                    continue;
                }
                (status == QLatin1String("0") ? pulled : kept) << image;
                if (host == st->manager) {
                    const QString repo = repositoryOf(image);
                    for (const QString &d : rest.split(QLatin1Char(' ')).mid(1)) {
                        if (d.section(QLatin1Char('@'), 0, 0) == repo) {
                            QMutexLocker lock(&st->digestMutex);
                            st->digestOf.insert(image, image + QLatin1Char('@') +
                                                           d.section(QLatin1Char('@'), 1));
                        }
                    }
                }
            }
            if (!failed.isEmpty()) {
                message = tr("cannot pull on %1: %2").arg(host, failed.join(QStringLiteral("; ")));
                return RunEvent::Status::Failed;
            }
            message = kept.isEmpty() ? tr("%n image(s) up to date", nullptr, int(pulled.size()))
                                     : tr("%n image(s) not pullable, the host's copy is used: %1",
                                          nullptr, int(kept.size()))
                                           .arg(kept.join(QStringLiteral(", ")));
            return RunEvent::Status::Ok;
        };
        plan.steps << pull;
    }

    Step deploy;
    deploy.name = QStringLiteral("deploy");
    deploy.hosts = services;
    deploy.maxParallel = 6;
    const bool pulls = !options.checkOnly && !st->images.isEmpty();
    deploy.work = [&options, &reporter, &loaded, st, pulls](const QString &name, QString &message) {
        // Without the first hive's pull, the digests behind the tags are
        // unknown: a service would be updated to an unpinned image (and
        // restarted). Not deployed, saying why.
        if (pulls && !st->managerPulled) {
            message = tr("not deployed: the images were not pulled on %1 (it failed in an "
                         "earlier step); run deploy-services again once it answers")
                          .arg(st->manager);
            return RunEvent::Status::Failed;
        }
        DockerClient client(st->managerApi);
        QString image = st->imageOf.value(name);
        if (image.isEmpty()) {
            message = tr("service %1 has no image").arg(name);
            return RunEvent::Status::Failed;
        }
        {
            QMutexLocker lock(&st->digestMutex);
            image = st->digestOf.value(image, image);
        }
        QStringList errors;
        QJsonObject spec = ServiceSpecBuilder::build(loaded, name, st->context, image, errors);
        if (!errors.isEmpty()) {
            message = errors.join(QStringLiteral("; "));
            return RunEvent::Status::Failed;
        }
        const bool fromRegistry = image.startsWith(st->context.registry + QLatin1Char('/'));
        const QList<QPair<QByteArray, QByteArray>> headers =
            fromRegistry ? st->auth : QList<QPair<QByteArray, QByteArray>>{};
        const DockerClient::Reply found =
            client.call("GET", QStringLiteral("/services/%1").arg(DockerClient::pathSegment(name)));
        if (!found.ok && found.status != 404) {
            message = found.error;
            return RunEvent::Status::Failed;
        }
        RunEvent::Status status = RunEvent::Status::Ok;
        bool created = false;
        QString what;
        if (found.status == 404) {
            if (options.checkOnly) {
                message = tr("would create it (%1)").arg(image);
                return RunEvent::Status::Changed;
            }
            const DockerClient::Reply made = client.call("POST", QStringLiteral("/services/create"),
                                                         QJsonDocument(spec), 60000, headers);
            if (!made.ok) {
                message = made.error;
                return RunEvent::Status::Failed;
            }
            status = RunEvent::Status::Changed;
            created = true;
            what = tr("created");
        } else {
            const QJsonObject actual = found.object();
            const QJsonObject actualSpec = actual.value(QStringLiteral("Spec")).toObject();
            const QString wantedDigest = ServiceSpecBuilder::digest(spec);
            ServiceSpecBuilder::keepDeployedReplicas(loaded, name, spec, actualSpec);
            const QString deployed = actualSpec.value(QStringLiteral("Labels"))
                                         .toObject()
                                         .value(ServiceSpecBuilder::specLabel())
                                         .toString();
            QStringList diffs = ServiceSpecBuilder::differences(spec, actualSpec);
            diffs.removeAll(QStringLiteral("Labels.") + ServiceSpecBuilder::specLabel());
            if (deployed != wantedDigest && diffs.isEmpty())
                diffs << tr("settings removed from the definition");
            if (!diffs.isEmpty()) {
                if (options.checkOnly) {
                    message = tr("would update it: %1").arg(diffs.join(QStringLiteral(", ")));
                    return RunEvent::Status::Changed;
                }
                const qint64 version = actual.value(QStringLiteral("Version"))
                                           .toObject()
                                           .value(QStringLiteral("Index"))
                                           .toInteger();
                const DockerClient::Reply updated =
                    client.call("POST",
                                QStringLiteral("/services/%1/update?version=%2")
                                    .arg(DockerClient::pathSegment(
                                        actual.value(QStringLiteral("ID")).toString()))
                                    .arg(version),
                                QJsonDocument(spec), 60000, headers);
                if (!updated.ok) {
                    message = updated.error;
                    return RunEvent::Status::Failed;
                }
                for (const QJsonValue &w :
                     updated.object().value(QStringLiteral("Warnings")).toArray())
                    reporter.output(QStringLiteral("deploy"), name, w.toString());
                status = RunEvent::Status::Changed;
                what = tr("updated (%1)").arg(diffs.join(QStringLiteral(", ")));
            } else if (options.checkOnly) {
                message = tr("as defined");
                return RunEvent::Status::Ok;
            }
        }
        // A service just created or updated must keep running for a few
        // seconds (as swarm's own update monitor does) to count as running.
        // A new one with a health check is running only once the check
        // passed (swarm holds its tasks in "starting" until then): that says
        // more than a few seconds without a crash, and it waits no longer.
        // Not after an update: the old tasks still count as running until
        // swarm's updater has begun.
        const QJsonObject health = spec.value(QStringLiteral("TaskTemplate"))
                                       .toObject()
                                       .value(QStringLiteral("ContainerSpec"))
                                       .toObject()
                                       .value(QStringLiteral("Healthcheck"))
                                       .toObject();
        const QJsonArray test = health.value(QStringLiteral("Test")).toArray();
        const bool checked = !test.isEmpty() && test.first().toString() != QLatin1String("NONE");
        const ServiceConvergence::Result result = ServiceConvergence::wait(
            client, name, kConvergeTimeoutMs, options.cancel,
            status == RunEvent::Status::Changed && !(checked && created) ? 5000 : 0);
        switch (result.outcome) {
        case ServiceConvergence::Outcome::Converged:
            message = (what.isEmpty() ? tr("as defined") : what) +
                      tr("; %1/%2 running").arg(result.running).arg(result.desired);
            return status;
        case ServiceConvergence::Outcome::Cancelled:
            message = tr("cancelled while waiting for its tasks");
            return RunEvent::Status::Interrupted;
        case ServiceConvergence::Outcome::Failed:
            message = result.error;
            return RunEvent::Status::Failed;
        case ServiceConvergence::Outcome::TimedOut:
        case ServiceConvergence::Outcome::Failing: {
            for (const QString &t : result.tasks)
                reporter.output(QStringLiteral("deploy"), name, t);
            const QString first =
                result.tasks.isEmpty() ? QString() : QStringLiteral(": ") + result.tasks.first();
            message = result.outcome == ServiceConvergence::Outcome::Failing
                          ? tr("%1 of %2 tasks running; its tasks keep failing%3 (all: `hive ssh "
                               "-t %4 -- docker service ps --no-trunc %5`)")
                                .arg(result.running)
                                .arg(result.desired)
                                .arg(first, st->manager, name)
                          : tr("%1 of %2 tasks running after %3 s%4")
                                .arg(result.running)
                                .arg(result.desired)
                                .arg(kConvergeTimeoutMs / 1000)
                                .arg(first);
            return RunEvent::Status::Failed;
        }
        }
        return RunEvent::Status::Failed;
    };
    plan.steps << deploy;
    if (!stage->repositoryHost().isEmpty())
        plan.steps << hostChangesStep(QStringLiteral("service-backup"), {stage->repositoryHost()},
                                      backups, phase)
                   << hostChangesStep(QStringLiteral("monitor-service-log"),
                                      {stage->repositoryHost()}, logRules, phase);
    return true;
}

} // namespace hive
