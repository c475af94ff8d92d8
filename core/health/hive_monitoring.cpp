#include "health/hive_monitoring.h"

#include "access/stage_connections.h"
#include "access/stage_scope.h"
#include "access/zabbix_credentials.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"
#include "recipes/zabbix_recipes.h"
#include "remote/host_pool.h"

#include <QDateTime>
#include <memory>

namespace hive {

namespace {

// Connected and logged in to the stage's Zabbix, or why not.
struct Session
{
    HostPool pool;
    QString repository;
    std::unique_ptr<ZabbixConsole> console;

    bool open(const Project &project, const LoadedInventory &loaded, const std::atomic_bool *cancel,
              QString &error)
    {
        QStringList hosts;
        const StagePlan *stage = StageScope::resolve(project, loaded, QString(), hosts, error);
        if (!stage)
            return false;
        repository = stage->repositoryHost();
        const Value vars = loaded.inventory.flattenedHostVars(repository);
        if (!ZabbixRecipes::enabled(vars)) {
            error = HiveMonitoring::tr("this hive has no Zabbix (hive_monitoring is false)");
            return false;
        }
        const ZabbixCredentials credentials(
            project.contextDir(), vars.value(QStringLiteral("hive_zabbix_admin_password")).text());
        if (credentials.adminPassword().isEmpty()) {
            error = HiveMonitoring::tr("Zabbix is not set up yet: run `hive setup-hosts` (its "
                                       "zabbix step)");
            return false;
        }
        if (!StageConnections::add(project, loaded, *stage, pool, error))
            return false;
        console = std::make_unique<ZabbixConsole>(pool, repository, cancel);
        return console->logInToRead(credentials.adminPassword(), error);
    }
};

} // namespace

QList<HiveMonitoring::Metric> HiveMonitoring::hostMetrics()
{
    return {Metric::Cpu, Metric::Memory, Metric::Load, Metric::Disk, Metric::Network};
}

bool HiveMonitoring::acknowledge(const Project &project, const LoadedInventory &loaded,
                                 const QStringList &eventIds, const QString &note,
                                 const std::atomic_bool *cancel, QString &error)
{
    Session s;
    return s.open(project, loaded, cancel, error) && s.console->acknowledge(eventIds, note, error);
}

bool HiveMonitoring::history(const Project &project, const LoadedInventory &loaded,
                             const QString &host, const QString &service, qint64 seconds,
                             const std::atomic_bool *cancel, QList<Chart> &out, QString &error)
{
    out.clear();
    Session s;
    if (!s.open(project, loaded, cancel, error))
        return false;
    const qint64 from = QDateTime::currentSecsSinceEpoch() - seconds;
    // Of the file systems, the share used; of the interfaces, the bits per
    // second the Linux template reads.
    QList<QPair<Metric, QStringList>> wanted;
    QString on = host;
    if (!service.isEmpty()) {
        on = s.repository; // its agent reads the swarm
        wanted << qMakePair(Metric::Tasks,
                            QStringList{QStringLiteral("hive.swarm.running[%1]").arg(service),
                                        QStringLiteral("hive.swarm.wanted[%1]").arg(service)});
    } else {
        wanted << qMakePair(Metric::Cpu, QStringList{QStringLiteral("system.cpu.util")})
               << qMakePair(Metric::Memory, QStringList{QStringLiteral("vm.memory.utilization")})
               << qMakePair(Metric::Load, QStringList{QStringLiteral("system.cpu.load[all,avg1]")})
               << qMakePair(Metric::Disk, QStringList{QStringLiteral("vfs.fs.size[*,pused]")})
               << qMakePair(Metric::Network, QStringList{QStringLiteral("net.if.in[*]"),
                                                         QStringLiteral("net.if.out[*]")});
    }
    QStringList keys;
    for (const auto &w : std::as_const(wanted))
        keys << w.second;
    QList<ZabbixConsole::Series> all;
    if (!s.console->history(on, keys, from, all, error))
        return false;
    for (const auto &[metric, chartKeys] : std::as_const(wanted)) {
        Chart chart{metric, {}};
        for (const ZabbixConsole::Series &series : std::as_const(all)) {
            for (const QString &k : chartKeys) {
                if (ZabbixConsole::keyMatches(k, series.key))
                    chart.series << series;
            }
        }
        out << chart;
    }
    // A host just set up: Zabbix finds its file systems and interfaces
    // within the hour. Asked to now, they are in the next read.
    bool undiscovered = false;
    for (const Chart &c : std::as_const(out))
        undiscovered = undiscovered || ((c.metric == Metric::Disk || c.metric == Metric::Network) &&
                                        c.series.isEmpty());
    if (undiscovered) {
        QString ignored; // the charts are there either way
        s.console->discoverNow({host}, ignored);
    }
    return true;
}

} // namespace hive
