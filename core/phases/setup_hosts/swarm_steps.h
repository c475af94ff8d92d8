#pragma once

#include "engine/step.h"
#include "remote/command_result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <atomic>
#include <functional>

namespace hive {

class HostPool;

// The cluster part of setup-hosts (chapter 8.2.4): docker_gwbridge and
// ingress from internal_cidr when set, `swarm init` on the first hive, the
// other hives joined as managers (as workers with hive_swarm_mode: worker), and a node label for
// every inventory group of each hive. Checked first everywhere; a host that is already in another
// swarm is reported, never reset. A first hive that was rebuilt joins the swarm the other hives
// still run instead of starting a second one, and a hive whose swarm state is stale (its node
// removed, its managers replaced by a quorum recovery) leaves it and joins again.
class SwarmSteps
{
    Q_DECLARE_TR_FUNCTIONS(hive::SwarmSteps)
public:
    struct Hive
    {
        QString host;
        QString address;
        QStringList labels;  // inventory groups of the host
        bool worker = false; // hive_swarm_mode: worker
    };
    struct Options
    {
        bool checkOnly = false;
        const std::atomic_bool *cancel = nullptr;
        QString internalCidr;
        int dataPathPort = 4789; // data_path_port (manual 13.13)
        std::function<void(const QString &step, const QString &host, const QString &line)> onOutput;
    };

    SwarmSteps(HostPool &pool, const QString &firstHive, const QHash<QString, Hive> &hives,
               const Options &options);

    // swarm-init (first hive, fatal), swarm-join (hives), node-labels (hives).
    QList<Step> steps();
    // Their names and tags (what steps() returns, without the work).
    static QList<Step> outline();

    // The state `docker info` reports: "inactive", "active" ... and the
    // cluster id and whether this node is a manager.
    struct State
    {
        QString localState;
        QString clusterId;
        bool manager = false;
        QString nodeId;
        QString error;
    };
    State state(const QString &host);

    // Joins the swarm through the engine's own API on the host's socket,
    // the request (with the join token) read from standard input: nothing
    // secret on a command line. Prints the answer, then its HTTP status.
    static QString joinCommand();
    // Whether the engine accepted the join; otherwise its own message.
    static bool joined(const CommandResult &result, QString &failure);

private:
    HostPool &m_pool;
    QString m_first;
    QHash<QString, Hive> m_hives;
    Options m_options;

    RunEvent::Status init(const QString &host, QString &message);
    RunEvent::Status join(const QString &host, QString &message);
    // Joins `host` as a manager through `via`, an active manager: promotes
    // a worker of that swarm, replaces stale state (a removed node, or one
    // whose managers were replaced) and removes the node's old entry.
    RunEvent::Status joinVia(const QString &host, const QString &via, State self, QString &message);
    // Another hive that is a manager of a swarm made only of this stage's
    // hives; empty when none is.
    QString runningSwarmOfOthers(const QString &host);
    // True when `self` holds swarm state that `via`'s swarm no longer backs
    // (pending or error, or a manager without a cluster id) and that does
    // not settle within 20 s.
    bool isStale(const QString &host, const QString &via, State &self);
    // After a promotion: waits until the node is a reachable manager.
    bool waitUntilManager(const QString &host, const QString &via, const QString &nodeId,
                          QString &message);
    RunEvent::Status labels(const QString &host, QString &message);
    bool gwbridge(const QString &host, bool &changed, QString &message);
    bool run(const QString &step, const QString &host, const QString &command, QString &out,
             QString &message);
    // The same for a command that needs the swarm's leader: a swarm that just
    // gained managers can lose and re-elect its leader (seen in CI after a
    // restore), so the command is tried again while Docker says so, for up
    // to a minute.
    bool runOnManager(const QString &step, const QString &host, const QString &command,
                      QString &out, QString &message);
};

} // namespace hive
