#pragma once

#include "remote/docker_endpoint.h"
#include "remote/http_message.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class QDeadlineTimer;
class QIODevice;

namespace hive {

// A keep-alive HTTP/1.1 connection over a unix socket or TLS, with blocking
// calls (usable from any worker thread; no event loop needed). Handles
// Content-Length and chunked bodies, strictly: a line, the head, a body and a
// streamed chunk have upper bounds, sizes are digits only, and an answer that
// breaks them is refused and its connection closed. Only GET and HEAD are
// ever sent twice.
class HttpConnection
{
    Q_DECLARE_TR_FUNCTIONS(hive::HttpConnection)
public:
    explicit HttpConnection(DockerEndpoint endpoint);
    ~HttpConnection();

    // Sends one request and reads the whole response. On a transport problem
    // returns false and sets `error` (translated, names the endpoint).
    bool send(const HttpRequest &request, HttpResponse &response, int timeoutMs, QString &error);
    // A request whose answer does not end (GET /events): `onData` gets an
    // empty piece once the answer is open (2xx), then the body as it
    // arrives, until `stopped()` says so (asked every 250 ms; returns true)
    // or the connection drops (false, `error` says so). `timeoutMs` bounds
    // the connection and the head only. An answer that is not 2xx is read
    // whole into `response` (true).
    bool stream(const HttpRequest &request, HttpResponse &response,
                const std::function<void(const QByteArray &data)> &onData,
                const std::function<bool()> &stopped, int timeoutMs, QString &error);
    void close();

private:
    DockerEndpoint m_endpoint;
    std::unique_ptr<QIODevice> m_socket;
    bool m_malformed = false; // the last answer broke HTTP or our limits

    bool connected() const;
    bool ensureOpen(int timeoutMs, QString &error);
    bool readLine(QByteArray &line, int timeoutMs);
    bool readExactly(qint64 size, QByteArray &out, int timeoutMs);
    bool readBody(HttpResponse &response, int timeoutMs);
    // Writes the request and reads the answer's head; sets `deadline` for the body.
    bool exchangeHead(const HttpRequest &request, HttpResponse &response, int timeoutMs,
                      QDeadlineTimer &deadline, QString &error);
};

} // namespace hive
