#pragma once

#include "remote/zabbix_console.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>

namespace hive {

class Project;
struct LoadedInventory;

// The hive's Zabbix, for the app: through the repository server of the
// project's stage (SSH, then its console on the host's loopback), as Admin
// with the password setup-hosts stored. Each call connects, logs in, asks
// and logs out; all of it off the GUI thread.
class HiveMonitoring
{
    Q_DECLARE_TR_FUNCTIONS(hive::HiveMonitoring)
public:
    // What a Metrics chart shows.
    enum class Metric
    {
        Cpu,     // % busy
        Memory,  // % used
        Load,    // 1-minute load average
        Disk,    // % used of each file system
        Network, // bits per second in and out of each interface
        Tasks,   // a service's tasks: running, and wanted by the hive
    };
    struct Chart
    {
        Metric metric;
        QList<ZabbixConsole::Series> series;
    };
    static QList<Metric> hostMetrics();

    // Acknowledges Zabbix problems (events), with a note when one is given.
    static bool acknowledge(const Project &project, const LoadedInventory &loaded,
                            const QStringList &eventIds, const QString &note,
                            const std::atomic_bool *cancel, QString &error);
    // The history of a host (its charts) or, with `service` set, of a
    // service's tasks, over the last `seconds`. A host whose file systems
    // or interfaces Zabbix has not found yet is discovered now (they are
    // in the next read).
    static bool history(const Project &project, const LoadedInventory &loaded, const QString &host,
                        const QString &service, qint64 seconds, const std::atomic_bool *cancel,
                        QList<Chart> &out, QString &error);
};

} // namespace hive
