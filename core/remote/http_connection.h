#pragma once

#include "remote/docker_endpoint.h"
#include "remote/http_message.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QIODevice;

namespace hive {

// A keep-alive HTTP/1.1 connection over a unix socket or TLS, with blocking
// calls (usable from any worker thread; no event loop needed). Handles
// Content-Length and chunked bodies.
class HttpConnection
{
    Q_DECLARE_TR_FUNCTIONS(hive::HttpConnection)
public:
    explicit HttpConnection(DockerEndpoint endpoint);
    ~HttpConnection();

    // Sends one request and reads the whole response. On a transport problem
    // returns false and sets `error` (translated, names the endpoint).
    bool send(const HttpRequest &request, HttpResponse &response, int timeoutMs, QString &error);
    void close();

private:
    DockerEndpoint m_endpoint;
    std::unique_ptr<QIODevice> m_socket;

    bool ensureOpen(int timeoutMs, QString &error);
    bool readLine(QByteArray &line, int timeoutMs);
    bool readExactly(qint64 size, QByteArray &out, int timeoutMs);
    bool readBody(HttpResponse &response, int timeoutMs);
};

} // namespace hive
