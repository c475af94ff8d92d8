#pragma once

#include "recipes/host_change.h"

#include <QList>

namespace hive {

struct SetupHostContext;

// What the repository server gets (chapter 8.2.3 of the manual): the
// hive's private registry over TLS with an htpasswd user, and rsyslogd
// receiving the services' logs into /var/log/services/<service>.log.
class RepositoryRecipes
{
public:
    static QList<HostChange> registry(const SetupHostContext &c);
    static QByteArray registryConfig(const QString &root, int port);
    static QList<HostChange> rsyslogd(const SetupHostContext &c);
};

} // namespace hive
