#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <utility>

namespace hive {

// One piece of work done once for the hosts of a step that each run on a
// thread of their own: every expected host either joins it or passes; once
// the last of them has, the work runs (on a joined host's thread) for the
// hosts that joined, and each joined host gets its own result. setup-hosts'
// addon runs one ansible-playbook for all its hosts this way (one start of
// Ansible, its forks in parallel) instead of one per host.
//
// Every expected host must join or pass, or the others wait for ever: take
// a Ticket, which passes for a host that returns without joining. The
// threads of all the expected hosts must run at once (a step with fewer
// threads than hosts would wait on itself).
template<typename Result> class JoinedRun
{
public:
    using Work = std::function<QHash<QString, Result>(const QStringList &hosts)>;

    explicit JoinedRun(Work work) : m_work(std::move(work)) {}

    // The hosts that will each join or pass, before any of them does.
    void expect(const QStringList &hosts)
    {
        std::lock_guard lock(m_mutex);
        m_expected = QSet<QString>(hosts.cbegin(), hosts.cend());
        m_arrived.clear();
        m_joined.clear();
        m_results.clear();
        m_ready = m_running = m_done = false;
    }

    // Takes part; returns this host's result once the work ran (a default
    // Result when the work gave none for it).
    Result join(const QString &host)
    {
        std::unique_lock lock(m_mutex);
        if (!m_expected.contains(host) || m_arrived.contains(host)) {
            // Not announced: its own run, outside the others'.
            lock.unlock();
            return m_work({host}).value(host);
        }
        m_joined << host;
        arrive(host, lock, true);
        // The last host passed: a joined one runs the work.
        m_finished.wait(lock, [this] { return m_done || (m_ready && !m_running); });
        if (!m_done)
            runWork(lock);
        return m_results.value(host);
    }

    // Takes no part (nothing to do on this host, or it stopped before).
    void pass(const QString &host)
    {
        std::unique_lock lock(m_mutex);
        if (m_expected.contains(host) && !m_arrived.contains(host))
            arrive(host, lock, false);
    }

    // Passes for its host unless the host joined.
    class Ticket
    {
    public:
        Ticket(JoinedRun &run, QString host) : m_run(run), m_host(std::move(host)) {}
        ~Ticket()
        {
            if (!m_used)
                m_run.pass(m_host);
        }
        Ticket(const Ticket &) = delete;
        Ticket &operator=(const Ticket &) = delete;
        Result join()
        {
            m_used = true;
            return m_run.join(m_host);
        }
        void pass()
        {
            m_used = true;
            m_run.pass(m_host);
        }

    private:
        JoinedRun &m_run;
        QString m_host;
        bool m_used = false;
    };

private:
    // With the lock held. Once every expected host has arrived, the work
    // runs unlocked on a joined host's thread: the last one's if it joined,
    // else a waiting one's (a host that passed has its own result to give).
    void arrive(const QString &host, std::unique_lock<std::mutex> &lock, bool joining)
    {
        m_arrived.insert(host);
        if (m_arrived.size() < m_expected.size())
            return;
        if (m_joined.isEmpty()) {
            m_done = true;
            m_finished.notify_all();
            return;
        }
        m_ready = true;
        if (joining)
            runWork(lock);
        else
            m_finished.notify_all();
    }

    void runWork(std::unique_lock<std::mutex> &lock)
    {
        m_running = true;
        const QStringList joined = m_joined;
        lock.unlock();
        QHash<QString, Result> results = m_work(joined);
        lock.lock();
        m_results = std::move(results);
        m_done = true;
        m_finished.notify_all();
    }

    Work m_work;
    std::mutex m_mutex;
    std::condition_variable m_finished;
    QSet<QString> m_expected;
    QSet<QString> m_arrived;
    QStringList m_joined;
    QHash<QString, Result> m_results;
    bool m_ready = false;   // every expected host arrived
    bool m_running = false; // a joined host runs the work
    bool m_done = false;
};

} // namespace hive
