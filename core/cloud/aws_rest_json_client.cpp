#include "cloud/aws_rest_json_client.h"

#include "cloud/aws_http_exchange.h"
#include "cloud/http_exchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace hive {

AwsRestJsonClient::AwsRestJsonClient(const AwsCredentials &credentials, const QString &region,
                                     const QString &prefix, const QString &serviceId,
                                     const QString &signingName)
    : m_credentials(credentials), m_region(region), m_signingName(signingName),
      m_endpoint(AwsHttpExchange::endpointFor(prefix, serviceId, region)),
      m_network(std::make_unique<QNetworkAccessManager>())
{}

AwsRestJsonClient::~AwsRestJsonClient() = default;

std::unique_ptr<AwsRestJsonClient> AwsRestJsonClient::efs(const AwsCredentials &credentials,
                                                          const QString &region)
{
    return std::make_unique<AwsRestJsonClient>(
        credentials, region, QStringLiteral("elasticfilesystem"), QStringLiteral("EFS"),
        QStringLiteral("elasticfilesystem"));
}

AwsRestJsonClient::Reply AwsRestJsonClient::call(const QString &operation, const QByteArray &method,
                                                 const QString &path, const Query &query,
                                                 const QJsonObject &body,
                                                 const std::atomic_bool *cancel, int timeoutMs)
{
    Reply reply = callOnce(operation, method, path, query, body, cancel, timeoutMs);
    // Every page: while the answer has a NextMarker, asked again from there,
    // each list of the answer growing by the next page's.
    for (int page = 2; reply.ok && method == "GET"; ++page) {
        const QString marker = reply.json.value(QStringLiteral("NextMarker")).toString();
        if (marker.isEmpty())
            break;
        if (page > kMaxPages) {
            reply.ok = false;
            reply.message = tr("%1 answered more than %2 pages").arg(operation).arg(kMaxPages);
            break;
        }
        Query next = query;
        next.append({QStringLiteral("Marker"), marker});
        const Reply more = callOnce(operation, method, path, next, body, cancel, timeoutMs);
        if (!more.ok)
            return more;
        for (auto i = more.json.constBegin(); i != more.json.constEnd(); ++i) {
            if (i.value().isArray()) {
                QJsonArray joined = reply.json.value(i.key()).toArray();
                for (const QJsonValue &v : i.value().toArray())
                    joined.append(v);
                reply.json.insert(i.key(), joined);
            }
        }
        reply.json.insert(QStringLiteral("NextMarker"),
                          more.json.value(QStringLiteral("NextMarker")));
        reply.attempts += more.attempts;
    }
    return reply;
}

AwsRestJsonClient::Reply AwsRestJsonClient::callOnce(const QString &operation,
                                                     const QByteArray &method, const QString &path,
                                                     const Query &query, const QJsonObject &body,
                                                     const std::atomic_bool *cancel, int timeoutMs)
{
    QUrl url = m_endpoint;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[name, value] : query)
            q.addQueryItem(name, value);
        url.setQuery(q);
    }
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    Reply reply;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        reply = once(method, url, payload, cancel, timeoutMs);
        reply.attempts = attempt;
        if (!retryable(reply) || attempt == 5 || (cancel && cancel->load()))
            break;
        HttpExchange::pauseAfter(attempt, m_pauseMs, cancel);
    }
    if (!reply.ok && reply.message.isEmpty())
        reply.message = tr("%1 answered %2").arg(m_endpoint.host()).arg(reply.status);
    if (!reply.ok)
        reply.message += AwsHttpExchange::permissionHint(reply.code, m_signingName, operation);
    return reply;
}

AwsRestJsonClient::Reply AwsRestJsonClient::once(const QByteArray &method, const QUrl &url,
                                                 const QByteArray &body,
                                                 const std::atomic_bool *cancel, int timeoutMs)
{
    AwsSignature::Request signing;
    signing.method = method;
    signing.url = url;
    signing.body = body;
    if (!body.isEmpty())
        signing.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const AwsHttpExchange::Answer answered = AwsHttpExchange::send(
        *m_network, signing, m_credentials, m_region, m_signingName, cancel, timeoutMs);
    Reply out;
    out.status = answered.status;
    if (out.status == 0) {
        out.message = answered.error;
        return out;
    }
    if (!answered.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(answered.body, &parseError);
        if (!doc.isObject()) {
            out.message = tr("%1 answered %2 with a document that is not JSON (%3)")
                              .arg(m_endpoint.host())
                              .arg(out.status)
                              .arg(parseError.errorString());
            return out;
        }
        out.json = doc.object();
    }
    if (out.status >= 200 && out.status < 300) {
        out.ok = true;
        return out;
    }
    // {"ErrorCode": "...", "Message": "..."}; or the x-amzn-ErrorType header
    // ("ThrottlingException:http://...").
    out.code = out.json.value(QStringLiteral("ErrorCode")).toString();
    if (out.code.isEmpty())
        out.code =
            out.json.value(QStringLiteral("__type")).toString().section(QLatin1Char('#'), -1);
    if (out.code.isEmpty())
        out.code = QString::fromUtf8(answered.errorType).section(QLatin1Char(':'), 0, 0);
    QString message = out.json.value(QStringLiteral("Message")).toString();
    if (message.isEmpty())
        message = out.json.value(QStringLiteral("message")).toString();
    out.message = out.code.isEmpty()  ? message
                  : message.isEmpty() ? out.code
                                      : out.code + QStringLiteral(": ") + message;
    return out;
}

bool AwsRestJsonClient::retryable(const Reply &reply)
{
    return !reply.ok && AwsHttpExchange::retryable(reply.status, reply.code);
}

} // namespace hive
