#include "recovery/backup_schedule.h"

#include "recovery/swarm_archive.h"

namespace hive {

bool BackupSchedule::due(const QString &contextDir, const QStringList &hives, int everyHours,
                         const QDateTime &now, QDateTime *newest)
{
    const QList<SwarmArchive> archives = SwarmArchive::list(contextDir, hives);
    const QDateTime last = archives.isEmpty() ? QDateTime() : archives.first().takenAt;
    if (newest)
        *newest = last;
    if (everyHours <= 0 || hives.isEmpty())
        return false;
    return !last.isValid() || last.secsTo(now) >= qint64(everyHours) * 3600;
}

} // namespace hive
