#pragma once

#include "engine/run_reporter.h"
#include "engine/step.h"

#include <QCoreApplication>
#include <QHash>
#include <QRunnable>
#include <QThreadPool>
#include <atomic>
#include <mutex>

// A provider's steps run as build-infra runs them, beside a cloud's stand-in
// that answers on this thread: a step's hosts side by side on worker threads
// (up to its maxParallel) while this thread serves the stand-in, the hosts'
// results reported in the step's order; a fatal step that fails ends the run.
// Returns each step's status by "step@host".
inline QHash<QString, hive::RunEvent::Status> runStepsBesideAFake(const QList<hive::Step> &steps,
                                                                  hive::RunReporter &reporter)
{
    QHash<QString, hive::RunEvent::Status> out;
    QThreadPool pool;
    for (const hive::Step &step : steps) {
        pool.setMaxThreadCount(qMax(1, step.maxParallel));
        QHash<QString, QPair<hive::RunEvent::Status, QString>> done;
        std::mutex mutex;
        std::atomic_int left{int(step.hosts.size())};
        for (const QString &host : step.hosts) {
            pool.start(QRunnable::create([&, host] {
                QString message;
                const hive::RunEvent::Status status = step.work(host, message);
                {
                    std::lock_guard lock(mutex);
                    done.insert(host, {status, message});
                }
                --left;
            }));
        }
        while (left.load() > 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        pool.waitForDone();
        bool stop = false;
        for (const QString &host : step.hosts) {
            const auto [status, message] = done.value(host);
            out.insert(step.name + QLatin1Char('@') + host, status);
            reporter.hostFinished(step.name, host, status, message);
            stop = stop || (step.fatal && status == hive::RunEvent::Status::Failed);
        }
        if (stop)
            break;
    }
    return out;
}
