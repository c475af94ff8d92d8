#pragma once

#include "remote/ssh_endpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

// The ssh_config build-infra writes to the context dir, so that the system
// `ssh`/`scp` (and `hive ssh`) reach every host by its inventory name with
// the hive's key and known_hosts, and strict host key checking.
class SshConfigFile
{
public:
    struct Host
    {
        QString name;
        QString address;
        int port = 22;
    };
    static QByteArray render(const QString &title, const QList<Host> &hosts, const QString &user,
                             const QString &identityFile, const QString &knownHostsFile);
    // The host names (first word of each Host line) of a written file.
    static QStringList hostNames(const QByteArray &content);
    // How the file reaches each host (its first name), read back: address,
    // port, user, key and known_hosts, host keys required to be known.
    static QList<SshEndpoint> endpoints(const QByteArray &content);
};

} // namespace hive
