// Feeds arbitrary bytes to the Docker API client as a server's answer, on a
// real unix socket: the first byte chooses a whole answer (send) or a
// followed one (stream, as GET /events), the rest is what the server writes
// before it closes. Any crash, leak, sanitizer report, hang or unbounded
// allocation is a bug; a refusal is fine.

#include "remote/http_connection.h"

#include <QByteArray>
#include <QDir>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

namespace {

// One listening socket for the whole run; each connection gets the current
// answer, after the request's head has been read.
class AnswerServer
{
public:
    AnswerServer()
    {
        m_path = QDir::tempPath().toStdString() + "/hive-fuzz-http-" + std::to_string(getpid());
        m_listener = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, m_path.c_str(), sizeof address.sun_path - 1);
        unlink(m_path.c_str());
        if (bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
            listen(m_listener, 8) != 0)
            abort();
        std::thread([this] { serve(); }).detach();
    }
    const std::string &path() const { return m_path; }
    void setAnswer(const QByteArray &answer)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_answer = answer;
    }

private:
    std::string m_path;
    int m_listener = -1;
    std::mutex m_mutex;
    QByteArray m_answer;

    void serve()
    {
        for (;;) {
            const int client = accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            readHead(client);
            QByteArray answer;
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                answer = m_answer;
            }
            for (qsizetype sent = 0; sent < answer.size();) {
                const ssize_t n = send(client, answer.constData() + sent,
                                       size_t(answer.size() - sent), MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                sent += n;
            }
            shutdown(client, SHUT_RDWR);
            close(client);
        }
    }
    static void readHead(int client)
    {
        QByteArray head;
        char buffer[4096];
        while (!head.contains("\r\n\r\n") && head.size() < 65536) {
            pollfd p{client, POLLIN, 0};
            if (poll(&p, 1, 1000) <= 0)
                return;
            const ssize_t n = recv(client, buffer, sizeof buffer, 0);
            if (n <= 0)
                return;
            head.append(buffer, qsizetype(n));
        }
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static AnswerServer server;
    if (size == 0)
        return 0;
    const bool streamed = data[0] & 1;
    server.setAnswer(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));

    hive::DockerEndpoint endpoint;
    endpoint.kind = hive::DockerEndpoint::Kind::UnixSocket;
    endpoint.socketPath = QString::fromStdString(server.path());
    hive::HttpConnection connection(endpoint);
    hive::HttpRequest request;
    request.method = "GET";
    request.path = streamed ? "/v1.41/events" : "/v1.41/info";
    hive::HttpResponse response;
    QString error;
    if (streamed) {
        qsizetype received = 0;
        connection.stream(
            request, response, [&](const QByteArray &piece) { received += piece.size(); },
            [] { return false; }, 2000, error);
    } else {
        connection.send(request, response, 2000, error);
    }
    return 0;
}
