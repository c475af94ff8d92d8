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

// What an answer may hold before it is taken for broken (or hostile): a line
// of the head, the head's lines, a body held in memory, one chunk of a stream.
constexpr qint64 kMaxLine = 64 * 1024;
constexpr int kMaxHeaderLines = 256;
constexpr qint64 kMaxBody = 512LL * 1024 * 1024;
constexpr qint64 kMaxStreamChunk = 64LL * 1024 * 1024;

// A size as HTTP writes it: digits only (no sign, no spaces, no "0x").
bool parseSize(const QByteArray &text, int base, qint64 limit, qint64 &out)
{
    if (text.isEmpty() || text.size() > 16)
        return false;
    for (const char c : text) {
        const bool digit = (c >= '0' && c <= '9') ||
                           (base == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        if (!digit)
            return false;
    }
    bool ok = false;
    out = text.toLongLong(&ok, base);
    return ok && out >= 0 && out <= limit;
}

// GET and HEAD may be sent twice; anything else changes the engine's state.
bool idempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
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
        if (m_socket->bytesAvailable() > kMaxLine) {
            m_malformed = true; // a line without end
            return false;
        }
        if (deadline.hasExpired() || !m_socket->waitForReadyRead(remaining(deadline)))
            return false;
    }
    line = m_socket->readLine(kMaxLine + 2);
    if (!line.endsWith('\n')) {
        m_malformed = true;
        return false;
    }
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
        // What has arrived, not what was announced: a Content-Length is the
        // server's word, and reading it whole would allocate it up front.
        const QByteArray chunk = m_socket->read(qMin(size, m_socket->bytesAvailable()));
        out += chunk;
        size -= chunk.size();
    }
    return true;
}

bool HttpConnection::readBody(HttpResponse &response, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const auto malformed = [this] {
        m_malformed = true;
        return false;
    };
    if (response.header("transfer-encoding").toLower().contains("chunked")) {
        for (;;) {
            QByteArray sizeLine;
            if (!readLine(sizeLine, remaining(deadline)))
                return false;
            qint64 size = 0;
            if (!parseSize(sizeLine.split(';').first().trimmed(), 16,
                           kMaxBody - response.body.size(), size))
                return malformed();
            if (size == 0) {
                QByteArray trailer;
                int lines = 0;
                do {
                    if (++lines > kMaxHeaderLines)
                        return malformed();
                    if (!readLine(trailer, remaining(deadline)))
                        return false;
                } while (!trailer.isEmpty());
                return true;
            }
            QByteArray crlf;
            if (!readExactly(size, response.body, remaining(deadline)) ||
                !readExactly(2, crlf, remaining(deadline)))
                return false;
            if (crlf != "\r\n")
                return malformed();
        }
    }
    // Every Content-Length the answer has must agree (else the next answer on
    // this connection would be read from the middle of this one).
    QByteArray length;
    for (const auto &h : response.headers) {
        if (h.first != "content-length")
            continue;
        if (!length.isEmpty() && h.second != length)
            return malformed();
        length = h.second;
    }
    if (!length.isEmpty()) {
        qint64 size = 0;
        if (!parseSize(length, 10, kMaxBody, size))
            return malformed();
        return readExactly(size, response.body, remaining(deadline));
    }
    if (response.status == 204 || response.status == 304 || response.status < 200)
        return true;
    // No length: the body ends when the server closes the connection.
    while (m_socket->waitForReadyRead(remaining(deadline)) || m_socket->bytesAvailable() > 0) {
        response.body +=
            m_socket->read(qMin(m_socket->bytesAvailable(), kMaxBody + 1 - response.body.size()));
        if (response.body.size() > kMaxBody)
            return malformed();
    }
    close();
    return true;
}

bool HttpConnection::exchangeHead(const HttpRequest &request, HttpResponse &response, int timeoutMs,
                                  QDeadlineTimer &deadline, QString &error)
{
    m_malformed = false;
    // The path goes into the request line as it is: a space or a control
    // character there would end the line or start another request.
    for (const char c : request.path + request.method) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            error = tr("refused to send a request to the Docker Engine at %1: its method or path "
                       "holds a space or a control character (%2)")
                        .arg(m_endpoint.displayName(),
                             QString::fromLatin1(request.path.toPercentEncoding("/?&=,:")));
            return false;
        }
    }
    // A kept-alive connection may have been closed by the engine meanwhile.
    // A GET is sent again; a request that changes something never is (the
    // engine may have carried it out): its connection is checked first.
    const bool mayRetry = idempotent(request.method);
    if (!mayRetry && m_socket) {
        m_socket->waitForReadyRead(0); // notices a close the engine already sent
        if (!connected() || m_socket->bytesAvailable() > 0)
            close();
    }
    for (int attempt = 0; attempt < (mayRetry ? 2 : 1); ++attempt) {
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
            if (!timedOut && !m_malformed && mayRetry && attempt == 0)
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
        qint64 status = 0;
        if (!parseSize(parts.at(1), 10, 999, status) || status < 100) {
            close();
            error =
                tr("the Docker Engine at %1 sent a malformed answer").arg(m_endpoint.displayName());
            return false;
        }
        response.status = int(status);
        response.reason = statusLine.mid(parts.at(0).size() + parts.at(1).size() + 2);
        for (int lines = 0;; ++lines) {
            QByteArray line;
            if (lines > kMaxHeaderLines || !readLine(line, remaining(deadline))) {
                close();
                error = lines > kMaxHeaderLines || m_malformed
                            ? tr("the Docker Engine at %1 sent a malformed answer")
                                  .arg(m_endpoint.displayName())
                            : tr("the Docker Engine at %1 stopped answering")
                                  .arg(m_endpoint.displayName());
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
        error = m_malformed
                    ? tr("the Docker Engine at %1 sent a malformed answer")
                          .arg(m_endpoint.displayName())
                    : tr("the Docker Engine at %1 stopped answering").arg(m_endpoint.displayName());
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
                if (eol < 0 && pending.size() > kMaxLine) {
                    close();
                    error = tr("the Docker Engine at %1 sent a malformed answer")
                                .arg(m_endpoint.displayName());
                    return false;
                }
                if (eol < 0)
                    break;
                const bool ok = parseSize(pending.left(eol).split(';').first().trimmed(), 16,
                                          kMaxStreamChunk, chunkLeft);
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
            if (pending.mid(chunkLeft, 2) != "\r\n") {
                close();
                error = tr("the Docker Engine at %1 sent a malformed answer")
                            .arg(m_endpoint.displayName());
                return false;
            }
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
