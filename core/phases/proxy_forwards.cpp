#include "phases/proxy_forwards.h"

#include "engine/run_reporter.h"
#include "project/proxy_settings.h"
#include "remote/host_pool.h"
#include "remote/ssh_forward.h"

namespace hive {

ProxyForwards::ProxyForwards() = default;

ProxyForwards::~ProxyForwards() = default;

void ProxyForwards::open(const ProxySettings &proxy, const HostPool &pool, const QStringList &hosts,
                         RunReporter &reporter)
{
    if (!proxy.hasProxy())
        return;
    QStringList reached;
    for (const QString &host : hosts) {
        const SshEndpoint endpoint = pool.endpoint(host);
        if (endpoint.address.isEmpty())
            continue;
        SshForward &forward = m_forwards.emplace_back();
        QString error;
        if (!forward.startRemote(endpoint, QStringLiteral("127.0.0.1"), proxy.hostPort,
                                 proxy.proxyHost, proxy.proxyPort, error)) {
            m_forwards.pop_back();
            reporter.message(tr("the proxy %1:%2 does not reach %3: %4")
                                 .arg(proxy.proxyHost)
                                 .arg(proxy.proxyPort)
                                 .arg(host, error));
            continue;
        }
        reached << host;
    }
    if (!reached.isEmpty())
        reporter.message(tr("the proxy %1:%2 reaches %3 at %4 while this phase runs")
                             .arg(proxy.proxyHost)
                             .arg(proxy.proxyPort)
                             .arg(reached.join(QStringLiteral(", ")), proxy.urlOnHosts()));
}

} // namespace hive
