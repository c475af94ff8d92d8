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
#include <QFileInfo>

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

RepairJournal::Entry DrbdGrowFlow::journalEntry(const QString &host, const Progress &progress)
{
    RepairJournal::Entry e;
    e.id = RepairJournal::idOf({QStringLiteral("grow-volume"), progress.volume});
    e.operation = QStringLiteral("grow-volume");
    e.host = host;
    const QString services = progress.services.join(QStringLiteral(", "));
    e.taken = progress.restored
                  ? tr("%1 not deployed again after volume %2 was grown (its files are back)")
                        .arg(services, progress.volume)
                  : tr("volume %1 being rebuilt at %2 with %3 removed; its files are in %4")
                        .arg(progress.volume, progress.size, services, progress.archive);
    e.details = {{QStringLiteral("finish"), QStringLiteral("grow-volume")},
                 {QStringLiteral("volume"), progress.volume},
                 {QStringLiteral("size"), progress.size},
                 {QStringLiteral("archive"), progress.archive},
                 {QStringLiteral("services"), progress.services.join(QLatin1Char(','))},
                 {QStringLiteral("state"),
                  progress.restored ? QStringLiteral("restored") : QStringLiteral("rebuilding")}};
    return e;
}

bool DrbdGrowFlow::progressOf(const RepairJournal::Entry &entry, Progress &out)
{
    if (entry.finish() != QLatin1String("grow-volume"))
        return false;
    out.volume = entry.details.value(QStringLiteral("volume"));
    out.size = entry.details.value(QStringLiteral("size"));
    out.archive = entry.details.value(QStringLiteral("archive"));
    out.services =
        entry.details.value(QStringLiteral("services")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    out.restored = entry.details.value(QStringLiteral("state")) == QLatin1String("restored");
    return !out.volume.isEmpty() && !out.size.isEmpty() && !out.archive.isEmpty() &&
           !out.services.isEmpty();
}

namespace {

// The size written into the services file; already there is fine (a
// resumed grow writes it again).
RecoveryPlan::Step resizeStep(const DrbdGrowFlow::Definition &definition, const QString &newSize,
                              const std::function<bool(QString &)> &before)
{
    RecoveryPlan::Step resize;
    resize.name = QStringLiteral("resize-definition");
    resize.hosts = {QStringLiteral("localhost")};
    resize.commands = {DrbdGrowFlow::tr("%1: %2: %3 → %4")
                           .arg(definition.file, YamlTextEditor::pathText(definition.path),
                                definition.size, newSize)};
    resize.work = [definition, newSize, before](const QString &, QString &message) {
        if (before && !before(message))
            return RunEvent::Status::Failed;
        if (definition.size == newSize) {
            message = DrbdGrowFlow::tr("%1: size %2 already").arg(definition.file, newSize);
            return RunEvent::Status::Ok;
        }
        YamlTextEditor editor(ContextFile::read(definition.file), definition.file);
        QString error;
        if (!editor.setValue(definition.path, Value::string(newSize)) ||
            !AtomicFile::write(definition.file, editor.text(), error)) {
            message = DrbdGrowFlow::tr("cannot change %1 in %2: %3")
                          .arg(YamlTextEditor::pathText(definition.path), definition.file,
                               error.isEmpty() ? editor.lastError() : error);
            return RunEvent::Status::Failed;
        }
        message =
            DrbdGrowFlow::tr("%1: size %2 (was %3)").arg(definition.file, newSize, definition.size);
        return RunEvent::Status::Changed;
    };
    return resize;
}

// The scale-back entries of services that the grow removes: the grow's own
// entry says what is left from here.
void resolvePaused(const std::shared_ptr<RecoveryContext> &context, const QStringList &services)
{
    // (An entry's name is the service's alone; one that is not there is fine.)
    QString error;
    for (const QString &s : services)
        context->journal().resolve(ServicePause::journalEntry(QString(), s, QString()).id, error);
}

} // namespace

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
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    Progress progress;
    progress.volume = r.name;
    progress.size = newSize;
    progress.services = target.services;
    progress.archive = BackupHealth::backupDir(context->contextDir()) +
                       QStringLiteral("/volume-%1-%2.tar.gz").arg(r.name, stamp);
    const QString archive = progress.archive;
    plan.notes << tr("%1 are removed and deployed again: they do not run for the minutes this "
                     "takes.")
                      .arg(target.services.join(QStringLiteral(", ")));
    plan.notes << tr("The volume's files are kept in %1 (owner only) and stay there.").arg(archive);
    plan.notes
        << tr("Check that the drbdpool volume group of every hive has %1 free.").arg(newSize);
    plan.notes << tr("If it stops halfway, `hive recover resume` finishes it from that archive.");
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

    // From here on the journal's grow entry says what is left: it is on
    // disk before the definition changes and anything is removed.
    RecoveryPlan::Step resize = resizeStep(definition, newSize, [ctx, first, progress](QString &m) {
        return ctx->journal().record(journalEntry(first, progress), m);
    });
    const auto edit = resize.work;
    resize.work = [edit, ctx, first, progress, removing](const QString &h, QString &message) {
        const RunEvent::Status status = edit(h, message);
        QString error;
        if (status == RunEvent::Status::Failed) {
            // Nothing removed: the services are scaled back (finally).
            ctx->journal().resolve(journalEntry(first, progress).id, error);
            return status;
        }
        removing->store(true);
        resolvePaused(ctx, progress.services);
        return status;
    };
    plan.steps << resize;
    RecoveryPlan::Step scaleBack = ServicePause::startStep(context, first, replicas);
    const auto scale = scaleBack.work;
    scaleBack.commands.prepend(tr("# only when the steps before did not finish"));
    scaleBack.work = [scale, removing](const QString &h, QString &message) {
        if (removing->load()) {
            // Removed and deployed again by the phases that follow; the
            // journal's grow entry finishes it if they do not.
            message = tr("the services are deployed again by the phases that follow");
            return RunEvent::Status::Skipped;
        }
        return scale(h, message);
    };
    plan.finally << scaleBack;
    finish(plan, context, r, progress);
    return plan;
}

void DrbdGrowFlow::finish(RecoveryPlan &plan, const std::shared_ptr<RecoveryContext> &context,
                          const DrbdResource &r, const Progress &progress)
{
    auto ctx = context;
    const QString first = context->firstHive();
    const QString services = progress.services.join(QLatin1Char(','));
    const QString archive = progress.archive;
    plan.reloadBeforePhases = true;
    if (!progress.restored) {
        plan.followUps << RecoveryPlan::FollowUp{QStringLiteral("deploy-services"), services, true}
                       << RecoveryPlan::FollowUp{QStringLiteral("build-volumes"), r.name, true}
                       << RecoveryPlan::FollowUp{QStringLiteral("build-volumes"), r.name, false};

        // The files back into the new, empty volume while its services are
        // still removed (nothing of theirs can write there first): the
        // first hive when DRBD mirrors the volume, every hive when each has
        // its own. The services are deployed only once that worked.
        RecoveryPlan::Step restore;
        restore.name = QStringLiteral("restore-volume");
        restore.hosts = context->hives();
        restore.maxParallel = 1;
        restore.commands = {QStringLiteral("sftp put %1 → %2 (0600)").arg(archive, remoteArchive()),
                            restoreCommand(r, remoteArchive()) +
                                tr("   # DRBD: on %1 only").arg(first)};
        restore.work = [ctx, r, archive, first](const QString &h, QString &message) {
            // What is left when the files could not be put back, and how to finish.
            const auto failed = [&] {
                message = tr("%1. The services stay removed, so that nothing writes into the "
                             "empty volume %2; its files are in %3 on this machine. `hive "
                             "recover resume` tries again.")
                              .arg(message, r.name, archive);
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

        // Every hive has its files back: only the deployment is left.
        RecoveryPlan::Step restored;
        restored.name = QStringLiteral("files-restored");
        restored.hosts = {QStringLiteral("localhost")};
        restored.commands = {tr("# the journal says: only deploy-services is left")};
        Progress done = progress;
        done.restored = true;
        restored.work = [ctx, first, done](const QString &, QString &message) {
            if (!ctx->journal().record(journalEntry(first, done), message))
                return RunEvent::Status::Failed;
            message = tr("the files of %1 are back").arg(done.volume);
            return RunEvent::Status::Ok;
        };
        plan.afterPhases << restored;
    }
    plan.phasesAfter << RecoveryPlan::FollowUp{QStringLiteral("deploy-services"), services, false};

    RecoveryPlan::Step check;
    check.name = QStringLiteral("check-services");
    check.hosts = {first};
    check.commands = {QStringLiteral("docker service ls --format '{{.Name}} {{.Replicas}}'   "
                                     "# every replica of SERVICE running")};
    const QStringList names = progress.services;
    const QString entryId = journalEntry(first, progress).id;
    check.work = [ctx, names, entryId](const QString &h, QString &message) {
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
        if (!ctx->journal().resolve(entryId, message))
            return RunEvent::Status::Failed;
        message = tr("running again: %1").arg(state.join(QStringLiteral(", ")));
        return RunEvent::Status::Ok;
    };
    plan.checks << check;
}

RecoveryPlan DrbdGrowFlow::resumePlan(const std::shared_ptr<RecoveryContext> &context,
                                      const LoadedInventory &loaded,
                                      const RepairJournal::Entry &entry)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("resume");
    Progress progress;
    if (!progressOf(entry, progress)) {
        plan.refusal = tr("the journal entry %1 does not say which volume it grew, to what size, "
                          "from which archive and for which services")
                           .arg(entry.id);
        return plan;
    }
    plan.title = progress.restored
                     ? tr("Deploy %1 again after volume %2 was grown")
                           .arg(progress.services.join(QStringLiteral(", ")), progress.volume)
                     : tr("Finish growing volume %1 to %2 from %3")
                           .arg(progress.volume, progress.size, progress.archive);
    const StagePlan *stage = loaded.hive.stage(context->stage());
    DrbdRepairFlow::Target target;
    Definition definition;
    QString error;
    if (!stage || !DrbdRepairFlow::target(loaded, *stage, progress.volume, target, error) ||
        !DrbdGrowFlow::definition(loaded, progress.volume, definition, error)) {
        plan.refusal = tr("volume %1 of the interrupted grow: %2").arg(progress.volume, error);
        return plan;
    }
    if (!progress.restored && !QFileInfo(progress.archive).isFile()) {
        plan.refusal = tr("the archive with the files of %1 is gone: %2. Without it the volume "
                          "cannot be filled again; if you have its files elsewhere, put them "
                          "into the volume by hand, then remove %3.")
                           .arg(progress.volume, progress.archive,
                                context->journal().dir() + QLatin1Char('/') + entry.id +
                                    QStringLiteral(".json"));
        return plan;
    }
    auto ctx = context;
    const QStringList services = progress.services;
    plan.steps << resizeStep(definition, progress.size, [ctx, services](QString &) {
        resolvePaused(ctx, services);
        return true;
    });
    finish(plan, context, target.resource, progress);
    return plan;
}

} // namespace hive
