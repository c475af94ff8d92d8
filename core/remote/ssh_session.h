#pragma once

#include "remote/command_result.h"
#include "remote/ssh_endpoint.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

struct ssh_session_struct;
struct sftp_session_struct;

class QIODevice;

namespace hive {

// One SSH connection to one host (libssh). Host keys are checked against the
// hive's own known_hosts: first contact is recorded, a changed key is a hard
// error naming the host and both fingerprints. A session is used from one
// thread at a time.
class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(hive::SshSession)
public:
    enum class Stream
    {
        Stdout,
        Stderr
    };
    struct RunOptions
    {
        int timeoutMs = 0; // 0: no deadline
        // Called for every complete line as it arrives (without the line break).
        std::function<void(Stream, const QString &)> onLine;
        const std::atomic_bool *cancel = nullptr;
        bool collectOutput = true;
        // Written to the command's standard input, then end of file (none:
        // stdin stays open and empty). Secrets go this way, never into the
        // command line.
        QByteArray input;
    };

    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, verifies the host key and authenticates. On failure returns
    // false and sets `error` (translated, names the host, holds no secret).
    bool connect(const SshEndpoint &endpoint, QString &error);
    bool isConnected() const;
    // Keep-alive: sends an SSH_MSG_IGNORE and waits until it is on the wire.
    // False (and disconnected) when the connection is dead, e.g. after the
    // host rebooted or a NAT dropped an idle connection.
    bool probe(int timeoutMs);
    void disconnect();
    const SshEndpoint &endpoint() const { return m_endpoint; }
    // "SHA256:..." of the server's host key (after connect).
    const QString &hostKeyFingerprint() const { return m_fingerprint; }
    // Why the last connect() failed.
    enum class ConnectFailure
    {
        None,
        Unreachable,
        HostKey, // changed, unknown-and-refused, or unreadable: never retry with a password
        Authentication,
    };
    ConnectFailure lastConnectFailure() const { return m_connectFailure; }

    CommandResult run(const QString &command, const RunOptions &options);
    CommandResult run(const QString &command, int timeoutMs = 0);

    enum class Create
    {
        OrTruncate, // an existing file is overwritten
        New,        // an existing file (or a link planted there) is refused (O_EXCL)
    };
    // Writes a file over SFTP with the given permission bits. Returns false
    // and sets `error` (translated) on failure.
    bool writeFile(const QString &path, const QByteArray &content, int mode, QString &error,
                   Create create = Create::OrTruncate);
    // Reads a whole file over SFTP (as the admin user: it must be readable
    // by it). Returns false and sets `error` (translated) on failure.
    bool readFile(const QString &path, QByteArray &content, QString &error);
    // The same, streamed: `from` is read and `to` written in pieces, so an
    // archive of any size never sits whole in memory.
    bool upload(QIODevice &from, const QString &path, int mode, QString &error,
                Create create = Create::OrTruncate);
    bool download(const QString &path, QIODevice &to, QString &error);

private:
    friend class SshForward; // opens forwarding channels on the session
    ssh_session_struct *m_session = nullptr;
    sftp_session_struct *m_sftp = nullptr; // opened on first use
    SshEndpoint m_endpoint;
    QString m_fingerprint;
    ConnectFailure m_connectFailure = ConnectFailure::None;

    bool verifyHostKey(QString &error);
    bool openSftp(QString &error);
    bool authenticate(QString &error);
    QString libsshError() const;
};

} // namespace hive
