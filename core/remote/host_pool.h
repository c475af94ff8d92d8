#pragma once

#include "remote/command_result.h"
#include "remote/ssh_endpoint.h"
#include "remote/ssh_session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <functional>
#include <memory>
#include <mutex>

namespace hive {

// The SSH connections of one hive: at most one session per host, opened on
// first use and reused by every later command (a run opens each host once),
// reconnected when it broke. Commands can run on many hosts at once with a
// bound on how many run in parallel. Thread-safe; commands on one host are
// serialised.
class HostPool
{
    Q_DECLARE_TR_FUNCTIONS(hive::HostPool)
public:
    using LineHandler =
        std::function<void(const QString &host, SshSession::Stream, const QString &line)>;
    struct RunOptions
    {
        int timeoutMs = 0;
        bool asRoot = false; // sudo -n for a non-root admin user
        int maxParallel = 8;
        LineHandler onLine; // called from worker threads
        const std::atomic_bool *cancel = nullptr;
        // The command's standard input (then end of file): how secrets reach
        // a host, never on a command line (ps, sudo's log).
        QByteArray input;
    };

    HostPool();
    ~HostPool();

    // A host added again with the same endpoint keeps its connection (the
    // phases of one `hive all` share the pool); otherwise it is replaced.
    void addHost(const SshEndpoint &endpoint);
    QStringList hosts() const;
    bool contains(const QString &host) const;
    // How the host is reached (an empty endpoint for a host not added).
    SshEndpoint endpoint(const QString &host) const;
    // The host's sshd moved: new connections use `port` (an open one stays).
    void setPort(const QString &host, int port);

    // Runs on one host (connecting if needed). A host that cannot be reached
    // gives a Failed result naming it.
    CommandResult run(const QString &host, const QString &command, const RunOptions &options);
    // Runs on every given host in parallel; one result per host, in no
    // particular order of completion. A failing host does not stop the others.
    QHash<QString, CommandResult> runOnAll(const QStringList &hosts, const QString &command,
                                           const RunOptions &options);
    // Runs `work` with the host's session, connected first (a dead kept
    // connection is reopened), holding the host for it: for file transfers
    // (RemoteFileSync) between commands. False, with the reason, when the
    // host cannot be reached.
    bool withSession(const QString &host, const std::function<void(SshSession &)> &work,
                     QString &error);
    // Number of SSH connections opened so far (for tests and benchmarks).
    int connectionsOpened() const;
    // A connection idle for longer than this is probed before it is reused
    // (and reopened if it died). Default 30 s.
    void setKeepAliveSeconds(int seconds) { m_keepAliveMs = seconds * 1000; }
    void disconnectAll();

private:
    struct Slot
    {
        SshEndpoint endpoint;
        SshSession session;
        QElapsedTimer idle; // since the last command ended
        std::mutex mutex;   // one command at a time on a host
    };
    mutable std::mutex m_mutex;
    QHash<QString, std::shared_ptr<Slot>> m_slots;
    std::atomic_int m_connections{0};
    std::atomic_int m_keepAliveMs{30000};

    std::shared_ptr<Slot> slot(const QString &host) const;
    // With the slot's mutex held: probes a connection idle for long, connects.
    bool ensureConnected(Slot &s, QString &error);
};

} // namespace hive
