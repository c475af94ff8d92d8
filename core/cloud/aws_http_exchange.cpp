#include "cloud/aws_http_exchange.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace hive {

AwsHttpExchange::Answer AwsHttpExchange::send(QNetworkAccessManager &network,
                                              AwsSignature::Request request,
                                              const AwsCredentials &credentials,
                                              const QString &region, const QString &service,
                                              const std::atomic_bool *cancel, int timeoutMs)
{
    AwsSignature::sign(request, credentials, region, service, QDateTime::currentDateTimeUtc());
    QNetworkRequest http(request.url);
    for (const auto &[name, value] : std::as_const(request.headers)) {
        if (name != "Host") // Qt writes it, the same way
            http.setRawHeader(name, value);
    }
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);

    Answer out;
    QEventLoop loop;
    QNetworkReply *reply = network.sendCustomRequest(http, request.method, request.body);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
        if (cancel && cancel->load())
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    cancelPoll.start(200);
    loop.exec();
    const bool timedOut = !timeout.isActive();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.errorType = reply->rawHeader("x-amzn-ErrorType");
    const QString transportError = reply->errorString();
    reply->deleteLater();
    if (out.status == 0) {
        const QString host = request.url.host();
        out.error = cancel && cancel->load() ? tr("cancelled")
                    : timedOut ? tr("%1 did not answer within %2 s").arg(host).arg(timeoutMs / 1000)
                               : tr("%1 cannot be reached: %2").arg(host, transportError);
    }
    return out;
}

void AwsHttpExchange::pauseAfter(int attempt, int pauseMs, const std::atomic_bool *cancel)
{
    for (int waited = 0; waited < (pauseMs << (attempt - 1)); waited += 100) {
        if (cancel && cancel->load())
            return;
        QThread::msleep(quint64(qMin(100, pauseMs)));
    }
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
