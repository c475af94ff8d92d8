#pragma once

#include <QDateTime>
#include <QStringList>

namespace hive {

// When a scheduled swarm backup is due: the newest archive of any of the
// hives (in the context dir) is older than the interval, or there is none.
// The app asks this every hour and runs `hive backup` when it says yes.
class BackupSchedule
{
public:
    // everyHours <= 0: never. `newest` gets the newest archive's time
    // (invalid when there is none).
    static bool due(const QString &contextDir, const QStringList &hives, int everyHours,
                    const QDateTime &now, QDateTime *newest = nullptr);
};

} // namespace hive
