#pragma once

#include "recipes/host_change.h"
#include "recipes/setup_host_context.h"

#include <QList>

namespace hive {

// hive-builder's utility commands for the admin, which its manual's
// runbooks use (8.2.2, 12.2): `dexec [-1|-2|-3] [-n] SERVICE COMMAND…`
// runs a command in the first (second, third) running task of a service,
// `dsh [-1|-2|-3] SERVICE` opens a shell there, and `dcp [-1|-2|-3] [-a]
// [-L] SERVICE:PATH DEST` (or SOURCE SERVICE:PATH) copies from or into it.
// From any server: a manager is asked where the task runs (this host's
// engine when it is one, else a hive's TLS API with the admin's client
// certificate), and the task's own engine runs it.
class TaskCommands
{
public:
    // The three commands in /usr/local/bin (one script; it acts by its name).
    static QList<HostChange> install(const SetupHostContext &c);
    // The script for a hive: the servers that may be managers (host names),
    // and the hive's name (a node known by its short name is NODE.HIVE).
    static QByteArray script(const QStringList &managers, const QString &hiveName);
};

} // namespace hive
