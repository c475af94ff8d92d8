#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hive {

// An HTTP/1.1 request as the Docker Engine API takes it.
struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray path; // with the query string, e.g. /v1.41/containers/json?all=1
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString bodyFile; // when set, the body is streamed from this file instead
};

struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;                              // de-chunked

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
};

} // namespace hive
