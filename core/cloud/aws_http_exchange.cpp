#include "cloud/aws_http_exchange.h"

#include "cloud/http_exchange.h"

namespace hive {

AwsHttpExchange::Answer AwsHttpExchange::send(QNetworkAccessManager &network,
                                              AwsSignature::Request request,
                                              const AwsCredentials &credentials,
                                              const QString &region, const QString &service,
                                              const std::atomic_bool *cancel, int timeoutMs)
{
    AwsSignature::sign(request, credentials, region, service, QDateTime::currentDateTimeUtc());
    const HttpExchange::Answer answered = HttpExchange::send(
        network, request.method, request.url, request.headers, request.body, cancel, timeoutMs);
    Answer out;
    out.status = answered.status;
    out.body = answered.body;
    out.errorType = answered.header("x-amzn-ErrorType");
    out.error = answered.error;
    return out;
}

QUrl AwsHttpExchange::endpointFor(const QString &prefix, const QString &serviceId,
                                  const QString &region)
{
    if (qEnvironmentVariable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS").toLower() !=
        QLatin1String("true")) {
        const QString own = QStringLiteral("AWS_ENDPOINT_URL_") + serviceId.toUpper();
        for (const QString &name : {own, QStringLiteral("AWS_ENDPOINT_URL")}) {
            const QString configured = qEnvironmentVariable(name.toLatin1().constData());
            if (!configured.isEmpty())
                return QUrl(configured.endsWith(QLatin1Char('/')) ? configured
                                                                  : configured + QLatin1Char('/'));
        }
    }
    return QUrl(QStringLiteral("https://%1.%2.amazonaws.com/").arg(prefix, region));
}

bool AwsHttpExchange::retryable(int status, const QString &code)
{
    if (status == 0 || status >= 500)
        return true;
    static const QStringList codes{
        QStringLiteral("RequestLimitExceeded"), QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),  QStringLiteral("TooManyRequestsException"),
        QStringLiteral("InternalError"),        QStringLiteral("InternalServerError"),
        QStringLiteral("Unavailable"),          QStringLiteral("ServiceUnavailable"),
    };
    return codes.contains(code);
}

QString AwsHttpExchange::permissionHint(const QString &code, const QString &service,
                                        const QString &operation)
{
    if (code != QLatin1String("UnauthorizedOperation") &&
        !code.startsWith(QLatin1String("AccessDenied")))
        return {};
    return QStringLiteral(" — ") +
           tr("give the key's user the permission %1:%2").arg(service, operation);
}

} // namespace hive
