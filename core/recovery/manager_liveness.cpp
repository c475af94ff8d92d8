#include "recovery/manager_liveness.h"

#include "recovery/recovery_context.h"
#include "remote/shell_command.h"

namespace hive {

QString ManagerLiveness::probeCommand(const QStringList &addresses)
{
    QStringList quoted;
    for (const QString &a : addresses)
        quoted << ShellCommand::quote(a);
    return QStringLiteral("for a in %1; do timeout 3 bash -c 'exec 3<>\"/dev/tcp/$1/2377\"' _ "
                          "\"$a\" 2>/dev/null && echo \"$a\"; done; true")
        .arg(quoted.join(QLatin1Char(' ')));
}

QHash<QString, QString> ManagerLiveness::seenAlive(RecoveryContext &context,
                                                   const SwarmSurvey &survey,
                                                   const QStringList &hives)
{
    QHash<QString, QString> alive;
    QHash<QString, QString> byAddress; // address -> hive, of those this machine cannot reach
    QStringList unreached;
    for (const SwarmSurvey::Hive &s : survey.hives) {
        if (!s.reached)
            unreached << s.host;
    }
    for (const QString &h : hives) {
        if (unreached.contains(h) && !context.addressOf(h).isEmpty())
            byAddress.insert(context.addressOf(h), h);
    }
    if (byAddress.isEmpty())
        return alive;
    const QString probe = probeCommand(byAddress.keys());
    for (const QString &from : context.hosts()) {
        if (unreached.contains(from))
            continue;
        QString out, error;
        if (!context.run(from, probe, out, error, 30000))
            continue; // not reachable from here either: no witness
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString h = byAddress.value(line.trimmed());
            if (!h.isEmpty() && !alive.contains(h))
                alive.insert(h, tr("answers on its swarm port (2377) from %1").arg(from));
        }
    }
    return alive;
}

QString ManagerLiveness::refusal(const QHash<QString, QString> &alive, const QString &what)
{
    QStringList seen;
    for (auto it = alive.cbegin(); it != alive.cend(); ++it)
        seen << QStringLiteral("%1 %2").arg(it.key(), it.value());
    seen.sort();
    return tr("%1 would split the swarm in two: %2. The swarm may live on there (a network "
              "partition, not a loss). Find out why this machine cannot reach it; if you are "
              "sure it is lost, run this again with --risk-split-brain")
        .arg(what, seen.join(QStringLiteral("; ")));
}

} // namespace hive
