#include "phases/setup_hosts/zabbix_console.h"

#include "recipes/zabbix_recipes.h"
#include "remote/host_pool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace hive {

namespace {
const char kDefaultPassword[] = "zabbix";
const char kTemplate[] = "Linux by Zabbix agent";

QJsonObject filterByName(const char *key, const QString &value)
{
    return QJsonObject{{QLatin1String(key), QJsonArray{value}}};
}
} // namespace

ZabbixConsole::ZabbixConsole(HostPool &pool, const QString &host, const std::atomic_bool *cancel)
    : m_pool(pool), m_host(host), m_cancel(cancel)
{}

bool ZabbixConsole::call(const QString &method, const QJsonValue &params, QJsonValue &result,
                         QString &error)
{
    QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("params"), params},
                        {QStringLiteral("id"), 1}};
    if (!m_session.isEmpty() && method != QLatin1String("apiinfo.version") &&
        method != QLatin1String("user.login"))
        request.insert(QStringLiteral("auth"), m_session);
    HostPool::RunOptions o;
    o.timeoutMs = 60000;
    o.cancel = m_cancel;
    o.input = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const CommandResult r =
        m_pool.run(m_host,
                   QStringLiteral("curl -sS --max-time 50 -H 'Content-Type: application/json-rpc' "
                                  "--data-binary @- http://127.0.0.1:%1/api_jsonrpc.php")
                       .arg(ZabbixRecipes::kConsolePort),
                   o);
    if (!r.succeeded()) {
        error = tr("the Zabbix console on %1 does not answer: %2").arg(m_host, r.failure());
        return false;
    }
    const QJsonObject reply = QJsonDocument::fromJson(r.stdoutText.toUtf8()).object();
    if (reply.contains(QStringLiteral("error"))) {
        const QJsonObject e = reply.value(QStringLiteral("error")).toObject();
        error = tr("Zabbix refused %1: %2 %3")
                    .arg(method, e.value(QStringLiteral("message")).toString(),
                         e.value(QStringLiteral("data")).toString());
        return false;
    }
    if (!reply.contains(QStringLiteral("result"))) {
        error = tr("the Zabbix console on %1 answered %2 with no result: %3")
                    .arg(m_host, method, r.stdoutText.left(200));
        return false;
    }
    result = reply.value(QStringLiteral("result"));
    return true;
}

bool ZabbixConsole::waitUntilAnswering(int seconds, QString &error)
{
    for (int i = 0; i < seconds; i += 2) {
        QJsonValue version;
        if (call(QStringLiteral("apiinfo.version"), QJsonArray(), version, error))
            return true;
        if (m_cancel && m_cancel->load())
            return false;
        QThread::sleep(2);
    }
    return false;
}

bool ZabbixConsole::logIn(const QString &password, bool checkOnly, bool &changed, QString &error)
{
    changed = false;
    QJsonValue session;
    auto login = [&](const QString &pw) {
        return call(QStringLiteral("user.login"),
                    QJsonObject{{QStringLiteral("username"), QStringLiteral("Admin")},
                                {QStringLiteral("password"), pw}},
                    session, error);
    };
    if (login(password)) {
        m_session = session.toString();
        return true;
    }
    const QString refused = error;
    if (!login(QLatin1String(kDefaultPassword))) {
        error = tr("Admin cannot log in to Zabbix with the hive's password (%1) nor with "
                   "Zabbix's first one; set hive_zabbix_admin_password to Admin's password")
                    .arg(refused);
        return false;
    }
    m_session = session.toString();
    changed = true;
    if (checkOnly)
        return true;
    QJsonValue users;
    if (!call(QStringLiteral("user.get"),
              QJsonObject{
                  {QStringLiteral("filter"), filterByName("username", QStringLiteral("Admin"))},
                  {QStringLiteral("output"), QJsonArray{QStringLiteral("userid")}}},
              users, error))
        return false;
    const QString id = users.toArray().at(0).toObject().value(QStringLiteral("userid")).toString();
    QJsonValue updated;
    if (!call(QStringLiteral("user.update"),
              QJsonObject{{QStringLiteral("userid"), id}, {QStringLiteral("passwd"), password}},
              updated, error))
        return false;
    // A changed password ends the sessions: in again with the new one.
    if (!login(password))
        return false;
    m_session = session.toString();
    return true;
}

RunEvent::Status ZabbixConsole::registerServers(const QList<Server> &servers, bool checkOnly,
                                                QString &message)
{
    QStringList done;
    auto id = [](const QJsonValue &list, const char *key) {
        return list.toArray().at(0).toObject().value(QLatin1String(key)).toString();
    };
    // The groups.
    QHash<QString, QString> groups;
    for (const QString &name : {QStringLiteral("Linux servers"), QStringLiteral("Hives"),
                                QStringLiteral("Repository server")}) {
        QJsonValue found;
        if (!call(QStringLiteral("hostgroup.get"),
                  QJsonObject{{QStringLiteral("filter"), filterByName("name", name)}}, found,
                  message))
            return RunEvent::Status::Failed;
        QString groupId = id(found, "groupid");
        if (groupId.isEmpty()) {
            done << tr("group %1").arg(name);
            if (!checkOnly) {
                QJsonValue made;
                if (!call(QStringLiteral("hostgroup.create"),
                          QJsonObject{{QStringLiteral("name"), name}}, made, message))
                    return RunEvent::Status::Failed;
                groupId =
                    made.toObject().value(QStringLiteral("groupids")).toArray().at(0).toString();
            }
        }
        groups.insert(name, groupId);
    }
    QJsonValue templates;
    if (!call(
            QStringLiteral("template.get"),
            QJsonObject{{QStringLiteral("filter"), filterByName("host", QLatin1String(kTemplate))}},
            templates, message))
        return RunEvent::Status::Failed;
    const QString linux = id(templates, "templateid");
    if (linux.isEmpty()) {
        message = tr("Zabbix has no template \"%1\"").arg(QLatin1String(kTemplate));
        return RunEvent::Status::Failed;
    }
    for (const Server &s : servers) {
        QJsonValue found;
        if (!call(QStringLiteral("host.get"),
                  QJsonObject{{QStringLiteral("filter"), filterByName("host", s.name)}}, found,
                  message))
            return RunEvent::Status::Failed;
        if (!id(found, "hostid").isEmpty())
            continue;
        done << s.name;
        if (checkOnly)
            continue;
        QJsonValue made;
        const QJsonObject spec{
            {QStringLiteral("host"), s.name},
            {QStringLiteral("interfaces"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"), 1},
                 {QStringLiteral("main"), 1},
                 {QStringLiteral("useip"), 1},
                 {QStringLiteral("ip"), s.address},
                 {QStringLiteral("dns"), QString()},
                 {QStringLiteral("port"), QString::number(ZabbixRecipes::kAgentPort)}}}},
            {QStringLiteral("groups"),
             QJsonArray{QJsonObject{{QStringLiteral("groupid"),
                                     groups.value(QStringLiteral("Linux servers"))}},
                        QJsonObject{{QStringLiteral("groupid"),
                                     groups.value(s.repository ? QStringLiteral("Repository server")
                                                               : QStringLiteral("Hives"))}}}},
            {QStringLiteral("templates"),
             QJsonArray{QJsonObject{{QStringLiteral("templateid"), linux}}}}};
        if (!call(QStringLiteral("host.create"), spec, made, message))
            return RunEvent::Status::Failed;
    }
    QJsonValue stock;
    if (!call(QStringLiteral("host.get"),
              QJsonObject{{QStringLiteral("filter"),
                           filterByName("host", QStringLiteral("Zabbix server"))}},
              stock, message))
        return RunEvent::Status::Failed;
    if (!id(stock, "hostid").isEmpty()) {
        done << tr("the stock host \"Zabbix server\" removed");
        QJsonValue removed;
        if (!checkOnly &&
            !call(QStringLiteral("host.delete"), QJsonArray{id(stock, "hostid")}, removed, message))
            return RunEvent::Status::Failed;
    }
    if (done.isEmpty()) {
        message = tr("%n server(s) monitored", nullptr, int(servers.size()));
        return RunEvent::Status::Ok;
    }
    message =
        (checkOnly ? tr("would add %1") : tr("added %1")).arg(done.join(QStringLiteral(", ")));
    return RunEvent::Status::Changed;
}

} // namespace hive
