#include "remote/ssh_session.h"

#include "remote/known_hosts_file.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <fcntl.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <mutex>

namespace hive {

namespace {

void initialiseLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (!key || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return QStringLiteral("?");
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString result = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return result;
}

// Fingerprint of the key that `knownHostsFile` holds for address:port, read with
// libssh's own key parser ("?" if none). libssh returns the stored entry only
// when it matches, so for a changed key it has to be looked up here.
QString knownFingerprint(const QString &knownHostsFile, const QString &address, int port)
{
    QFile file(knownHostsFile);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QString wanted = port == 22 ? address : QStringLiteral("[%1]:%2").arg(address).arg(port);
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 3 || fields.at(0).startsWith('#'))
            continue;
        if (!QString::fromUtf8(fields.at(0)).split(QLatin1Char(',')).contains(wanted))
            continue;
        ssh_key key = nullptr;
        if (ssh_pki_import_pubkey_base64(fields.at(2).constData(),
                                         ssh_key_type_from_name(fields.at(1).constData()),
                                         &key) != SSH_OK)
            continue;
        const QString fingerprint = fingerprintOf(key);
        ssh_key_free(key);
        return fingerprint;
    }
    return QStringLiteral("?");
}

// Splits a stream into lines as data arrives.
class LineSplitter
{
public:
    // (Not "emit": Qt defines that as an empty macro.)
    template<typename Sink> void feed(const char *data, int size, Sink sink)
    {
        m_pending.append(data, size);
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = m_pending.indexOf('\n', start);
            if (nl < 0)
                break;
            QByteArray line = m_pending.mid(start, nl - start);
            if (line.endsWith('\r'))
                line.chop(1);
            sink(QString::fromUtf8(line));
            start = nl + 1;
        }
        m_pending.remove(0, start);
    }
    template<typename Sink> void finish(Sink sink)
    {
        if (!m_pending.isEmpty())
            sink(QString::fromUtf8(m_pending));
        m_pending.clear();
    }

private:
    QByteArray m_pending;
};

} // namespace

SshSession::SshSession()
{
    initialiseLibssh();
}

SshSession::~SshSession()
{
    disconnect();
}

QString SshSession::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session);
}

bool SshSession::probe(int timeoutMs)
{
    if (!isConnected())
        return false;
    if (ssh_send_ignore(m_session, "keep-alive") != SSH_OK ||
        ssh_blocking_flush(m_session, timeoutMs) != SSH_OK || !ssh_is_connected(m_session)) {
        disconnect();
        return false;
    }
    return true;
}

void SshSession::disconnect()
{
    if (m_sftp) {
        sftp_free(m_sftp);
        m_sftp = nullptr;
    }
    if (!m_session)
        return;
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
}

bool SshSession::connect(const SshEndpoint &endpoint, QString &error)
{
    disconnect();
    m_endpoint = endpoint;
    m_fingerprint.clear();
    m_connectFailure = ConnectFailure::Unreachable;
    m_session = ssh_new();
    if (!m_session) {
        error = tr("cannot create an SSH session for %1").arg(endpoint.displayName());
        return false;
    }
    const QByteArray address = endpoint.address.toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    const QByteArray knownHosts = endpoint.knownHostsFile.toUtf8();
    const unsigned int port = unsigned(endpoint.port);
    const long timeout = endpoint.connectTimeoutSeconds;
    const int verbosity = SSH_LOG_NOLOG;
    const int noConfig = 0;
    ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    // Only the hive's own files count: no ~/.ssh/config, no global known_hosts.
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    ssh_options_set(m_session, SSH_OPTIONS_HOST, address.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    // Commands are small request/response exchanges: without TCP_NODELAY,
    // Nagle's algorithm and delayed ACKs add about 40 ms to each.
    const int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");

    if (ssh_connect(m_session) != SSH_OK) {
        error = tr("cannot reach %1 at %2 port %3: %4")
                    .arg(endpoint.displayName(), endpoint.address)
                    .arg(endpoint.port)
                    .arg(libsshError());
        disconnect();
        return false;
    }
    if (!verifyHostKey(error)) {
        m_connectFailure = ConnectFailure::HostKey;
        disconnect();
        return false;
    }
    if (!authenticate(error)) {
        m_connectFailure = ConnectFailure::Authentication;
        disconnect();
        return false;
    }
    m_connectFailure = ConnectFailure::None;
    return true;
}

bool SshSession::verifyHostKey(QString &error)
{
    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(m_session, &serverKey) != SSH_OK) {
        error = tr("%1 sent no host key: %2").arg(m_endpoint.displayName(), libsshError());
        return false;
    }
    m_fingerprint = fingerprintOf(serverKey);
    char *base64 = nullptr;
    QString serverKeyLine; // "type base64", as known_hosts holds it
    if (ssh_pki_export_pubkey_base64(serverKey, &base64) == SSH_OK) {
        serverKeyLine = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(serverKey))) +
                        QLatin1Char(' ') + QString::fromLatin1(base64);
        ssh_string_free_char(base64);
    }
    ssh_key_free(serverKey);

    if (!m_endpoint.pinnedKeys.isEmpty() && !m_endpoint.pinnedKeys.contains(m_fingerprint)) {
        error = tr("the host key of %1 (%2) is %3, not the one pinned for it (%4, by the "
                   "stage's host_keys or --host-key). Check the key on the host's console "
                   "(`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`); if the host was "
                   "rebuilt, change the pin. Refusing to connect.")
                    .arg(m_endpoint.displayName(), m_endpoint.address, m_fingerprint,
                         m_endpoint.pinnedKeys.join(QStringLiteral(", ")));
        return false;
    }
    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        if (!m_endpoint.pinnedKeys.isEmpty()) {
            // The user pinned this key (checked above): the host was rebuilt
            // and the stage says so. known_hosts follows the pin.
            bool changed = false;
            QString pinError;
            if (!serverKeyLine.isEmpty() &&
                KnownHostsFile::pin(m_endpoint.knownHostsFile, m_endpoint.address, m_endpoint.port,
                                    {serverKeyLine}, changed, pinError))
                return true;
            error = tr("cannot record the host key of %1 in %2: %3")
                        .arg(m_endpoint.displayName(), m_endpoint.knownHostsFile, pinError);
            return false;
        }
        const QString known =
            knownFingerprint(m_endpoint.knownHostsFile, m_endpoint.address, m_endpoint.port);
        error = tr("the host key of %1 (%2) has CHANGED: %3 knows %4, the host now shows %5. "
                   "If the host was rebuilt, remove its line from that file and connect again; "
                   "otherwise someone may be intercepting the connection. Refusing to connect.")
                    .arg(m_endpoint.displayName(), m_endpoint.address, m_endpoint.knownHostsFile,
                         known, m_fingerprint);
        return false;
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN: {
        if (m_endpoint.policy == SshEndpoint::HostKeyPolicy::RequireKnown &&
            m_endpoint.pinnedKeys.isEmpty()) {
            error = tr("%1 (%2) is not in %3 and unknown hosts are refused (its key: %4)")
                        .arg(m_endpoint.displayName(), m_endpoint.address,
                             m_endpoint.knownHostsFile, m_fingerprint);
            return false;
        }
        // Recorded through KnownHostsFile, not libssh's own append: hosts
        // are reached in parallel, and other threads may be changing the file.
        QString recordError;
        if (serverKeyLine.isEmpty() ||
            !KnownHostsFile::record(m_endpoint.knownHostsFile, m_endpoint.address, m_endpoint.port,
                                    serverKeyLine, recordError)) {
            error = tr("cannot record the host key of %1 in %2: %3")
                        .arg(m_endpoint.displayName(), m_endpoint.knownHostsFile,
                             recordError.isEmpty() ? libsshError() : recordError);
            return false;
        }
        // Another thread may have recorded a different key for it meanwhile.
        if (KnownHostsFile::keysOf(m_endpoint.knownHostsFile, m_endpoint.address, m_endpoint.port)
                .contains(serverKeyLine))
            return true;
        error = tr("the host key of %1 (%2) changed while it was being recorded (now %3). "
                   "Refusing to connect.")
                    .arg(m_endpoint.displayName(), m_endpoint.address, m_fingerprint);
        return false;
    }
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    error = tr("cannot check the host key of %1 against %2: %3")
                .arg(m_endpoint.displayName(), m_endpoint.knownHostsFile, libsshError());
    return false;
}

bool SshSession::authenticate(QString &error)
{
    if (!m_endpoint.identityFile.isEmpty()) {
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(m_endpoint.identityFile.toUtf8().constData(), nullptr,
                                        nullptr, nullptr, &key) != SSH_OK) {
            error = tr("cannot read the private key %1").arg(m_endpoint.identityFile);
            return false;
        }
        const int rc = ssh_userauth_publickey(m_session, nullptr, key);
        ssh_key_free(key);
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (m_endpoint.password.isEmpty()) {
            error = tr("%1 refused the key %2 for user %3")
                        .arg(m_endpoint.displayName(), m_endpoint.identityFile, m_endpoint.user);
            return false;
        }
    }
    if (!m_endpoint.password.isEmpty()) {
        const QByteArray password = m_endpoint.password.toUtf8();
        if (ssh_userauth_password(m_session, nullptr, password.constData()) == SSH_AUTH_SUCCESS)
            return true;
        error =
            tr("%1 refused the password of user %2").arg(m_endpoint.displayName(), m_endpoint.user);
        return false;
    }
    error = tr("no key or password to log in to %1 as %2")
                .arg(m_endpoint.displayName(), m_endpoint.user);
    return false;
}

CommandResult SshSession::run(const QString &command, int timeoutMs)
{
    RunOptions options;
    options.timeoutMs = timeoutMs;
    return run(command, options);
}

CommandResult SshSession::run(const QString &command, const RunOptions &options)
{
    CommandResult result;
    QElapsedTimer clock;
    clock.start();
    const QString host = m_endpoint.displayName();
    if (!isConnected()) {
        result.status = CommandResult::Status::ConnectionLost;
        result.error = tr("not connected to %1").arg(host);
        return result;
    }
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK ||
        ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK) {
        result.status =
            isConnected() ? CommandResult::Status::Failed : CommandResult::Status::ConnectionLost;
        result.error = tr("cannot start a command on %1: %2").arg(host, libsshError());
        if (channel)
            ssh_channel_free(channel);
        return result;
    }
    result.started = true;
    if (!options.input.isEmpty()) {
        for (qsizetype sent = 0; sent < options.input.size();) {
            const int n =
                ssh_channel_write(channel, options.input.constData() + sent,
                                  uint32_t(qMin<qsizetype>(options.input.size() - sent, 16384)));
            if (n <= 0) {
                ssh_channel_free(channel);
                result.status = isConnected() ? CommandResult::Status::Failed
                                              : CommandResult::Status::ConnectionLost;
                result.error =
                    tr("cannot send input to a command on %1: %2").arg(host, libsshError());
                return result;
            }
            sent += n;
        }
        ssh_channel_send_eof(channel);
    }

    LineSplitter splitters[2];
    auto lineSink = [&](Stream stream) {
        return [&, stream](const QString &line) {
            if (options.collectOutput) {
                QString &text = stream == Stream::Stdout ? result.stdoutText : result.stderrText;
                text += line + QLatin1Char('\n');
            }
            if (options.onLine)
                options.onLine(stream, line);
        };
    };
    auto abandon = [&](CommandResult::Status status, const QString &message) {
        // Ask the remote side to stop, then drop the channel.
        ssh_channel_request_send_signal(channel, "TERM");
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        result.status = status;
        result.error = message;
        result.elapsedMs = clock.elapsed();
        return result;
    };

    auto lost = [&] {
        ssh_channel_free(channel);
        result.status = CommandResult::Status::ConnectionLost;
        result.error = tr("the connection to %1 was lost while running: %2").arg(host, command);
        result.elapsedMs = clock.elapsed();
        return result;
    };

    char buffer[16384];
    for (;;) {
        if (options.cancel && options.cancel->load())
            return abandon(CommandResult::Status::Cancelled,
                           tr("cancelled on %1: %2").arg(host, command));
        if (options.timeoutMs > 0 && clock.elapsed() > options.timeoutMs)
            return abandon(CommandResult::Status::TimedOut,
                           tr("timed out after %1 s on %2: %3")
                               .arg(double(options.timeoutMs) / 1000.0)
                               .arg(host, command));
        bool any = false;
        for (int stream = 0; stream < 2; ++stream) {
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, stream);
            if (n == SSH_ERROR)
                return lost();
            if (n > 0) {
                any = true;
                splitters[stream].feed(buffer, n,
                                       lineSink(stream == 0 ? Stream::Stdout : Stream::Stderr));
            }
        }
        if (any)
            continue;
        if (ssh_channel_is_eof(channel))
            break;
        // Wait a little for more data (short, so cancel and timeouts stay prompt).
        const int polled = ssh_channel_poll_timeout(channel, 50, 0);
        if (polled == SSH_ERROR)
            return lost();
    }
    splitters[0].finish(lineSink(Stream::Stdout));
    splitters[1].finish(lineSink(Stream::Stderr));
    result.exitCode = ssh_channel_get_exit_status(channel);
    ssh_channel_send_eof(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    result.status = CommandResult::Status::Exited;
    result.elapsedMs = clock.elapsed();
    return result;
}

bool SshSession::openSftp(QString &error)
{
    if (m_sftp)
        return true;
    m_sftp = sftp_new(m_session);
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        error = tr("%1 offers no SFTP: %2").arg(m_endpoint.displayName(), libsshError());
        if (m_sftp)
            sftp_free(m_sftp);
        m_sftp = nullptr;
        return false;
    }
    return true;
}

bool SshSession::readFile(const QString &path, QByteArray &content, QString &error)
{
    content.clear();
    QBuffer buffer(&content);
    buffer.open(QIODevice::WriteOnly);
    if (download(path, buffer, error))
        return true;
    content.clear();
    return false;
}

bool SshSession::writeFile(const QString &path, const QByteArray &content, int mode, QString &error,
                           Create create)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    return upload(buffer, path, mode, error, create);
}

bool SshSession::download(const QString &path, QIODevice &to, QString &error)
{
    const QString host = m_endpoint.displayName();
    if (!isConnected()) {
        error = tr("not connected to %1").arg(host);
        return false;
    }
    if (!openSftp(error))
        return false;
    sftp_file file = sftp_open(m_sftp, path.toUtf8().constData(), O_RDONLY, 0);
    if (!file) {
        error =
            tr("cannot read %1 on %2: SFTP error %3").arg(path, host).arg(sftp_get_error(m_sftp));
        return false;
    }
    char buffer[65536];
    for (;;) {
        const ssize_t n = sftp_read(file, buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            sftp_close(file);
            error = tr("reading %1 on %2 failed: SFTP error %3")
                        .arg(path, host)
                        .arg(sftp_get_error(m_sftp));
            return false;
        }
        if (to.write(buffer, n) != n) {
            sftp_close(file);
            error = tr("reading %1 on %2 failed: cannot write here: %3")
                        .arg(path, host, to.errorString());
            return false;
        }
    }
    sftp_close(file);
    return true;
}

bool SshSession::upload(QIODevice &from, const QString &path, int mode, QString &error,
                        Create create)
{
    const QString host = m_endpoint.displayName();
    if (!isConnected()) {
        error = tr("not connected to %1").arg(host);
        return false;
    }
    if (!openSftp(error))
        return false;
    const int flags = O_WRONLY | O_CREAT | (create == Create::New ? O_EXCL : O_TRUNC);
    sftp_file file = sftp_open(m_sftp, path.toUtf8().constData(), flags, mode_t(mode));
    if (!file) {
        // OpenSSH's sftp-server (version 3) answers an O_EXCL clash with
        // SSH_FX_FAILURE, not SSH_FX_FILE_ALREADY_EXISTS.
        const int code = sftp_get_error(m_sftp);
        error =
            create == Create::New && (code == SSH_FX_FILE_ALREADY_EXISTS || code == SSH_FX_FAILURE)
                ? tr("cannot write %1 on %2: something is already there").arg(path, host)
                : tr("cannot write %1 on %2: SFTP error %3").arg(path, host).arg(code);
        return false;
    }
    // The mode asked for before the first byte: O_CREAT applies it only to a
    // new file (and through the umask), O_TRUNC keeps an existing file's.
    sftp_chmod(m_sftp, path.toUtf8().constData(), mode_t(mode));
    char buffer[32768];
    for (;;) {
        const qint64 got = from.read(buffer, sizeof buffer);
        if (got < 0) {
            sftp_close(file);
            error = tr("writing %1 on %2 failed: cannot read here: %3")
                        .arg(path, host, from.errorString());
            return false;
        }
        if (got == 0)
            break;
        qint64 written = 0;
        while (written < got) {
            const ssize_t n = sftp_write(file, buffer + written, size_t(got - written));
            if (n <= 0) {
                sftp_close(file);
                error = tr("writing %1 on %2 failed: SFTP error %3")
                            .arg(path, host)
                            .arg(sftp_get_error(m_sftp));
                return false;
            }
            written += n;
        }
    }
    if (sftp_close(file) != SSH_OK) {
        error = tr("writing %1 on %2 failed: %3").arg(path, host, libsshError());
        return false;
    }
    return true;
}

} // namespace hive
