#pragma once

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace hive {

class Project;
struct LoadedInventory;
struct StagePlan;

// A service's log as the hive keeps it: every task logs through syslog to
// the repository server, into /var/log/services/<service>.log, each line
// naming the node and the task's container. Read over SSH (the stage's
// pinned host keys), the last lines and then, when following, every new line
// until cancelled.
class ServiceLogReader
{
    Q_DECLARE_TR_FUNCTIONS(hive::ServiceLogReader)
public:
    static QString path(const QString &service);
    static QString command(const QString &service, int lines, bool follow);
    // Calls `onLine` from a worker thread for each line; returns when the
    // file was read (or, following, when `cancel` is set). False with the
    // reason when the repository server cannot be reached or has no such log.
    static bool read(const Project &project, const LoadedInventory &loaded, const StagePlan &stage,
                     const QString &service, int lines, bool follow,
                     const std::function<void(const QString &line)> &onLine,
                     const std::atomic_bool *cancel, QString &error);
};

} // namespace hive
