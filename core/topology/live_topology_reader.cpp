#include "topology/live_topology_reader.h"

#include "access/hive_docker_access.h"
#include "concurrency/parallel_for_each.h"
#include "inventory/hive_model.h"
#include "remote/docker_client.h"
#include "remote/http_connection.h"
#include "remote/http_message.h"

#include <QHash>
#include <QJsonArray>
#include <mutex>

namespace hive {

LiveTopologyReader::LiveTopologyReader(const Project &project, const StagePlan &stage)
    : m_stage(stage), m_project(project)
{}

void LiveTopologyReader::askRegistry(const HiveDockerAccess &access, const QString &repository,
                                     LiveTopology &t) const
{
    // The registry speaks TLS with a certificate of the hive CA on its port.
    DockerEndpoint endpoint = access.endpoint(repository);
    endpoint.port = m_stage.registryPort;
    HttpConnection connection(endpoint);
    HttpRequest request;
    request.method = "GET";
    request.path = "/v2/";
    HttpResponse response;
    QString error;
    if (!connection.send(request, response, m_timeoutMs, error)) {
        t.registryError = error;
        return;
    }
    // 401: it serves and wants credentials, as it should.
    t.registryAnswered = response.status == 200 || response.status == 401;
    if (!t.registryAnswered)
        t.registryError =
            tr("HTTP %1 %2").arg(response.status).arg(QString::fromUtf8(response.reason));
}

LiveTopology LiveTopologyReader::read(const std::atomic_bool *cancel)
{
    LiveTopology t;
    t.readAt = QDateTime::currentDateTimeUtc();
    HiveDockerAccess access(m_project, m_stage);
    if (const Expected<void> ready = access.ready(); !ready) {
        t.error = ready.error();
        return t;
    }
    const QStringList hives = m_stage.hiveHosts();
    QStringList hosts;
    for (const HostPlan &h : m_stage.hosts)
        hosts << h.name;

    // Every engine at once: which hosts answer at all; and the registry.
    QHash<QString, bool> answered;
    std::mutex mutex;
    const QString repository = m_stage.repositoryHost();
    ParallelForEach::run(int(hosts.size()) + 1, 8, [&](int i) {
        if (i == hosts.size()) {
            if (!repository.isEmpty())
                askRegistry(access, repository, t);
            return;
        }
        DockerClient client(access.endpoint(hosts.at(i)));
        const bool ok = client.call("GET", QStringLiteral("/_ping"), {}, m_timeoutMs).ok;
        std::lock_guard lock(mutex);
        answered.insert(hosts.at(i), ok);
    });

    // The managers in turn: the last one that answered, then the others up.
    QStringList order = hives;
    if (order.removeAll(m_last) > 0)
        order.prepend(m_last);
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        return answered.value(a) && !answered.value(b);
    });
    QStringList errors;
    for (const QString &host : std::as_const(order)) {
        if (cancel && cancel->load())
            break;
        if (!answered.value(host)) {
            errors << tr("%1 does not answer").arg(host);
            continue;
        }
        DockerClient client(access.endpoint(host));
        const DockerClient::Reply nodes =
            client.call("GET", QStringLiteral("/nodes"), {}, m_timeoutMs * 2);
        if (!nodes.ok || !nodes.json.isArray()) {
            // A manager of a swarm without a leader answers with an error.
            errors << QStringLiteral("%1: %2").arg(host, nodes.error);
            continue;
        }
        const DockerClient::Reply services =
            client.call("GET", QStringLiteral("/services?status=true"), {}, m_timeoutMs * 2);
        const DockerClient::Reply tasks =
            client.call("GET", QStringLiteral("/tasks"), {}, m_timeoutMs * 2);
        const DockerClient::Reply networks = client.call(
            "GET", QStringLiteral("/networks?filters=%7B%22scope%22%3A%7B%22swarm%22%3Atrue%7D%7D"),
            {}, m_timeoutMs * 2);
        if (!services.ok || !tasks.ok) {
            errors << QStringLiteral("%1: %2").arg(host,
                                                   services.ok ? tasks.error : services.error);
            continue;
        }
        t.parse(nodes.json.array(), services.json.array(), tasks.json.array(),
                networks.json.array());
        t.readFrom = host;
        m_last = host;
        break;
    }
    if (t.readFrom.isEmpty())
        t.error = errors.isEmpty() ? tr("no hive to ask") : errors.join(QStringLiteral("; "));
    for (LiveTopology::Node &n : t.nodes)
        n.answered = answered.value(n.hostname, true);
    t.repository = repository;
    t.repositoryAnswered = answered.value(t.repository);
    t.registry = t.repository.isEmpty() ? QString() : access.registry();
    return t;
}

} // namespace hive
