#include "cloud/azure_rest_client.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThread>
#include <QUrlQuery>

namespace hive {

namespace {

// Plain HTTP only to this machine (tests): the token and the secret go
// nowhere else in clear.
bool secure(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ||
           (url.scheme() == QLatin1String("http") &&
            (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost") ||
             url.host() == QLatin1String("::1")));
}

} // namespace

AzureRestClient::AzureRestClient(const AzureCredentials &credentials, const QUrl &endpoint,
                                 const QUrl &authority)
    : m_credentials(credentials), m_endpoint(endpoint), m_authority(authority),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    if (!secure(endpoint))
        m_refusal = tr("Azure Resource Manager's address %1 is not https: set "
                       "AZURE_RESOURCE_MANAGER_ENDPOINT to an https address")
                        .arg(endpoint.toString());
    else if (!secure(authority))
        m_refusal = tr("the authority's address %1 is not https: set AZURE_AUTHORITY_HOST to an "
                       "https address")
                        .arg(authority.toString());
}

bool AzureRestClient::sameOrigin(const QUrl &url) const
{
    return url.scheme() == m_endpoint.scheme() && url.host() == m_endpoint.host() &&
           url.port(443) == m_endpoint.port(443);
}

QString AzureRestClient::scope() const
{
    // The token's audience is the Resource Manager it is for (a sovereign
    // cloud's has its own): "https://management.azure.com/.default".
    return m_endpoint.toString(QUrl::RemoveQuery | QUrl::RemoveFragment) +
           QStringLiteral(".default");
}

AzureRestClient::~AzureRestClient() = default;

QUrl AzureRestClient::managementEndpoint()
{
    QString url = qEnvironmentVariable("AZURE_RESOURCE_MANAGER_ENDPOINT");
    if (url.isEmpty())
        url = QStringLiteral("https://management.azure.com/");
    return QUrl(url.endsWith(QLatin1Char('/')) ? url : url + QLatin1Char('/'));
}

std::unique_ptr<AzureRestClient> AzureRestClient::make(const AzureCredentials &credentials)
{
    return std::make_unique<AzureRestClient>(credentials, managementEndpoint(),
                                             AzureAccessToken::authorityHost());
}

QString AzureRestClient::groupPath(const QString &group) const
{
    return QStringLiteral("subscriptions/%1/resourceGroups/%2")
        .arg(m_credentials.subscriptionId, group);
}

QString AzureRestClient::resourceId(const QString &group, const QString &type,
                                    const QString &name) const
{
    return QStringLiteral("/%1/providers/%2/%3").arg(groupPath(group), type, name);
}

bool AzureRestClient::authorise(Reply &failure, const std::atomic_bool *cancel)
{
    if (m_token.usable(QDateTime::currentDateTimeUtc()))
        return true;
    m_token.setRetryPauseMs(m_pauseMs);
    QString error;
    if (AzureAccessToken::request(*m_network, m_credentials, m_authority, scope(), m_token, error,
                                  cancel))
        return true;
    failure = Reply{};
    failure.code = QLatin1String(kNoToken);
    failure.message = error;
    return false;
}

AzureRestClient::Reply AzureRestClient::once(const QByteArray &method, const QUrl &url,
                                             const QJsonObject &body,
                                             const std::atomic_bool *cancel, int timeoutMs)
{
    Reply out;
    if (!m_refusal.isEmpty()) {
        out.code = QLatin1String(kNoToken);
        out.message = m_refusal;
        return out;
    }
    if (!authorise(out, cancel))
        return out;
    HttpExchange::Headers headers{{"Authorization", "Bearer " + m_token.value}};
    QByteArray payload;
    if (method == "PUT" || method == "PATCH" || !body.isEmpty()) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const HttpExchange::Answer answer =
        HttpExchange::send(*m_network, method, url, headers, payload, cancel, timeoutMs);
    out.status = answer.status;
    out.headers = answer.headers;
    if (answer.status == 0) {
        out.message = answer.error;
        return out;
    }
    out.json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status >= 200 && answer.status < 300) {
        out.ok = true;
        return out;
    }
    // {"error": {"code": "ResourceNotFound", "message": "...", "details": [...]}}
    const QJsonObject error = out.json.value(QStringLiteral("error")).toObject();
    out.code = error.value(QStringLiteral("code")).toString();
    const QString text = error.value(QStringLiteral("message")).toString();
    out.message = out.code.isEmpty() && text.isEmpty()
                      ? tr("HTTP %1 from %2").arg(answer.status).arg(url.host())
                      : (out.code.isEmpty() ? text : out.code + QStringLiteral(": ") + text);
    if (answer.status == 401)
        m_token = AzureAccessToken{};
    return out;
}

AzureRestClient::Reply AzureRestClient::withRetries(const QByteArray &method, const QUrl &url,
                                                    const QJsonObject &body,
                                                    const std::atomic_bool *cancel, int timeoutMs)
{
    Reply reply;
    for (int attempt = 1;; ++attempt) {
        reply = once(method, url, body, cancel, timeoutMs);
        // A token refused (expired) is asked for again once.
        const bool again = (reply.status == 0 && reply.code != QLatin1String(kNoToken)) ||
                           reply.status >= 500 || reply.status == 429 ||
                           (reply.status == 401 && attempt == 1);
        if (reply.ok || !again || attempt >= 5 || (cancel && cancel->load()))
            return reply;
        // Throttled: ARM says how long to wait (seconds), up to a minute.
        const int retryAfter =
            QString::fromLatin1(
                HttpExchange::Answer{0, {}, reply.headers, {}}.header("Retry-After"))
                .toInt();
        if (reply.status == 429 && retryAfter > 0)
            HttpExchange::pause(qMin(retryAfter * 1000, qMax(m_pauseMs, 1) * 60), cancel);
        else
            HttpExchange::pauseAfter(attempt, m_pauseMs, cancel);
    }
}

AzureRestClient::Reply AzureRestClient::call(const QByteArray &method, const QString &path,
                                             const char *apiVersion, const QJsonObject &body,
                                             const std::atomic_bool *cancel, int timeoutMs)
{
    QUrl url = m_endpoint.resolved(QUrl(path.startsWith(QLatin1Char('/')) ? path.mid(1) : path));
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("api-version"), QLatin1String(apiVersion));
    url.setQuery(query);
    Reply reply = withRetries(method, url, body, cancel, timeoutMs);
    if (!reply.ok || method != "GET" || !reply.json.contains(QStringLiteral("value")))
        return reply;
    QJsonArray values = reply.json.value(QStringLiteral("value")).toArray();
    QString next = reply.json.value(QStringLiteral("nextLink")).toString();
    for (int page = 1; !next.isEmpty(); ++page) {
        if (page >= 100) {
            Reply tooMany;
            tooMany.message = tr("%1 has more than 100 pages").arg(path);
            return tooMany;
        }
        // nextLink is a whole address, at ARM's own host: no other is sent
        // the token.
        const QUrl nextUrl(next);
        if (!sameOrigin(nextUrl)) {
            Reply elsewhere;
            elsewhere.message =
                tr("the next page of %1 is at another host (%2)").arg(path, nextUrl.host());
            return elsewhere;
        }
        const Reply more = withRetries("GET", nextUrl, {}, cancel, timeoutMs);
        if (!more.ok)
            return more;
        for (const QJsonValue &v : more.json.value(QStringLiteral("value")).toArray())
            values.append(v);
        next = more.json.value(QStringLiteral("nextLink")).toString();
    }
    reply.json.insert(QStringLiteral("value"), values);
    reply.json.remove(QStringLiteral("nextLink"));
    return reply;
}

AzureRestClient::Reply AzureRestClient::waitFor(const Reply &started,
                                                const std::atomic_bool *cancel,
                                                const Progress &progress, int timeoutMs)
{
    if (!started.ok)
        return started;
    const QByteArray asyncOperation =
        HttpExchange::valueOf(started.headers, "Azure-AsyncOperation");
    const QByteArray location = HttpExchange::valueOf(started.headers, "Location");
    // Done at once: no operation to follow.
    if (asyncOperation.isEmpty() && (location.isEmpty() || started.status != 202))
        return started;
    const QUrl url(QString::fromLatin1(asyncOperation.isEmpty() ? location : asyncOperation));
    if (!sameOrigin(url)) {
        Reply elsewhere;
        elsewhere.message = tr("ARM named an operation at another host (%1)").arg(url.host());
        return elsewhere;
    }
    QElapsedTimer clock;
    clock.start();
    int waitMs = m_pollMs;
    for (;;) {
        if (cancel && cancel->load()) {
            Reply out;
            out.message = tr("cancelled while waiting for Azure");
            return out;
        }
        if (clock.elapsed() > timeoutMs) {
            Reply out;
            out.message = tr("Azure's operation was not done within %1 min").arg(timeoutMs / 60000);
            return out;
        }
        HttpExchange::pause(waitMs, cancel);
        const Reply polled = withRetries("GET", url, {}, cancel, 60000);
        if (!polled.ok)
            return polled;
        const int retryAfter =
            QString::fromLatin1(
                HttpExchange::Answer{0, {}, polled.headers, {}}.header("Retry-After"))
                .toInt();
        waitMs = retryAfter > 0 ? qMin(retryAfter * 1000, qMax(m_pollMs, 1) * 12) : m_pollMs;
        if (asyncOperation.isEmpty()) {
            // Location: 202 while it runs; any other success when done.
            if (polled.status == 202) {
                if (progress)
                    progress(QStringLiteral("InProgress"));
                continue;
            }
            return polled;
        }
        // {"status": "InProgress" | "Succeeded" | "Failed" | "Canceled", "error": {...}}
        const QString status = polled.json.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("Succeeded"))
            return polled;
        if (status == QLatin1String("Failed") || status == QLatin1String("Canceled")) {
            Reply out = polled;
            out.ok = false;
            const QJsonObject error = polled.json.value(QStringLiteral("error")).toObject();
            out.code = error.value(QStringLiteral("code")).toString(status);
            out.message = out.code + QStringLiteral(": ") +
                          error.value(QStringLiteral("message")).toString(status);
            return out;
        }
        if (progress)
            progress(status.isEmpty() ? QStringLiteral("InProgress") : status);
    }
}

bool AzureRestClient::fetch(const QUrl &url, QByteArray &body, QString &error,
                            const std::atomic_bool *cancel, int timeoutMs)
{
    // No Authorization header: the address carries its own signature, and
    // the token is not for the storage service.
    HttpExchange::Answer answer;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        answer = HttpExchange::send(*m_network, "GET", url, {}, {}, cancel, timeoutMs);
        if ((answer.status != 0 && answer.status < 500) || attempt == 3 ||
            (cancel && cancel->load()))
            break;
        HttpExchange::pauseAfter(attempt, m_pauseMs, cancel);
    }
    if (answer.status == 0) {
        error = answer.error;
        return false;
    }
    if (answer.status != 200) {
        error = tr("HTTP %1 from %2").arg(answer.status).arg(url.host());
        return false;
    }
    body = answer.body;
    return true;
}

} // namespace hive
