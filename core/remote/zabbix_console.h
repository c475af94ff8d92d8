#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <atomic>
#include <optional>

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
    // Logs in as Admin with `password`, or with Zabbix's default and then
    // sets `password`. `changed` says the password was set.
    bool logIn(const QString &password, bool checkOnly, bool &changed, QString &error);
    // The same on a console that may have just started: when the login fails
    // and the API does not answer yet, waits up to `seconds` for it and logs
    // in again. A console that answers and refused is not asked again
    // (Zabbix blocks Admin for a while after five refused logins).
    bool logInOnceAnswering(const QString &password, bool checkOnly, int seconds, bool &changed,
                            QString &error);
    // Logs in as Admin with the hive's password to read or acknowledge; a
    // console whose Admin still has Zabbix's first password is refused
    // (setup-hosts sets it), changing nothing.
    bool logInToRead(const QString &password, QString &error);
    Outcome registerServers(const QList<Server> &servers, bool checkOnly, QString &message);
    // Asks Zabbix to run the discoveries of these hosts now (their file
    // systems and interfaces, found hourly otherwise). False when asking
    // failed.
    bool discoverNow(const QStringList &hosts, QString &error);
    // The template "Hive swarm services" (hive-builder's swarm services
    // template): the repository server's agent finds the services
    // deploy-services defined (hive.swarm.discovery) and reads, every
    // `interval`, how many tasks each runs and how many the hive wants; a
    // service running fewer is a problem naming it. Linked to `repository`.
    Outcome ensureSwarmTemplate(const QString &repository, const QString &interval, bool checkOnly,
                                QString &message);
    static QString swarmTemplate() { return QStringLiteral("Hive swarm services"); }
    // The templates kept in resources/zabbix/hive-templates.yaml, imported
    // when the console's copy is not this version's: "Hive host" (failed
    // systemd units, DRBD resources not UpToDate or StandAlone) on every
    // server, "Hive service errors" (the monitor_error lines) on
    // `repository`.
    Outcome ensureHiveTemplates(const QList<Server> &servers, const QString &interval,
                                bool checkOnly, QString &message);

    // Where Zabbix sends problems and recoveries (hive_zabbix_* of the
    // hive): each one set is a medium of Admin, whom Zabbix's stock action
    // "Report problems to Zabbix administrators" notifies; none set, the
    // action stays as it is.
    struct Alerts
    {
        QString slackToken;
        QString slackChannel;
        QString emailTo;
        QString smtpServer; // the host that relays the e-mails
        QString emailFrom;
        QString webhookUrl;
        QString hiveName;
        bool any() const
        {
            return !slackChannel.isEmpty() || !emailTo.isEmpty() || !webhookUrl.isEmpty();
        }
    };
    Outcome ensureAlerts(const Alerts &alerts, bool checkOnly, QString &message);

    // The problems Zabbix has open now, newest first.
    struct Problem
    {
        QString host;
        QString name;
        int severity = 0; // Zabbix's: 0 not classified … 5 disaster
        qint64 since = 0; // seconds since the epoch
        bool acknowledged = false;
        QString eventId;
    };
    bool problems(QList<Problem> &out, QString &error);
    // Acknowledges problems (with `note`, when one is given).
    bool acknowledge(const QStringList &eventIds, const QString &note, QString &error);

    // A host's history of the numeric items whose keys match `keyPatterns`
    // ("*" matches anything: "net.if.in[*]"), from `from` (seconds since
    // the epoch) on: Zabbix's history for a day or less, its hourly trends
    // beyond.
    struct Series
    {
        QString key;
        QString name;
        QString units;
        QList<QPair<qint64, double>> points; // (seconds since the epoch, value)
    };
    // Whether an item's key matches a pattern of history().
    static bool keyMatches(const QString &pattern, const QString &key);
    bool history(const QString &host, const QStringList &keyPatterns, qint64 from,
                 QList<Series> &out, QString &error);

private:
    // Waits until the API answers (a console just started), up to `seconds`.
    bool waitUntilAnswering(int seconds, QString &error);
    // Imports a configuration file (Zabbix's export format) unless the
    // templates or media type it names (`kind`: "template" or "mediatype")
    // already carry its stamp: the first 12 hex digits of its SHA-1.
    Outcome importOnce(const QByteArray &yaml, const QString &kind, const QStringList &names,
                       bool checkOnly, QString &message);
    // Links `templateName` to those of `hosts` that lack it.
    Outcome linkTemplate(const QString &templateName, const QStringList &hosts, bool checkOnly,
                         QStringList &made, QString &message);
    QString firstId(const QString &method, const char *filterKey, const QString &value,
                    const char *idKey, QString &error);
    // One *.get for all `names` (within `params`, e.g. discoveryids): name ->
    // id of those found.
    bool idsByName(const QString &method, const char *nameKey, const QStringList &names,
                   const char *idKey, QHash<QString, QString> &ids, QString &error,
                   QJsonObject params = {});

    // The templates this console manages, read in one call (name -> id,
    // host, description) and kept until the console changes anything.
    bool templates(QHash<QString, QJsonObject> &rows, QString &error);
    // Rows (hostid, host, parentTemplates) of those of `hosts` Zabbix has:
    // from the last rows asked when they cover `hosts` and nothing changed
    // since (registerServers() asks all the servers'), else asked.
    bool hostRows(const QStringList &hosts, QJsonArray &rows, QString &error);
    // One host.get of those rows, kept for hostRows().
    bool askHostRows(const QStringList &hosts, QJsonArray &rows, QString &error);

    HostPool &m_pool;
    QString m_host;
    const std::atomic_bool *m_cancel;
    QString m_session;
    // Read once and kept while nothing is changed (any call that is not a
    // read forgets them): a run that finds everything in place asks each
    // kind of object once.
    std::optional<QHash<QString, QJsonObject>> m_templateRows;
    // Every host asked, with its row (an empty one: Zabbix has no such host).
    QHash<QString, QJsonObject> m_hostRows;
    // Templates' ids by name, as this console found or made them: each is
    // asked once, not once for every link (template ids do not change).
    QHash<QString, QString> m_templateIds;
};

} // namespace hive
