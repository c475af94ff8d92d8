#include "phases/build_volumes/build_volumes_phase.h"

#include "access/stage_files.h"
#include "cloud/aws_rest_json_client.h"
#include "engine/run_reporter.h"
#include "inventory/inventory_loader.h"
#include "phases/phase_context.h"
#include "project/project.h"
#include "providers/aws_file_system.h"
#include "providers/aws_stage_access.h"
#include "recipes/docker_recipes.h"
#include "recipes/drbd_resource.h"
#include "recipes/host_change_applier.h"
#include "recipes/nfs_share_recipe.h"
#include "remote/host_pool.h"
#include "remote/shell_command.h"

#include <QDir>
#include <QSet>
#include <algorithm>
#include <memory>

namespace hive {

namespace {} // namespace

QString BuildVolumesPhase::createDriverVolume(const Volume &volume)
{
    QStringList args{QStringLiteral("docker"), QStringLiteral("volume"), QStringLiteral("create")};
    const QString driver = volume.spec.value(QStringLiteral("driver")).text();
    args << QStringLiteral("--driver") << (driver.isEmpty() ? QStringLiteral("local") : driver);
    // hive-builder keeps the options under this (misspelt) key.
    const Value opts = volume.spec.value(QStringLiteral("dirver_options"));
    if (opts.isMap()) {
        for (const Value::Entry &e : opts.entries())
            args << QStringLiteral("--opt") << e.key + QLatin1Char('=') + e.value.text();
    }
    args << volume.name;
    return ShellCommand::join(args) + QStringLiteral(" >/dev/null");
}

bool BuildVolumesPhase::efsAddress(PhaseContext &context, QString &address, QString &error)
{
    const QString contextDir = QDir(context.project.contextDir()).absolutePath();
    address = StageFiles::fileSystemAddress(contextDir);
    if (!address.isEmpty())
        return true;
    AwsStageAccess aws;
    if (!AwsStageAccess::open(context.loaded, *context.stage, context.project.persistents(), aws,
                              error))
        return false;
    const auto efs = AwsRestJsonClient::efs(aws.credentials, aws.plan.region);
    // Looked for only (checkOnly): nothing is made here.
    const AwsFileSystem::Result found =
        AwsFileSystem::ensure(*efs, aws.plan, {}, {}, true, context.options.cancel);
    if (found.status == RunEvent::Status::Failed) {
        error = found.message;
        return false;
    }
    if (found.fileSystemId.isEmpty()) {
        error = tr("stage %1 has nfs volumes but no EFS file system %2 yet: run build-infra "
                   "first")
                    .arg(context.stage->name, aws.plan.fileSystemToken);
        return false;
    }
    address = found.dnsName;
    return StageFiles::recordFileSystemAddress(contextDir, address, error);
}

bool BuildVolumesPhase::plan(PhaseContext &context, Plan &plan) const
{
    const PhaseOptions &options = context.options;
    RunReporter &reporter = context.reporter;
    HostPool &pool = context.pool;
    const StagePlan *stage = context.stage;
    const QList<Volume> all = StageVolumes::of(context.loaded, stage->name);
    QStringList names;
    for (const Volume &v : all)
        names << v.name;
    const Expected<QStringList> chosen = chooseNamed(context, names);
    if (!chosen)
        return reporter.abort(chosen.error());
    QList<Volume> volumes;
    for (const Volume &v : all) {
        if (chosen->contains(v.name))
            volumes << v;
    }
    const QStringList hives = stage->hiveHosts();
    HostPool::RunOptions run;
    run.asRoot = true;
    run.cancel = options.cancel;
    run.timeoutMs = 120000;
    // Which hosts can run DRBD, asked once per run, on all hives at once.
    const auto drbdCapable = std::make_shared<QHash<QString, bool>>();
    const auto drbdWhyNot = std::make_shared<QHash<QString, QString>>();
    const QHash<QString, CommandResult> probes =
        pool.runOnAll(hives, DockerRecipes::drbdAvailable(), run);
    for (auto it = probes.begin(); it != probes.end(); ++it) {
        drbdCapable->insert(it.key(), it.value().succeeded());
        const QString why = it.value().stderrText.trimmed();
        drbdWhyNot->insert(it.key(), why.isEmpty() ? tr("no drbd kernel module") : why);
    }
    const auto withoutDevice = std::make_shared<QStringList>(
        StageVolumes::hivesWithoutMirroredDevice(context.loaded, *stage));
    // Each hive's volume group (hive-builder's drbdvg on hosts it set up)
    // and the resource files it did not write, asked once.
    const auto volumeGroups = std::make_shared<QHash<QString, QString>>();
    const auto foreignFiles = std::make_shared<QHash<QString, QStringList>>();
    const bool anyDrbd = std::any_of(volumes.cbegin(), volumes.cend(), [](const Volume &v) {
        return v.kind == VolumePlan::Kind::Drbd;
    });
    if (anyDrbd) {
        const QHash<QString, CommandResult> answers =
            pool.runOnAll(hives, DrbdResource::hostProbe(), run);
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            QString group;
            DrbdResource::readHostProbe(it.value().stdoutText, group, (*foreignFiles)[it.key()]);
            if (!group.isEmpty())
                volumeGroups->insert(it.key(), group);
        }
    }

    // nfs volumes on AWS: the EFS build-infra made (its address as build-infra
    // recorded it; on a stage hive-builder built, asked of AWS by its
    // creation token).
    const bool anyNfs = std::any_of(volumes.cbegin(), volumes.cend(), [](const Volume &v) {
        return v.kind == VolumePlan::Kind::Nfs;
    });
    QString nfsServer;
    if (anyNfs && !options.destroy && stage->provider == QLatin1String("aws")) {
        QString error;
        if (!efsAddress(context, nfsServer, error))
            return reporter.abort(error);
    }

    if (options.destroy) {
        // A volume is refused while a service mounts it (Docker would only
        // refuse on the hosts where a task runs right now). The swarm is
        // asked once, before anything is removed; when it cannot say who
        // mounts what, nothing is removed (fail closed).
        const QString firstHive = stage->firstHive;
        const CommandResult services = pool.run(
            firstHive,
            QStringLiteral("docker service ls -q | xargs -r docker service inspect -f "
                           "'{{.Spec.Name}}{{range .Spec.TaskTemplate.ContainerSpec.Mounts}} "
                           "{{.Source}}{{end}}'"),
            run);
        QHash<QString, QStringList> usersOf; // volume -> the services that mount it
        for (const QString &line : services.stdoutText.split(QLatin1Char('\n'))) {
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &source : f.mid(1))
                usersOf[source] << f.value(0);
        }
        for (QStringList &users : usersOf)
            users.removeDuplicates();
        // A volume refused is the volume's failure, not its hosts': it gets
        // no step on the hives (which would leave them out of the volumes
        // after it) but a row of its own in one last step, "refused (-D)".
        QHash<QString, QString> refused; // volume -> why it is not removed
        for (const Volume &v : std::as_const(volumes)) {
            const QStringList users = usersOf.value(v.name);
            if (!services.succeeded())
                refused.insert(v.name,
                               tr("not removed: whether a service uses it cannot be told, "
                                  "because %1 did not answer (%2); run again when it answers")
                                   .arg(firstHive, services.failure()));
            else if (!users.isEmpty())
                refused.insert(v.name, tr("not removed: used by the service(s) %1; remove them "
                                          "first (hive deploy-services -D -l ...)")
                                           .arg(users.join(QStringLiteral(", "))));
            if (refused.contains(v.name))
                continue;
            Step step;
            step.name = v.name;
            step.hosts = hives;
            step.maxParallel = 4;
            step.work = [&options, &pool, run, v, drbdCapable](const QString &host,
                                                               QString &message) {
                const QString q = ShellCommand::quote(v.name);
                QString script =
                    QStringLiteral("if docker volume inspect %1 >/dev/null 2>&1; then "
                                   "docker volume rm %1 >/dev/null && echo removed; fi")
                        .arg(q);
                if (v.kind == VolumePlan::Kind::Drbd && drbdCapable->value(host))
                    script += QStringLiteral("; systemctl disable drbd@%1.service 2>/dev/null; "
                                             "drbdadm down %1 2>/dev/null; "
                                             "for g in %2 %3; do lvremove -y "
                                             "\"$g\"/%1 >/dev/null 2>&1; done; "
                                             "rm -f /etc/drbd.d/%1.res")
                                  .arg(q, QLatin1String(DrbdResource::kVolumeGroup),
                                       QLatin1String(DrbdResource::kHiveBuilderVolumeGroup));
                else if (v.kind == VolumePlan::Kind::Drbd)
                    script += QStringLiteral("; rm -f /etc/drbd.d/%1.res").arg(q);
                if (options.checkOnly) {
                    const CommandResult exists = pool.run(
                        host, QStringLiteral("docker volume inspect %1 >/dev/null 2>&1").arg(q),
                        run);
                    message = exists.succeeded() ? tr("would remove it") : tr("not there");
                    return exists.succeeded() ? RunEvent::Status::Changed : RunEvent::Status::Ok;
                }
                const CommandResult r = pool.run(host, script, run);
                if (!r.succeeded()) {
                    message = tr("cannot remove %1 on %2: %3").arg(v.name, host, r.failure());
                    return RunEvent::Status::Failed;
                }
                const bool removed = r.stdoutText.contains(QLatin1String("removed"));
                message = removed ? tr("removed") : tr("not there");
                return removed ? RunEvent::Status::Changed : RunEvent::Status::Ok;
            };
            plan.steps << step;
        }
        if (!refused.isEmpty()) {
            Step step;
            step.name = QStringLiteral("refused (-D)"); // no volume has this name
            for (const Volume &v : std::as_const(volumes)) {
                if (refused.contains(v.name))
                    step.hosts << v.name;
            }
            step.work = [refused](const QString &volume, QString &message) {
                message = refused.value(volume);
                return RunEvent::Status::Failed;
            };
            plan.steps << step;
        }
        return true;
    }
    for (const Volume &v : std::as_const(volumes)) {
        Step step;
        step.name = v.name;
        step.hosts = hives;
        step.maxParallel = 4;
        step.work = [&options, &reporter, &pool, run, v, drbdCapable, drbdWhyNot, withoutDevice,
                     volumeGroups, foreignFiles, stage,
                     nfsServer](const QString &host, QString &message) {
            HostChangeApplier::Options o;
            o.checkOnly = options.checkOnly;
            o.cancel = options.cancel;
            o.onOutput = [&reporter, name = v.name, host](const QString &line) {
                reporter.output(name, host, line);
            };
            QList<HostChange> changes;
            QString note;
            if (v.kind == VolumePlan::Kind::Nfs && nfsServer.isEmpty()) {
                message = tr("nfs volumes live on the IaaS file server; provider %1 has none")
                              .arg(stage->provider);
                return RunEvent::Status::Skipped;
            }
            if (v.kind == VolumePlan::Kind::Nfs) {
                changes = NfsShareRecipe::changes(nfsServer, v.name, host == stage->firstHive);
            } else if (v.kind == VolumePlan::Kind::Driver) {
                changes << HostChange::command(
                    tr("Docker volume %1").arg(v.name),
                    QStringLiteral("docker volume inspect %1 >/dev/null 2>&1")
                        .arg(ShellCommand::quote(v.name)),
                    createDriverVolume(v));
            } else {
                DrbdResource r = StageVolumes::drbdResource(*stage, v, *withoutDevice);
                r.volumeGroups = *volumeGroups;
                const QString fileName = r.resourcePath().section(QLatin1Char('/'), -1);
                if (foreignFiles->value(host).contains(fileName)) {
                    // A site hive-builder built: its volume keeps running as
                    // it made it (its ports, its unit); nothing is rewritten.
                    message = tr("%1 was made by hive-builder (%2 is its file): left as it is")
                                  .arg(v.name, r.resourcePath());
                    return RunEvent::Status::Ok;
                }
                if (drbdCapable->value(host)) {
                    changes = r.changes(host, host == stage->firstHive);
                } else if (stage->name != QLatin1String("private")) {
                    // Staging and production keep their data mirrored: no
                    // fallback to a volume that is not.
                    message = tr("DRBD 9 cannot run on %1 (%2): %3 would not be mirrored; run "
                                 "setup-hosts -T drbd there and see what it says")
                                  .arg(host, drbdWhyNot->value(host), v.name);
                    return RunEvent::Status::Failed;
                } else {
                    // The configuration is still written (to read and to keep),
                    // but the volume is an ordinary local one.
                    HostChange file =
                        HostChange::file(tr("DRBD resource %1 (not active here)").arg(v.name),
                                         r.resourcePath(), r.resourceFile());
                    changes << file
                            << HostChange::command(
                                   tr("plain local Docker volume %1").arg(v.name),
                                   QStringLiteral("docker volume inspect %1 >/dev/null 2>&1")
                                       .arg(ShellCommand::quote(v.name)),
                                   QStringLiteral(
                                       "docker volume create --driver local %1 >/dev/null")
                                       .arg(ShellCommand::quote(v.name)));
                    note = tr("DRBD cannot run on %1 (this kernel has no drbd module): %2 is a "
                              "plain local volume here, not mirrored")
                               .arg(host, v.name);
                }
            }
            const RunEvent::Status status =
                HostChangeApplier::apply(pool, host, changes, o, message);
            if (!note.isEmpty())
                message = note + QStringLiteral("; ") + message;
            return status;
        };
        plan.steps << step;
    }
    return true;
}

} // namespace hive
