#include "remote/docker_client.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

namespace hive {

namespace {
const QByteArray kApi = "/v1.41";

QByteArray encoded(const QString &segment)
{
    return QUrl::toPercentEncoding(segment);
}
} // namespace

QString DockerClient::pathSegment(const QString &nameOrId)
{
    return QString::fromLatin1(encoded(nameOrId));
}

DockerClient::DockerClient(DockerEndpoint endpoint)
    : m_endpoint(endpoint), m_connection(std::move(endpoint))
{}

QString DockerClient::filters(const char *key, const QString &value)
{
    QJsonObject f;
    f.insert(QString::fromLatin1(key), QJsonArray{value});
    return QStringLiteral("filters=") +
           QString::fromLatin1(QUrl::toPercentEncoding(
               QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact))));
}

DockerClient::Reply DockerClient::send(const HttpRequest &request, int timeoutMs)
{
    HttpResponse response;
    QString error;
    if (!m_connection.send(request, response, timeoutMs, error)) {
        Reply reply;
        reply.error = error;
        return reply;
    }
    return replyOf(request, response);
}

DockerClient::Reply DockerClient::replyOf(const HttpRequest &request,
                                          const HttpResponse &response) const
{
    Reply reply;
    reply.status = response.status;
    reply.body = response.body;
    if (!response.body.isEmpty())
        reply.json = QJsonDocument::fromJson(response.body);
    reply.ok = response.status >= 200 && response.status < 300;
    if (!reply.ok) {
        QString message = reply.json.object().value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = QString::fromUtf8(response.body.left(300)).trimmed();
        reply.error = tr("Docker Engine at %1: %2 %3 failed (%4): %5")
                          .arg(m_endpoint.displayName(), QString::fromLatin1(request.method),
                               QString::fromUtf8(request.path.mid(kApi.size())))
                          .arg(response.status)
                          .arg(message);
    }
    return reply;
}

DockerClient::Reply DockerClient::call(const QByteArray &method, const QString &path,
                                       const QJsonDocument &body, int timeoutMs,
                                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpRequest request;
    request.method = method;
    request.path = kApi + path.toUtf8();
    request.headers = headers;
    if (!body.isNull()) {
        request.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.body = body.toJson(QJsonDocument::Compact);
    }
    return send(request, timeoutMs);
}

DockerClient::Reply DockerClient::ping()
{
    return call("GET", QStringLiteral("/_ping"), {}, 5000);
}

DockerClient::Reply DockerClient::version()
{
    return call("GET", QStringLiteral("/version"));
}

DockerClient::Reply DockerClient::info()
{
    return call("GET", QStringLiteral("/info"));
}

DockerClient::Reply DockerClient::listNetworks(const QString &nameFilter)
{
    return call("GET", QStringLiteral("/networks") +
                           (nameFilter.isEmpty() ? QString()
                                                 : QLatin1Char('?') + filters("name", nameFilter)));
}

DockerClient::Reply DockerClient::inspectNetwork(const QString &idOrName)
{
    return call("GET", QStringLiteral("/networks/") + QString::fromLatin1(encoded(idOrName)));
}

DockerClient::Reply DockerClient::createNetwork(const QJsonObject &spec)
{
    return call("POST", QStringLiteral("/networks/create"), QJsonDocument(spec));
}

DockerClient::Reply DockerClient::removeNetwork(const QString &idOrName)
{
    return call("DELETE", QStringLiteral("/networks/") + QString::fromLatin1(encoded(idOrName)));
}

DockerClient::Reply DockerClient::importImage(const QByteArray &tar, const QString &repository,
                                              const QString &tag, int timeoutMs)
{
    HttpRequest request = importRequest(repository, tag, {});
    request.body = tar;
    return finishImport(send(request, timeoutMs));
}

DockerClient::Reply DockerClient::importImageFile(const QString &tarPath, const QString &repository,
                                                  const QString &tag, const QStringList &changes,
                                                  int timeoutMs)
{
    HttpRequest request = importRequest(repository, tag, changes);
    request.bodyFile = tarPath;
    return finishImport(send(request, timeoutMs));
}

HttpRequest DockerClient::importRequest(const QString &repository, const QString &tag,
                                        const QStringList &changes)
{
    HttpRequest request;
    request.method = "POST";
    request.path =
        kApi + "/images/create?fromSrc=-&repo=" + encoded(repository) + "&tag=" + encoded(tag);
    for (const QString &change : changes)
        request.path += "&changes=" + encoded(change);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-tar")));
    return request;
}

DockerClient::Reply DockerClient::finishImport(Reply reply) const
{
    // The engine streams progress as JSON lines; a failure shows up as "error".
    if (reply.ok) {
        for (const QByteArray &line : reply.body.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.contains(QStringLiteral("error"))) {
                reply.ok = false;
                reply.error =
                    tr("Docker Engine at %1: image import failed: %2")
                        .arg(m_endpoint.displayName(), o.value(QStringLiteral("error")).toString());
            }
        }
    }
    return reply;
}

DockerClient::Reply DockerClient::inspectImage(const QString &name)
{
    return call("GET", QStringLiteral("/images/%1/json").arg(QString::fromLatin1(encoded(name))));
}

DockerClient::Reply DockerClient::removeImage(const QString &name)
{
    return call("DELETE", QStringLiteral("/images/") + QString::fromLatin1(encoded(name)));
}

DockerClient::Reply DockerClient::listContainers(const QString &labelFilter, bool all)
{
    QString path = QStringLiteral("/containers/json?all=%1").arg(all ? 1 : 0);
    if (!labelFilter.isEmpty())
        path += QLatin1Char('&') + filters("label", labelFilter);
    return call("GET", path);
}

DockerClient::Reply DockerClient::createContainer(const QString &name, const QJsonObject &spec)
{
    return call("POST",
                QStringLiteral("/containers/create?name=") + QString::fromLatin1(encoded(name)),
                QJsonDocument(spec));
}

DockerClient::Reply DockerClient::startContainer(const QString &idOrName)
{
    return call("POST",
                QStringLiteral("/containers/%1/start").arg(QString::fromLatin1(encoded(idOrName))));
}

DockerClient::Reply DockerClient::stopContainer(const QString &idOrName, int graceSeconds)
{
    return call("POST",
                QStringLiteral("/containers/%1/stop?t=%2")
                    .arg(QString::fromLatin1(encoded(idOrName)))
                    .arg(graceSeconds),
                {}, (graceSeconds + 30) * 1000);
}

DockerClient::Reply DockerClient::removeContainer(const QString &idOrName, bool force, bool volumes)
{
    return call("DELETE", QStringLiteral("/containers/%1?force=%2&v=%3")
                              .arg(QString::fromLatin1(encoded(idOrName)))
                              .arg(force ? 1 : 0)
                              .arg(volumes ? 1 : 0));
}

DockerClient::Reply DockerClient::inspectContainer(const QString &idOrName)
{
    return call("GET",
                QStringLiteral("/containers/%1/json").arg(QString::fromLatin1(encoded(idOrName))));
}

DockerClient::ExecResult DockerClient::exec(const QString &idOrName, const QStringList &command,
                                            int timeoutMs)
{
    ExecResult result;
    QJsonObject spec{{QStringLiteral("AttachStdout"), true},
                     {QStringLiteral("AttachStderr"), true},
                     {QStringLiteral("Cmd"), QJsonArray::fromStringList(command)}};
    const Reply created = call(
        "POST", QStringLiteral("/containers/%1/exec").arg(QString::fromLatin1(encoded(idOrName))),
        QJsonDocument(spec));
    if (!created.ok) {
        result.error = created.error;
        return result;
    }
    const QString id = created.object().value(QStringLiteral("Id")).toString();
    // Start on a connection of its own: the engine answers with a raw stream
    // that ends when the command does.
    HttpConnection streamConnection(m_endpoint);
    HttpRequest start;
    start.method = "POST";
    start.path = kApi + "/exec/" + id.toLatin1() + "/start";
    start.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    start.body = R"({"Detach":false,"Tty":false})";
    HttpResponse response;
    QString error;
    if (!streamConnection.send(start, response, timeoutMs, error)) {
        result.error = error;
        return result;
    }
    // Multiplexed frames: [stream, 0, 0, 0, size (big endian, 4 bytes)] + payload.
    const QByteArray &raw = response.body;
    for (qsizetype pos = 0; pos + 8 <= raw.size();) {
        const quint32 size = qFromBigEndian<quint32>(raw.constData() + pos + 4);
        const QByteArray payload = raw.mid(pos + 8, size);
        (raw.at(pos) == 2 ? result.stderrData : result.stdoutData) += payload;
        pos += 8 + qsizetype(size);
    }
    const Reply inspected = call("GET", QStringLiteral("/exec/%1/json").arg(id));
    if (!inspected.ok) {
        result.error = inspected.error;
        return result;
    }
    result.exitCode = inspected.object().value(QStringLiteral("ExitCode")).toInt(-1);
    result.ok = true;
    return result;
}

DockerClient::Reply DockerClient::createVolume(const QString &name, const QJsonObject &labels)
{
    return call("POST", QStringLiteral("/volumes/create"),
                QJsonDocument(QJsonObject{{QStringLiteral("Name"), name},
                                          {QStringLiteral("Labels"), labels}}));
}

DockerClient::Reply DockerClient::removeVolume(const QString &name, bool force)
{
    return call("DELETE", QStringLiteral("/volumes/%1?force=%2")
                              .arg(QString::fromLatin1(encoded(name)))
                              .arg(force ? 1 : 0));
}

DockerClient::Reply DockerClient::swarmInspect()
{
    return call("GET", QStringLiteral("/swarm"));
}

DockerClient::Reply DockerClient::swarmInit(const QJsonObject &spec)
{
    return call("POST", QStringLiteral("/swarm/init"), QJsonDocument(spec));
}

DockerClient::Reply DockerClient::swarmJoin(const QJsonObject &spec)
{
    return call("POST", QStringLiteral("/swarm/join"), QJsonDocument(spec));
}

DockerClient::Reply DockerClient::listNodes()
{
    return call("GET", QStringLiteral("/nodes"));
}

DockerClient::Reply DockerClient::listServices(const QString &nameFilter, bool status)
{
    QStringList query;
    if (status)
        query << QStringLiteral("status=true");
    if (!nameFilter.isEmpty())
        query << filters("name", nameFilter);
    return call(
        "GET", QStringLiteral("/services") +
                   (query.isEmpty() ? QString() : QLatin1Char('?') + query.join(QLatin1Char('&'))));
}

DockerClient::Reply DockerClient::listTasks(const QString &serviceFilter)
{
    return call("GET", QStringLiteral("/tasks") +
                           (serviceFilter.isEmpty()
                                ? QString()
                                : QLatin1Char('?') + filters("service", serviceFilter)));
}

DockerClient::Reply DockerClient::events(qint64 sinceSeconds, qint64 untilSeconds,
                                         const QString &typeFilter)
{
    QString path = QStringLiteral("/events?since=%1&until=%2").arg(sinceSeconds).arg(untilSeconds);
    if (!typeFilter.isEmpty())
        path += QLatin1Char('&') + filters("type", typeFilter);
    const qint64 wait = std::max<qint64>(0, untilSeconds - QDateTime::currentSecsSinceEpoch());
    Reply reply = call("GET", path, {}, int(30000 + wait * 1000));
    if (reply.ok) {
        // A stream of JSON objects, one per line.
        QJsonArray list;
        for (const QByteArray &line : reply.body.split('\n')) {
            const QJsonDocument d = QJsonDocument::fromJson(line);
            if (d.isObject())
                list.append(d.object());
        }
        reply.json = QJsonDocument(list);
    }
    return reply;
}

DockerClient::Reply DockerClient::followEvents(
    const QJsonObject &filters, const std::function<void(const QJsonObject &)> &onEvent,
    const std::function<bool()> &stopped, int timeoutMs, const std::function<void()> &onOpen)
{
    HttpRequest request;
    request.method = "GET";
    request.path = kApi + "/events";
    if (!filters.isEmpty())
        request.path += "?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(
                                          QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    // One JSON object per line; a line may come in pieces.
    QByteArray line;
    const auto take = [&](const QByteArray &data) {
        if (data.isEmpty() && onOpen)
            onOpen();
        line += data;
        qsizetype eol;
        while ((eol = line.indexOf('\n')) >= 0) {
            const QJsonDocument d = QJsonDocument::fromJson(line.left(eol));
            line.remove(0, eol + 1);
            if (d.isObject())
                onEvent(d.object());
        }
    };
    HttpResponse response;
    QString error;
    if (!m_connection.stream(request, response, take, stopped, timeoutMs, error)) {
        Reply reply;
        reply.error = error;
        return reply;
    }
    return replyOf(request, response);
}

} // namespace hive
