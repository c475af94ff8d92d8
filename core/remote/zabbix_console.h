#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <atomic>

namespace hive {

class HostPool;

// The hive in Zabbix, through the console's JSON-RPC API on the repository
// server (curl there, on localhost:10052; the request, with the password or
// session, on curl's standard input, never on a command line): the Admin
// password set (from Zabbix's known default, once), the groups Hives and
// Repository server, and every server a host with its agent's interface and
// the "Linux by Zabbix agent" checks. The default "Zabbix server" host,
// whose agent address is nowhere, goes, as hive-builder removes it. A host
// already there is left as it is: a re-run changes nothing.
class ZabbixConsole
{
    Q_DECLARE_TR_FUNCTIONS(hive::ZabbixConsole)
public:
    static constexpr int kConsolePort = 10052; // on the repository server's loopback
    static constexpr int kAgentPort = 10050;
    static constexpr int kServerPort = 10051;

    enum class Outcome
    {
        Unchanged,
        Changed, // or would be, in check mode
        Failed,
    };

    struct Server
    {
        QString name;
        QString address;
        bool repository = false;
    };

    ZabbixConsole(HostPool &pool, const QString &host, const std::atomic_bool *cancel);
    ~ZabbixConsole();
    ZabbixConsole(const ZabbixConsole &) = delete;
    ZabbixConsole &operator=(const ZabbixConsole &) = delete;

    // One API call; false with Zabbix's own message (or curl's).
    bool call(const QString &method, const QJsonValue &params, QJsonValue &result, QString &error);
    // Waits until the API answers (a console just started), up to `seconds`.
    bool waitUntilAnswering(int seconds, QString &error);
    // Logs in as Admin with `password`, or with Zabbix's default and then
    // sets `password`. `changed` says the password was set.
    bool logIn(const QString &password, bool checkOnly, bool &changed, QString &error);
    Outcome registerServers(const QList<Server> &servers, bool checkOnly, QString &message);
    // The template "Hive swarm services" (hive-builder's swarm services
    // template): the repository server's agent finds the services
    // deploy-services defined (hive.swarm.discovery) and reads, every
    // `interval`, how many tasks each runs and how many the hive wants; a
    // service running fewer is a problem naming it. Linked to `repository`.
    Outcome ensureSwarmTemplate(const QString &repository, const QString &interval, bool checkOnly,
                                QString &message);
    static QString swarmTemplate() { return QStringLiteral("Hive swarm services"); }

    // The problems Zabbix has open now, newest first.
    struct Problem
    {
        QString host;
        QString name;
        int severity = 0; // Zabbix's: 0 not classified … 5 disaster
        qint64 since = 0; // seconds since the epoch
        bool acknowledged = false;
    };
    bool problems(QList<Problem> &out, QString &error);

private:
    HostPool &m_pool;
    QString m_host;
    const std::atomic_bool *m_cancel;
    QString m_session;
};

} // namespace hive
