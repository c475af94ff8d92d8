#include "recovery/data_backup_flow.h"

#include "access/stage_scope.h"
#include "inventory/inventory_loader.h"
#include "recovery/recovery_context.h"
#include "recovery/service_pause.h"
#include "remote/shell_command.h"

#include <QRegularExpression>

namespace hive {

namespace {

// hive-backup.sh as the admin, in the admin's home (its ~/backup), its
// lines in the run's output.
RecoveryPlan::Step scriptStep(const std::shared_ptr<RecoveryContext> &context, const QString &name,
                              const QStringList &args)
{
    auto ctx = context;
    RecoveryPlan::Step step;
    step.name = name;
    step.hosts = {ctx->repositoryHost()};
    QStringList quoted;
    for (const QString &a : args)
        quoted << ShellCommand::quote(a);
    const QString command =
        (QStringList{QStringLiteral("cd && hive-backup.sh")} + quoted).join(QLatin1Char(' '));
    step.commands = {command +
                     DataBackupFlow::tr("   # as %1, into ~/backup").arg(ctx->adminUser())};
    step.work = [ctx, command](const QString &host, QString &message) {
        HostPool::RunOptions o;
        o.timeoutMs = 6 * 60 * 60 * 1000;
        o.cancel = ctx->cancel;
        QStringList last;
        o.onLine = [ctx, &last](const QString &h, SshSession::Stream, const QString &line) {
            if (ctx->onOutput)
                ctx->onOutput(h, line);
            if (line.startsWith(QLatin1String("ERROR: ")))
                last << line.mid(7);
        };
        const CommandResult r = ctx->pool().run(host, command, o);
        if (r.status == CommandResult::Status::Cancelled) {
            message = DataBackupFlow::tr("cancelled");
            return RunEvent::Status::Interrupted;
        }
        if (r.status == CommandResult::Status::Exited && r.exitCode == 127) {
            message = DataBackupFlow::tr("hive-backup.sh is not on %1 yet: run `hive setup-hosts "
                                         "-T backup-tools`, then `hive deploy-services`")
                          .arg(host);
            return RunEvent::Status::Failed;
        }
        if (!r.succeeded()) {
            message = last.isEmpty() ? r.failure() : last.join(QStringLiteral("; "));
            return RunEvent::Status::Failed;
        }
        message = DataBackupFlow::tr("done (see ~/backup on %1)").arg(host);
        return RunEvent::Status::Changed;
    };
    return step;
}

} // namespace

QString DataBackupFlow::replicasCommand(const QString &service)
{
    return QStringLiteral("docker service inspect -f '{{if .Spec.Mode.Replicated}}{{.Spec.Mode."
                          "Replicated.Replicas}}{{else}}global{{end}}' %1")
        .arg(ShellCommand::quote(service));
}

RecoveryPlan DataBackupFlow::backup(const std::shared_ptr<RecoveryContext> &context,
                                    const LoadedInventory &loaded, const QStringList &services)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("data-backup");
    const QStringList with = StageScope::servicesWithBackups(loaded, context->stage());
    plan.title = services.isEmpty()
                     ? tr("Back up the data of every service with backup_scripts (%1) and the "
                          "registry, on %2")
                           .arg(with.isEmpty() ? tr("none") : with.join(QStringLiteral(", ")),
                                context->repositoryHost())
                     : tr("Back up the data of %1 on %2")
                           .arg(services.join(QStringLiteral(", ")), context->repositoryHost());
    if (context->repositoryHost().isEmpty()) {
        plan.refusal =
            tr("stage %1 has no repository server to keep backups on").arg(context->stage());
        return plan;
    }
    for (const QString &s : services) {
        if (!with.contains(s)) {
            plan.refusal = tr("%1 has no backup_scripts in stage %2 (these have: %3)")
                               .arg(s, context->stage(),
                                    with.isEmpty() ? tr("none") : with.join(QStringLiteral(", ")));
            return plan;
        }
    }
    QStringList args;
    if (!services.isEmpty())
        args << QStringLiteral("-l") << services.join(QLatin1Char(','));
    plan.notes << tr("Backups are kept in ~/backup on %1 as backup-<name>-<time>.<ext>; each "
                     "name's latest is backup-<name>-latest.<ext>.")
                      .arg(context->repositoryHost());
    plan.steps << scriptStep(context, QStringLiteral("data-backup"), args);
    return plan;
}

RecoveryPlan DataBackupFlow::restore(const std::shared_ptr<RecoveryContext> &context,
                                     const LoadedInventory &loaded, const QString &service,
                                     const QString &stamp, const QString &replicas)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("data-restore");
    plan.title = stamp.isEmpty()
                     ? tr("Restore the data of %1 from its latest backup").arg(service)
                     : tr("Restore the data of %1 from its backup of %2").arg(service, stamp);
    static const QRegularExpression time(QStringLiteral("^[0-9]{14}$"));
    if (!stamp.isEmpty() && !time.match(stamp).hasMatch()) {
        plan.refusal = tr("%1 is not the time of a backup: give it as YYYYmmddHHMMSS, as in "
                          "backup-<name>-20261206010000.tar.gz")
                           .arg(stamp);
        return plan;
    }
    const QStringList with = StageScope::servicesWithBackups(loaded, context->stage());
    if (context->repositoryHost().isEmpty())
        plan.refusal = tr("stage %1 has no repository server with backups").arg(context->stage());
    else if (!with.contains(service))
        plan.refusal = tr("%1 has no backup_scripts in stage %2 (these have: %3)")
                           .arg(service, context->stage(),
                                with.isEmpty() ? tr("none") : with.join(QStringLiteral(", ")));
    else if (replicas == QLatin1String("0") || replicas.isEmpty())
        plan.refusal = tr("%1 runs no task to restore its data into: scale it up first "
                          "(`docker service scale %1=1`)")
                           .arg(service);
    if (!plan.runnable())
        return plan;
    plan.notes << tr("What %1 holds now is replaced by the backup.").arg(service);
    if (replicas == QLatin1String("global"))
        plan.notes << tr("%1 is a global service: the data comes back in its first running task "
                         "only.")
                          .arg(service);
    QStringList args{QStringLiteral("-r"), QStringLiteral("-l"), service};
    if (!stamp.isEmpty())
        args << QStringLiteral("-t") << stamp;
    const QString manager = context->firstHive();
    bool number = false;
    const int n = replicas.toInt(&number);
    auto ctx = context;
    if (number && n > 1) {
        // One task only while the data comes back: others would write beside it.
        RecoveryPlan::Step down;
        down.name = QStringLiteral("scale-to-one");
        down.hosts = {manager};
        down.commands = {QStringLiteral("docker service scale %1=1").arg(service)};
        down.work = [ctx, service, replicas](const QString &h, QString &message) {
            RepairJournal::Entry e = ServicePause::journalEntry(h, service, replicas);
            e.taken = tr("service %1 scaled from %2 to 1 replica for a data restore")
                          .arg(service, replicas);
            if (!ctx->journal().record(e, message))
                return RunEvent::Status::Failed;
            QString out;
            if (!ctx->run(
                    h,
                    QStringLiteral("docker service scale %1=1").arg(ShellCommand::quote(service)),
                    out, message, 300000))
                return RunEvent::Status::Failed;
            message = tr("scaled from %1 to 1").arg(replicas);
            return RunEvent::Status::Changed;
        };
        plan.steps << down;
        RecoveryPlan::Step back;
        back.name = QStringLiteral("scale-back");
        back.hosts = {manager};
        back.commands = {ServicePause::scaleBack(service, replicas)};
        back.work = [ctx, service, replicas](const QString &h, QString &message) {
            QString out;
            if (!ctx->run(h, ServicePause::scaleBack(service, replicas), out, message) ||
                !ctx->journal().resolve(ServicePause::journalEntry(h, service, replicas).id,
                                        message))
                return RunEvent::Status::Failed;
            message = tr("scaled back to %1").arg(replicas);
            return RunEvent::Status::Changed;
        };
        plan.finally << back;
    }
    plan.steps << scriptStep(context, QStringLiteral("data-restore"), args);
    return plan;
}

} // namespace hive
