#include "cli/recovery_command.h"

#include "cli/command_context.h"
#include "cli/interrupt_flag.h"
#include "cli/run_event_printer.h"
#include "inventory/inventory_loader.h"
#include "phases/recovery_runner.h"
#include "recovery/recovery_context.h"
#include "recovery/recovery_request.h"

#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace hive::cli {

QString RecoveryCommand::description() const
{
    if (m_name == QLatin1String("maintenance"))
        return tr("drain a host for maintenance and wait until its tasks moved (on), or make it "
                  "active again (off); refused when it would cost the swarm its quorum");
    if (m_name == QLatin1String("backup"))
        return tr("back up the swarm state of the managers that are not the leader, one at a "
                  "time, into the context dir; with --data, the services' data on the "
                  "repository server");
    if (m_name == QLatin1String("restore"))
        return tr("restore the swarm from a backup after every manager was lost; with --data, a "
                  "service's data from its backup");
    return tr(
        "recover lost managers: `recover manager HOST` replaces one, `recover quorum` "
        "rebuilds the swarm from a surviving manager; `recover node HOST` restarts the engine "
        "of a node the swarm lists as down though it answers; `recover units` resets, restarts or "
        "disables failed host services; `recover disk` frees disk space; `recover drbd VOLUME` "
        "repairs a DRBD volume; `recover resume` puts back what an interrupted repair took "
        "away");
}

QString RecoveryCommand::splitBrainHelp()
{
    return tr("quorum, restore: force a new cluster although a manager this machine cannot "
              "reach still answers from another host (the swarm may then run twice)");
}

void RecoveryCommand::addOptions(QCommandLineParser &parser) const
{
    if (m_name == QLatin1String("maintenance")) {
        parser.addPositionalArgument(QStringLiteral("host"), tr("the host"));
        parser.addPositionalArgument(QStringLiteral("on|off"), tr("start or end the maintenance"));
        parser.addOption({QStringLiteral("rebalance"),
                          tr("with off: restart the replicated services so that tasks spread "
                             "onto the host again")});
        parser.addOption({QStringLiteral("timeout"),
                          tr("with on: how long to wait for the tasks to move (default 180)"),
                          tr("SECONDS"), QStringLiteral("180")});
    } else if (m_name == QLatin1String("backup")) {
        parser.addOption({QStringLiteral("keep"), tr("archives to keep per host (default 7)"),
                          tr("N"), QStringLiteral("7")});
        parser.addOption({QStringLiteral("data"),
                          tr("back up the services' data (their backup_scripts) and the registry "
                             "on the repository server instead, as the nightly run does")});
        parser.addOption({{QStringLiteral("l"), QStringLiteral("limit")},
                          tr("with --data: only these services, comma-separated"),
                          tr("SERVICES")});
    } else if (m_name == QLatin1String("restore")) {
        parser.addPositionalArgument(
            QStringLiteral("archive"),
            tr("the backup to restore (default: the newest); with --data: the service, then the "
               "time of its backup as YYYYmmddHHMMSS (default: its latest)"),
            QStringLiteral("[archive | SERVICE [TIME]]"));
        parser.addOption({QStringLiteral("data"),
                          tr("restore a service's data from its backup on the repository server "
                             "instead")});
        parser.addOption({QStringLiteral("risk-split-brain"), splitBrainHelp()});
    } else {
        parser.addPositionalArgument(QStringLiteral("manager|quorum|node|units|disk|drbd|resume"),
                                     tr("what to recover"));
        parser.addPositionalArgument(
            QStringLiteral("host"),
            tr("manager: the lost host; quorum: the surviving manager to lead (default: the "
               "first that answers); node: the host whose engine to restart; units: the unit "
               "(default: every failed one); drbd: the "
               "volume"),
            QStringLiteral("[host|unit|volume]"));
        parser.addOption({QStringLiteral("risk-split-brain"), splitBrainHelp()});
        parser.addOption({QStringLiteral("restart"), tr("units: restart the unit")});
        parser.addOption(
            {QStringLiteral("disable"), tr("units: stop and disable the unit for good")});
        parser.addOption(
            {QStringLiteral("discard"),
             tr("drbd, split brain: the hive whose copy's changes since the split are discarded "
                "(the other copies are kept)"),
             tr("HOST")});
        parser.addOption({QStringLiteral("fsck"),
                          tr("drbd: also repair the volume's file system (xfs_repair or fsck)")});
        parser.addOption(
            {QStringLiteral("grow"),
             tr("drbd: make the volume this large (hive-builder manual, chapter 12: its files are "
                "archived, the volume rebuilt at the new size, the files put back)"),
             tr("SIZE")});
        parser.addOption({QStringLiteral("all-images"),
                          tr("disk: remove every image no container uses, not only dangling "
                             "ones")});
        parser.addOption({QStringLiteral("no-registry"),
                          tr("disk: leave the registry as it is (no garbage collection)")});
    }
    parser.addOption(
        {{QStringLiteral("y"), QStringLiteral("yes")}, tr("run the plan without asking")});
    parser.addOption({{QStringLiteral("n"), QStringLiteral("dry-run")}, tr("only show the plan")});
    parser.addOption({QStringLiteral("json"), tr("print the raw event stream as JSON lines")});
    parser.addOption({QStringLiteral("force"),
                      tr("run although an interrupted repair left something to put back "
                         "(`hive recover resume` puts it back)")});
}

int RecoveryCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    // The same words the app uses for a finding's repair.
    QStringList words = QStringList{m_name} + parser.positionalArguments();
    for (const QString &flag :
         {QStringLiteral("rebalance"), QStringLiteral("restart"), QStringLiteral("disable"),
          QStringLiteral("risk-split-brain"), QStringLiteral("fsck"), QStringLiteral("all-images"),
          QStringLiteral("no-registry")}) {
        if (parser.optionNames().contains(flag))
            words << QStringLiteral("--") + flag;
    }
    if (parser.optionNames().contains(QStringLiteral("data")))
        words << QStringLiteral("--data");
    for (const QString &valued :
         {QStringLiteral("timeout"), QStringLiteral("keep"), QStringLiteral("grow"),
          QStringLiteral("discard"), QStringLiteral("limit")}) {
        if (parser.optionNames().contains(valued) ||
            (valued == QLatin1String("limit") &&
             parser.optionNames().contains(QStringLiteral("l"))))
            words << QStringLiteral("--") + valued << parser.value(valued);
    }
    RecoveryRequest request;
    QString error;
    if (!RecoveryRequest::parse(words, request, error)) {
        context.err() << error << Qt::endl;
        return 2;
    }

    if (!context.openProject())
        return 1;
    LoadedInventory loaded;
    if (!context.loadInventory(loaded, false))
        return 1;
    const std::shared_ptr<RecoveryContext> recovery =
        RecoveryContext::open(context.project(), loaded, error);
    if (!recovery) {
        context.err() << error << Qt::endl;
        return 1;
    }
    const std::atomic_bool *cancel = InterruptFlag::install();
    recovery->cancel = cancel;
    const bool json = parser.isSet(QStringLiteral("json"));
    QTextStream &show = json ? context.err() : context.out();
    RecoveryPlan plan;
    if (!request.plan(recovery, loaded, plan, error,
                      [&](const QString &text) { context.err() << text << Qt::endl; })) {
        context.err() << error << Qt::endl;
        return 1;
    }

    show << plan.preview() << Qt::flush;
    if (!plan.runnable())
        return 1;
    if (plan.empty() || parser.isSet(QStringLiteral("dry-run")))
        return 0;
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!isatty(STDIN_FILENO)) {
            context.err() << tr("not confirmed: run it again with --yes to go ahead without a "
                                "question")
                          << Qt::endl;
            return 1;
        }
        context.err() << tr("Go ahead? [y/N] ") << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            context.err() << tr("nothing was changed") << Qt::endl;
            return 1;
        }
    }

    RunEventPrinter printer(context.out(), context.verbose(), json);
    PhaseOptions options;
    options.cancel = cancel;
    options.force = parser.isSet(QStringLiteral("force"));
    const PhaseSession::Result result =
        RecoveryRunner::run(context.project(), loaded, plan, &printer, options);
    if (!result.error.isEmpty()) {
        context.err() << result.error << Qt::endl;
        return 1;
    }
    if (!result.ok && result.status == RunEvent::Status::Interrupted)
        context.err() << tr("interrupted during %1; `hive doctor` shows where the swarm is now")
                             .arg(result.stoppedAt)
                      << Qt::endl;
    return result.ok ? 0 : 1;
}

} // namespace hive::cli
