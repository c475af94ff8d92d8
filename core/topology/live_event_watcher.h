#pragma once

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace hive {

class Project;
struct StagePlan;

// Follows a built stage's swarm as it changes: the Docker events of one
// manager (node and service changes of the whole swarm, and that engine's
// containers starting and dying) over its TLS API, so a view can read the
// topology again at once instead of at its next turn. When the manager stops
// answering, the next one is followed (after a second's pause), until `stop`
// is set. Blocking: run it on a thread of its own.
class LiveEventWatcher
{
    Q_DECLARE_TR_FUNCTIONS(hive::LiveEventWatcher)
public:
    struct Change
    {
        QString from;   // the manager that told it
        QString type;   // node, service, container, network
        QString action; // create, update, remove, start, die …
        QString name;   // the node's, service's or container's name (or id)
    };

    LiveEventWatcher(const Project &project, const StagePlan &stage);

    // The manager tried first (the one a read answered from).
    void preferManager(const QString &host) { m_first = host; }
    // `onFollowing(host, error)`: following `host` now (error empty), or
    // no manager can be followed (host empty, error says why).
    void watch(const std::function<void(const Change &change)> &onChange,
               const std::function<void(const QString &host, const QString &error)> &onFollowing,
               const std::atomic_bool &stop);

private:
    const Project &m_project;
    const StagePlan &m_stage;
    QString m_first;
};

} // namespace hive
