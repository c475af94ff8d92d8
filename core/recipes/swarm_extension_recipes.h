#pragma once

#include "recipes/host_change.h"

#include <QByteArray>
#include <QList>

namespace hive {

struct SetupHostContext;

// The swarm extensions of hive-builder's manual, chapter 9, on every hive:
// the follow-swarm-service daemon (resources/swarm/follow-swarm-service.py,
// Python 3's standard library only) that follows the engine's events and
// moves a service's virtual IP (HIVE_VIP, HIVE_ROUTER) and node label
// (HIVE_MARK) with its task, as a systemd service logging to the journal.
class SwarmExtensionRecipes
{
public:
    static constexpr const char *kUnit = "follow-swarm-service";
    static constexpr const char *kScript = "/usr/local/libexec/follow-swarm-service";
    static QByteArray daemonScript();
    static QList<HostChange> followSwarmService(const SetupHostContext &c);
};

} // namespace hive
