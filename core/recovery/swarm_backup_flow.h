#pragma once

#include "recovery/recovery_plan.h"

#include <QHash>
#include <memory>

namespace hive {

class RecoveryContext;
class SwarmSurvey;

// `hive backup` and `hive restore` (seeds/001, seeds/003).
// Backup: on each manager that is not the leader, one at a time and only
// while the others keep a majority, docker is stopped, /var/lib/docker/swarm
// archived, docker started again and the node seen back as a reachable
// manager; the archive is kept in the context dir (0600) as
// swarm-<host>-<engine>-<time>.tar.gz, the newest `keep` per host. With
// autolock on, the unlock key is stored beside them.
// Restore (every manager lost): the archive goes back onto the host it came
// from (same name, same address; what was there is moved aside, not
// deleted), that host forces a new cluster from it, and the other hives
// are rebuilt and joined again.
class SwarmBackupFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::SwarmBackupFlow)
public:
    static RecoveryPlan backup(const std::shared_ptr<RecoveryContext> &context,
                               const SwarmSurvey &survey, int keep);
    // `archive` empty: the newest archive of any hive of the stage.
    // What the restore runs on the host (in a DetachedUnit): docker
    // stopped, the swarm state moved aside, the archive unpacked, docker
    // started. Halfway failed, what it unpacked goes and the state moved
    // aside comes back before docker starts: never half an archive.
    static QString restoreScript(const QString &archive, const QString &stamp,
                                 const QString &dockerRoot = QStringLiteral("/var/lib/docker"));
    static RecoveryPlan restore(const std::shared_ptr<RecoveryContext> &context,
                                const SwarmSurvey &survey, const QString &archive,
                                const QHash<QString, QString> &alive = {},
                                bool riskSplitBrain = false);
};

} // namespace hive
