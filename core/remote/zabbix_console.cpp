#include "remote/zabbix_console.h"

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

ZabbixConsole::~ZabbixConsole()
{
    // Each doctor run logs in: its session ends with it.
    if (m_session.isEmpty())
        return;
    QJsonValue done;
    QString error;
    call(QStringLiteral("user.logout"), QJsonArray(), done, error);
}

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
    o.timeoutMs = 90000;
    o.cancel = m_cancel;
    o.input = QJsonDocument(request).toJson(QJsonDocument::Compact);
    // A console just started on a small, busy host can be slow, and a
    // request once hung on one just set up: each call (all can be made
    // twice) is asked up to three times when curl times out.
    CommandResult r;
    for (int attempt = 0; attempt < 3; ++attempt) {
        r = m_pool.run(
            m_host,
            QStringLiteral("curl -sS --max-time 60 -H 'Content-Type: application/json-rpc' "
                           "--data-binary @- http://127.0.0.1:%1/api_jsonrpc.php")
                .arg(kConsolePort),
            o);
        if (!(r.status == CommandResult::Status::Exited && r.exitCode == 28))
            break; // 28: curl's "timed out"
    }
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

ZabbixConsole::Outcome ZabbixConsole::registerServers(const QList<Server> &servers, bool checkOnly,
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
            return Outcome::Failed;
        QString groupId = id(found, "groupid");
        if (groupId.isEmpty()) {
            done << tr("group %1").arg(name);
            if (!checkOnly) {
                QJsonValue made;
                if (!call(QStringLiteral("hostgroup.create"),
                          QJsonObject{{QStringLiteral("name"), name}}, made, message))
                    return Outcome::Failed;
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
        return Outcome::Failed;
    const QString linux = id(templates, "templateid");
    if (linux.isEmpty()) {
        message = tr("Zabbix has no template \"%1\"").arg(QLatin1String(kTemplate));
        return Outcome::Failed;
    }
    for (const Server &s : servers) {
        QJsonValue found;
        if (!call(QStringLiteral("host.get"),
                  QJsonObject{{QStringLiteral("filter"), filterByName("host", s.name)}}, found,
                  message))
            return Outcome::Failed;
        if (!id(found, "hostid").isEmpty())
            continue;
        done << s.name;
        if (checkOnly)
            continue;
        QJsonValue made;
        const QJsonObject spec{
            {QStringLiteral("host"), s.name},
            {QStringLiteral("interfaces"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), 1},
                                    {QStringLiteral("main"), 1},
                                    {QStringLiteral("useip"), 1},
                                    {QStringLiteral("ip"), s.address},
                                    {QStringLiteral("dns"), QString()},
                                    {QStringLiteral("port"), QString::number(kAgentPort)}}}},
            {QStringLiteral("groups"),
             QJsonArray{QJsonObject{{QStringLiteral("groupid"),
                                     groups.value(QStringLiteral("Linux servers"))}},
                        QJsonObject{{QStringLiteral("groupid"),
                                     groups.value(s.repository ? QStringLiteral("Repository server")
                                                               : QStringLiteral("Hives"))}}}},
            {QStringLiteral("templates"),
             QJsonArray{QJsonObject{{QStringLiteral("templateid"), linux}}}}};
        if (!call(QStringLiteral("host.create"), spec, made, message))
            return Outcome::Failed;
    }
    QJsonValue stock;
    if (!call(QStringLiteral("host.get"),
              QJsonObject{{QStringLiteral("filter"),
                           filterByName("host", QStringLiteral("Zabbix server"))}},
              stock, message))
        return Outcome::Failed;
    if (!id(stock, "hostid").isEmpty()) {
        done << tr("the stock host \"Zabbix server\" removed");
        QJsonValue removed;
        if (!checkOnly &&
            !call(QStringLiteral("host.delete"), QJsonArray{id(stock, "hostid")}, removed, message))
            return Outcome::Failed;
    }
    if (done.isEmpty()) {
        message = tr("%n server(s) monitored", nullptr, int(servers.size()));
        return Outcome::Unchanged;
    }
    message =
        (checkOnly ? tr("would add %1") : tr("added %1")).arg(done.join(QStringLiteral(", ")));
    return Outcome::Changed;
}

bool ZabbixConsole::problems(QList<Problem> &out, QString &error)
{
    out.clear();
    QJsonValue open;
    if (!call(QStringLiteral("problem.get"),
              QJsonObject{{QStringLiteral("output"),
                           QJsonArray{QStringLiteral("objectid"), QStringLiteral("name"),
                                      QStringLiteral("severity"), QStringLiteral("clock"),
                                      QStringLiteral("acknowledged")}},
                          {QStringLiteral("sortfield"), QJsonArray{QStringLiteral("eventid")}},
                          {QStringLiteral("sortorder"), QStringLiteral("DESC")}},
              open, error))
        return false;
    QJsonArray triggers;
    for (const QJsonValue &p : open.toArray())
        triggers.append(p.toObject().value(QStringLiteral("objectid")));
    QHash<QString, QString> hostOf;
    if (!triggers.isEmpty()) {
        QJsonValue found;
        if (!call(QStringLiteral("trigger.get"),
                  QJsonObject{{QStringLiteral("triggerids"), triggers},
                              {QStringLiteral("output"), QJsonArray{QStringLiteral("triggerid")}},
                              {QStringLiteral("selectHosts"), QJsonArray{QStringLiteral("host")}}},
                  found, error))
            return false;
        for (const QJsonValue &t : found.toArray()) {
            const QJsonObject o = t.toObject();
            hostOf.insert(o.value(QStringLiteral("triggerid")).toString(),
                          o.value(QStringLiteral("hosts"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("host"))
                              .toString());
        }
    }
    for (const QJsonValue &p : open.toArray()) {
        const QJsonObject o = p.toObject();
        Problem problem;
        problem.host = hostOf.value(o.value(QStringLiteral("objectid")).toString());
        problem.name = o.value(QStringLiteral("name")).toString();
        problem.severity = o.value(QStringLiteral("severity")).toString().toInt();
        problem.since = o.value(QStringLiteral("clock")).toString().toLongLong();
        problem.acknowledged =
            o.value(QStringLiteral("acknowledged")).toString() == QLatin1String("1");
        out << problem;
    }
    return true;
}

ZabbixConsole::Outcome ZabbixConsole::ensureSwarmTemplate(const QString &repository,
                                                          const QString &interval, bool checkOnly,
                                                          QString &message)
{
    QStringList made;
    auto first = [](const QJsonValue &list, const char *key) {
        return list.toArray().at(0).toObject().value(QLatin1String(key)).toString();
    };
    auto created = [](const QJsonValue &reply, const char *key) {
        return reply.toObject().value(QLatin1String(key)).toArray().at(0).toString();
    };
    const QString name = swarmTemplate();
    QJsonValue found;
    if (!call(QStringLiteral("template.get"),
              QJsonObject{{QStringLiteral("filter"), filterByName("host", name)}}, found, message))
        return Outcome::Failed;
    QString templateId = first(found, "templateid");
    if (templateId.isEmpty()) {
        made << tr("template %1").arg(name);
        if (checkOnly) {
            message = tr("would add %1").arg(made.join(QStringLiteral(", ")));
            return Outcome::Changed;
        }
        QJsonValue groups;
        if (!call(QStringLiteral("hostgroup.get"),
                  QJsonObject{{QStringLiteral("filter"),
                               filterByName("name", QStringLiteral("Templates"))}},
                  groups, message))
            return Outcome::Failed;
        QJsonValue reply;
        if (!call(QStringLiteral("template.create"),
                  QJsonObject{{QStringLiteral("host"), name},
                              {QStringLiteral("description"),
                               QStringLiteral("Written by hive setup-hosts: the hive's swarm "
                                              "services, each with the tasks it runs and the "
                                              "tasks the hive wants.")},
                              {QStringLiteral("groups"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("groupid"), first(groups, "groupid")}}}}},
                  reply, message))
            return Outcome::Failed;
        templateId = created(reply, "templateids");
    }
    // The discovery rule, its two item prototypes and the trigger: each
    // looked for first, so a run cut short is completed by the next.
    const QString ruleKey = QStringLiteral("hive.swarm.discovery");
    if (!call(QStringLiteral("discoveryrule.get"),
              QJsonObject{{QStringLiteral("templateids"), templateId},
                          {QStringLiteral("filter"), filterByName("key_", ruleKey)}},
              found, message))
        return Outcome::Failed;
    QString ruleId = first(found, "itemid");
    if (ruleId.isEmpty()) {
        made << tr("its discovery of the services");
        QJsonValue reply;
        if (!checkOnly &&
            !call(QStringLiteral("discoveryrule.create"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Swarm services")},
                              {QStringLiteral("key_"), ruleKey},
                              {QStringLiteral("hostid"), templateId},
                              {QStringLiteral("type"), 0},
                              {QStringLiteral("delay"), interval},
                              {QStringLiteral("lifetime"), QStringLiteral("1d")}},
                  reply, message))
            return Outcome::Failed;
        ruleId = created(reply, "itemids");
    }
    for (const auto &[key, what] :
         {std::pair{QStringLiteral("hive.swarm.running[{#SERVICE}]"),
                    QStringLiteral("{#SERVICE}: tasks running")},
          std::pair{QStringLiteral("hive.swarm.wanted[{#SERVICE}]"),
                    QStringLiteral("{#SERVICE}: tasks the hive wants")}}) {
        if (!ruleId.isEmpty() &&
            !call(QStringLiteral("itemprototype.get"),
                  QJsonObject{{QStringLiteral("discoveryids"), ruleId},
                              {QStringLiteral("filter"), filterByName("key_", key)}},
                  found, message))
            return Outcome::Failed;
        if (!ruleId.isEmpty() && !first(found, "itemid").isEmpty())
            continue;
        made << key;
        QJsonValue reply;
        if (!checkOnly && !call(QStringLiteral("itemprototype.create"),
                                QJsonObject{{QStringLiteral("name"), what},
                                            {QStringLiteral("key_"), key},
                                            {QStringLiteral("hostid"), templateId},
                                            {QStringLiteral("ruleid"), ruleId},
                                            {QStringLiteral("type"), 0},
                                            {QStringLiteral("value_type"), 3},
                                            {QStringLiteral("delay"), interval}},
                                reply, message))
            return Outcome::Failed;
    }
    // Two reads in a row: a rolling update passing by is no problem.
    const QString expression =
        QStringLiteral(
            "max(/%1/hive.swarm.running[{#SERVICE}],#2)<last(/%1/hive.swarm.wanted[{#SERVICE}])")
            .arg(name);
    const QString problem =
        QStringLiteral("Service {#SERVICE} runs fewer tasks than the hive wants");
    if (!ruleId.isEmpty() &&
        !call(QStringLiteral("triggerprototype.get"),
              QJsonObject{{QStringLiteral("discoveryids"), ruleId},
                          {QStringLiteral("filter"), filterByName("description", problem)}},
              found, message))
        return Outcome::Failed;
    if (ruleId.isEmpty() || first(found, "triggerid").isEmpty()) {
        made << tr("its problem when a service runs fewer tasks");
        QJsonValue reply;
        if (!checkOnly && !call(QStringLiteral("triggerprototype.create"),
                                QJsonObject{{QStringLiteral("description"), problem},
                                            {QStringLiteral("expression"), expression},
                                            {QStringLiteral("priority"), 4}},
                                reply, message))
            return Outcome::Failed;
    }
    // Linked to the repository server, whose agent reads the swarm.
    if (!call(QStringLiteral("host.get"),
              QJsonObject{{QStringLiteral("filter"), filterByName("host", repository)},
                          {QStringLiteral("selectParentTemplates"),
                           QJsonArray{QStringLiteral("templateid")}}},
              found, message))
        return Outcome::Failed;
    const QJsonObject host = found.toArray().at(0).toObject();
    bool linked = false;
    for (const QJsonValue &t : host.value(QStringLiteral("parentTemplates")).toArray())
        linked =
            linked || t.toObject().value(QStringLiteral("templateid")).toString() == templateId;
    if (!linked && !host.isEmpty()) {
        made << tr("linked to %1").arg(repository);
        QJsonValue reply;
        if (!checkOnly &&
            !call(
                QStringLiteral("host.massadd"),
                QJsonObject{{QStringLiteral("hosts"),
                             QJsonArray{QJsonObject{{QStringLiteral("hostid"),
                                                     host.value(QStringLiteral("hostid"))}}}},
                            {QStringLiteral("templates"),
                             QJsonArray{QJsonObject{{QStringLiteral("templateid"), templateId}}}}},
                reply, message))
            return Outcome::Failed;
    }
    if (made.isEmpty()) {
        message = tr("%1 as defined").arg(name);
        return Outcome::Unchanged;
    }
    message =
        (checkOnly ? tr("would add %1") : tr("added %1")).arg(made.join(QStringLiteral(", ")));
    return Outcome::Changed;
}

} // namespace hive
