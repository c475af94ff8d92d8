#pragma once

#include "recipes/host_change.h"

#include <QList>

namespace hive {

struct SetupHostContext;

// What the host-level steps of setup-hosts (chapter 8.2.2 of the manual)
// make true on one host, for both OS families: base, hostsfile, ntp-client,
// iptables (with strict-source-ip), users and internal-network.
class SystemRecipes
{
public:
    static QList<HostChange> base(const SetupHostContext &c);
    // hive-builder's http_proxy, pip_index_url and pip_trusted_host: in
    // /etc/environment (a managed block), and for apt or dnf; what an
    // earlier run wrote for a setting unset since is taken away.
    static QList<HostChange> proxy(const SetupHostContext &c);
    static QList<HostChange> hostsfile(const SetupHostContext &c);
    static QList<HostChange> ntpClient(const SetupHostContext &c);
    static QList<HostChange> iptables(const SetupHostContext &c);
    static QList<HostChange> users(const SetupHostContext &c);
    static QList<HostChange> internalNetwork(const SetupHostContext &c);

    // A block of lines between "# BEGIN hive <name>" and "# END hive <name>"
    // kept in a file that others also write (e.g. /etc/hosts, bind-mounted in
    // containers): replaced in place, the rest of the file untouched.
    static HostChange managedBlock(const QString &what, const QString &path, const QString &name,
                                   const QByteArray &lines);
};

} // namespace hive
