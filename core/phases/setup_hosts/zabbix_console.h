#pragma once

#include "engine/run_event.h"

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
    struct Server
    {
        QString name;
        QString address;
        bool repository = false;
    };

    ZabbixConsole(HostPool &pool, const QString &host, const std::atomic_bool *cancel);

    // One API call; false with Zabbix's own message (or curl's).
    bool call(const QString &method, const QJsonValue &params, QJsonValue &result, QString &error);
    // Waits until the API answers (a console just started), up to `seconds`.
    bool waitUntilAnswering(int seconds, QString &error);
    // Logs in as Admin with `password`, or with Zabbix's default and then
    // sets `password`. `changed` says the password was set.
    bool logIn(const QString &password, bool checkOnly, bool &changed, QString &error);
    RunEvent::Status registerServers(const QList<Server> &servers, bool checkOnly,
                                     QString &message);

private:
    HostPool &m_pool;
    QString m_host;
    const std::atomic_bool *m_cancel;
    QString m_session;
};

} // namespace hive
