#include "recovery/unit_repair_flow.h"

#include "recovery/recovery_context.h"

#include <QRegularExpression>

namespace hive {

namespace {
// systemd's unit names (with \x2d escapes); nothing a shell would expand
// inside single quotes.
const QRegularExpression &unitName()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9:_.@\\\\-]+$"));
    return re;
}

QString quoted(const QStringList &units)
{
    QStringList out;
    for (const QString &u : units)
        out << QLatin1Char('\'') + u + QLatin1Char('\'');
    return out.join(QLatin1Char(' '));
}
} // namespace

QString UnitRepairFlow::listCommand()
{
    return QStringLiteral("systemctl list-units --state=failed --plain --no-legend --no-pager");
}

QStringList UnitRepairFlow::parse(const QString &listed)
{
    QStringList out;
    for (const QString &line : listed.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // "● name.service loaded failed failed Description" (the bullet
        // only where the terminal allows it).
        QStringList f = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!f.isEmpty() && !f.first().contains(QLatin1Char('.')))
            f.removeFirst();
        if (f.size() >= 4 && f.first().contains(QLatin1Char('.')) &&
            unitName().match(f.first()).hasMatch())
            out << f.first();
    }
    return out;
}

UnitRepairFlow::FailedUnits UnitRepairFlow::read(const std::shared_ptr<RecoveryContext> &context,
                                                 QStringList &unreachable)
{
    FailedUnits out;
    for (const QString &host : context->hosts()) {
        QString listed, message;
        if (!context->run(host, listCommand(), listed, message, 30000)) {
            unreachable << host;
            continue;
        }
        out.insert(host, parse(listed));
    }
    return out;
}

RecoveryPlan UnitRepairFlow::plan(const std::shared_ptr<RecoveryContext> &context,
                                  const FailedUnits &failed, const Options &options)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("recover-units");
    if (!options.unit.isEmpty() && !unitName().match(options.unit).hasMatch()) {
        plan.refusal = tr("%1 is not a unit name").arg(options.unit);
        return plan;
    }
    if (options.unit.isEmpty() && options.action != Action::ResetFailed) {
        plan.refusal = tr("name the unit to restart or disable");
        return plan;
    }
    // The hosts where it failed, in stage order.
    QStringList hosts;
    QHash<QString, QStringList> units;
    for (const QString &host : context->hosts()) {
        QStringList mine = failed.value(host);
        if (!options.unit.isEmpty())
            mine = mine.contains(options.unit) ? QStringList{options.unit} : QStringList();
        if (mine.isEmpty())
            continue;
        hosts << host;
        units.insert(host, mine);
    }
    if (hosts.isEmpty()) {
        plan.title = options.unit.isEmpty()
                         ? tr("No unit has failed on the hosts that answered")
                         : tr("%1 has not failed on any host that answered").arg(options.unit);
        return plan;
    }
    const QString what = options.unit.isEmpty() ? tr("the failed units") : options.unit;
    switch (options.action) {
    case Action::ResetFailed:
        plan.title =
            tr("Reset the failed state of %1 on %n host(s)", nullptr, int(hosts.size())).arg(what);
        plan.notes << tr("Nothing is started or stopped: systemd forgets that these units "
                         "failed, so that the next failure shows. If a unit keeps failing, read "
                         "why first (`journalctl -u UNIT`).");
        break;
    case Action::Restart:
        plan.title = tr("Restart %1 on %n host(s)", nullptr, int(hosts.size())).arg(what);
        break;
    case Action::Disable:
        plan.title = tr("Disable %1 for good on %n host(s)", nullptr, int(hosts.size())).arg(what);
        plan.notes << tr("The unit is stopped and no longer started at boot; `systemctl enable "
                         "--now %1` undoes it. Do this for units of resources that no longer "
                         "exist (e.g. a removed DRBD volume), not for host services the hive "
                         "needs.")
                          .arg(options.unit);
        break;
    }
    auto ctx = context;
    for (const QString &host : std::as_const(hosts)) {
        const QString list = quoted(units.value(host));
        QString name;
        QStringList commands;
        switch (options.action) {
        case Action::ResetFailed:
            name = QStringLiteral("reset-failed");
            commands = {QStringLiteral("systemctl reset-failed %1").arg(list)};
            break;
        case Action::Restart:
            name = QStringLiteral("restart");
            commands = {QStringLiteral("systemctl restart %1").arg(list),
                        QStringLiteral("systemctl is-active %1").arg(list)};
            break;
        case Action::Disable:
            name = QStringLiteral("disable");
            commands = {QStringLiteral("systemctl disable --now %1").arg(list),
                        QStringLiteral("systemctl reset-failed %1").arg(list)};
            break;
        }
        plan.steps << RecoveryContext::commandStep(context, name, {host}, commands,
                                                   tr("done for %1").arg(list));
    }
    // Verification: none of them is failed any more.
    RecoveryPlan::Step check;
    check.name = QStringLiteral("check-units");
    check.hosts = hosts;
    check.commands = {listCommand() + QStringLiteral("   # none of them failed")};
    check.work = [ctx, units](const QString &h, QString &message) {
        QString listed;
        if (!ctx->run(h, listCommand(), listed, message, 30000))
            return RunEvent::Status::Failed;
        QStringList still;
        for (const QString &u : parse(listed)) {
            if (units.value(h).contains(u))
                still << u;
        }
        if (!still.isEmpty()) {
            message = tr("still failed: %1; read why with `journalctl -u %2 -n 50`")
                          .arg(still.join(QStringLiteral(", ")), still.first());
            return RunEvent::Status::Failed;
        }
        message = tr("no unit of these is failed");
        return RunEvent::Status::Ok;
    };
    plan.checks << check;
    return plan;
}

} // namespace hive
