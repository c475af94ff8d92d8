#include "topology/live_event_watcher.h"

#include "access/hive_docker_access.h"
#include "inventory/hive_model.h"
#include "remote/docker_client.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace hive {

namespace {
constexpr int kSilenceMs = 10000;
} // namespace

LiveEventWatcher::LiveEventWatcher(const Project &project, const StagePlan &stage)
    : m_project(project), m_stage(stage)
{}

void LiveEventWatcher::watch(
    const std::function<void(const Change &change)> &onChange,
    const std::function<void(const QString &host, const QString &error)> &onFollowing,
    const std::atomic_bool &stop)
{
    HiveDockerAccess access(m_project, m_stage);
    if (const Expected<void> ready = access.ready(); !ready) {
        onFollowing({}, ready.error());
        return;
    }
    // What changes the picture; not exec_*, attach or network connect, which
    // every health check and container start make.
    const QJsonObject filters{
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("node"), QStringLiteral("service"), QStringLiteral("container"),
                    QStringLiteral("network")}},
        {QStringLiteral("event"),
         QJsonArray{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("remove"),
                    QStringLiteral("start"), QStringLiteral("die"), QStringLiteral("destroy"),
                    QStringLiteral("oom")}}};
    QStringList order = m_stage.hiveHosts();
    if (order.removeAll(m_first) > 0)
        order.prepend(m_first);
    const auto pause = [&stop](int ms) {
        for (int waited = 0; waited < ms && !stop.load(); waited += 100)
            QThread::msleep(100);
    };
    int next = 0;
    int failedInARow = 0;
    while (!stop.load() && !order.isEmpty()) {
        const QString host = order.at(next % order.size());
        DockerClient client(access.endpoint(host));
        // A manager whose machine vanished may never close the connection:
        // after a silence its engine is asked whether it is still there.
        QElapsedTimer silence;
        silence.start();
        bool vanished = false;
        const auto stopped = [&] {
            if (stop.load())
                return true;
            if (silence.elapsed() < kSilenceMs)
                return false;
            silence.restart();
            DockerClient ping(access.endpoint(host));
            vanished = !ping.call("GET", QStringLiteral("/_ping"), {}, 3000).ok;
            return vanished;
        };
        const DockerClient::Reply reply = client.followEvents(
            filters,
            [&](const QJsonObject &event) {
                silence.restart();
                const QJsonObject actor = event.value(QStringLiteral("Actor")).toObject();
                Change c;
                c.from = host;
                c.type = event.value(QStringLiteral("Type")).toString();
                c.action = event.value(QStringLiteral("Action")).toString();
                c.name = actor.value(QStringLiteral("Attributes"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
                if (c.name.isEmpty())
                    c.name = actor.value(QStringLiteral("ID")).toString();
                onChange(c);
            },
            stopped, 3000,
            [&] {
                failedInARow = 0;
                onFollowing(host, {});
            });
        if (stop.load())
            break;
        // Dropped, refused or vanished: said once every manager has failed;
        // the next one is tried after a pause.
        const QString why = vanished   ? tr("%1 stopped answering").arg(host)
                            : reply.ok ? tr("%1 ended its events").arg(host)
                                       : reply.error;
        if (++failedInARow >= order.size())
            onFollowing({}, tr("no manager can be followed (%1)").arg(why));
        ++next;
        pause(1000);
    }
}

} // namespace hive
