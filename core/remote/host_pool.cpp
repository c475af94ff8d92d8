#include "remote/host_pool.h"

#include "concurrency/parallel_for_each.h"
#include "remote/shell_command.h"

namespace hive {

HostPool::HostPool() = default;

HostPool::~HostPool()
{
    disconnectAll();
}

void HostPool::addHost(const SshEndpoint &endpoint)
{
    // Added again as it is (the next phase of one run): its connection
    // stays. The host's own lock is taken without the pool's, as run() does.
    if (const std::shared_ptr<Slot> kept = slot(endpoint.name)) {
        std::lock_guard hostLock(kept->mutex);
        if (kept->endpoint == endpoint)
            return;
    }
    std::lock_guard lock(m_mutex);
    auto s = std::make_shared<Slot>();
    s->endpoint = endpoint;
    m_slots.insert(endpoint.name, s);
}

QStringList HostPool::hosts() const
{
    std::lock_guard lock(m_mutex);
    return m_slots.keys();
}

SshEndpoint HostPool::endpoint(const QString &host) const
{
    const std::shared_ptr<Slot> s = slot(host);
    if (!s)
        return {};
    std::lock_guard lock(s->mutex); // a command on the host may be connecting with it
    return s->endpoint;
}

void HostPool::setPort(const QString &host, int port)
{
    if (const std::shared_ptr<Slot> s = slot(host)) {
        std::lock_guard lock(s->mutex);
        s->endpoint.port = port;
    }
}

bool HostPool::contains(const QString &host) const
{
    std::lock_guard lock(m_mutex);
    return m_slots.contains(host);
}

std::shared_ptr<HostPool::Slot> HostPool::slot(const QString &host) const
{
    std::lock_guard lock(m_mutex);
    return m_slots.value(host);
}

int HostPool::connectionsOpened() const
{
    return m_connections.load();
}

void HostPool::disconnectAll()
{
    std::lock_guard lock(m_mutex);
    for (const auto &s : std::as_const(m_slots)) {
        std::lock_guard hostLock(s->mutex);
        s->session.disconnect();
    }
}

bool HostPool::ensureConnected(Slot &s, QString &error)
{
    if (s.session.isConnected() && s.idle.isValid() && s.idle.elapsed() > m_keepAliveMs)
        s.session.probe(5000); // a dead connection is dropped here and reopened below
    if (s.session.isConnected())
        return true;
    if (!s.session.connect(s.endpoint, error))
        return false;
    ++m_connections;
    return true;
}

bool HostPool::withSession(const QString &host, const std::function<void(SshSession &)> &work,
                           QString &error)
{
    const std::shared_ptr<Slot> s = slot(host);
    if (!s) {
        error = tr("%1 is not a host of this hive").arg(host);
        return false;
    }
    std::lock_guard hostLock(s->mutex);
    if (!ensureConnected(*s, error))
        return false;
    work(s->session);
    s->idle.start();
    return true;
}

CommandResult HostPool::run(const QString &host, const QString &command, const RunOptions &options)
{
    const std::shared_ptr<Slot> s = slot(host);
    if (!s) {
        CommandResult r;
        r.error = tr("%1 is not a host of this hive").arg(host);
        return r;
    }
    std::lock_guard hostLock(s->mutex);
    CommandResult failure;
    if (!ensureConnected(*s, failure.error))
        return failure;
    SshSession::RunOptions runOptions;
    runOptions.timeoutMs = options.timeoutMs;
    runOptions.cancel = options.cancel;
    runOptions.input = options.input;
    if (options.onLine) {
        runOptions.onLine = [&](SshSession::Stream stream, const QString &line) {
            options.onLine(host, stream, line);
        };
    }
    const QString line = options.asRoot ? ShellCommand::asRoot(command, s->endpoint.user) : command;
    CommandResult result = s->session.run(line, runOptions);
    if (result.status == CommandResult::Status::ConnectionLost && !result.started) {
        // The kept connection had died while idle and the command never reached the
        // host: reconnect and run it once more (never for a command that started).
        s->session.disconnect();
        if (!ensureConnected(*s, failure.error))
            return failure;
        result = s->session.run(line, runOptions);
    }
    if (result.status == CommandResult::Status::ConnectionLost ||
        result.status == CommandResult::Status::TimedOut)
        s->session.disconnect(); // the next command reconnects
    s->idle.start();
    return result;
}

QHash<QString, CommandResult> HostPool::runOnAll(const QStringList &hosts, const QString &command,
                                                 const RunOptions &options)
{
    QHash<QString, CommandResult> results;
    std::mutex resultsMutex;
    ParallelForEach::run(int(hosts.size()), options.maxParallel, [&](int i) {
        CommandResult r = run(hosts.at(i), command, options);
        std::lock_guard lock(resultsMutex);
        results.insert(hosts.at(i), std::move(r));
    });
    return results;
}

} // namespace hive
