#include "topology/docker_wording.h"

namespace hive {

QString DockerWording::taskState(const QString &state)
{
    // https://docs.docker.com/engine/swarm/how-swarm-mode-works/swarm-task-states/
    static const struct
    {
        const char *word;
        const char *text;
    } words[] = {
        {"new", QT_TR_NOOP("new")},
        {"pending", QT_TR_NOOP("pending")},
        {"assigned", QT_TR_NOOP("assigned")},
        {"accepted", QT_TR_NOOP("accepted")},
        {"ready", QT_TR_NOOP("ready")},
        {"preparing", QT_TR_NOOP("preparing")},
        {"starting", QT_TR_NOOP("starting")},
        {"running", QT_TR_NOOP("running")},
        {"complete", QT_TR_NOOP("complete")},
        {"shutdown", QT_TR_NOOP("shut down")},
        {"failed", QT_TR_NOOP("failed")},
        {"rejected", QT_TR_NOOP("rejected")},
        {"remove", QT_TR_NOOP("being removed")},
        {"orphaned", QT_TR_NOOP("orphaned")},
    };
    for (const auto &w : words) {
        if (state == QLatin1String(w.word))
            return tr(w.text);
    }
    return state;
}

QString DockerWording::nodeState(const QString &state)
{
    if (state == QLatin1String("ready"))
        return tr("ready", "node state");
    if (state == QLatin1String("down"))
        return tr("down", "node state");
    if (state == QLatin1String("disconnected"))
        return tr("disconnected", "node state");
    if (state == QLatin1String("unknown"))
        return tr("unknown", "node state");
    return state;
}

QString DockerWording::availability(const QString &availability)
{
    if (availability == QLatin1String("active"))
        return tr("active", "node availability");
    if (availability == QLatin1String("pause"))
        return tr("paused", "node availability");
    if (availability == QLatin1String("drain"))
        return tr("drained", "node availability");
    return availability;
}

QString DockerWording::role(const QString &role)
{
    if (role == QLatin1String("manager"))
        return tr("manager", "node role");
    if (role == QLatin1String("worker"))
        return tr("worker", "node role");
    return role;
}

} // namespace hive
