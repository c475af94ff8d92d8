#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <list>

namespace hive {

class HostPool;
class ProxySettings;
class RunReporter;
class SshForward;

// hive-builder's http_proxy while a phase runs: each host of the pool
// listens on 127.0.0.1:<http_proxy_port>, and what connects there reaches
// the proxy through this machine (ssh -R). Closed when destroyed.
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
    void open(const ProxySettings &proxy, const HostPool &pool, const QStringList &hosts,
              RunReporter &reporter);
    int opened() const { return int(m_forwards.size()); }

private:
    std::list<SshForward> m_forwards;
};

} // namespace hive
