#include "recovery/quorum_guard.h"

namespace hive {

QString QuorumGuard::refusal(int managers, const QStringList &down, const QStringList &takeDown,
                             const QString &what)
{
    QStringList all = down;
    for (const QString &h : takeDown) {
        if (!all.contains(h))
            all << h;
    }
    const int up = managers - int(all.size());
    if (managers <= 0 || up >= majority(managers))
        return QString();
    QStringList already = down;
    for (const QString &h : takeDown)
        already.removeAll(h);
    QString reason =
        tr("%1 would leave %2 of %3 managers up, but the swarm needs %4 (more than half) to "
           "keep a leader: services could no longer be changed or rescheduled (the outage where an "
           "automatic reboot took two of three control-plane nodes down at once).")
            .arg(what)
            .arg(qMax(0, up))
            .arg(managers)
            .arg(majority(managers));
    if (!already.isEmpty())
        reason += QLatin1Char(' ') +
                  tr("Already down or in maintenance: %1. Bring them back first (`hive doctor` "
                     "shows them), then try again.")
                      .arg(already.join(QStringLiteral(", ")));
    else
        reason += QLatin1Char(' ') + tr("Add managers first, or do this one host at a time.");
    return reason;
}

} // namespace hive
