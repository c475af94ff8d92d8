#include "recovery/drbd_grow_flow.h"

#include "data/quantity_text.h"
#include "health/backup_health.h"
#include "inventory/inventory_loader.h"
#include "project/atomic_file.h"
#include "project/context_file.h"
#include "recovery/recovery_context.h"
#include "recovery/service_pause.h"
#include "recovery/transfer_folder.h"
#include "remote/shell_command.h"

#include <QDateTime>

namespace hive {

namespace {

// Where the volume's archive waits on a host between root's tar and SFTP.
QString remoteArchive()
{
    return TransferFolder::file(QStringLiteral("volume.tar.gz"));
}

// "drbd" when the resource is up on the host, else "local".
QString modeCommand(const DrbdResource &r)
{
    return QStringLiteral("if drbdadm status %1 >/dev/null 2>&1; then echo drbd; else echo local; "
                          "fi")
        .arg(ShellCommand::quote(r.name));
}

} // namespace

bool DrbdGrowFlow::definition(const LoadedInventory &loaded, const QString &volume, Definition &out,
                              QString &error)
{
    for (const ServicePlan &s : loaded.services.services) {
        for (const VolumePlan &v : s.volumes) {
            if (v.source != volume || v.kind != VolumePlan::Kind::Drbd)
                continue;
            const QString file = v.mark.file.isEmpty() ? s.file : v.mark.file;
            YamlTextEditor editor(ContextFile::read(file), file);
            for (int i = 0;; ++i) {
                const YamlTextEditor::Path item{QStringLiteral("services"), s.name,
                                                QStringLiteral("volumes"), QString::number(i)};
                const Value *entry = editor.find(item);
                if (!entry)
                    break;
                const Value *source = editor.find(item + QStringList{QStringLiteral("source")});
                if (!source || source->text() != volume ||
                    !editor.find(item + QStringList{QStringLiteral("drbd")}))
                    continue;
                out.file = file;
                out.path = item + QStringList{QStringLiteral("drbd"), QStringLiteral("size")};
                out.size = v.size;
                return true;
            }
        }
    }
    error = tr("no services file defines %1 as a DRBD volume with a size").arg(volume);
    return false;
}

QString DrbdGrowFlow::dataHost(const std::shared_ptr<RecoveryContext> &context,
                               const QStringList &services)
{
    for (const QString &s : services) {
        QString out, message;
        if (context->run(context->firstHive(),
                         QStringLiteral("docker service ps -f desired-state=running --format "
                                        "'{{.Node}}' %1 2>/dev/null | head -1")
                             .arg(ShellCommand::quote(s)),
                         out, message) &&
            context->hives().contains(out))
            return out;
    }
    return QString();
}

// The clean-up runs as a shell function on EXIT: the quoted volume name
// stays at the script's top level, never nested inside the trap's quotes.
QString DrbdGrowFlow::backupCommand(const DrbdResource &r, const QString &archive,
                                    const QString &owner)
{
    const QString q = ShellCommand::quote(r.name);
    return QStringLiteral(
               "set -e; umask 077; %5; rm -f %1; if drbdadm status %2 >/dev/null 2>&1; then "
               "m=$(mktemp -d); "
               "drbdadm primary %2; done_with() { umount \"$m\" 2>/dev/null; drbdadm secondary "
               "%2; rmdir \"$m\"; }; trap done_with EXIT; mount -o ro %3 \"$m\"; tar czf %1 -C "
               "\"$m\" .; else tar czf %1 -C \"$(docker volume inspect -f '{{.Mountpoint}}' %2)\" "
               ".; fi; chown %4 %1; chmod 600 %1")
        .arg(ShellCommand::quote(archive), q, ShellCommand::quote(r.device()),
             ShellCommand::quote(owner), TransferFolder::ensureCommand(owner));
}

QString DrbdGrowFlow::restoreCommand(const DrbdResource &r, const QString &archive)
{
    const QString q = ShellCommand::quote(r.name);
    return QStringLiteral(
               "set -e; a=%1; m=; done_with() { if [ -n \"$m\" ]; then umount \"$m\" "
               "2>/dev/null; drbdadm secondary %2; rmdir \"$m\"; fi; rm -f \"$a\"; }; trap "
               "done_with EXIT; if drbdadm status %2 >/dev/null 2>&1; then m=$(mktemp -d); "
               "drbdadm primary %2; mount %3 \"$m\"; tar xzf \"$a\" -C \"$m\"; else tar xzf "
               "\"$a\" -C \"$(docker volume inspect -f '{{.Mountpoint}}' %2)\"; fi")
        .arg(ShellCommand::quote(archive), q, ShellCommand::quote(r.device()));
}

RecoveryPlan DrbdGrowFlow::plan(const std::shared_ptr<RecoveryContext> &context,
                                const DrbdRepairFlow::Target &target, const Definition &definition,
                                const QString &newSize, const QString &dataHost)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("grow-volume");
    const DrbdResource r = target.resource;
    plan.title = tr("Grow DRBD volume %1 from %2 to %3").arg(r.name, definition.size, newSize);
    qint64 before = 0, after = 0;
    if (!QuantityText::bytes(newSize, after) || after <= 0) {
        plan.refusal =
            tr("'%1' is not a size (write it as the services file does: 200M, 20G)").arg(newSize);
        return plan;
    }
    if (QuantityText::bytes(definition.size, before) && after <= before) {
        plan.refusal = tr("%1 is not larger than the volume's %2: a volume is only grown")
                           .arg(newSize, definition.size);
        return plan;
    }
    if (target.services.isEmpty()) {
        plan.refusal = tr("no service of stage %1 uses %2: nothing holds data to keep; change "
                          "its size and run build-volumes -D and build-volumes")
                           .arg(context->stage(), r.name);
        return plan;
    }
    const QString first = context->firstHive();
    const QString from = dataHost.isEmpty() ? first : dataHost;
    const QString services = target.services.join(QLatin1Char(','));
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    const QString archive = BackupHealth::backupDir(context->contextDir()) +
                            QStringLiteral("/volume-%1-%2.tar.gz").arg(r.name, stamp);
    plan.notes << tr("%1 are removed and deployed again: they do not run for the minutes this "
                     "takes.")
                      .arg(target.services.join(QStringLiteral(", ")));
    plan.notes << tr("The volume's files are kept in %1 (owner only) and stay there.").arg(archive);
    plan.notes
        << tr("Check that the drbdpool volume group of every hive has %1 free.").arg(newSize);
    auto ctx = context;
    const auto replicas = std::make_shared<QHash<QString, QString>>();
    // Scaled back only when the backup failed: past it, the services are
    // removed and deployed again by the phases.
    const auto removing = std::make_shared<std::atomic_bool>(false);
    plan.steps << ServicePause::stopStep(context, first, target.services, replicas);

    RecoveryPlan::Step backup;
    backup.name = QStringLiteral("backup-volume");
    backup.hosts = {from};
    backup.commands = {backupCommand(r, remoteArchive(), ctx->adminUser()),
                       QStringLiteral("sftp get %1 → %2 (0600)").arg(remoteArchive(), archive)};
    backup.work = [ctx, r, archive](const QString &h, QString &message) {
        QString out;
        if (!ctx->run(h, backupCommand(r, remoteArchive(), ctx->adminUser()), out, message,
                      3600000))
            return RunEvent::Status::Failed;
        qint64 bytes = 0;
        if (!ctx->fetchArchive(h, remoteArchive(), archive, bytes, message))
            return RunEvent::Status::Failed;
        message = tr("archived the files of %1 (%2 KiB) into %3")
                      .arg(r.name)
                      .arg((bytes + 1023) / 1024)
                      .arg(archive);
        return RunEvent::Status::Changed;
    };
    plan.steps << backup;

    RecoveryPlan::Step resize;
    resize.name = QStringLiteral("resize-definition");
    resize.hosts = {QStringLiteral("localhost")};
    resize.commands = {tr("%1: %2: %3 → %4")
                           .arg(definition.file, YamlTextEditor::pathText(definition.path),
                                definition.size, newSize)};
    resize.work = [definition, newSize, removing](const QString &, QString &message) {
        YamlTextEditor editor(ContextFile::read(definition.file), definition.file);
        QString error;
        if (!editor.setValue(definition.path, Value::string(newSize)) ||
            !AtomicFile::write(definition.file, editor.text(), error)) {
            message = tr("cannot change %1 in %2: %3")
                          .arg(YamlTextEditor::pathText(definition.path), definition.file,
                               error.isEmpty() ? editor.lastError() : error);
            return RunEvent::Status::Failed;
        }
        removing->store(true);
        message = tr("%1: size %2 (was %3)").arg(definition.file, newSize, definition.size);
        return RunEvent::Status::Changed;
    };
    plan.steps << resize;
    RecoveryPlan::Step scaleBack = ServicePause::startStep(context, first, replicas);
    const auto scale = scaleBack.work;
    scaleBack.commands.prepend(tr("# only when the steps before did not finish"));
    scaleBack.work = [scale, removing](const QString &h, QString &message) {
        if (removing->load()) {
            // Removed and deployed again by the phases that follow; until
            // they are removed, the journal keeps what scales them back.
            message = tr("the services are deployed again by the phases that follow");
            return RunEvent::Status::Skipped;
        }
        return scale(h, message);
    };
    plan.finally << scaleBack;

    plan.reloadBeforePhases = true;
    plan.followUps << RecoveryPlan::FollowUp{QStringLiteral("deploy-services"), services, true}
                   << RecoveryPlan::FollowUp{QStringLiteral("build-volumes"), r.name, true}
                   << RecoveryPlan::FollowUp{QStringLiteral("build-volumes"), r.name, false};

    // The files back into the new, empty volume while its services are
    // still removed (nothing of theirs can write there first): the first
    // hive when DRBD mirrors the volume, every hive when each has its own.
    // The services are deployed only once that worked.
    RecoveryPlan::Step restore;
    restore.name = QStringLiteral("restore-volume");
    restore.hosts = context->hives();
    restore.maxParallel = 1;
    restore.commands = {QStringLiteral("sftp put %1 → %2 (0600)").arg(archive, remoteArchive()),
                        restoreCommand(r, remoteArchive()) +
                            tr("   # DRBD: on %1 only").arg(first)};
    restore.work = [ctx, r, archive, first, services, replicas](const QString &h,
                                                                QString &message) {
        // The services are removed by now (deploy-services -D): nothing is
        // left to scale back, and they are deployed once the files are back.
        QString resolveError;
        for (auto it = replicas->cbegin(); it != replicas->cend(); ++it)
            ctx->journal().resolve(ServicePause::journalEntry(first, it.key(), it.value()).id,
                                   resolveError);
        // What is left when the files could not be put back, and how to finish.
        const auto failed = [&] {
            message = tr("%1. The services (%2) stay removed, so that nothing writes into the "
                         "empty volume %3; its files are in %4 on this machine. Put them back "
                         "into the volume (`tar xzf`), then run `hive deploy-services -l %2`.")
                          .arg(message, services, r.name, archive);
            return RunEvent::Status::Failed;
        };
        QString mode;
        if (!ctx->run(h, modeCommand(r), mode, message))
            return failed();
        if (mode == QLatin1String("drbd") && h != first) {
            message = tr("DRBD mirrors what %1 puts back").arg(first);
            return RunEvent::Status::Skipped;
        }
        qint64 bytes = 0;
        if (!ctx->putArchive(h, archive, remoteArchive(), bytes, message))
            return failed();
        QString out;
        if (!ctx->run(h, restoreCommand(r, remoteArchive()), out, message, 3600000))
            return failed();
        message = tr("put the files of %1 back (%2)").arg(r.name, mode);
        return RunEvent::Status::Changed;
    };
    plan.afterPhases << restore;
    plan.phasesAfter << RecoveryPlan::FollowUp{QStringLiteral("deploy-services"), services, false};

    RecoveryPlan::Step check;
    check.name = QStringLiteral("check-services");
    check.hosts = {first};
    check.commands = {QStringLiteral("docker service ls --format '{{.Name}} {{.Replicas}}'   "
                                     "# every replica of SERVICE running")};
    const QStringList names = target.services;
    check.work = [ctx, names](const QString &h, QString &message) {
        QStringList state;
        for (const QString &s : names) {
            QString count;
            const bool whole = ctx->waitFor(
                h,
                // (The name filter matches parts of names: the exact one is picked.)
                QStringLiteral("docker service ls --format '{{.Name}} {{.Replicas}}' | awk -v n=%1 "
                               "'$1 == n {print $2}'")
                    .arg(ShellCommand::quote(s)),
                120,
                [](const QString &o) {
                    const QStringList n = o.section(QLatin1Char(' '), 0, 0).split(QLatin1Char('/'));
                    return n.size() == 2 && n.at(0) == n.at(1) && n.at(0) != QLatin1String("0");
                },
                count);
            if (!whole) {
                message = tr("%1 is not running in full: %2").arg(s, count);
                return RunEvent::Status::Failed;
            }
            state << QStringLiteral("%1 %2").arg(s, count);
        }
        message = tr("running again: %1").arg(state.join(QStringLiteral(", ")));
        return RunEvent::Status::Ok;
    };
    plan.checks << check;
    return plan;
}

} // namespace hive
