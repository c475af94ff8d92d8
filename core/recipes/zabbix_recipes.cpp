#include "recipes/zabbix_recipes.h"

#include "recipes/service_log_recipes.h"
#include "recipes/setup_host_context.h"
#include "remote/shell_command.h"
#include "remote/zabbix_console.h"

#include <QFile>
#include <tuple>

namespace hive {

namespace {

// Zabbix's own repository for the RHEL family (6.0 LTS), as its download
// page sets it up, unless the hive names a mirror.
HostChange rhelRepository(const SetupHostContext &c)
{
    QString url = c.var(QStringLiteral("hive_zabbix_repo_url"));
    if (url.isEmpty())
        url = QStringLiteral("https://repo.zabbix.com/zabbix/6.0/rhel/$releasever/$basearch/");
    return HostChange::file(
        QStringLiteral("Zabbix 6.0 LTS package repository"),
        QStringLiteral("/etc/yum.repos.d/zabbix.repo"),
        QStringLiteral("# Written by hive setup-hosts (zabbix, zabbix-agent).\n"
                       "[zabbix]\n"
                       "name=Zabbix 6.0 LTS\n"
                       "baseurl=%1\n"
                       "enabled=1\n"
                       "gpgcheck=1\n"
                       "gpgkey=https://repo.zabbix.com/RPM-GPG-KEY-ZABBIX-08EFA7DD\n")
            .arg(url)
            .toUtf8());
}

// What the repository server's agent runs for the swarm's services: the
// services deploy-services wrote into /etc/hive/services-wanted (with how
// many tasks the hive wants, or "swarm": what the swarm wants, for global
// services and unset replicas), and how many tasks each runs, asked of the
// first manager whose TLS API answers.
QByteArray swarmScript(const QStringList &managers)
{
    return QStringLiteral(
               "#!/bin/sh\n"
               "# Written by hive setup-hosts (zabbix): the swarm's services for Zabbix's\n"
               "# agent.   hive-zabbix-swarm discovery | running SERVICE | wanted SERVICE\n"
               "managers=%1\n"
               "certs=/etc/zabbix/hive-docker\n"
               "wanted=/etc/hive/services-wanted\n"
               "export DOCKER_CONFIG=$certs\n"
               "services() {\n"
               "    for m in $managers; do\n"
               "        out=$(timeout 3 docker -H \"tcp://$m:2376\" --tlsverify --tlscacert "
               "$certs/ca.pem \\\n"
               "            --tlscert $certs/cert.pem --tlskey $certs/key.pem service ls "
               "--format '{{.Name}} {{.Replicas}}' \\\n"
               "            2>/dev/null) && { printf '%s\\n' \"$out\"; return 0; }\n"
               "    done\n"
               "    return 1\n"
               "}\n"
               "# running: the number before the slash; swarm: the one after it.\n"
               "# No manager answering: no value (the item is unsupported), never a 0.\n"
               "count() {\n"
               "    list=$(services) || { echo 'no manager of the swarm answers' >&2; exit 1; }\n"
               "    printf '%s\\n' \"$list\" | awk -v s=\"$1\" -v f=\"$2\" '$1 == s { split($2, "
               "r, \"/\"); print r[f] + 0; n = 1 } END { if (!n) print 0 }'\n"
               "}\n"
               "case $1 in\n"
               "discovery)\n"
               "    printf '['\n"
               "    sep=\n"
               "    [ -r \"$wanted\" ] && while read -r s w; do\n"
               "        case $s in '' | '#'*) continue ;; esac\n"
               "        printf '%s{\"{#SERVICE}\":\"%s\"}' \"$sep\" \"$s\"\n"
               "        sep=,\n"
               "    done <\"$wanted\"\n"
               "    printf ']\\n' ;;\n"
               "running) count \"$2\" 1 ;;\n"
               "wanted)\n"
               "    w=$(awk -v s=\"$2\" '$1 == s { print $2 }' \"$wanted\" 2>/dev/null)\n"
               "    case $w in\n"
               "    '' | swarm) count \"$2\" 2 ;;\n"
               "    *) echo \"$w\" ;;\n"
               "    esac ;;\n"
               "*) echo \"usage: $0 discovery | running SERVICE | wanted SERVICE\" >&2; exit 2 ;;\n"
               "esac\n")
        .arg(ShellCommand::quote(managers.join(QLatin1Char(' '))))
        .toUtf8();
}

HostChange running(const QString &what, const QString &units)
{
    return HostChange::command(
        QStringLiteral("%1 running").arg(what),
        QStringLiteral("for u in %1; do systemctl is-enabled -q $u && systemctl is-active -q $u "
                       "|| exit 1; done")
            .arg(units),
        QStringLiteral("systemctl enable -q %1 && systemctl restart %1").arg(units));
}

// A command that needs the database password: it comes on standard input.
// `quiet`: what the command prints may hold it (psql echoes a failed
// statement), so neither the command nor its output is shown.
HostChange withPassword(const QString &what, const QString &check, const QString &apply,
                        const QString &password, bool quiet)
{
    HostChange h = HostChange::command(what, QStringLiteral("p=$(cat)\n") + check,
                                       QStringLiteral("p=$(cat)\n") + apply);
    h.checkInput = password.toUtf8() + '\n';
    h.applyInput = h.checkInput;
    h.secret = quiet;
    return h;
}
} // namespace

bool ZabbixRecipes::enabled(const SetupHostContext &c)
{
    return enabled(c.vars);
}

bool ZabbixRecipes::enabled(const Value &vars)
{
    const QString v = vars.value(QStringLiteral("hive_monitoring")).text().toLower();
    return !(v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0"));
}

QList<HostChange> ZabbixRecipes::agent(const SetupHostContext &c)
{
    const bool rhel = c.facts.isRhel();
    QList<HostChange> out;
    if (rhel)
        out << rhelRepository(c);
    out << HostChange::command(QStringLiteral("Zabbix agent"),
                               c.facts.packagesInstalled({QStringLiteral("zabbix-agent")}),
                               c.facts.installPackages({QStringLiteral("zabbix-agent")}));
    const QString restart = QStringLiteral("systemctl restart zabbix-agent");
    out << HostChange::file(
        QStringLiteral("the agent answers the repository server %1").arg(c.repositoryHost),
        QStringLiteral("/etc/zabbix/zabbix_agentd.conf"),
        QStringLiteral("# Written by hive setup-hosts (zabbix-agent).\n"
                       "PidFile=/run/zabbix/zabbix_agentd.pid\n"
                       "LogFile=%1\n"
                       "LogFileSize=0\n"
                       "Server=%2\n"
                       "ServerActive=%2\n"
                       "Hostname=%3\n"
                       "Timeout=10\n"
                       "# The agent's own keys and passwords are not for items.\n"
                       "DenyKey=vfs.file.*[/etc/zabbix/*]\n"
                       "DenyKey=log[/etc/zabbix/*]\n"
                       "DenyKey=log.count[/etc/zabbix/*]\n"
                       "DenyKey=logrt[/etc/zabbix/*]\n"
                       "DenyKey=logrt.count[/etc/zabbix/*]\n"
                       "Include=%4/*.conf\n")
            .arg(rhel ? QStringLiteral("/var/log/zabbix/zabbix_agentd.log")
                      : QStringLiteral("/var/log/zabbix-agent/zabbix_agentd.log"),
                 c.repositoryIp, c.host,
                 rhel ? QStringLiteral("/etc/zabbix/zabbix_agentd.d")
                      : QStringLiteral("/etc/zabbix/zabbix_agentd.conf.d"))
            .toUtf8(),
        0644, restart);
    // What the template "Hive host" asks: failed units, DRBD resources
    // (drbdadm status through sudo, allowed that command alone).
    QFile script(QStringLiteral(":/hive/zabbix/hive-zabbix-host.sh"));
    (void)script.open(QIODevice::ReadOnly);
    out << HostChange::file(QStringLiteral("hive-zabbix-host (failed units, DRBD for the agent)"),
                            QStringLiteral("/usr/local/libexec/hive-zabbix-host"), script.readAll(),
                            0755);
    out << HostChange::file(
        QStringLiteral("the agent's keys for the template Hive host"),
        (rhel ? QStringLiteral("/etc/zabbix/zabbix_agentd.d")
              : QStringLiteral("/etc/zabbix/zabbix_agentd.conf.d")) +
            QStringLiteral("/hive-host.conf"),
        "# Written by hive setup-hosts (zabbix-agent).\n"
        "UserParameter=hive.units.failed,/usr/local/libexec/hive-zabbix-host units-failed\n"
        "UserParameter=hive.drbd.discovery,/usr/local/libexec/hive-zabbix-host drbd-discovery\n"
        "UserParameter=hive.drbd.disk[*],/usr/local/libexec/hive-zabbix-host drbd-disk \"$1\"\n"
        "UserParameter=hive.drbd.peer[*],/usr/local/libexec/hive-zabbix-host drbd-peer \"$1\"\n",
        0644, restart);
    HostChange sudoers = HostChange::file(
        QStringLiteral("the agent may read drbdadm status"),
        QStringLiteral("/etc/sudoers.d/hive-zabbix"),
        "# Written by hive setup-hosts (zabbix-agent): drbdadm status, nothing else.\n"
        "Defaults:zabbix !requiretty\n"
        "zabbix ALL=(root) NOPASSWD: /usr/sbin/drbdadm status\n",
        0440);
    sudoers.validate = QStringLiteral("visudo -cqf %s");
    out << sudoers;
    out << running(QStringLiteral("Zabbix agent"), QStringLiteral("zabbix-agent"));
    return out;
}

QList<HostChange> ZabbixRecipes::server(const SetupHostContext &c, const QString &dbPassword)
{
    const bool rhel = c.facts.isRhel();
    QList<HostChange> out;
    if (rhel) {
        out << rhelRepository(c);
        out << HostChange::command(
            QStringLiteral("Zabbix server, console and PostgreSQL"),
            c.facts.packagesInstalled(
                {QStringLiteral("postgresql-server"), QStringLiteral("zabbix-server-pgsql"),
                 QStringLiteral("zabbix-web-pgsql"), QStringLiteral("zabbix-apache-conf"),
                 QStringLiteral("zabbix-sql-scripts"), QStringLiteral("zabbix-selinux-policy")}),
            c.facts.installPackages(
                {QStringLiteral("postgresql-server"), QStringLiteral("zabbix-server-pgsql"),
                 QStringLiteral("zabbix-web-pgsql"), QStringLiteral("zabbix-apache-conf"),
                 QStringLiteral("zabbix-sql-scripts"), QStringLiteral("zabbix-selinux-policy")}));
        out << HostChange::command(QStringLiteral("PostgreSQL's cluster"),
                                   QStringLiteral("[ -s /var/lib/pgsql/data/PG_VERSION ]"),
                                   QStringLiteral("postgresql-setup --initdb"));
        // Zabbix logs in over TCP with a password: md5 takes both kinds of
        // stored password (PostgreSQL 13 stores md5, later ones SCRAM).
        out << HostChange::command(
            QStringLiteral("PostgreSQL takes passwords on 127.0.0.1"),
            QStringLiteral("! grep -Eq '^host[[:space:]].*127\\.0\\.0\\.1/32.*ident$' "
                           "/var/lib/pgsql/data/pg_hba.conf"),
            QStringLiteral(
                "sed -i -E 's#^(host[[:space:]].*127\\.0\\.0\\.1/32.*)ident$#\\1md5#' "
                "/var/lib/pgsql/data/pg_hba.conf && systemctl try-reload-or-restart postgresql"));
    } else {
        const QStringList packages{QStringLiteral("postgresql"),
                                   QStringLiteral("zabbix-server-pgsql"),
                                   QStringLiteral("zabbix-frontend-php"),
                                   QStringLiteral("php-pgsql"),
                                   QStringLiteral("apache2"),
                                   QStringLiteral("libapache2-mod-php")};
        out << HostChange::command(QStringLiteral("Zabbix server, console and PostgreSQL"),
                                   c.facts.packagesInstalled(packages),
                                   c.facts.installPackages(packages));
    }
    out << running(QStringLiteral("PostgreSQL"), QStringLiteral("postgresql"));
    const QString psql = QStringLiteral("su postgres -c %1");
    out << HostChange::command(
        QStringLiteral("the zabbix database"),
        psql.arg(ShellCommand::quote(
            QStringLiteral("psql -tAc \"SELECT 1 FROM pg_database WHERE datname='zabbix'\""))) +
            QStringLiteral(" | grep -qx 1"),
        QStringLiteral("{ %1 | grep -qx 1 || %2; } && %3")
            .arg(psql.arg(ShellCommand::quote(QStringLiteral(
                     "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='zabbix'\""))),
                 psql.arg(ShellCommand::quote(QStringLiteral("psql -q -c 'CREATE ROLE zabbix "
                                                             "LOGIN'"))),
                 psql.arg(ShellCommand::quote(QStringLiteral("createdb -O zabbix zabbix")))));
    const QString asZabbix =
        QStringLiteral("PGPASSWORD=\"$p\" psql -h 127.0.0.1 -U zabbix -d zabbix");
    out << withPassword(QStringLiteral("the zabbix database's password"),
                        asZabbix + QStringLiteral(" -tAc 'SELECT 1' >/dev/null 2>&1"),
                        // psql would print a failed statement, password and all.
                        QStringLiteral("printf \"ALTER ROLE zabbix PASSWORD '%s';\\n\" \"$p\" | ") +
                            psql.arg(QStringLiteral("'psql -q -v ON_ERROR_STOP=1'")) +
                            QStringLiteral(" >/dev/null 2>&1 || { echo 'ALTER ROLE zabbix failed "
                                           "(the PostgreSQL log says why)' >&2; exit 1; }"),
                        dbPassword, true);
    // One transaction: a run cut short leaves no half schema behind.
    const QString schema =
        rhel ? QStringLiteral("zcat /usr/share/zabbix-sql-scripts/postgresql/server.sql.gz")
             : QStringLiteral("for f in schema images data; do zcat "
                              "/usr/share/zabbix-server-pgsql/$f.sql.gz; done");
    out << withPassword(
        QStringLiteral("the zabbix database's tables"),
        asZabbix + QStringLiteral(" -tAc \"SELECT 1 FROM pg_tables WHERE "
                                  "tablename='users'\" | grep -qx 1"),
        QStringLiteral("{ %1; } | %2 -q -1 -v ON_ERROR_STOP=1 >/dev/null").arg(schema, asZabbix),
        dbPassword, false);

    // The planner's statistics: without them PostgreSQL plans the API's
    // joins over the template tables as if they were empty, and linking the
    // Linux template to a host took minutes (one query ran 3.5 minutes on
    // the bed before autovacuum had looked at the tables).
    out << withPassword(
        QStringLiteral("the zabbix database's planner statistics"),
        asZabbix +
            QStringLiteral(" -tAc \"SELECT count(*) FROM pg_stat_user_tables WHERE "
                           "relname IN ('items', 'triggers', 'functions', 'hosts') AND "
                           "last_analyze IS NULL AND last_autoanalyze IS NULL\" | grep -qx 0"),
        asZabbix + QStringLiteral(" -q -c ANALYZE"), dbPassword, false);

    // The server: the whole file (its paths differ per OS).
    const QString restartServer = QStringLiteral("systemctl restart zabbix-server");
    HostChange serverConf = HostChange::file(
        QStringLiteral("zabbix_server.conf (its database)"),
        QStringLiteral("/etc/zabbix/zabbix_server.conf"),
        QStringLiteral("# Written by hive setup-hosts (zabbix).\n"
                       "LogFile=%1\n"
                       "LogFileSize=0\n"
                       "PidFile=/run/zabbix/zabbix_server.pid\n"
                       "SocketDir=/run/zabbix\n"
                       "DBHost=127.0.0.1\n"
                       "DBName=zabbix\n"
                       "DBUser=zabbix\n"
                       "DBPassword=%2\n"
                       "Timeout=4\n"
                       "FpingLocation=%3\n"
                       "LogSlowQueries=3000\n"
                       "StatsAllowedIP=127.0.0.1\n")
            .arg(rhel ? QStringLiteral("/var/log/zabbix/zabbix_server.log")
                      : QStringLiteral("/var/log/zabbix-server/zabbix_server.log"),
                 dbPassword,
                 rhel ? QStringLiteral("/usr/sbin/fping") : QStringLiteral("/usr/bin/fping"))
            .toUtf8(),
        0640, restartServer);
    serverConf.group = QStringLiteral("zabbix");
    serverConf.secret = true;
    out << serverConf;

    // The console: its database settings, and Apache on localhost:10052.
    const QString webGroup = rhel ? QStringLiteral("apache") : QStringLiteral("www-data");
    const QString restartWeb =
        rhel ? QStringLiteral("apachectl configtest && systemctl restart httpd php-fpm")
             : QStringLiteral("apache2ctl configtest && systemctl restart apache2");
    const QString hiveName = c.var(QStringLiteral("hive_name"));
    HostChange webConf = HostChange::file(
        QStringLiteral("the console's database settings"),
        rhel ? QStringLiteral("/etc/zabbix/web/zabbix.conf.php")
             : QStringLiteral("/etc/zabbix/zabbix.conf.php"),
        QStringLiteral("<?php\n"
                       "// Written by hive setup-hosts (zabbix).\n"
                       "$DB['TYPE'] = 'POSTGRESQL';\n"
                       "$DB['SERVER'] = '127.0.0.1';\n"
                       "$DB['PORT'] = '0';\n"
                       "$DB['DATABASE'] = 'zabbix';\n"
                       "$DB['USER'] = 'zabbix';\n"
                       "$DB['PASSWORD'] = '%1';\n"
                       "$DB['SCHEMA'] = '';\n"
                       "$DB['ENCRYPTION'] = false;\n"
                       "$DB['KEY_FILE'] = '';\n"
                       "$DB['CERT_FILE'] = '';\n"
                       "$DB['CA_FILE'] = '';\n"
                       "$DB['VERIFY_HOST'] = false;\n"
                       "$DB['CIPHER_LIST'] = '';\n"
                       "$DB['VAULT_URL'] = '';\n"
                       "$DB['VAULT_DB_PATH'] = '';\n"
                       "$DB['VAULT_TOKEN'] = '';\n"
                       "$DB['DOUBLE_IEEE754'] = true;\n"
                       "$ZBX_SERVER = 'localhost';\n"
                       "$ZBX_SERVER_PORT = '%2';\n"
                       "$ZBX_SERVER_NAME = '%3';\n"
                       "$IMAGE_FORMAT_DEFAULT = IMAGE_FORMAT_PNG;\n")
            .arg(dbPassword)
            .arg(ZabbixConsole::kServerPort)
            .arg(QString(hiveName).remove(QLatin1Char('\'')).remove(QLatin1Char('\\')))
            .toUtf8(),
        0640, restartWeb);
    webConf.group = webGroup;
    webConf.secret = true;
    out << webConf;
    QString timezone = c.var(QStringLiteral("hive_timezone"));
    if (timezone.isEmpty())
        timezone = QStringLiteral("UTC");
    const QString php =
        rhel ? QStringLiteral("    <FilesMatch \"\\.php$\">\n"
                              "        SetHandler \"proxy:unix:/run/php-fpm/zabbix.sock|"
                              "fcgi://localhost\"\n"
                              "    </FilesMatch>\n")
             : QStringLiteral("    <IfModule mod_php.c>\n"
                              "        php_value max_execution_time 300\n"
                              "        php_value memory_limit 128M\n"
                              "        php_value post_max_size 16M\n"
                              "        php_value upload_max_filesize 2M\n"
                              "        php_value max_input_time 300\n"
                              "        php_value date.timezone %1\n"
                              "    </IfModule>\n")
                   .arg(timezone);
    out << HostChange::file(
        QStringLiteral("the console on localhost:%1 (hive ssh -z)")
            .arg(ZabbixConsole::kConsolePort),
        rhel ? QStringLiteral("/etc/httpd/conf.d/hive-zabbix.conf")
             : QStringLiteral("/etc/apache2/conf-enabled/hive-zabbix.conf"),
        QStringLiteral("# Written by hive setup-hosts (zabbix): the Zabbix console, on this\n"
                       "# host's loopback only; `hive ssh -z` forwards it.\n"
                       "Listen 127.0.0.1:%1\n"
                       "<VirtualHost 127.0.0.1:%1>\n"
                       "    DocumentRoot /usr/share/zabbix\n"
                       "%2"
                       "    <Directory /usr/share/zabbix>\n"
                       "        Options FollowSymLinks\n"
                       "        AllowOverride None\n"
                       "        Require all granted\n"
                       "    </Directory>\n"
                       "    <Directory ~ \"^/usr/share/zabbix/(conf|app|include|local)/\">\n"
                       "        Require all denied\n"
                       "    </Directory>\n"
                       "</VirtualHost>\n")
            .arg(ZabbixConsole::kConsolePort)
            .arg(php)
            .toUtf8(),
        0644, restartWeb);
    // The repository server's agent reads the swarm's services for the
    // template "Hive swarm services": through a manager's TLS API, with this
    // host's client certificate, readable by the agent's user only.
    const QString certs = QStringLiteral("/etc/zabbix/hive-docker");
    const QString restartAgent = QStringLiteral("systemctl restart zabbix-agent");
    for (const auto &[file, content, secret] :
         {std::tuple{QStringLiteral("ca.pem"), c.caPem, false},
          std::tuple{QStringLiteral("cert.pem"), c.clientCertPem, false},
          std::tuple{QStringLiteral("key.pem"), c.clientKeyPem, true}}) {
        HostChange h =
            HostChange::file(QStringLiteral("the agent's Docker client %1").arg(file),
                             certs + QLatin1Char('/') + file, content, secret ? 0640 : 0644);
        h.group = QStringLiteral("zabbix");
        h.secret = secret;
        out << h;
    }
    QStringList managers;
    for (const auto &server : c.servers)
        managers << server.first;
    out << HostChange::file(
        QStringLiteral("hive-zabbix-swarm (the swarm's services for the agent)"),
        QStringLiteral("/usr/local/libexec/hive-zabbix-swarm"), swarmScript(managers), 0755,
        restartAgent);
    out << HostChange::file(
        QStringLiteral("the agent's keys for the swarm's services"),
        (rhel ? QStringLiteral("/etc/zabbix/zabbix_agentd.d")
              : QStringLiteral("/etc/zabbix/zabbix_agentd.conf.d")) +
            QStringLiteral("/hive-swarm.conf"),
        "# Written by hive setup-hosts (zabbix).\n"
        "UserParameter=hive.swarm.discovery,/usr/local/libexec/hive-zabbix-swarm discovery\n"
        "UserParameter=hive.swarm.running[*],/usr/local/libexec/hive-zabbix-swarm running \"$1\"\n"
        "UserParameter=hive.swarm.wanted[*],/usr/local/libexec/hive-zabbix-swarm wanted \"$1\"\n",
        0644, restartAgent);
    // The agent reads the services' error lines (template "Hive service
    // errors"): rsyslog writes them for the group adm.
    const QString errors = ShellCommand::quote(ServiceLogRecipes::errorLog());
    out << HostChange::command(
        QStringLiteral("the agent reads %1").arg(ServiceLogRecipes::errorLog()),
        QStringLiteral("id -nG zabbix | grep -qw adm && { [ ! -e %1 ] || [ \"$(stat -c %G:%a %1)\" "
                       "= adm:640 ]; }")
            .arg(errors),
        QStringLiteral("usermod -a -G adm zabbix && { [ ! -e %1 ] || { chgrp adm %1 && chmod 0640 "
                       "%1; }; } && %2")
            .arg(errors, restartAgent));
    out << running(QStringLiteral("Zabbix server and its console"),
                   rhel ? QStringLiteral("zabbix-server httpd php-fpm")
                        : QStringLiteral("zabbix-server apache2"));
    return out;
}

} // namespace hive
