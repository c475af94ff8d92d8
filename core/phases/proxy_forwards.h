#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <list>

namespace hive {

class HostPool;
class ProxySettings;
class RunReporter;
class SshForward;

// hive-builder's http_proxy while a phase runs: each host of the pool
// listens on 127.0.0.1:<http_proxy_port>, and what connects there reaches
// the proxy through this machine (ssh -R). Where setup-hosts has let sshd
// listen on other addresses (GatewayPorts clientspecified), each host also
// listens on its address on the hive's network, for containers (builds,
// services), which do not see the host's loopback; the firewall lets only
// the hive's network and Docker's bridges in. Closed when destroyed.
class ProxyForwards
{
    Q_DECLARE_TR_FUNCTIONS(hive::ProxyForwards)
public:
    ProxyForwards();
    ~ProxyForwards();
    ProxyForwards(const ProxyForwards &) = delete;
    ProxyForwards &operator=(const ProxyForwards &) = delete;

    // One forward per host of `hosts`. A host it cannot be opened to is said
    // through the reporter (its steps that need the proxy then fail there,
    // with their own words); the others are opened all the same.
    // `containerAddresses`: host -> its address on the hive's network.
    void open(const ProxySettings &proxy, const HostPool &pool, const QStringList &hosts,
              const QHash<QString, QString> &containerAddresses, RunReporter &reporter);
    int opened() const { return int(m_forwards.size()); }

private:
    std::list<SshForward> m_forwards;
};

} // namespace hive
