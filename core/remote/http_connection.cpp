#include "remote/http_connection.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLocalSocket>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace hive {

namespace {
int remaining(const QDeadlineTimer &deadline)
{
    return int(std::max<qint64>(1, deadline.remainingTime()));
}
} // namespace

HttpConnection::HttpConnection(DockerEndpoint endpoint) : m_endpoint(std::move(endpoint))
{}

HttpConnection::~HttpConnection()
{
    close();
}

void HttpConnection::close()
{
    if (m_socket)
        m_socket->close();
    m_socket.reset();
}

bool HttpConnection::connected() const
{
    if (!m_socket || !m_socket->isOpen())
        return false;
    if (auto *local = qobject_cast<QLocalSocket *>(m_socket.get()))
        return local->state() == QLocalSocket::ConnectedState;
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket.get()))
        return tls->state() == QAbstractSocket::ConnectedState;
    return false;
}

bool HttpConnection::ensureOpen(int timeoutMs, QString &error)
{
    if (connected())
        return true;
    close();
    if (m_endpoint.kind == DockerEndpoint::Kind::UnixSocket) {
        auto socket = std::make_unique<QLocalSocket>();
        socket->connectToServer(m_endpoint.socketPath);
        if (!socket->waitForConnected(timeoutMs)) {
            error = tr("no Docker Engine answers at %1 (%2). Start one (as root: dockerd &) "
                       "or point DOCKER_HOST at one.")
                        .arg(m_endpoint.displayName(), socket->errorString());
            return false;
        }
        m_socket = std::move(socket);
        return true;
    }
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(m_endpoint.caFile));
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_endpoint.certFile);
    if (!certs.isEmpty())
        config.setLocalCertificate(certs.first());
    QFile keyFile(m_endpoint.keyFile);
    if (keyFile.open(QIODevice::ReadOnly)) {
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Ec);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Rsa);
        config.setPrivateKey(key);
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(config);
    socket->connectToHostEncrypted(m_endpoint.host, quint16(m_endpoint.port));
    if (!socket->waitForEncrypted(timeoutMs)) {
        error = tr("cannot open a TLS connection to the Docker Engine at %1: %2")
                    .arg(m_endpoint.displayName(), socket->errorString());
        return false;
    }
    m_socket = std::move(socket);
    return true;
}

bool HttpConnection::readLine(QByteArray &line, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_socket->canReadLine()) {
        if (deadline.hasExpired() || !m_socket->waitForReadyRead(remaining(deadline)))
            return false;
    }
    line = m_socket->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return true;
}

bool HttpConnection::readExactly(qint64 size, QByteArray &out, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (size > 0) {
        if (m_socket->bytesAvailable() == 0 &&
            (deadline.hasExpired() || !m_socket->waitForReadyRead(remaining(deadline))))
            return false;
        const QByteArray chunk = m_socket->read(size);
        out += chunk;
        size -= chunk.size();
    }
    return true;
}

bool HttpConnection::readBody(HttpResponse &response, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    if (response.header("transfer-encoding").toLower().contains("chunked")) {
        for (;;) {
            QByteArray sizeLine;
            if (!readLine(sizeLine, remaining(deadline)))
                return false;
            bool ok = false;
            const qint64 size = sizeLine.split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (size == 0) {
                QByteArray trailer;
                do {
                    if (!readLine(trailer, remaining(deadline)))
                        return false;
                } while (!trailer.isEmpty());
                return true;
            }
            QByteArray crlf;
            if (!readExactly(size, response.body, remaining(deadline)) ||
                !readExactly(2, crlf, remaining(deadline)))
                return false;
        }
    }
    const QByteArray length = response.header("content-length");
    if (!length.isEmpty())
        return readExactly(length.toLongLong(), response.body, remaining(deadline));
    if (response.status == 204 || response.status == 304 || response.status < 200)
        return true;
    // No length: the body ends when the server closes the connection.
    while (m_socket->waitForReadyRead(remaining(deadline)) || m_socket->bytesAvailable() > 0)
        response.body += m_socket->readAll();
    close();
    return true;
}

bool HttpConnection::exchangeHead(const HttpRequest &request, HttpResponse &response, int timeoutMs,
                                  QDeadlineTimer &deadline, QString &error)
{
    // A kept-alive connection may have been closed by the engine meanwhile: one retry.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ensureOpen(timeoutMs, error))
            return false;
        // Opening has its own limit; the exchange (and the body after it) another.
        deadline = QDeadlineTimer(timeoutMs);
        QByteArray head = request.method + ' ' + request.path + " HTTP/1.1\r\nHost: docker\r\n";
        for (const auto &h : request.headers)
            head += h.first + ": " + h.second + "\r\n";
        QFile bodyFile(request.bodyFile);
        qint64 bodySize = request.body.size();
        if (!request.bodyFile.isEmpty()) {
            if (!bodyFile.open(QIODevice::ReadOnly)) {
                error = tr("cannot read %1: %2").arg(request.bodyFile, bodyFile.errorString());
                return false;
            }
            bodySize = bodyFile.size();
        }
        if (bodySize > 0 || request.method == "POST" || request.method == "PUT")
            head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n";
        head += "\r\n";
        const auto flush = [&] {
            while (m_socket->bytesToWrite() > 0) {
                if (deadline.hasExpired() || !m_socket->waitForBytesWritten(remaining(deadline)))
                    return false;
            }
            return true;
        };
        m_socket->write(head);
        m_socket->write(request.body);
        if (bodyFile.isOpen()) {
            // Large bodies (a root file system tar) go out in pieces, never whole in memory.
            constexpr qint64 kChunk = 1 << 20;
            while (!bodyFile.atEnd() && flush())
                m_socket->write(bodyFile.read(kChunk));
        }
        flush();
        QByteArray statusLine;
        if (!readLine(statusLine, remaining(deadline))) {
            const bool timedOut = deadline.hasExpired();
            close();
            if (!timedOut && attempt == 0)
                continue;
            error = timedOut ? tr("the Docker Engine at %1 did not answer within %2 s")
                                   .arg(m_endpoint.displayName())
                                   .arg(timeoutMs / 1000.0)
                             : tr("the Docker Engine at %1 closed the connection")
                                   .arg(m_endpoint.displayName());
            return false;
        }
        response = HttpResponse();
        const QList<QByteArray> parts = statusLine.split(' ');
        if (parts.size() < 2 || !parts.at(0).startsWith("HTTP/")) {
            close();
            error =
                tr("the Docker Engine at %1 sent a malformed answer").arg(m_endpoint.displayName());
            return false;
        }
        response.status = parts.at(1).toInt();
        response.reason = statusLine.mid(parts.at(0).size() + parts.at(1).size() + 2);
        for (;;) {
            QByteArray line;
            if (!readLine(line, remaining(deadline))) {
                close();
                error =
                    tr("the Docker Engine at %1 stopped answering").arg(m_endpoint.displayName());
                return false;
            }
            if (line.isEmpty())
                break;
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.append(
                    {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        return true;
    }
    return false;
}

bool HttpConnection::send(const HttpRequest &request, HttpResponse &response, int timeoutMs,
                          QString &error)
{
    QDeadlineTimer deadline;
    if (!exchangeHead(request, response, timeoutMs, deadline, error))
        return false;
    if (!readBody(response, remaining(deadline))) {
        close();
        error = tr("the Docker Engine at %1 stopped answering").arg(m_endpoint.displayName());
        return false;
    }
    if (response.header("connection").toLower() == "close")
        close();
    return true;
}

bool HttpConnection::stream(const HttpRequest &request, HttpResponse &response,
                            const std::function<void(const QByteArray &data)> &onData,
                            const std::function<bool()> &stopped, int timeoutMs, QString &error)
{
    QDeadlineTimer deadline;
    if (!exchangeHead(request, response, timeoutMs, deadline, error))
        return false;
    if (response.status < 200 || response.status >= 300) {
        // An error answer is short and whole: read it like any other.
        if (!readBody(response, remaining(deadline))) {
            close();
            error = tr("the Docker Engine at %1 stopped answering").arg(m_endpoint.displayName());
            return false;
        }
        close();
        return true;
    }
    // The body arrives as long as the engine has something to say: in short
    // waits, so `stopped()` is asked every quarter of a second.
    constexpr int kSlice = 250;
    onData({}); // open
    const bool chunked = response.header("transfer-encoding").toLower().contains("chunked");
    QByteArray pending;
    qint64 chunkLeft = -1; // -1: a size line comes next (chunked)
    while (!stopped()) {
        if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(kSlice)) {
            if (!connected()) {
                close();
                error = tr("the Docker Engine at %1 closed the connection")
                            .arg(m_endpoint.displayName());
                return false;
            }
            continue;
        }
        pending += m_socket->readAll();
        if (!chunked) {
            if (!pending.isEmpty())
                onData(pending);
            pending.clear();
            continue;
        }
        for (;;) {
            if (chunkLeft < 0) {
                const qsizetype eol = pending.indexOf("\r\n");
                if (eol < 0)
                    break;
                bool ok = false;
                chunkLeft = pending.left(eol).split(';').first().trimmed().toLongLong(&ok, 16);
                pending.remove(0, eol + 2);
                if (!ok) {
                    close();
                    error = tr("the Docker Engine at %1 sent a malformed answer")
                                .arg(m_endpoint.displayName());
                    return false;
                }
                if (chunkLeft == 0) {
                    close(); // the engine ended the stream
                    return true;
                }
            }
            if (pending.size() < chunkLeft + 2)
                break;
            if (chunkLeft > 0)
                onData(pending.left(chunkLeft));
            pending.remove(0, chunkLeft + 2);
            chunkLeft = -1;
        }
    }
    close();
    return true;
}

} // namespace hive
