#include "remote/zabbix_console.h"

#include "remote/host_pool.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <algorithm>

namespace hive {

namespace {
const char kDefaultPassword[] = "zabbix";
const char kTemplate[] = "Linux by Zabbix agent";

QJsonObject filterByName(const char *key, const QString &value)
{
    return QJsonObject{{QLatin1String(key), QJsonArray{value}}};
}

// `key` of the first object of a *.get answer ("" when it found none).
QString firstOf(const QJsonValue &list, const char *key)
{
    return list.toArray().at(0).toObject().value(QLatin1String(key)).toString();
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
    // A console just started on a small, busy host can be slow: a read is
    // asked up to three times when curl times out. A change is asked once,
    // with time to finish (PHP gives it 300 s): linking the Linux template
    // to a host copies hundreds of items, and a second request would race
    // the first (Zabbix then fails on its own id table).
    const bool read =
        method.endsWith(QLatin1String(".get")) || method == QLatin1String("apiinfo.version");
    if (!read && method != QLatin1String("user.login") && method != QLatin1String("user.logout")) {
        m_templateRows.reset();
        m_hostRows.clear();
    }
    const int seconds = read ? 60 : 280;
    HostPool::RunOptions o;
    o.timeoutMs = (seconds + 30) * 1000;
    o.cancel = m_cancel;
    o.input = QJsonDocument(request).toJson(QJsonDocument::Compact);
    CommandResult r;
    for (int attempt = 0; attempt < (read ? 3 : 1); ++attempt) {
        r = m_pool.run(
            m_host,
            QStringLiteral("curl -sS --max-time %2 -H 'Content-Type: application/json-rpc' "
                           "--data-binary @- http://127.0.0.1:%1/api_jsonrpc.php")
                .arg(kConsolePort)
                .arg(seconds),
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
    const QString id = firstOf(users, "userid");
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

bool ZabbixConsole::logInOnceAnswering(const QString &password, bool checkOnly, int seconds,
                                       bool &changed, QString &error)
{
    if (logIn(password, checkOnly, changed, error))
        return true;
    QJsonValue version;
    QString why;
    if (call(QStringLiteral("apiinfo.version"), QJsonArray(), version, why))
        return false; // it answers: the login was refused
    bool setNow = false;
    const bool in = waitUntilAnswering(seconds, error) && logIn(password, checkOnly, setNow, error);
    changed = changed || setNow;
    return in;
}

bool ZabbixConsole::logInToRead(const QString &password, QString &error)
{
    bool firstPassword = false;
    if (!logIn(password, true, firstPassword, error))
        return false;
    if (firstPassword) {
        error = tr("Admin still has Zabbix's first password: run `hive setup-hosts -T zabbix`");
        return false;
    }
    return true;
}

ZabbixConsole::Outcome ZabbixConsole::registerServers(const QList<Server> &servers, bool checkOnly,
                                                      QString &message)
{
    QStringList done;
    // The groups, asked in one call.
    const QStringList groupNames{QStringLiteral("Linux servers"), QStringLiteral("Hives"),
                                 QStringLiteral("Repository server")};
    QHash<QString, QString> groups;
    if (!idsByName(QStringLiteral("hostgroup.get"), "name", groupNames, "groupid", groups, message))
        return Outcome::Failed;
    for (const QString &name : groupNames) {
        if (!groups.value(name).isEmpty())
            continue;
        done << tr("group %1").arg(name);
        if (!checkOnly) {
            QJsonValue made;
            if (!call(QStringLiteral("hostgroup.create"),
                      QJsonObject{{QStringLiteral("name"), name}}, made, message))
                return Outcome::Failed;
            groups.insert(
                name, made.toObject().value(QStringLiteral("groupids")).toArray().at(0).toString());
        }
    }
    QHash<QString, QJsonObject> templateRows;
    if (!templates(templateRows, message))
        return Outcome::Failed;
    const QString linux =
        templateRows.value(QLatin1String(kTemplate)).value(QStringLiteral("templateid")).toString();
    if (linux.isEmpty()) {
        message = tr("Zabbix has no template \"%1\"").arg(QLatin1String(kTemplate));
        return Outcome::Failed;
    }
    // The servers and Zabbix's stock host, asked in one call.
    QStringList hostNames;
    for (const Server &server : servers)
        hostNames << server.name;
    const QString stockName = QStringLiteral("Zabbix server");
    // Read with the templates each is linked to: the links made next (swarm
    // and hive templates) are checked against the same rows.
    QJsonArray found;
    if (!askHostRows(hostNames + QStringList{stockName}, found, message))
        return Outcome::Failed;
    QHash<QString, QString> hostIds;
    for (const QJsonValue &v : std::as_const(found))
        hostIds.insert(v.toObject().value(QStringLiteral("host")).toString(),
                       v.toObject().value(QStringLiteral("hostid")).toString());
    for (const Server &s : servers) {
        if (!hostIds.value(s.name).isEmpty())
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
    const QString stockId = hostIds.value(stockName);
    if (!stockId.isEmpty()) {
        done << tr("the stock host \"Zabbix server\" removed");
        QJsonValue removed;
        if (!checkOnly &&
            !call(QStringLiteral("host.delete"), QJsonArray{stockId}, removed, message))
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
                                      QStringLiteral("acknowledged"), QStringLiteral("eventid")}},
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
        problem.eventId = o.value(QStringLiteral("eventid")).toString();
        out << problem;
    }
    return true;
}

ZabbixConsole::Outcome ZabbixConsole::ensureSwarmTemplate(const QString &repository,
                                                          const QString &interval, bool checkOnly,
                                                          QString &message)
{
    QStringList made;
    auto created = [](const QJsonValue &reply, const char *key) {
        return reply.toObject().value(QLatin1String(key)).toArray().at(0).toString();
    };
    const QString name = swarmTemplate();
    QHash<QString, QJsonObject> templateRows;
    if (!templates(templateRows, message))
        return Outcome::Failed;
    QString templateId = templateRows.value(name).value(QStringLiteral("templateid")).toString();
    QJsonValue found;
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
                                   {QStringLiteral("groupid"), firstOf(groups, "groupid")}}}}},
                  reply, message))
            return Outcome::Failed;
        templateId = created(reply, "templateids");
    }
    if (!templateId.isEmpty())
        m_templateIds.insert(name, templateId);
    // The discovery rule, its two item prototypes and the trigger: each
    // looked for first (in one call, the rule with its prototypes), so a
    // run cut short is completed by the next.
    const QString ruleKey = QStringLiteral("hive.swarm.discovery");
    if (!call(QStringLiteral("discoveryrule.get"),
              QJsonObject{
                  {QStringLiteral("templateids"), templateId},
                  {QStringLiteral("filter"), filterByName("key_", ruleKey)},
                  {QStringLiteral("output"), QJsonArray{QStringLiteral("itemid")}},
                  {QStringLiteral("selectItems"), QJsonArray{QStringLiteral("key_")}},
                  {QStringLiteral("selectTriggers"), QJsonArray{QStringLiteral("description")}}},
              found, message))
        return Outcome::Failed;
    QString ruleId = firstOf(found, "itemid");
    const QJsonObject rule = found.toArray().at(0).toObject();
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
    const QList<std::pair<QString, QString>> prototypes{
        {QStringLiteral("hive.swarm.running[{#SERVICE}]"),
         QStringLiteral("{#SERVICE}: tasks running")},
        {QStringLiteral("hive.swarm.wanted[{#SERVICE}]"),
         QStringLiteral("{#SERVICE}: tasks the hive wants")}};
    QSet<QString> keysFound;
    for (const QJsonValue &item : rule.value(QStringLiteral("items")).toArray())
        keysFound.insert(item.toObject().value(QStringLiteral("key_")).toString());
    for (const auto &[key, what] : prototypes) {
        if (keysFound.contains(key))
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
    const bool problemFound = [&] {
        for (const QJsonValue &t : rule.value(QStringLiteral("triggers")).toArray()) {
            if (t.toObject().value(QStringLiteral("description")).toString() == problem)
                return true;
        }
        return false;
    }();
    if (ruleId.isEmpty() || !problemFound) {
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
    if (linkTemplate(name, {repository}, checkOnly, made, message) == Outcome::Failed)
        return Outcome::Failed;
    if (made.isEmpty()) {
        message = tr("%1 as defined").arg(name);
        return Outcome::Unchanged;
    }
    message =
        (checkOnly ? tr("would add %1") : tr("added %1")).arg(made.join(QStringLiteral(", ")));
    return Outcome::Changed;
}

bool ZabbixConsole::idsByName(const QString &method, const char *nameKey, const QStringList &names,
                              const char *idKey, QHash<QString, QString> &ids, QString &error,
                              QJsonObject params)
{
    params.insert(QStringLiteral("filter"),
                  QJsonObject{{QLatin1String(nameKey), QJsonArray::fromStringList(names)}});
    params.insert(QStringLiteral("output"),
                  QJsonArray{QLatin1String(idKey), QLatin1String(nameKey)});
    QJsonValue found;
    if (!call(method, params, found, error))
        return false;
    for (const QJsonValue &v : found.toArray())
        ids.insert(v.toObject().value(QLatin1String(nameKey)).toString(),
                   v.toObject().value(QLatin1String(idKey)).toString());
    return true;
}

bool ZabbixConsole::templates(QHash<QString, QJsonObject> &rows, QString &error)
{
    if (!m_templateRows) {
        const QStringList names{QLatin1String(kTemplate), swarmTemplate(),
                                QStringLiteral("Hive host"), QStringLiteral("Hive service errors")};
        QJsonValue found;
        if (!call(QStringLiteral("template.get"),
                  QJsonObject{
                      {QStringLiteral("filter"),
                       QJsonObject{{QStringLiteral("host"), QJsonArray::fromStringList(names)}}},
                      {QStringLiteral("output"),
                       QJsonArray{QStringLiteral("templateid"), QStringLiteral("host"),
                                  QStringLiteral("description")}}},
                  found, error))
            return false;
        QHash<QString, QJsonObject> read;
        for (const QJsonValue &v : found.toArray()) {
            const QJsonObject row = v.toObject();
            read.insert(row.value(QStringLiteral("host")).toString(), row);
            m_templateIds.insert(row.value(QStringLiteral("host")).toString(),
                                 row.value(QStringLiteral("templateid")).toString());
        }
        m_templateRows = read;
    }
    rows = *m_templateRows;
    return true;
}

bool ZabbixConsole::hostRows(const QStringList &hosts, QJsonArray &rows, QString &error)
{
    if (!std::all_of(hosts.begin(), hosts.end(),
                     [&](const QString &h) { return m_hostRows.contains(h); }))
        return askHostRows(hosts, rows, error);
    for (const QString &h : hosts) {
        if (!m_hostRows.value(h).isEmpty())
            rows.append(m_hostRows.value(h));
    }
    return true;
}

bool ZabbixConsole::askHostRows(const QStringList &hosts, QJsonArray &rows, QString &error)
{
    QJsonValue found;
    if (!call(
            QStringLiteral("host.get"),
            QJsonObject{{QStringLiteral("filter"),
                         QJsonObject{{QStringLiteral("host"), QJsonArray::fromStringList(hosts)}}},
                        {QStringLiteral("output"),
                         QJsonArray{QStringLiteral("hostid"), QStringLiteral("host")}},
                        {QStringLiteral("selectParentTemplates"),
                         QJsonArray{QStringLiteral("templateid")}}},
            found, error))
        return false;
    rows = found.toArray();
    m_hostRows.clear();
    for (const QString &h : hosts)
        m_hostRows.insert(h, QJsonObject());
    for (const QJsonValue &v : std::as_const(rows))
        m_hostRows.insert(v.toObject().value(QStringLiteral("host")).toString(), v.toObject());
    return true;
}

QString ZabbixConsole::firstId(const QString &method, const char *filterKey, const QString &value,
                               const char *idKey, QString &error)
{
    QJsonValue found;
    if (!call(method, QJsonObject{{QStringLiteral("filter"), filterByName(filterKey, value)}},
              found, error))
        return QString();
    return firstOf(found, idKey);
}

ZabbixConsole::Outcome ZabbixConsole::linkTemplate(const QString &templateName,
                                                   const QStringList &hosts, bool checkOnly,
                                                   QStringList &made, QString &message)
{
    message.clear();
    // Known from an earlier call of this console, or asked.
    QString templateId = m_templateIds.value(templateName);
    if (templateId.isEmpty()) {
        templateId =
            firstId(QStringLiteral("template.get"), "host", templateName, "templateid", message);
        if (!message.isEmpty())
            return Outcome::Failed;
        if (!templateId.isEmpty())
            m_templateIds.insert(templateName, templateId);
    }
    QJsonArray found;
    if (!hostRows(hosts, found, message))
        return Outcome::Failed;
    QJsonArray lacking;
    QStringList names;
    for (const QJsonValue &h : found) {
        const QJsonObject host = h.toObject();
        bool linked = !templateId.isEmpty() && [&] {
            for (const QJsonValue &t : host.value(QStringLiteral("parentTemplates")).toArray()) {
                if (t.toObject().value(QStringLiteral("templateid")).toString() == templateId)
                    return true;
            }
            return false;
        }();
        if (linked)
            continue;
        lacking.append(
            QJsonObject{{QStringLiteral("hostid"), host.value(QStringLiteral("hostid"))}});
        names << host.value(QStringLiteral("host")).toString();
    }
    if (lacking.isEmpty())
        return Outcome::Unchanged;
    made << tr("%1 linked to %2").arg(templateName, names.join(QStringLiteral(", ")));
    QJsonValue reply;
    if (!checkOnly && !templateId.isEmpty() &&
        !call(QStringLiteral("host.massadd"),
              QJsonObject{{QStringLiteral("hosts"), lacking},
                          {QStringLiteral("templates"),
                           QJsonArray{QJsonObject{{QStringLiteral("templateid"), templateId}}}}},
              reply, message))
        return Outcome::Failed;
    return Outcome::Changed;
}

ZabbixConsole::Outcome ZabbixConsole::importOnce(const QByteArray &source, const QString &kind,
                                                 const QStringList &names, bool checkOnly,
                                                 QString &message)
{
    const QString stamp = QString::fromLatin1(
        QCryptographicHash::hash(source, QCryptographicHash::Sha1).toHex().left(12));
    const QString description =
        QStringLiteral("Written by hive setup-hosts (zabbix), version %1.").arg(stamp);
    QByteArray yaml = source;
    yaml.replace("@DESCRIPTION@", description.toUtf8());
    const bool templates = kind == QLatin1String("template");
    QJsonValue found;
    if (templates) {
        QHash<QString, QJsonObject> rows;
        if (!this->templates(rows, message))
            return Outcome::Failed;
        QJsonArray named;
        for (const QString &name : names) {
            if (rows.contains(name))
                named.append(rows.value(name));
        }
        found = named;
    } else if (!call(kind + QStringLiteral(".get"),
                     QJsonObject{
                         {QStringLiteral("filter"),
                          QJsonObject{{QStringLiteral("name"), QJsonArray::fromStringList(names)}}},
                         // Zabbix refuses output fields an object does not have
                         // (a media type has no host nor templateid).
                         {QStringLiteral("output"), QJsonArray{QStringLiteral("description")}}},
                     found, message)) {
        return Outcome::Failed;
    }
    int current = 0;
    for (const QJsonValue &v : found.toArray())
        current += v.toObject().value(QStringLiteral("description")).toString().contains(stamp);
    if (current == names.size()) {
        message = tr("%1 as defined").arg(names.join(QStringLiteral(", ")));
        return Outcome::Unchanged;
    }
    message = (checkOnly ? tr("would import %1") : tr("imported %1"))
                  .arg(names.join(QStringLiteral(", ")));
    if (checkOnly)
        return Outcome::Changed;
    const QJsonObject all{{QStringLiteral("createMissing"), true},
                          {QStringLiteral("updateExisting"), true},
                          {QStringLiteral("deleteMissing"), true}};
    QJsonObject rules;
    if (templates) {
        rules = QJsonObject{
            {QStringLiteral("groups"), QJsonObject{{QStringLiteral("createMissing"), true}}},
            {QStringLiteral("templates"), QJsonObject{{QStringLiteral("createMissing"), true},
                                                      {QStringLiteral("updateExisting"), true}}},
            {QStringLiteral("items"), all},
            {QStringLiteral("triggers"), all},
            {QStringLiteral("discoveryRules"), all}};
    } else {
        rules = QJsonObject{
            {QStringLiteral("mediaTypes"), QJsonObject{{QStringLiteral("createMissing"), true},
                                                       {QStringLiteral("updateExisting"), true}}}};
    }
    QJsonValue reply;
    QString error;
    if (!call(QStringLiteral("configuration.import"),
              QJsonObject{{QStringLiteral("format"), QStringLiteral("yaml")},
                          {QStringLiteral("rules"), rules},
                          {QStringLiteral("source"), QString::fromUtf8(yaml)}},
              reply, error)) {
        message = error;
        return Outcome::Failed;
    }
    return Outcome::Changed;
}

namespace {
QByteArray resource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

ZabbixConsole::Outcome ZabbixConsole::ensureHiveTemplates(const QList<Server> &servers,
                                                          const QString &interval, bool checkOnly,
                                                          QString &message)
{
    QByteArray yaml = resource(QStringLiteral(":/hive/zabbix/hive-templates.yaml"));
    yaml.replace("@INTERVAL@", interval.toUtf8());
    QStringList made;
    QString said;
    const Outcome imported = importOnce(
        yaml, QStringLiteral("template"),
        {QStringLiteral("Hive host"), QStringLiteral("Hive service errors")}, checkOnly, said);
    if (imported == Outcome::Failed) {
        message = said;
        return Outcome::Failed;
    }
    if (imported == Outcome::Changed)
        made << said;
    QStringList all, repository;
    for (const Server &s : servers) {
        all << s.name;
        if (s.repository)
            repository << s.name;
    }
    if (linkTemplate(QStringLiteral("Hive host"), all, checkOnly, made, message) ==
            Outcome::Failed ||
        linkTemplate(QStringLiteral("Hive service errors"), repository, checkOnly, made, message) ==
            Outcome::Failed)
        return Outcome::Failed;
    if (made.isEmpty()) {
        message = said;
        return Outcome::Unchanged;
    }
    message = made.join(QStringLiteral(", "));
    return Outcome::Changed;
}

ZabbixConsole::Outcome ZabbixConsole::ensureAlerts(const Alerts &a, bool checkOnly,
                                                   QString &message)
{
    QStringList made;
    if (!a.webhookUrl.isEmpty()) {
        QByteArray yaml = resource(QStringLiteral(":/hive/zabbix/hive-webhook.yaml"));
        yaml.replace("@HIVE@", a.hiveName.toUtf8());
        QString said;
        const Outcome o = importOnce(yaml, QStringLiteral("mediatype"),
                                     {QStringLiteral("Hive webhook")}, checkOnly, said);
        if (o == Outcome::Failed) {
            message = said;
            return o;
        }
        if (o == Outcome::Changed)
            made << said;
    }
    // The media types, each with what it needs set and enabled.
    struct Medium
    {
        QString type;
        QJsonValue sendTo;
    };
    QList<Medium> wanted;
    if (!a.webhookUrl.isEmpty())
        wanted << Medium{QStringLiteral("Hive webhook"), a.webhookUrl};
    if (!a.slackChannel.isEmpty())
        wanted << Medium{QStringLiteral("Slack"), a.slackChannel};
    if (!a.emailTo.isEmpty()) {
        QJsonArray to;
        for (const QString &address : a.emailTo.split(QLatin1Char(','), Qt::SkipEmptyParts))
            to.append(address.trimmed());
        wanted << Medium{QStringLiteral("Email"), to};
    }
    QJsonValue types;
    QStringList typeNames;
    for (const Medium &m : wanted)
        typeNames << m.type;
    if (!wanted.isEmpty() &&
        !call(QStringLiteral("mediatype.get"),
              QJsonObject{
                  {QStringLiteral("filter"),
                   QJsonObject{{QStringLiteral("name"), QJsonArray::fromStringList(typeNames)}}},
                  {QStringLiteral("output"), QStringLiteral("extend")}},
              types, message))
        return Outcome::Failed;
    QHash<QString, QJsonObject> typeOf;
    for (const QJsonValue &t : types.toArray())
        typeOf.insert(t.toObject().value(QStringLiteral("name")).toString(), t.toObject());
    QJsonArray medias;
    for (const Medium &m : wanted) {
        const QJsonObject type = typeOf.value(m.type);
        if (type.isEmpty() && !(checkOnly && m.type == QLatin1String("Hive webhook"))) {
            message = tr("Zabbix has no media type \"%1\"").arg(m.type);
            return Outcome::Failed;
        }
        QJsonObject update{
            {QStringLiteral("mediatypeid"), type.value(QStringLiteral("mediatypeid"))}};
        if (type.value(QStringLiteral("status")).toString() != QLatin1String("0"))
            update.insert(QStringLiteral("status"), 0);
        if (m.type == QLatin1String("Slack")) {
            QJsonArray parameters = type.value(QStringLiteral("parameters")).toArray();
            for (int i = 0; i < parameters.size(); ++i) {
                QJsonObject p = parameters.at(i).toObject();
                if (p.value(QStringLiteral("name")).toString() == QLatin1String("bot_token") &&
                    p.value(QStringLiteral("value")).toString() != a.slackToken) {
                    p.insert(QStringLiteral("value"), a.slackToken);
                    parameters.replace(i, p);
                    update.insert(QStringLiteral("parameters"), parameters);
                }
            }
        } else if (m.type == QLatin1String("Email")) {
            for (const auto &[field, value] :
                 {std::pair{"smtp_server", a.smtpServer}, std::pair{"smtp_helo", a.hiveName},
                  std::pair{"smtp_email", a.emailFrom}}) {
                if (type.value(QLatin1String(field)).toString() != value)
                    update.insert(QLatin1String(field), value);
            }
        }
        if (update.size() > 1) {
            made << tr("media type %1 set up").arg(m.type);
            QJsonValue reply;
            if (!checkOnly && !call(QStringLiteral("mediatype.update"), update, reply, message))
                return Outcome::Failed;
        }
        medias.append(
            QJsonObject{{QStringLiteral("mediatypeid"), type.value(QStringLiteral("mediatypeid"))},
                        {QStringLiteral("sendto"), m.sendTo},
                        {QStringLiteral("active"), 0},
                        {QStringLiteral("severity"), 63},
                        {QStringLiteral("period"), QStringLiteral("1-7,00:00-24:00")}});
    }
    // Admin's media: exactly the wanted ones.
    QJsonValue users;
    if (!call(QStringLiteral("user.get"),
              QJsonObject{
                  {QStringLiteral("filter"), filterByName("username", QStringLiteral("Admin"))},
                  {QStringLiteral("output"), QJsonArray{QStringLiteral("userid")}},
                  {QStringLiteral("selectMedias"),
                   QJsonArray{QStringLiteral("mediatypeid"), QStringLiteral("sendto")}}},
              users, message))
        return Outcome::Failed;
    const QJsonObject admin = users.toArray().at(0).toObject();
    auto key = [](const QJsonValue &m) {
        const QJsonObject o = m.toObject();
        return o.value(QStringLiteral("mediatypeid")).toString() + QLatin1Char(' ') +
               QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("to"),
                                                            o.value(QStringLiteral("sendto"))}})
                                     .toJson(QJsonDocument::Compact));
    };
    QStringList have, want;
    for (const QJsonValue &m : admin.value(QStringLiteral("medias")).toArray())
        have << key(m);
    for (const QJsonValue &m : medias)
        want << key(m);
    have.sort();
    want.sort();
    if (have != want) {
        made << (wanted.isEmpty()
                     ? tr("Admin's media removed")
                     : tr("Admin alerted by %1").arg(typeNames.join(QStringLiteral(", "))));
        QJsonValue reply;
        if (!checkOnly &&
            !call(QStringLiteral("user.update"),
                  QJsonObject{{QStringLiteral("userid"), admin.value(QStringLiteral("userid"))},
                              {QStringLiteral("medias"), medias}},
                  reply, message))
            return Outcome::Failed;
    }
    // Zabbix's stock action tells the administrators of problems and
    // recoveries: on while someone is to be told.
    if (!wanted.isEmpty()) {
        QJsonValue actions;
        if (!call(QStringLiteral("action.get"),
                  QJsonObject{
                      {QStringLiteral("filter"),
                       filterByName("name",
                                    QStringLiteral("Report problems to Zabbix administrators"))},
                      {QStringLiteral("output"),
                       QJsonArray{QStringLiteral("actionid"), QStringLiteral("status")}}},
                  actions, message))
            return Outcome::Failed;
        const QJsonObject action = actions.toArray().at(0).toObject();
        if (action.isEmpty()) {
            message = tr("Zabbix has no action \"Report problems to Zabbix administrators\"");
            return Outcome::Failed;
        }
        if (action.value(QStringLiteral("status")).toString() != QLatin1String("0")) {
            made << tr("problems and recoveries reported");
            QJsonValue reply;
            if (!checkOnly && !call(QStringLiteral("action.update"),
                                    QJsonObject{{QStringLiteral("actionid"),
                                                 action.value(QStringLiteral("actionid"))},
                                                {QStringLiteral("status"), 0}},
                                    reply, message))
                return Outcome::Failed;
        }
    }
    if (made.isEmpty()) {
        message = wanted.isEmpty() ? tr("no alerts set (hive_zabbix_slack_channel, "
                                        "hive_zabbix_email_to, hive_zabbix_webhook_url)")
                                   : tr("alerts by %1").arg(typeNames.join(QStringLiteral(", ")));
        return Outcome::Unchanged;
    }
    message = made.join(QStringLiteral(", "));
    return Outcome::Changed;
}

bool ZabbixConsole::discoverNow(const QStringList &hosts, QString &error)
{
    QJsonValue rules;
    if (!call(QStringLiteral("discoveryrule.get"),
              QJsonObject{{QStringLiteral("output"), QJsonArray{QStringLiteral("itemid")}},
                          {QStringLiteral("templated"), false},
                          {QStringLiteral("selectHosts"), QJsonArray{QStringLiteral("host")}}},
              rules, error))
        return false;
    QJsonArray tasks;
    for (const QJsonValue &r : rules.toArray()) {
        const QJsonObject rule = r.toObject();
        const QString host = rule.value(QStringLiteral("hosts"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("host"))
                                 .toString();
        if (hosts.contains(host))
            tasks.append(QJsonObject{
                {QStringLiteral("type"), 6}, // check now
                {QStringLiteral("request"),
                 QJsonObject{{QStringLiteral("itemid"), rule.value(QStringLiteral("itemid"))}}}});
    }
    QJsonValue reply;
    return tasks.isEmpty() || call(QStringLiteral("task.create"), tasks, reply, error);
}

bool ZabbixConsole::acknowledge(const QStringList &eventIds, const QString &note, QString &error)
{
    QJsonObject params{{QStringLiteral("eventids"), QJsonArray::fromStringList(eventIds)},
                       // 2: acknowledge; 4: add a message.
                       {QStringLiteral("action"), note.isEmpty() ? 2 : 6}};
    if (!note.isEmpty())
        params.insert(QStringLiteral("message"), note);
    QJsonValue reply;
    return call(QStringLiteral("event.acknowledge"), params, reply, error);
}

bool ZabbixConsole::keyMatches(const QString &pattern, const QString &key)
{
    const QStringList parts = pattern.split(QLatin1Char('*'));
    QStringList escaped;
    for (const QString &p : parts)
        escaped << QRegularExpression::escape(p);
    return QRegularExpression(
               QRegularExpression::anchoredPattern(escaped.join(QStringLiteral(".*"))))
        .match(key)
        .hasMatch();
}

bool ZabbixConsole::history(const QString &host, const QStringList &keyPatterns, qint64 from,
                            QList<Series> &out, QString &error)
{
    out.clear();
    QJsonValue items;
    // Asked by what each pattern begins with; kept when the whole key
    // matches it ("*": anything).
    QJsonArray prefixes;
    for (const QString &k : keyPatterns)
        prefixes.append(k.left(k.indexOf(QLatin1Char('*'))));
    if (!call(
            QStringLiteral("item.get"),
            QJsonObject{{QStringLiteral("host"), host},
                        {QStringLiteral("search"), QJsonObject{{QStringLiteral("key_"), prefixes}}},
                        {QStringLiteral("startSearch"), true},
                        {QStringLiteral("searchByAny"), true},
                        {QStringLiteral("output"),
                         QJsonArray{QStringLiteral("itemid"), QStringLiteral("key_"),
                                    QStringLiteral("name"), QStringLiteral("units"),
                                    QStringLiteral("value_type")}}},
            items, error))
        return false;
    const bool trends = QDateTime::currentSecsSinceEpoch() - from > 24 * 3600 + 60;
    QHash<QString, int> indexOf;
    QHash<int, QJsonArray> idsOfType; // Zabbix's value types: 0 float, 3 unsigned
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject item = v.toObject();
        const int type = item.value(QStringLiteral("value_type")).toString().toInt();
        const QString key = item.value(QStringLiteral("key_")).toString();
        if ((type != 0 && type != 3) ||
            std::none_of(keyPatterns.cbegin(), keyPatterns.cend(),
                         [&](const QString &pattern) { return keyMatches(pattern, key); }))
            continue;
        indexOf.insert(item.value(QStringLiteral("itemid")).toString(), int(out.size()));
        idsOfType[type].append(item.value(QStringLiteral("itemid")));
        out << Series{item.value(QStringLiteral("key_")).toString(),
                      item.value(QStringLiteral("name")).toString(),
                      item.value(QStringLiteral("units")).toString(),
                      {}};
    }
    for (auto it = idsOfType.cbegin(); it != idsOfType.cend(); ++it) {
        QJsonObject params{{QStringLiteral("itemids"), it.value()},
                           {QStringLiteral("time_from"), QString::number(from)},
                           {QStringLiteral("sortfield"), QStringLiteral("clock")},
                           {QStringLiteral("sortorder"), QStringLiteral("ASC")}};
        if (trends) {
            params.insert(QStringLiteral("output"),
                          QJsonArray{QStringLiteral("itemid"), QStringLiteral("clock"),
                                     QStringLiteral("value_avg")});
        } else {
            params.insert(QStringLiteral("history"), it.key());
            params.insert(QStringLiteral("output"), QStringLiteral("extend"));
        }
        QJsonValue points;
        if (!call(trends ? QStringLiteral("trend.get") : QStringLiteral("history.get"), params,
                  points, error))
            return false;
        for (const QJsonValue &p : points.toArray()) {
            const QJsonObject o = p.toObject();
            const int i = indexOf.value(o.value(QStringLiteral("itemid")).toString(), -1);
            if (i < 0)
                continue;
            out[i].points.append(
                {o.value(QStringLiteral("clock")).toString().toLongLong(),
                 o.value(trends ? QStringLiteral("value_avg") : QStringLiteral("value"))
                     .toString()
                     .toDouble()});
        }
    }
    return true;
}

} // namespace hive
