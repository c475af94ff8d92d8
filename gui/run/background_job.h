#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>

namespace hive {

// Work off the GUI thread, done the same way by every page that reads
// hosts or files: start() runs `work` on the thread pool with a cancel flag
// of its own; `done` gets the result back on the GUI thread, with whether a
// cancel was asked for, unless the owner is gone by then. cancel() asks the
// work to stop at its next safe point (the work reads the flag). The work
// holds copies of what it reads (and QPointers to what it reports to), never
// the page itself: the destructor only cancels, so closing a page never
// waits for a host to answer; the application waits for the thread pool
// when it ends (app/main.cpp).
template<typename T> class BackgroundJob
{
public:
    using Work = std::function<T(const std::atomic_bool *cancel)>;
    using Done = std::function<void(const T &result, bool cancelled)>;

    // `owner` is the object `done` reports to (normally the page that holds
    // this job).
    BackgroundJob(QObject *owner, Done done) : m_done(std::move(done))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<T>::finished, owner, [this] {
            const bool cancelled = m_cancel->load();
            if (m_done)
                m_done(m_watcher.result(), cancelled);
        });
    }
    ~BackgroundJob() { m_cancel->store(true); }
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;

    // False (and nothing started) while the previous run is still going.
    bool start(Work work)
    {
        if (m_watcher.isRunning())
            return false;
        m_cancel = std::make_shared<std::atomic_bool>(false);
        m_watcher.setFuture(QtConcurrent::run(
            [work = std::move(work), cancel = m_cancel] { return work(cancel.get()); }));
        return true;
    }
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }
    bool cancelRequested() const { return m_cancel->load(); }
    void waitForFinished() { m_watcher.waitForFinished(); }

private:
    Done m_done;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<T> m_watcher;
};

} // namespace hive
