#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class DockerClient;

// Waiting for a swarm service to run as it should: every desired task
// running and no update in progress. When it does not within the time
// given, what its tasks say (as `docker service ps --no-trunc` shows it).
class ServiceConvergence
{
    Q_DECLARE_TR_FUNCTIONS(hive::ServiceConvergence)
public:
    enum class Outcome
    {
        Converged,
        TimedOut,
        Failing, // its tasks keep failing: no point in waiting longer
        Cancelled,
        Failed, // the API answered with an error
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        int running = 0;
        int desired = 0;
        QString error;     // the API's, for Failed
        QStringList tasks; // "slot node state: error" of tasks that did not run, newest first
    };

    // `stableMs`: how long it must stay converged (a task that starts and
    // then exits at once is not running); 0 for a service left as it was.
    static Result wait(DockerClient &client, const QString &service, int timeoutMs,
                       const std::atomic_bool *cancel, int stableMs = 0);
    // Waits until no task of a removed service may still have a container
    // running (tasks that ended earlier may stay listed a while); false when
    // some still run after timeoutMs.
    static bool waitGone(DockerClient &client, const QString &serviceId, int timeoutMs);
    // The tasks of a service that failed or were rejected, newest first:
    // "web.2 on p-hive1: rejected — No such image: ..." (at most `limit`).
    static QStringList failedTasks(DockerClient &client, const QString &service, int limit = 5);
    // Tasks of the service that failed or were rejected since `sinceIso`
    // (an RFC 3339 UTC time, as the engine writes CreatedAt).
    static int failuresSince(DockerClient &client, const QString &service, const QString &sinceIso);
};

} // namespace hive
