#include "cloud/gcp_rest_client.h"

#include "cloud/http_exchange.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThread>
#include <QUrlQuery>

namespace hive {

namespace {

QUrl endpointFrom(const char *variable, const QString &standard)
{
    const QString configured = qEnvironmentVariable(variable);
    const QString url = configured.isEmpty() ? standard : configured;
    return QUrl(url.endsWith(QLatin1Char('/')) ? url : url + QLatin1Char('/'));
}

// "projects/p/zones/z" from a full URL or a path of Google's.
QString tail(const QString &link, const QString &after)
{
    const qsizetype at = link.lastIndexOf(after + QLatin1Char('/'));
    return at < 0 ? link : link.mid(at + after.size() + 1);
}

} // namespace

GcpRestClient::GcpRestClient(const GcpServiceAccount &account, const QUrl &endpoint,
                             const QString &scope)
    : m_account(account), m_endpoint(endpoint), m_scope(scope),
      m_network(std::make_unique<QNetworkAccessManager>())
{}

GcpRestClient::~GcpRestClient() = default;

QUrl GcpRestClient::computeEndpoint()
{
    return endpointFrom("CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE",
                        QStringLiteral("https://compute.googleapis.com/compute/v1/"));
}

QUrl GcpRestClient::fileEndpoint()
{
    return endpointFrom("CLOUDSDK_API_ENDPOINT_OVERRIDES_FILE",
                        QStringLiteral("https://file.googleapis.com/v1/"));
}

std::unique_ptr<GcpRestClient> GcpRestClient::compute(const GcpServiceAccount &account)
{
    return std::make_unique<GcpRestClient>(account, computeEndpoint(),
                                           QLatin1String(GcpServiceAccount::kComputeScope));
}

std::unique_ptr<GcpRestClient> GcpRestClient::file(const GcpServiceAccount &account)
{
    return std::make_unique<GcpRestClient>(account, fileEndpoint(),
                                           QLatin1String(GcpServiceAccount::kCloudPlatformScope));
}

QUrl GcpRestClient::urlOf(const QString &path, const Query &query) const
{
    QUrl url = m_endpoint.resolved(QUrl(path));
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[name, value] : query)
            q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(q);
    }
    return url;
}

bool GcpRestClient::authorise(Reply &failure, const std::atomic_bool *cancel)
{
    if (m_token.usable(QDateTime::currentDateTimeUtc()))
        return true;
    m_token.setRetryPauseMs(m_pauseMs);
    QString error;
    if (GcpAccessToken::request(*m_network, m_account, m_scope, m_token, error, cancel))
        return true;
    failure = Reply{};
    failure.code = QLatin1String(kNoToken);
    failure.message = error;
    return false;
}

GcpRestClient::Reply GcpRestClient::once(const QByteArray &method, const QUrl &url,
                                         const QJsonObject &body, const std::atomic_bool *cancel,
                                         int timeoutMs)
{
    Reply out;
    if (!authorise(out, cancel))
        return out;
    HttpExchange::Headers headers{{"Authorization", "Bearer " + m_token.value}};
    QByteArray payload;
    if (!body.isEmpty()) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const HttpExchange::Answer answer =
        HttpExchange::send(*m_network, method, url, headers, payload, cancel, timeoutMs);
    out.status = answer.status;
    if (answer.status == 0) {
        out.message = answer.error;
        return out;
    }
    out.json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status >= 200 && answer.status < 300) {
        out.ok = true;
        return out;
    }
    // {"error": {"code": 404, "message": "...", "errors": [{"reason": "notFound"}],
    //  "status": "NOT_FOUND"}}
    const QJsonObject error = out.json.value(QStringLiteral("error")).toObject();
    const QJsonArray errors = error.value(QStringLiteral("errors")).toArray();
    out.code = errors.isEmpty()
                   ? error.value(QStringLiteral("status")).toString()
                   : errors.first().toObject().value(QStringLiteral("reason")).toString();
    const QString text = error.value(QStringLiteral("message")).toString();
    out.message = out.code.isEmpty() && text.isEmpty()
                      ? tr("HTTP %1 from %2").arg(answer.status).arg(url.host())
                      : (out.code.isEmpty() ? text : out.code + QStringLiteral(": ") + text);
    // A token Google no longer takes is asked for again on the next try.
    if (answer.status == 401)
        m_token = GcpAccessToken{};
    return out;
}

GcpRestClient::Reply GcpRestClient::call(const QByteArray &method, const QString &path,
                                         const Query &query, const QJsonObject &body,
                                         const std::atomic_bool *cancel, int timeoutMs)
{
    QJsonArray items;
    QString pageToken;
    for (int page = 0; page < 100; ++page) {
        Query q = query;
        if (!pageToken.isEmpty())
            q.append({QStringLiteral("pageToken"), pageToken});
        Reply reply;
        for (int attempt = 1;; ++attempt) {
            reply = once(method, urlOf(path, q), body, cancel, timeoutMs);
            // No token: the token's own request was tried again already.
            const bool again = (reply.status == 0 && reply.code != QLatin1String(kNoToken)) ||
                               reply.status >= 500 || reply.status == 429 || reply.status == 401 ||
                               reply.code == QLatin1String("rateLimitExceeded");
            if (reply.ok || !again || attempt >= 5 || (cancel && cancel->load()))
                break;
            HttpExchange::pauseAfter(attempt, m_pauseMs, cancel);
        }
        if (!reply.ok || method != "GET")
            return reply;
        const QJsonValue pageItems = reply.json.value(QStringLiteral("items"));
        pageToken = reply.json.value(QStringLiteral("nextPageToken")).toString();
        if (page == 0 && pageToken.isEmpty())
            return reply;
        for (const QJsonValue &v : pageItems.toArray())
            items.append(v);
        if (pageToken.isEmpty()) {
            reply.json.insert(QStringLiteral("items"), items);
            reply.json.remove(QStringLiteral("nextPageToken"));
            return reply;
        }
    }
    Reply tooMany;
    tooMany.message = tr("%1 has more than 100 pages").arg(path);
    return tooMany;
}

GcpRestClient::Reply GcpRestClient::waitFor(const QJsonObject &operation,
                                            const std::atomic_bool *cancel,
                                            const Progress &progress, int timeoutMs)
{
    // Compute Engine's operation, or a long-running one (Filestore's).
    const bool longRunning =
        operation.contains(QStringLiteral("done")) || !operation.contains(QStringLiteral("status"));
    QString path;
    const QString name = operation.value(QStringLiteral("name")).toString();
    if (longRunning) {
        path = name; // "projects/p/locations/l/operations/o"
    } else {
        const QString zone = operation.value(QStringLiteral("zone")).toString();
        const QString region = operation.value(QStringLiteral("region")).toString();
        const QString scope =
            !zone.isEmpty() ? QStringLiteral("zones/") + tail(zone, QStringLiteral("zones"))
            : !region.isEmpty()
                ? QStringLiteral("regions/") + tail(region, QStringLiteral("regions"))
                : QStringLiteral("global");
        path = QStringLiteral("projects/%1/%2/operations/%3").arg(m_account.projectId, scope, name);
    }
    QElapsedTimer clock;
    clock.start();
    QJsonObject current = operation;
    for (;;) {
        const bool done = longRunning ? current.value(QStringLiteral("done")).toBool()
                                      : current.value(QStringLiteral("status")).toString() ==
                                            QLatin1String("DONE");
        if (progress)
            progress(current.value(QStringLiteral("progress")).toInt(),
                     longRunning ? (done ? QStringLiteral("DONE") : QStringLiteral("RUNNING"))
                                 : current.value(QStringLiteral("status")).toString());
        if (done) {
            Reply out;
            out.status = 200;
            out.json = current;
            const QJsonObject error = current.value(QStringLiteral("error")).toObject();
            if (error.isEmpty()) {
                out.ok = true;
                return out;
            }
            // Compute: {"errors": [{"code": "QUOTA_EXCEEDED", "message": ...}]};
            // long-running: {"code": 8, "message": ...}.
            const QJsonArray errors = error.value(QStringLiteral("errors")).toArray();
            const QJsonObject first = errors.isEmpty() ? error : errors.first().toObject();
            const QJsonValue code = first.value(QStringLiteral("code"));
            out.code = code.isString() ? code.toString() : QString::number(code.toInt());
            out.message =
                out.code + QStringLiteral(": ") + first.value(QStringLiteral("message")).toString();
            return out;
        }
        if (cancel && cancel->load()) {
            Reply out;
            out.message = tr("cancelled while waiting for %1").arg(name);
            return out;
        }
        if (clock.elapsed() > timeoutMs) {
            Reply out;
            out.message = tr("%1 was not done within %2 min").arg(name).arg(timeoutMs / 60000);
            return out;
        }
        HttpExchange::pause(m_pollMs, cancel);
        const Reply polled = call("GET", path, {}, {}, cancel);
        if (!polled.ok)
            return polled;
        current = polled.json;
    }
}

} // namespace hive
