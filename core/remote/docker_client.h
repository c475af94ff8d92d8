#pragma once

#include "remote/docker_endpoint.h"
#include "remote/http_connection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace hive {

// Typed calls to the Docker Engine API (v1.41: Docker 20.10 and newer) over
// one kept-alive connection. Blocking; one client per thread. Errors carry the
// engine's own message.
class DockerClient
{
    Q_DECLARE_TR_FUNCTIONS(hive::DockerClient)
public:
    struct Reply
    {
        bool ok = false;
        int status = 0;
        QJsonDocument json;
        QByteArray body;
        QString error; // translated: endpoint, call and the engine's message

        QJsonObject object() const { return json.object(); }
    };
    struct ExecResult
    {
        bool ok = false;
        int exitCode = -1;
        QByteArray stdoutData;
        QByteArray stderrData;
        QString error;
    };

    // A name or id as one segment of a request path (percent-encoded), for
    // paths built by callers: /services/<segment>.
    static QString pathSegment(const QString &nameOrId);

    explicit DockerClient(DockerEndpoint endpoint);

    const DockerEndpoint &endpoint() const { return m_endpoint; }
    // A raw call: `path` without the version prefix, e.g. "/info".
    Reply call(const QByteArray &method, const QString &path, const QJsonDocument &body = {},
               int timeoutMs = 30000, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    Reply ping();
    Reply version();
    Reply info();

    Reply listNetworks(const QString &nameFilter = {});
    Reply inspectNetwork(const QString &idOrName);
    Reply createNetwork(const QJsonObject &spec);
    Reply removeNetwork(const QString &idOrName);

    // Imports a root file system tar as repository:tag (docker import).
    Reply importImage(const QByteArray &tar, const QString &repository, const QString &tag,
                      int timeoutMs = 300000);
    // The same from a tar file, streamed; `changes` are Dockerfile lines (CMD, ENV, LABEL).
    Reply importImageFile(const QString &tarPath, const QString &repository, const QString &tag,
                          const QStringList &changes = {}, int timeoutMs = 900000);
    Reply inspectImage(const QString &name);
    Reply removeImage(const QString &name);

    Reply listContainers(const QString &labelFilter = {}, bool all = true);
    Reply createContainer(const QString &name, const QJsonObject &spec);
    Reply startContainer(const QString &idOrName);
    Reply stopContainer(const QString &idOrName, int graceSeconds = 10);
    Reply removeContainer(const QString &idOrName, bool force = false, bool volumes = false);
    Reply inspectContainer(const QString &idOrName);
    ExecResult exec(const QString &idOrName, const QStringList &command, int timeoutMs = 60000);

    Reply createVolume(const QString &name, const QJsonObject &labels = {});
    Reply removeVolume(const QString &name, bool force = false);

    Reply swarmInspect();
    Reply swarmInit(const QJsonObject &spec);
    Reply swarmJoin(const QJsonObject &spec);
    Reply listNodes();
    // `status`: with ServiceStatus (running and desired tasks), API 1.41.
    Reply listServices(const QString &nameFilter = {}, bool status = false);
    Reply listTasks(const QString &serviceFilter = {});
    // Engine events between two times (seconds since the epoch; `until` must
    // not be in the future, or the call waits for it). The reply's json is an
    // array of the event objects. `typeFilter`: container, network, service ...
    Reply events(qint64 sinceSeconds, qint64 untilSeconds, const QString &typeFilter = {});
    // Engine events as they happen, as `filters` choose them (e.g.
    // {"type": ["node", "service"]}), each given to `onEvent`, until
    // `stopped()` says so (asked every 250 ms; ok) or the connection drops
    // (not ok, with the reason). On a manager the swarm's node and service
    // events come too. `timeoutMs` bounds connecting only; `onOpen` is
    // called once the engine accepted.
    Reply followEvents(const QJsonObject &filters,
                       const std::function<void(const QJsonObject &event)> &onEvent,
                       const std::function<bool()> &stopped, int timeoutMs = 5000,
                       const std::function<void()> &onOpen = {});

private:
    DockerEndpoint m_endpoint;
    HttpConnection m_connection;

    Reply send(const HttpRequest &request, int timeoutMs);
    static HttpRequest importRequest(const QString &repository, const QString &tag,
                                     const QStringList &changes);
    Reply finishImport(Reply reply) const;
    Reply replyOf(const HttpRequest &request, const HttpResponse &response) const;
    static QString filters(const char *key, const QString &value);
};

} // namespace hive
