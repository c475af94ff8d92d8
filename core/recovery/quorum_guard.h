#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hive {

// The rule that would have prevented seeds/003: never take down, at the
// same time, so many managers that fewer than a majority stay up. Every
// operation that stops a manager (maintenance, backup) asks first.
class QuorumGuard
{
    Q_DECLARE_TR_FUNCTIONS(hive::QuorumGuard)
public:
    // More than half of the managers.
    static int majority(int managers) { return managers / 2 + 1; }
    // Why taking `takeDown` down while `down` already are would leave the
    // swarm without a leader; empty when a majority stays up. `what` names
    // the operation ("maintenance on p-hive1").
    static QString refusal(int managers, const QStringList &down, const QStringList &takeDown,
                           const QString &what);
};

} // namespace hive
