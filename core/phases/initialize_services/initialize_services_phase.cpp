#include "phases/initialize_services/initialize_services_phase.h"

#include "access/hive_docker_access.h"
#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "phases/phase_context.h"
#include "project/context_file.h"
#include "project/project.h"
#include "recipes/ansible_playbook.h"
#include "recipes/applied_marker.h"
#include "recipes/role_inputs.h"
#include "remote/docker_client.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QThread>
#include <climits>
#include <memory>

namespace hive {

namespace {

const QString kStep = QStringLiteral("initialize");

// A running task's container, if it is one.
QString runningContainer(const QJsonObject &task)
{
    const QJsonObject status = task.value(QStringLiteral("Status")).toObject();
    if (task.value(QStringLiteral("DesiredState")).toString() != QLatin1String("running") ||
        status.value(QStringLiteral("State")).toString() != QLatin1String("running"))
        return {};
    return status.value(QStringLiteral("ContainerStatus"))
        .toObject()
        .value(QStringLiteral("ContainerID"))
        .toString();
}

// The same task every run: a global service with local volumes has one
// volume per node, and a task picked at random would find a volume never
// initialized (and report a change) on each re-run. The running task on
// the host that comes first in the stage. False with the reason.
bool chooseTask(DockerClient &client, const QString &service, const QStringList &stageOrder,
                QString &containerId, QString &nodeHost, QString &message)
{
    const DockerClient::Reply tasks = client.listTasks(service);
    if (!tasks.ok) {
        message = tasks.error;
        return false;
    }
    containerId.clear();
    nodeHost.clear();
    int bestRank = INT_MAX;
    for (const QJsonValue &t : tasks.json.array()) {
        const QString container = runningContainer(t.toObject());
        if (container.isEmpty())
            continue;
        const QString nodeId = t.toObject().value(QStringLiteral("NodeID")).toString();
        const DockerClient::Reply node =
            client.call("GET", QStringLiteral("/nodes/%1").arg(DockerClient::pathSegment(nodeId)));
        const QString host = node.object()
                                 .value(QStringLiteral("Description"))
                                 .toObject()
                                 .value(QStringLiteral("Hostname"))
                                 .toString();
        if (host.isEmpty()) {
            message = node.ok
                          ? QCoreApplication::translate("hive::InitializeServicesPhase",
                                                        "the node of %1's task has no host name")
                                .arg(service)
                          : node.error;
            return false;
        }
        const int rank =
            stageOrder.contains(host) ? int(stageOrder.indexOf(host)) : int(stageOrder.size());
        if (rank < bestRank || (rank == bestRank && host < nodeHost)) {
            bestRank = rank;
            nodeHost = host;
            containerId = container;
        }
    }
    if (containerId.isEmpty()) {
        message = QCoreApplication::translate(
                      "hive::InitializeServicesPhase",
                      "%1 has no running task to initialize; run `hive deploy-services -l %1` "
                      "and check its tasks")
                      .arg(service);
        return false;
    }
    return true;
}

// Whether `containerId` is gone (the swarm replaced its task); false also
// when that cannot be told.
bool containerGone(const DockerEndpoint &node, const QString &containerId)
{
    const DockerClient::Reply container = DockerClient(node).inspectContainer(containerId);
    if (!container.ok)
        return container.status == 404;
    return !container.object()
                .value(QStringLiteral("State"))
                .toObject()
                .value(QStringLiteral("Running"))
                .toBool();
}

// Until another task of the service runs (a minute at most).
void waitForReplacement(const DockerEndpoint &manager, const QString &service,
                        const QString &containerId, const std::atomic_bool *cancel)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000 && !(cancel && cancel->load())) {
        QThread::msleep(2000);
        for (const QJsonValue &t : DockerClient(manager).listTasks(service).json.array()) {
            const QString container = runningContainer(t.toObject());
            if (!container.isEmpty() && container != containerId)
                return;
        }
    }
}

} // namespace

QByteArray InitializeServicesPhase::playbook(const QString &service, const QString &containerId,
                                             const QStringList &roles)
{
    QByteArray out = "- name: initialize " + service.toUtf8() + "\n" +
                     "  hosts: " + service.toUtf8() + "\n" +
                     "  vars:\n"
                     "    ansible_connection: community.docker.docker\n"
                     "    ansible_host: " +
                     containerId.toUtf8() + "\n  roles:\n";
    for (const QString &r : roles)
        out += "    - " + r.toUtf8() + "\n";
    return out;
}

bool InitializeServicesPhase::plan(PhaseContext &context, Plan &plan) const
{
    RunReporter &reporter = context.reporter;
    const StagePlan *stage = context.stage;
    QString error;
    // Shared by the step's work, which runs after plan() returns.
    const Expected<std::shared_ptr<HiveDockerAccess>> reached = dockerAccess(context);
    if (!reached)
        return reporter.abort(reached.error());
    const std::shared_ptr<HiveDockerAccess> access = *reached;
    const Expected<QStringList> chosen = chooseServices(context);
    if (!chosen)
        return reporter.abort(chosen.error());
    QStringList services;
    QHash<QString, QStringList> rolesOf;
    for (const QString &s : *chosen) {
        QStringList roles;
        for (const Value &r : context.loaded.inventory.flattenedHostVars(s)
                                  .value(QStringLiteral("hive_initialize_roles"))
                                  .items())
            roles << r.scalarText();
        if (!roles.isEmpty()) {
            services << s;
            rolesOf.insert(s, roles);
        }
    }
    if (services.isEmpty()) {
        plan.nothingToDo = tr("no service of stage %1 has initialize_roles").arg(stage->name);
        return true;
    }
    const QString contextDir = QDir(context.project.contextDir()).absolutePath();
    const QString workDir = contextDir + QStringLiteral("/initialize");
    QDir().mkpath(workDir);
    QFile::setPermissions(workDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!AnsiblePlaybook::writeInventory(context.loaded.inventory, workDir, error))
        return reporter.abort(error);
    const DockerEndpoint managerApi = access->endpoint(stage->firstHive);

    QStringList stageOrder;
    for (const HostPlan &h : stage->hosts)
        stageOrder << h.name;
    // The project's roles, lib/ and ansible.cfg, read once for all services.
    const RoleInputs projectInputs = RoleInputs::ofProject(context.project.rootDir());
    Step step;
    step.name = kStep;
    step.hosts = services;
    step.maxParallel = 2;
    step.work = [&context, access, managerApi, stageOrder, rolesOf, contextDir, workDir,
                 projectInputs](const QString &service, QString &message) {
        // The swarm may replace the task while it is initialized (a container
        // that stopped under load): once, the new task is initialized instead.
        for (int attempt = 1;; ++attempt) {
            DockerClient client(managerApi);
            QString containerId, nodeHost;
            if (!chooseTask(client, service, stageOrder, containerId, nodeHost, message))
                return RunEvent::Status::Failed;
            context.reporter.output(
                kStep, service, tr("task container %1 on %2").arg(containerId.left(12), nodeHost));
            const QString book = workDir + QLatin1Char('/') + service + QStringLiteral(".yml");
            bool changed = false;
            if (!ContextFile::writeIfChanged(
                    book, playbook(service, containerId, rolesOf.value(service)), changed, message))
                return RunEvent::Status::Failed;
            AnsiblePlaybook::Options o;
            o.projectRoot = context.project.rootDir();
            o.contextDir = contextDir;
            o.stage = context.stage->name;
            o.workDir = workDir;
            o.what = tr("initialize_roles of %1").arg(service);
            o.environment = access->cliEnvironment(nodeHost);
            o.checkOnly = context.options.checkOnly;
            o.cancel = context.options.cancel;
            o.onOutput = [&](const QString &line) {
                context.reporter.output(kStep, service, line);
            };
            // Applied again only when something the roles read changed since
            // they last ran well in this same task container (a new task, as
            // after a deploy that replaced it, is initialized again).
            RoleInputs in = AnsiblePlaybook::inputs(book, o, projectInputs);
            in.addText(QStringLiteral("service"), service.toUtf8());
            in.addText(QStringLiteral("container"), containerId.toUtf8());
            const QString fingerprint = in.fingerprint();
            const AppliedMarker marker(workDir + QStringLiteral("/applied"), service);
            if (!context.options.reapplies(kStep) && marker.matches(fingerprint)) {
                message = tr("initialize_roles of %1: nothing they read changed since they ran in "
                             "this task (--force runs them again)")
                              .arg(service);
                return RunEvent::Status::Ok;
            }
            if (!context.options.checkOnly && !marker.remove(message))
                return RunEvent::Status::Failed;
            const RunEvent::Status status = AnsiblePlaybook::run(book, service, o, message);
            QString unwritten;
            if (!context.options.checkOnly &&
                (status == RunEvent::Status::Ok || status == RunEvent::Status::Changed) &&
                !marker.write(fingerprint, unwritten))
                context.reporter.output(kStep, service, unwritten);
            if (status != RunEvent::Status::Failed || attempt > 1 || context.options.checkOnly ||
                !containerGone(access->endpoint(nodeHost), containerId))
                return status;
            context.reporter.output(kStep, service,
                                    tr("task container %1 stopped while it was initialized (the "
                                       "swarm replaces it); initializing its new task")
                                        .arg(containerId.left(12)));
            waitForReplacement(managerApi, service, containerId, context.options.cancel);
            if (context.options.cancel && context.options.cancel->load())
                return status;
        }
    };
    plan.steps << step;
    return true;
}

} // namespace hive
