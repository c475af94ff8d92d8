#include "phases/deploy_services/service_convergence.h"

#include "remote/docker_client.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QThread>
#include <algorithm>

namespace hive {

ServiceConvergence::Result ServiceConvergence::wait(DockerClient &client, const QString &service,
                                                    int timeoutMs, const std::atomic_bool *cancel,
                                                    int stableMs)
{
    Result r;
    QElapsedTimer clock;
    clock.start();
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-2).toString(Qt::ISODateWithMs);
    int polls = 0;
    qint64 convergedSince = -1;
    for (;;) {
        const DockerClient::Reply reply = client.listServices(service, true);
        if (!reply.ok) {
            r.outcome = Outcome::Failed;
            r.error = reply.error;
            return r;
        }
        QJsonObject found;
        for (const QJsonValue &s : reply.json.array()) {
            if (s.toObject()
                    .value(QStringLiteral("Spec"))
                    .toObject()
                    .value(QStringLiteral("Name"))
                    .toString() == service)
                found = s.toObject();
        }
        const QJsonObject status = found.value(QStringLiteral("ServiceStatus")).toObject();
        r.running = status.value(QStringLiteral("RunningTasks")).toInt();
        r.desired = status.value(QStringLiteral("DesiredTasks")).toInt();
        const QString update = found.value(QStringLiteral("UpdateStatus"))
                                   .toObject()
                                   .value(QStringLiteral("State"))
                                   .toString();
        const QJsonObject mode =
            found.value(QStringLiteral("Spec")).toObject().value(QStringLiteral("Mode")).toObject();
        const bool zeroWanted = mode.contains(QStringLiteral("Replicated")) &&
                                mode.value(QStringLiteral("Replicated"))
                                        .toObject()
                                        .value(QStringLiteral("Replicas"))
                                        .toInt() == 0;
        const bool updating =
            update == QLatin1String("updating") || update == QLatin1String("rollback_started");
        if (!found.isEmpty() && !updating && r.running == r.desired &&
            (r.desired > 0 || zeroWanted)) {
            if (convergedSince < 0)
                convergedSince = clock.elapsed();
            if (clock.elapsed() - convergedSince >= stableMs) {
                r.outcome = Outcome::Converged;
                return r;
            }
        } else {
            convergedSince = -1;
        }
        if (cancel && cancel->load()) {
            r.outcome = Outcome::Cancelled;
            return r;
        }
        // Tasks that keep failing (a crash loop, an image that cannot run)
        // end the wait early: three failures per wanted task.
        const bool failing = ++polls % 4 == 0 && clock.elapsed() > 10000 &&
                             failuresSince(client, service, since) >= 3 * qMax(1, r.desired);
        if (failing || clock.elapsed() >= timeoutMs) {
            r.outcome = failing ? Outcome::Failing : Outcome::TimedOut;
            r.tasks = failedTasks(client, service);
            if (update == QLatin1String("paused") || update.startsWith(QLatin1String("rollback")))
                r.tasks.prepend(tr("update %1: %2")
                                    .arg(update, found.value(QStringLiteral("UpdateStatus"))
                                                     .toObject()
                                                     .value(QStringLiteral("Message"))
                                                     .toString()));
            return r;
        }
        QThread::msleep(500);
    }
}

bool ServiceConvergence::waitGone(DockerClient &client, const QString &serviceId, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        // Every task, picked by ServiceID here: filtered by a removed
        // service, the API answers 404 "service not found".
        const DockerClient::Reply reply = client.listTasks();
        // Gone when no task may still have a container running: tasks that
        // ended before (a service scaled to 0) stay listed for a while.
        bool stopping = false;
        for (const QJsonValue &t : reply.json.array()) {
            if (t.toObject().value(QStringLiteral("ServiceID")).toString() != serviceId)
                continue;
            const QString state = t.toObject()
                                      .value(QStringLiteral("Status"))
                                      .toObject()
                                      .value(QStringLiteral("State"))
                                      .toString();
            static const QStringList ended{QStringLiteral("shutdown"), QStringLiteral("complete"),
                                           QStringLiteral("failed"),   QStringLiteral("rejected"),
                                           QStringLiteral("orphaned"), QStringLiteral("remove")};
            stopping = stopping || !ended.contains(state);
        }
        if (reply.ok && !stopping)
            return true;
        if (clock.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(500);
    }
}

int ServiceConvergence::failuresSince(DockerClient &client, const QString &service,
                                      const QString &sinceIso)
{
    const DockerClient::Reply reply = client.listTasks(service);
    int failures = 0;
    for (const QJsonValue &t : reply.json.array()) {
        const QJsonObject o = t.toObject();
        const QString state =
            o.value(QStringLiteral("Status")).toObject().value(QStringLiteral("State")).toString();
        // RFC 3339 times of one clock compare as text once cut to seconds.
        if ((state == QLatin1String("failed") || state == QLatin1String("rejected")) &&
            o.value(QStringLiteral("CreatedAt")).toString().left(19) >= sinceIso.left(19))
            ++failures;
    }
    return failures;
}

QStringList ServiceConvergence::failedTasks(DockerClient &client, const QString &service, int limit)
{
    QHash<QString, QString> nodes;
    const DockerClient::Reply nodeReply = client.listNodes();
    for (const QJsonValue &n : nodeReply.json.array()) {
        const QJsonObject o = n.toObject();
        nodes.insert(o.value(QStringLiteral("ID")).toString(),
                     o.value(QStringLiteral("Description"))
                         .toObject()
                         .value(QStringLiteral("Hostname"))
                         .toString());
    }
    const DockerClient::Reply reply = client.listTasks(service);
    QList<QJsonObject> tasks;
    for (const QJsonValue &t : reply.json.array())
        tasks << t.toObject();
    std::sort(tasks.begin(), tasks.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("UpdatedAt")).toString() >
               b.value(QStringLiteral("UpdatedAt")).toString();
    });
    QStringList out;
    for (const QJsonObject &t : std::as_const(tasks)) {
        const QJsonObject status = t.value(QStringLiteral("Status")).toObject();
        const QString state = status.value(QStringLiteral("State")).toString();
        const QString err = status.value(QStringLiteral("Err")).toString();
        if (state == QLatin1String("running") && err.isEmpty())
            continue;
        const int slot = t.value(QStringLiteral("Slot")).toInt();
        const QString name = slot > 0 ? QStringLiteral("%1.%2").arg(service).arg(slot) : service;
        const QString node =
            nodes.value(t.value(QStringLiteral("NodeID")).toString(), tr("no node"));
        const QString why =
            err.isEmpty() ? status.value(QStringLiteral("Message")).toString() : err;
        out << tr("%1 on %2: %3 — %4").arg(name, node, state, why);
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace hive
