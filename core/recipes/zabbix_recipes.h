#pragma once

#include "data/value.h"
#include "recipes/host_change.h"

#include <QList>
#include <QString>

namespace hive {

struct SetupHostContext;

// Zabbix 6.0 LTS, as hive-builder's zabbix and zabbix-agent roles set it up
// (manual 1.1.2, 4.11, 8.2.2-3): the server, its PostgreSQL database and the
// web console on the repository server, the console on localhost:10052
// there (where `hive ssh -z` forwards), and the agent on every server. On
// Debian and Ubuntu from the distribution's packages; on the RHEL family
// from Zabbix's own 6.0 repository (`hive_zabbix_repo_url`, a mirror of
// repo.zabbix.com). `hive_monitoring: false` leaves Zabbix out.
class ZabbixRecipes
{
public:
    // Whether the stage is monitored (hive_monitoring, default true).
    static bool enabled(const SetupHostContext &c);
    static bool enabled(const Value &vars); // a host's variables
    // The zabbix-agent step (every server).
    static QList<HostChange> agent(const SetupHostContext &c);
    // The zabbix step's host part (repository server): packages, database
    // (its password on standard input only), server, console.
    static QList<HostChange> server(const SetupHostContext &c, const QString &dbPassword);
};

} // namespace hive
