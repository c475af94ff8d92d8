#include "cloud/http_exchange.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace hive {

QByteArray HttpExchange::valueOf(const Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpExchange::Answer HttpExchange::send(QNetworkAccessManager &network, const QByteArray &method,
                                        const QUrl &url, const Headers &headers,
                                        const QByteArray &body, const std::atomic_bool *cancel,
                                        int timeoutMs)
{
    QNetworkRequest http(url);
    for (const auto &[name, value] : headers) {
        if (name.compare("Host", Qt::CaseInsensitive) != 0) // Qt writes it, the same way
            http.setRawHeader(name, value);
    }
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);

    Answer out;
    QEventLoop loop;
    QNetworkReply *reply = network.sendCustomRequest(http, method, body);
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
    out.headers = reply->rawHeaderPairs();
    const QString transportError = reply->errorString();
    reply->deleteLater();
    if (out.status == 0) {
        const QString host = url.host();
        out.error = cancel && cancel->load() ? tr("cancelled")
                    : timedOut ? tr("%1 did not answer within %2 s").arg(host).arg(timeoutMs / 1000)
                               : tr("%1 cannot be reached: %2").arg(host, transportError);
    }
    return out;
}

void HttpExchange::pauseAfter(int attempt, int pauseMs, const std::atomic_bool *cancel)
{
    pause(pauseMs << (attempt - 1), cancel);
}

void HttpExchange::pause(int ms, const std::atomic_bool *cancel)
{
    for (int waited = 0; waited < ms && !(cancel && cancel->load()); waited += 100)
        QThread::msleep(quint64(qMin(100, ms)));
}

} // namespace hive
