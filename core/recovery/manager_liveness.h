#pragma once

#include "recovery/swarm_survey.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace hive {

class RecoveryContext;

// Whether managers are really gone before a swarm is forced into a new
// cluster (`recover quorum`, `restore`): a manager this machine cannot
// reach may still run — with the majority — behind a network partition,
// and a second cluster beside it splits the swarm in two. Such a hive is
// seen alive when its swarm port (2377) answers from any host of the stage
// that this machine reaches. (Hives this machine reaches and that see no
// leader are not in a majority: they rejoin the new cluster.)
class ManagerLiveness
{
    Q_DECLARE_TR_FUNCTIONS(hive::ManagerLiveness)
public:
    // Of `hives` that this machine cannot reach: the ones seen alive, each
    // with where from ("answers on its swarm port (2377) from p-hive3").
    // Asks every other host of the stage that answers.
    static QHash<QString, QString> seenAlive(RecoveryContext &context, const SwarmSurvey &survey,
                                             const QStringList &hives);
    // Prints each address whose TCP port 2377 accepts a connection within 3 s (bash).
    static QString probeCommand(const QStringList &addresses);
    // The refusal naming them, and the flag that overrides it.
    static QString refusal(const QHash<QString, QString> &alive, const QString &what);
};

} // namespace hive
