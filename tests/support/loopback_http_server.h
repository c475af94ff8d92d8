#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

// An HTTP/1.1 server on loopback for a cloud's fakes (a token endpoint, a
// REST API): each request (method, target, headers, body) goes to the
// handler, which gives the status and the JSON body. It runs on the test's
// thread: the clients under test wait on a local event loop, which serves
// it. Keeps every request.
class LoopbackHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // "/compute/v1/projects/p/global/networks?pageToken=2"
        QByteArray head;   // the request line and headers
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const QByteArray &line : head.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                    return line.mid(colon + 1).trimmed();
            }
            return {};
        }
    };
    struct Response
    {
        using Headers = QList<QPair<QByteArray, QByteArray>>;
        Response(int s = 200, QByteArray b = {}, Headers h = {})
            : status(s), body(std::move(b)), headers(std::move(h))
        {}
        int status;
        QByteArray body;
        Headers headers; // more than the type and length
    };
    std::function<Response(const Request &)> handler;
    QList<Request> requests;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QByteArray url() const
    {
        return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &in = m_pending[socket];
        in += socket->readAll();
        for (;;) {
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            r.head = in.left(end);
            const qsizetype length = r.header("content-length").toLongLong();
            if (in.size() < end + 4 + length)
                return;
            r.body = in.mid(end + 4, length);
            in.remove(0, end + 4 + length);
            const QList<QByteArray> line = r.head.left(r.head.indexOf('\r')).split(' ');
            r.method = line.value(0);
            r.target = line.value(1);
            requests << r;
            const Response answer = handler ? handler(r) : Response{404, "{}"};
            QByteArray more;
            for (const auto &[name, value] : answer.headers)
                more += name + ": " + value + "\r\n";
            socket->write("HTTP/1.1 " + QByteArray::number(answer.status) +
                          " Answer\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(answer.body.size()) + "\r\n" + more + "\r\n" +
                          answer.body);
        }
    }
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};
