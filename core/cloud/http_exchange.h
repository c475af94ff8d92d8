#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <atomic>

class QNetworkAccessManager;

namespace hive {

// One HTTP exchange with a cloud's endpoint (AWS, Google), whatever signs
// or authorises it: sent as given, waited for on a local event loop
// (blocking: a worker thread), cut short by a cancel or the time limit; no
// redirect followed. Errors name the host, never a header's value.
class HttpExchange
{
    Q_DECLARE_TR_FUNCTIONS(hive::HttpExchange)
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Answer
    {
        int status = 0; // 0: no answer came
        QByteArray body;
        Headers headers; // the answer's
        QString error;   // why no answer came
        QByteArray header(const QByteArray &name) const { return valueOf(headers, name); }
    };
    // The value of header `name` (any case) in `headers`, or empty.
    static QByteArray valueOf(const Headers &headers, const QByteArray &name);
    static Answer send(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                       const Headers &headers, const QByteArray &body,
                       const std::atomic_bool *cancel, int timeoutMs);
    // The pause before attempt `attempt` + 1: 1, 2, 4, 8 × pauseMs, cut short
    // by a cancel.
    static void pauseAfter(int attempt, int pauseMs, const std::atomic_bool *cancel);
    // Sleeps `ms`, cut short by a cancel (checked every 100 ms).
    static void pause(int ms, const std::atomic_bool *cancel);
};

} // namespace hive
