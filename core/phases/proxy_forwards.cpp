#include "phases/proxy_forwards.h"

#include "engine/run_reporter.h"
#include "project/proxy_settings.h"
#include "remote/host_pool.h"
#include "remote/ssh_forward.h"

namespace hive {

ProxyForwards::ProxyForwards() = default;

ProxyForwards::~ProxyForwards() = default;

void ProxyForwards::open(const ProxySettings &proxy, const HostPool &pool, const QStringList &hosts,
                         const QHash<QString, QString> &containerAddresses, RunReporter &reporter)
{
    if (!proxy.hasProxy())
        return;
    QStringList reached, forContainers;
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
        // For containers: refused (said nowhere) until setup-hosts has let
        // sshd listen beyond its loopback.
        const QString address = containerAddresses.value(host);
        if (address.isEmpty() || address == QLatin1String("127.0.0.1"))
            continue;
        SshForward &shared = m_forwards.emplace_back();
        if (shared.startRemote(endpoint, address, proxy.hostPort, proxy.proxyHost, proxy.proxyPort,
                               error))
            forContainers << proxy.urlAt(address);
        else
            m_forwards.pop_back();
    }
    if (!reached.isEmpty())
        reporter.message(tr("the proxy %1:%2 reaches %3 at %4 while this phase runs")
                             .arg(proxy.proxyHost)
                             .arg(proxy.proxyPort)
                             .arg(reached.join(QStringLiteral(", ")), proxy.urlOnHosts()));
    if (!forContainers.isEmpty())
        reporter.message(
            tr("containers reach the proxy at %1").arg(forContainers.join(QStringLiteral(", "))));
}

} // namespace hive
