#include "cloud/aws_query_client.h"

#include "cloud/aws_http_exchange.h"
#include "cloud/http_exchange.h"

#include <QNetworkAccessManager>

namespace hive {

AwsQueryClient::AwsQueryClient(const AwsCredentials &credentials, const QString &region,
                               const QString &service, const QString &apiVersion)
    : m_credentials(credentials), m_region(region), m_service(service), m_version(apiVersion),
      m_endpoint(endpointFor(service, region)), m_network(std::make_unique<QNetworkAccessManager>())
{}

AwsQueryClient::~AwsQueryClient() = default;

std::unique_ptr<AwsQueryClient> AwsQueryClient::ec2(const AwsCredentials &credentials,
                                                    const QString &region)
{
    return std::make_unique<AwsQueryClient>(credentials, region, QStringLiteral("ec2"),
                                            QStringLiteral("2016-11-15"));
}

QUrl AwsQueryClient::endpointFor(const QString &service, const QString &region)
{
    return AwsHttpExchange::endpointFor(service, service, region);
}

QByteArray AwsQueryClient::formBody(const QString &action, const QString &version,
                                    const Params &params)
{
    QByteArray body = "Action=" + AwsSignature::uriEncode(action.toUtf8(), false) +
                      "&Version=" + AwsSignature::uriEncode(version.toUtf8(), false);
    for (const auto &[name, value] : params)
        body += '&' + AwsSignature::uriEncode(name.toUtf8(), false) + '=' +
                AwsSignature::uriEncode(value.toUtf8(), false);
    return body;
}

void AwsQueryClient::addFilter(Params &params, int n, const QString &name,
                               const QStringList &values)
{
    params.append({QStringLiteral("Filter.%1.Name").arg(n), name});
    for (int i = 0; i < values.size(); ++i)
        params.append({QStringLiteral("Filter.%1.Value.%2").arg(n).arg(i + 1), values.at(i)});
}

void AwsQueryClient::addTagSpecification(Params &params, int n, const QString &resourceType,
                                         const QList<QPair<QString, QString>> &tags)
{
    const QString base = QStringLiteral("TagSpecification.%1.").arg(n);
    params.append({base + QStringLiteral("ResourceType"), resourceType});
    for (int i = 0; i < tags.size(); ++i) {
        params.append({base + QStringLiteral("Tag.%1.Key").arg(i + 1), tags.at(i).first});
        params.append({base + QStringLiteral("Tag.%1.Value").arg(i + 1), tags.at(i).second});
    }
}

QList<const XmlNode *> AwsQueryClient::instancesIn(const XmlNode &answer)
{
    QList<const XmlNode *> out;
    for (const XmlNode *reservation : answer.items(QStringLiteral("reservationSet")))
        out << reservation->items(QStringLiteral("instancesSet"));
    return out;
}

bool AwsQueryClient::retryable(const Reply &reply)
{
    return !reply.ok && AwsHttpExchange::retryable(reply.status, reply.code);
}

AwsQueryClient::Reply AwsQueryClient::call(const QString &action, const Params &params,
                                           const std::atomic_bool *cancel, int timeoutMs)
{
    Reply reply = callOnce(action, params, cancel, timeoutMs);
    // Every page: while AWS says there is more (nextToken), asked again with
    // it, and each list of the answer (<…Set>, <…Info> of <item>s) grows by
    // the next page's items.
    for (int page = 2; reply.ok; ++page) {
        const QString token = reply.body.value(QStringLiteral("nextToken"));
        if (token.isEmpty())
            break;
        if (page > kMaxPages) {
            reply.ok = false;
            reply.message = tr("%1 answered more than %2 pages").arg(action).arg(kMaxPages);
            break;
        }
        Params next = params;
        next.append({QStringLiteral("NextToken"), token});
        Reply more = callOnce(action, next, cancel, timeoutMs);
        if (!more.ok)
            return more;
        for (XmlNode &list : reply.body.children) {
            const XmlNode &added = more.body.child(list.name);
            if (added.isNull() || list.name == QLatin1String("nextToken"))
                continue;
            for (const XmlNode &item : added.children)
                if (item.name == QLatin1String("item"))
                    list.children.append(item);
        }
        for (XmlNode &c : reply.body.children)
            if (c.name == QLatin1String("nextToken"))
                c.text = more.body.value(QStringLiteral("nextToken"));
        reply.attempts += more.attempts;
    }
    return reply;
}

AwsQueryClient::Reply AwsQueryClient::callOnce(const QString &action, const Params &params,
                                               const std::atomic_bool *cancel, int timeoutMs)
{
    const QByteArray body = formBody(action, m_version, params);
    Reply reply;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        reply = once(body, cancel, timeoutMs);
        reply.attempts = attempt;
        if (!retryable(reply) || attempt == 5 || (cancel && cancel->load()))
            break;
        HttpExchange::pauseAfter(attempt, m_pauseMs, cancel);
    }
    if (!reply.ok && reply.message.isEmpty())
        reply.message = tr("%1 answered %2").arg(m_endpoint.host()).arg(reply.status);
    // What to do: the permission is the call's own name.
    if (!reply.ok)
        reply.message += AwsHttpExchange::permissionHint(reply.code, m_service, action);
    return reply;
}

AwsQueryClient::Reply AwsQueryClient::once(const QByteArray &body, const std::atomic_bool *cancel,
                                           int timeoutMs)
{
    AwsSignature::Request signing;
    signing.method = "POST";
    signing.url = m_endpoint;
    signing.body = body;
    signing.headers.append(
        qMakePair(QByteArray("Content-Type"),
                  QByteArray("application/x-www-form-urlencoded; charset=utf-8")));
    const AwsHttpExchange::Answer answered = AwsHttpExchange::send(
        *m_network, signing, m_credentials, m_region, m_service, cancel, timeoutMs);
    Reply out;
    out.status = answered.status;
    if (out.status == 0) {
        out.message = answered.error;
        return out;
    }
    const QByteArray &answer = answered.body;
    QString parseError;
    if (!answer.isEmpty() && !XmlNode::parse(answer, out.body, parseError)) {
        out.message = tr("%1 answered %2 with a document that is not XML (%3)")
                          .arg(m_endpoint.host())
                          .arg(out.status)
                          .arg(parseError);
        return out;
    }
    out.requestId = out.body.value(QStringLiteral("requestId"));
    if (out.requestId.isEmpty())
        out.requestId = out.body.value(QStringLiteral("RequestID"));
    if (out.status >= 200 && out.status < 300) {
        out.ok = true;
        return out;
    }
    // <Response><Errors><Error><Code/><Message/></Error></Errors>...</Response>
    const XmlNode &error = out.body.child(QStringLiteral("Errors")).child(QStringLiteral("Error"));
    const XmlNode &plain = error.isNull() ? out.body.child(QStringLiteral("Error")) : error;
    out.code = plain.value(QStringLiteral("Code"));
    out.message = plain.value(QStringLiteral("Message"));
    if (!out.code.isEmpty() && !out.message.isEmpty())
        out.message = out.code + QStringLiteral(": ") + out.message;
    else if (!out.code.isEmpty())
        out.message = out.code;
    return out;
}

} // namespace hive
