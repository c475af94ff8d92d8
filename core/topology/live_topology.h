#pragma once

#include "topology/planned_topology.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hive {

// The hive as it runs, read from a swarm manager's Docker API: nodes with
// their role, state, availability and labels, services, their tasks (with
// the error of the failed ones), networks, and which hosts' engines did not
// answer at all; compared with the services defined for the stage (not
// running, not defined, short of replicas). The app's live topology draws it.
class LiveTopology
{
    Q_DECLARE_TR_FUNCTIONS(hive::LiveTopology)
public:
    struct Node
    {
        QString id;
        QString hostname;
        QString role;         // manager, worker
        QString state;        // ready, down, unknown, disconnected
        QString availability; // active, pause, drain
        QString reachability; // managers: reachable, unreachable
        bool leader = false;
        QString address;
        QString engineVersion;
        QString message; // what the swarm says of a node that is not ready
        QMap<QString, QString> labels;
        bool answered = true; // its engine answered this round (false: no answer)
        // Down for whoever looks: the swarm says so, its manager is
        // unreachable, or its engine did not answer.
        bool isDown() const;
    };
    struct Port
    {
        int published = 0;
        int target = 0;
        QString protocol;
        QString mode; // ingress, host
    };
    struct Service
    {
        QString id;
        QString name;
        bool global = false;
        int desired = 0; // tasks the swarm wants running
        int running = 0;
        QString image;
        QList<Port> ports;
        QMap<QString, QString> labels; // the service's own (HIVE_VIP, HIVE_MARK …)
        QStringList networks;          // names
    };
    struct Task
    {
        QString id;
        QString serviceId;
        QString service; // name
        int slot = 0;
        QString nodeId;
        QString state;        // running, failed, rejected, shutdown, pending …
        QString desiredState; // running, shutdown
        QString message;
        QString error;
        QString containerId;
        QString image; // with its digest
        int exitCode = 0;
        QDateTime timestamp;
        bool isFailure() const;
        // "web.2" (replicated) or "web" (global).
        QString label() const;
    };
    struct Network
    {
        QString id;
        QString name;
        QString driver;
        QString scope;
    };
    struct Difference
    {
        enum class Kind
        {
            NotRunning, // defined, not deployed or no task running
            NotDefined, // deployed, not defined for this stage
            Short,      // fewer running than desired
        };
        Kind kind = Kind::NotRunning;
        QString service;
        QString text;
    };

    QList<Node> nodes;
    QList<Service> services;
    QList<Task> tasks;
    QList<Network> networks;
    QString repository;              // the repository server, empty if the stage has none
    bool repositoryAnswered = false; // its Docker Engine answered
    QString registry;                // "host:5000", on the repository server
    bool registryAnswered = false;   // GET /v2/ answered: 200, or 401 without credentials
    QString registryError;
    QString readFrom; // the manager that answered
    QDateTime readAt;
    QString error; // empty when a manager answered
    // When none did, on a cloud: what the cloud says of each host's
    // instance ("stopped"), or why it could not be asked.
    QMap<QString, QString> cloudStates;
    QString cloudError;
    QList<Difference> differences;

    // From the Docker API's answers (GET /nodes, /services?status=true,
    // /tasks, /networks); false with the reason when one is not a list.
    bool parse(const QJsonArray &nodesJson, const QJsonArray &servicesJson,
               const QJsonArray &tasksJson, const QJsonArray &networksJson);
    // Fills `differences` against what the stage defines.
    void compare(const PlannedTopology &planned);

    const Node *node(const QString &id) const;
    const Node *nodeNamed(const QString &hostname) const;
    const Service *service(const QString &name) const;
    // Tasks that should run or run now on the node (not old ones), by service and slot.
    QList<const Task *> currentTasksOn(const QString &nodeId) const;
    // The virtual addresses (HIVE_VIP, HIVE_VIP0..5) of the services whose
    // task runs on the node now: where follow-swarm-service puts them.
    QStringList virtualAddressesOn(const QString &nodeId) const;
    // Every task of the service (and slot, when > 0), newest first: its history.
    QList<const Task *> historyOf(const QString &service, int slot = 0) const;
    int downCount() const;
};

} // namespace hive
