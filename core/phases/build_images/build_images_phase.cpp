#include "phases/build_images/build_images_phase.h"

#include "access/hive_docker_access.h"
#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "phases/build_images/image_build_recipe.h"
#include "phases/phase_context.h"
#include "project/context_file.h"
#include "project/project.h"
#include "recipes/ansible_playbook.h"
#include "recipes/applied_marker.h"
#include "recipes/docker_recipes.h"
#include "recipes/role_inputs.h"
#include "remote/host_pool.h"
#include "remote/shell_command.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <memory>

namespace hive {

namespace {
const QString kStep = QStringLiteral("build");
} // namespace

bool BuildImagesPhase::plan(PhaseContext &context, Plan &plan) const
{
    const PhaseOptions &options = context.options;
    RunReporter &reporter = context.reporter;
    HostPool &pool = context.pool;
    const StagePlan *stage = context.stage;
    QString error;
    // Shared by the steps' work, which runs after plan() returns.
    const Expected<std::shared_ptr<HiveDockerAccess>> reached = dockerAccess(context);
    if (!reached)
        return reporter.abort(reached.error());
    const std::shared_ptr<HiveDockerAccess> access = *reached;

    const QList<ImageBuildRecipe> all = ImageBuildRecipe::of(context.loaded, stage->name);
    QStringList names;
    for (const ImageBuildRecipe &r : all)
        names << r.service;
    const Expected<QStringList> chosen = chooseServices(context);
    if (!chosen)
        return reporter.abort(chosen.error());
    QList<ImageBuildRecipe> recipes;
    for (const ImageBuildRecipe &r : all) {
        if (chosen->contains(r.service))
            recipes << r;
    }
    for (const ServicePlan &s : context.loaded.services.services) {
        if (s.buildsImage() && chosen->contains(s.name) && !names.contains(s.name))
            reporter.message(tr("%1: not built in stage %2 (pull_on); deploy-services pulls its "
                                "pull_from image")
                                 .arg(s.name, stage->name));
    }
    if (recipes.isEmpty()) {
        plan.nothingToDo = tr("no image to build in stage %1").arg(stage->name);
        return true;
    }

    const QString repository = stage->repositoryHost();
    // The roles reach http_proxy at the repository server, where the build
    // containers run and its sshd listens for it while hive runs.
    for (ImageBuildRecipe &r : recipes)
        r.environment = context.proxy.containerEnvironment(*stage, repository, {});
    const QString contextDir = QDir(context.project.contextDir()).absolutePath();
    const QString workDir = contextDir + QStringLiteral("/images");
    QDir().mkpath(workDir + QStringLiteral("/builtin-roles/python-aptk/tasks"));
    QDir().mkpath(workDir + QStringLiteral("/builtin-roles/hive-syslog/tasks"));
    QFile::setPermissions(workDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QString repositoryIp;
    for (const HostPlan &h : stage->hosts) {
        if (h.name == repository)
            repositoryIp = h.privateIp;
    }
    QString syslogPort = context.loaded.inventory.flattenedHostVars(repository)
                             .value(QStringLiteral("hive_syslog_port"))
                             .text();
    if (syslogPort.isEmpty())
        syslogPort = QStringLiteral("10514");
    bool changed = false;
    if (!AnsiblePlaybook::writeInventory(context.loaded.inventory, workDir, error) ||
        !ContextFile::writeIfChanged(
            workDir + QStringLiteral("/builtin-roles/python-aptk/tasks/main.yml"),
            ImageBuildRecipe::pythonAptk(), changed, error) ||
        !ContextFile::writeIfChanged(
            workDir + QStringLiteral("/builtin-roles/hive-syslog/tasks/main.yml"),
            ImageBuildRecipe::hiveSyslog(repositoryIp, syslogPort), changed, error))
        return reporter.abort(error);
    for (const ImageBuildRecipe &r : std::as_const(recipes)) {
        if (!ContextFile::writeIfChanged(workDir + QLatin1Char('/') + r.imageHost +
                                             QStringLiteral(".yml"),
                                         r.playbook(), changed, error))
            return reporter.abort(error);
    }

    HostPool::RunOptions run;
    run.asRoot = true;
    run.cancel = options.cancel;
    run.timeoutMs = 30 * 60 * 1000;
    // Logins to the external registries the `from` images come from.
    const QList<HostChange> logins =
        DockerRecipes::externalRegistryLogins(context.loaded.inventory.flattenedHostVars(repository)
                                                  .value(QStringLiteral("hive_ext_repositories")));
    if (!logins.isEmpty())
        plan.steps << hostChangesStep(QStringLiteral("login"), {repository}, logins, context);

    const QString registry = access->registry();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    QStringList images;
    QHash<QString, ImageBuildRecipe> recipeOf;
    for (const ImageBuildRecipe &r : std::as_const(recipes)) {
        images << r.imageHost;
        recipeOf.insert(r.imageHost, r);
    }
    // The project's roles, lib/ and ansible.cfg, read once for all images.
    const RoleInputs projectInputs = RoleInputs::ofProject(context.project.rootDir());
    Step build;
    build.name = kStep;
    build.hosts = images;
    build.maxParallel = 2;
    build.work = [&options, &reporter, &pool, &context, access, recipeOf, repository, registry,
                  stamp, run, contextDir, workDir,
                  projectInputs](const QString &image, QString &message) {
        const ImageBuildRecipe &r = *recipeOf.find(image);
        auto output = [&](const QString &line) { reporter.output(kStep, r.imageHost, line); };
        auto sh = [&](const QString &command) {
            HostPool::RunOptions o = run;
            o.onLine = [&](const QString &, SshSession::Stream, const QString &line) {
                output(line);
            };
            return pool.run(repository, command, o);
        };
        const QString container = ShellCommand::quote(r.container());
        const QString latest = r.repository(registry) + QStringLiteral(":latest");
        const QString from = ShellCommand::quote(r.from);
        const CommandResult config =
            pool.run(repository,
                     QStringLiteral("docker image inspect -f '{{json .Config}}' %1 2>/dev/null || "
                                    "{ docker pull -q %1 >/dev/null && docker image inspect -f "
                                    "'{{json .Config}}' %1; }")
                         .arg(from),
                     run);
        if (config.status == CommandResult::Status::Cancelled)
            return RunEvent::Status::Interrupted;
        if (!config.succeeded()) {
            message = tr("the base image %1 is not on %2 and cannot be pulled: %3")
                          .arg(r.from, repository, config.failure());
            return RunEvent::Status::Failed;
        }
        const QStringList changes =
            r.commitChanges(QJsonDocument::fromJson(config.stdoutText.trimmed().toUtf8()).object());
        const QString wantedLabel = changes.last().section(QLatin1Char('='), 1);
        const CommandResult label =
            pool.run(repository,
                     QStringLiteral("docker image inspect -f '{{.Id}} {{index .Config.Labels "
                                    "\"%1\"}}' %2 2>/dev/null")
                         .arg(ImageBuildRecipe::settingsLabel(), ShellCommand::quote(latest)),
                     run);
        const QString latestId = label.stdoutText.trimmed().section(QLatin1Char(' '), 0, 0);
        const bool settingsCurrent =
            label.stdoutText.trimmed().section(QLatin1Char(' '), 1) == wantedLabel;
        const QString book = workDir + QLatin1Char('/') + r.imageHost + QStringLiteral(".yml");
        AnsiblePlaybook::Options o;
        o.projectRoot = context.project.rootDir();
        o.contextDir = contextDir;
        o.stage = context.stage->name;
        o.workDir = workDir;
        o.what = r.imageHost;
        o.extraRolesPaths = {workDir + QStringLiteral("/builtin-roles")};
        o.environment = access->cliEnvironment(repository);
        o.cancel = options.cancel;
        o.onOutput = output;
        // The roles run again only when something they read changed since
        // :latest was built from them (the marker holds that image's id too).
        // Read once, before the roles run: a file edited during the build
        // is not taken for built in.
        RoleInputs read = AnsiblePlaybook::inputs(book, o, projectInputs);
        read.addText(QStringLiteral("image"), r.imageHost.toUtf8());
        read.addText(QStringLiteral("container"), r.runDigest().toUtf8());
        read.addText(QStringLiteral("settings"), wantedLabel.toUtf8());
        auto fingerprintOf = [read](const QString &imageId) {
            RoleInputs in = read;
            in.addText(QStringLiteral("built"), imageId.toUtf8());
            return in.fingerprint();
        };
        const AppliedMarker marker(pool, repository, QStringLiteral("image-") + r.imageHost,
                                   options.cancel);
        const QString lastBuilt = marker.read();
        if (!latestId.isEmpty() && settingsCurrent && !options.reapplies(kStep) &&
            lastBuilt == fingerprintOf(latestId)) {
            // Pushed again all the same (nothing is sent when the registry
            // has it): a registry emptied since gets it back.
            if (!options.checkOnly) {
                const CommandResult pushed = sh(QStringLiteral("docker push -q %1 >/dev/null")
                                                    .arg(ShellCommand::quote(latest)));
                if (!pushed.succeeded()) {
                    message = tr("cannot push %1: %2").arg(latest, pushed.failure());
                    return RunEvent::Status::Failed;
                }
            }
            message = tr("%1 unchanged: nothing it is built from changed since %2 was built "
                         "(--force builds it again)")
                          .arg(r.imageHost, latest);
            return RunEvent::Status::Ok;
        }
        if (!options.checkOnly && !marker.remove(message))
            return RunEvent::Status::Failed;
        const CommandResult state = pool.run(
            repository,
            QStringLiteral("docker inspect -f '{{.State.Running}} {{index .Config.Labels \"%2\"}}' "
                           "%1 2>/dev/null")
                .arg(container, ImageBuildRecipe::runLabel()),
            run);
        const QStringList found = state.stdoutText.trimmed().split(QLatin1Char(' '));
        QString running = found.value(0);
        if (!running.isEmpty() && found.value(1) != r.runDigest() && !options.checkOnly) {
            output(tr("%1 was made from other settings (base image, standalone): made afresh")
                       .arg(r.container()));
            const CommandResult removed =
                sh(QStringLiteral("docker rm -f %1 >/dev/null").arg(container));
            if (!removed.succeeded()) {
                message = tr("cannot remove the old build container %1: %2")
                              .arg(r.container(), removed.failure());
                return RunEvent::Status::Failed;
            }
            running.clear();
        }
        if (options.checkOnly) {
            message =
                running.isEmpty()
                    ? tr("would make %1 from %2 and build %3").arg(r.container(), r.from, latest)
                : settingsCurrent ? tr("built; roles are checked when it builds")
                                  : tr("would commit %1 with new settings").arg(latest);
            return running.isEmpty() || !settingsCurrent ? RunEvent::Status::Changed
                                                         : RunEvent::Status::Ok;
        }
        if (running.isEmpty()) {
            const CommandResult made =
                sh(ShellCommand::join(r.runArguments()) + QStringLiteral(" >/dev/null"));
            if (!made.succeeded()) {
                message = tr("cannot start the build container %1: %2")
                              .arg(r.container(), made.failure());
                return RunEvent::Status::Failed;
            }
        } else if (running != QLatin1String("true")) {
            const CommandResult started =
                sh(QStringLiteral("docker start %1 >/dev/null").arg(container));
            if (!started.succeeded()) {
                message = tr("cannot start the build container %1 again: %2 (remove it with `hive "
                             "ssh -- docker rm %1` to build from %3 afresh)")
                              .arg(r.container(), started.failure(), r.from);
                return RunEvent::Status::Failed;
            }
        }
        int changedTasks = 0;
        QString roleMessage;
        const RunEvent::Status applied =
            AnsiblePlaybook::run(book, r.imageHost, o, roleMessage, &changedTasks);
        auto stopContainer = [&] {
            // The build container's shell ends its sleep on SIGINT; it is
            // kept for the next build.
            sh(QStringLiteral("docker kill -s INT %1 >/dev/null 2>&1; timeout 20 docker wait %1 "
                              ">/dev/null 2>&1 || docker stop %1 >/dev/null")
                   .arg(container));
        };
        if (applied == RunEvent::Status::Failed || applied == RunEvent::Status::Interrupted) {
            stopContainer();
            message = roleMessage;
            return applied;
        }
        // Also when no earlier build left its marker: one stopped after its
        // roles changed the build container, before the commit, leaves
        // the container ahead of :latest with every task then "ok".
        const bool commit = changedTasks > 0 || !settingsCurrent || lastBuilt.isEmpty();
        QString script;
        if (commit) {
            QStringList commitArgs{QStringLiteral("docker"), QStringLiteral("commit")};
            for (const QString &c : changes)
                commitArgs << QStringLiteral("-c") << c;
            commitArgs << r.container() << latest;
            const QString stamped = r.repository(registry) + QLatin1Char(':') + stamp;
            script = ShellCommand::join(commitArgs) +
                     QStringLiteral(" >/dev/null && docker tag %1 %2 && docker push -q %2 && ")
                         .arg(ShellCommand::quote(latest), ShellCommand::quote(stamped));
        }
        script += QStringLiteral("docker push -q %1").arg(ShellCommand::quote(latest));
        script += QStringLiteral(" && docker image inspect -f '{{.Id}}' %1")
                      .arg(ShellCommand::quote(latest));
        const CommandResult pushed = sh(script);
        stopContainer();
        if (!pushed.succeeded()) {
            message = tr("cannot commit and push %1: %2").arg(latest, pushed.failure());
            return RunEvent::Status::Failed;
        }
        const QString builtId = pushed.stdoutText.trimmed().section(QLatin1Char('\n'), -1);
        QString unwritten;
        if (!builtId.isEmpty() && !marker.write(fingerprintOf(builtId), unwritten))
            output(unwritten);
        message = commit ? tr("%1 built (%2) and pushed as %3 and :%4")
                               .arg(r.imageHost, roleMessage, latest, stamp)
                         : tr("%1 unchanged (%2)").arg(r.imageHost, roleMessage);
        return commit ? RunEvent::Status::Changed : RunEvent::Status::Ok;
    };
    plan.steps << build;
    return true;
}

} // namespace hive
