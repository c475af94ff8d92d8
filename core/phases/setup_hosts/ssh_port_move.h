#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace hive {

class HostPool;

// strict-source-ip's safe sshd port, reached without ever locking this
// machine out: sshd first listens on both ports, the host's keys are pinned
// for the new one, a fresh connection proves it answers there, and only then
// does sshd leave the old port. If the new port does not answer (a firewall
// on the way), sshd stays where it was and the step says why. The move is
// recorded (StageFiles::reachablePort) before sshd leaves the old port, so
// every later connection, ssh_config and `hive ssh` use the new one.
class SshPortMove
{
    Q_DECLARE_TR_FUNCTIONS(hive::SshPortMove)
public:
    struct Host
    {
        QString name;
        QString address;
        int current = 22; // the port the pool reaches it on
        int wanted = 22;
        QString sshService; // "ssh" or "sshd"
    };
    // The drop-in that holds the Port lines.
    static QString dropInPath()
    {
        return QStringLiteral("/etc/ssh/sshd_config.d/11-hive-port.conf");
    }

    // `contextDir`: the stage's, with known_hosts and the ssh_ports record.
    // `recorded` runs once the new port is recorded and before sshd leaves
    // the old one: the phase rewrites ssh_config there, so `hive ssh` finds
    // the host whenever the run is cut short.
    static RunEvent::Status run(HostPool &pool, const QString &contextDir, const Host &host,
                                bool checkOnly, const std::function<bool(QString &)> &recorded,
                                QString &message);
};

} // namespace hive
