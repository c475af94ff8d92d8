#include "recovery_command.h"

#include "command_context.h"
#include "interrupt_flag.h"
#include "inventory/inventory_loader.h"
#include "recovery/maintenance_flow.h"
#include "recovery/manager_recovery_flow.h"
#include "recovery/recovery_context.h"
#include "recovery/recovery_runner.h"
#include "recovery/swarm_backup_flow.h"
#include "run_event_printer.h"

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
                  "time, into the context dir");
    if (m_name == QLatin1String("restore"))
        return tr("restore the swarm from a backup after every manager was lost");
    return tr("recover lost managers: `recover manager HOST` replaces one, `recover quorum` "
              "rebuilds the swarm from a surviving manager");
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
    } else if (m_name == QLatin1String("restore")) {
        parser.addPositionalArgument(QStringLiteral("archive"),
                                     tr("the backup to restore (default: the newest)"),
                                     QStringLiteral("[archive]"));
    } else {
        parser.addPositionalArgument(QStringLiteral("manager|quorum"), tr("what to recover"));
        parser.addPositionalArgument(
            QStringLiteral("host"),
            tr("manager: the lost host; quorum: the surviving manager to lead (default: the "
               "first that answers)"),
            QStringLiteral("[host]"));
    }
    parser.addOption(
        {{QStringLiteral("y"), QStringLiteral("yes")}, tr("run the plan without asking")});
    parser.addOption({{QStringLiteral("n"), QStringLiteral("dry-run")}, tr("only show the plan")});
    parser.addOption({QStringLiteral("json"), tr("print the raw event stream as JSON lines")});
}

int RecoveryCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const auto usage = [&](const QString &text) {
        context.err() << text << Qt::endl;
        return 2;
    };
    bool on = true;
    QString host, mode;
    if (m_name == QLatin1String("maintenance")) {
        if (args.size() != 2 ||
            (args.at(1) != QLatin1String("on") && args.at(1) != QLatin1String("off")))
            return usage(tr("usage: hive maintenance HOST on|off [--rebalance] [-y] [-n]"));
        host = args.at(0);
        on = args.at(1) == QLatin1String("on");
    } else if (m_name == QLatin1String("recover")) {
        mode = args.value(0);
        host = args.value(1);
        if ((mode != QLatin1String("manager") && mode != QLatin1String("quorum")) ||
            (mode == QLatin1String("manager") && host.isEmpty()) || args.size() > 2)
            return usage(tr("usage: hive recover manager HOST | hive recover quorum [SURVIVOR]"));
    } else if (m_name == QLatin1String("restore")) {
        if (args.size() > 1)
            return usage(tr("usage: hive restore [ARCHIVE]"));
        host = args.value(0);
    }
    bool keepOk = true;
    const int keep =
        m_name == QLatin1String("backup") ? parser.value(QStringLiteral("keep")).toInt(&keepOk) : 0;
    if (!keepOk || (m_name == QLatin1String("backup") && keep < 1))
        return usage(tr("--keep needs a number of 1 or more"));

    if (!context.openProject())
        return 1;
    LoadedInventory loaded;
    if (!context.loadInventory(loaded, false))
        return 1;
    QString error;
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
    context.err() << tr("reading the swarm on %n hive(s): %1", nullptr,
                        int(recovery->hives().size()))
                         .arg(recovery->hives().join(QStringLiteral(", ")))
                  << Qt::endl;
    const SwarmSurvey survey = recovery->survey();
    if (cancel->load())
        return 1;

    RecoveryPlan plan;
    if (m_name == QLatin1String("maintenance")) {
        MaintenanceFlow::Options options;
        options.on = on;
        options.rebalance = parser.isSet(QStringLiteral("rebalance"));
        options.moveTimeoutSeconds = qMax(10, parser.value(QStringLiteral("timeout")).toInt());
        plan = MaintenanceFlow::plan(recovery, survey, host, options);
    } else if (m_name == QLatin1String("backup")) {
        plan = SwarmBackupFlow::backup(recovery, survey, keep);
    } else if (m_name == QLatin1String("restore")) {
        plan = SwarmBackupFlow::restore(recovery, survey, host);
    } else if (mode == QLatin1String("manager")) {
        plan = ManagerRecoveryFlow::replace(recovery, survey, host);
    } else {
        plan = ManagerRecoveryFlow::quorum(recovery, survey, host);
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
    PhaseRunner::Options options;
    options.cancel = cancel;
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
