#include "recipes/repository_recipes.h"

#include "recipes/service_log_recipes.h"
#include "recipes/setup_host_context.h"

namespace hive {

QByteArray RepositoryRecipes::registryConfig(const QString &root, int port)
{
    return QStringLiteral("# Written by hive setup-hosts (registry).\n"
                          "version: 0.1\n"
                          "log:\n"
                          "  fields:\n"
                          "    service: registry\n"
                          "storage:\n"
                          "  cache:\n"
                          "    blobdescriptor: inmemory\n"
                          "  filesystem:\n"
                          "    rootdirectory: /var/lib/docker-registry\n"
                          "  delete:\n"
                          "    enabled: true\n"
                          "http:\n"
                          "  addr: :%2\n"
                          "  tls:\n"
                          "    certificate: %1/tls/cert.pem\n"
                          "    key: %1/tls/key.pem\n"
                          "  headers:\n"
                          "    X-Content-Type-Options: [nosniff]\n"
                          "auth:\n"
                          "  htpasswd:\n"
                          "    realm: hive-registry\n"
                          "    path: %1/htpasswd\n")
        .arg(root)
        .arg(port)
        .toUtf8();
}

QList<HostChange> RepositoryRecipes::registry(const SetupHostContext &c)
{
    const HostFacts &f = c.facts;
    QList<HostChange> out;
    const QString dir = QStringLiteral("/etc/docker/registry");
    // Debian runs the packaged registry as docker-registry; RHEL the
    // registry container (as root).
    const QString group = f.isRhel() ? QStringLiteral("root") : QStringLiteral("docker-registry");
    const QString restart = f.isRhel() ? QStringLiteral("docker restart registry")
                                       : QStringLiteral("systemctl restart docker-registry");
    if (!f.isRhel())
        out << HostChange::command(QStringLiteral("registry package"),
                                   f.packagesInstalled({QStringLiteral("docker-registry")}),
                                   f.installPackages({QStringLiteral("docker-registry")}));
    auto add = [&](const QString &what, const QString &path, const QByteArray &content, int mode,
                   bool secret) -> HostChange & {
        HostChange h = HostChange::file(what, path, content, mode, restart);
        h.group = group;
        h.secret = secret;
        out << h;
        return out.last();
    };
    add(QStringLiteral("registry configuration (TLS, htpasswd)"),
        dir + QStringLiteral("/config.yml"), registryConfig(dir, c.registryPort), 0644, false);
    // Its own certificate and key: the Docker API's key of this host is not
    // the registry's, and the key is readable by the registry's user alone.
    add(QStringLiteral("registry certificate"), dir + QStringLiteral("/tls/cert.pem"),
        c.registryCertPem, 0644, false);
    add(QStringLiteral("registry key"), dir + QStringLiteral("/tls/key.pem"), c.registryKeyPem,
        0600, true)
        .owner = group;
    add(QStringLiteral("registry user %1").arg(c.registryUser), dir + QStringLiteral("/htpasswd"),
        c.registryHtpasswd, 0640, true);
    if (f.isRhel()) {
        out << HostChange::command(
            QStringLiteral("registry container"),
            QStringLiteral("[ \"$(docker inspect -f '{{.State.Running}}' registry 2>/dev/null)\" = "
                           "true ] && docker port registry | grep -q ':%1$'")
                .arg(c.registryPort),
            QStringLiteral("docker rm -f registry >/dev/null 2>&1; docker run -d --name registry "
                           "--restart always -p %1:%1 -v %2:%2:ro -v "
                           "registry_regdata:/var/lib/docker-registry "
                           "-e REGISTRY_HTTP_ADDR=:%1 registry:2 /etc/docker/registry/config.yml")
                .arg(c.registryPort)
                .arg(dir));
    } else {
        out << HostChange::command(
            QStringLiteral("registry running"),
            QStringLiteral("systemctl is-enabled -q docker-registry && systemctl is-active -q "
                           "docker-registry"),
            QStringLiteral("systemctl enable -q docker-registry && systemctl restart "
                           "docker-registry"));
    }
    return out;
}

QList<HostChange> RepositoryRecipes::rsyslogd(const SetupHostContext &c)
{
    const HostFacts &f = c.facts;
    const QString port = QString::number(c.syslogPort);
    const QByteArray conf =
        QStringLiteral(
            "# Written by hive setup-hosts (rsyslogd): the services' logs, one file\n"
            "# per service (the syslog tag is the service name); the lines their\n"
            "# monitor_error patterns match also go to %2 (the rules\n"
            "# deploy-services writes into %3).\n"
            "module(load=\"imtcp\")\n"
            "module(load=\"imudp\")\n"
            "template(name=\"HiveServiceLog\" type=\"string\"\n"
            "         string=\"/var/log/services/%programname:::secpath-replace%.log\")\n"
            "template(name=\"HiveServiceError\" type=\"string\"\n"
            "         string=\"%timegenerated:::date-rfc3339% "
            "/var/log/services/%programname:::secpath-replace%.log "
            "%syslogtag%%msg:::sp-if-no-1st-sp%%msg:::drop-last-lf%\\n\")\n"
            "ruleset(name=\"hive_services\") {\n"
            "    action(type=\"omfile\" dynaFile=\"HiveServiceLog\" createDirs=\"on\")\n"
            "    include(file=\"%3/*.conf\" mode=\"optional\")\n"
            "    stop\n"
            "}\n"
            "input(type=\"imtcp\" port=\"%1\" ruleset=\"hive_services\")\n"
            "input(type=\"imudp\" port=\"%1\" ruleset=\"hive_services\")\n")
            .arg(port, ServiceLogRecipes::errorLog(), ServiceLogRecipes::rulesDir())
            .toUtf8();
    // The services' logs and their error lines, kept hive_log_rotate_days.
    const QString days = c.var(QStringLiteral("hive_log_rotate_days")).isEmpty()
                             ? QStringLiteral("14")
                             : c.var(QStringLiteral("hive_log_rotate_days"));
    const QByteArray rotate =
        QStringLiteral("# Written by hive setup-hosts (rsyslogd): the services' logs, daily,\n"
                       "# compressed, kept %1 days (hive_log_rotate_days).\n"
                       "/var/log/services/*.log %2 {\n"
                       "    daily\n"
                       "    rotate %1\n"
                       "    maxage %1\n"
                       "    missingok\n"
                       "    notifempty\n"
                       "    compress\n"
                       "    delaycompress\n"
                       "    sharedscripts\n"
                       "    postrotate\n"
                       "        systemctl kill -s HUP rsyslog.service >/dev/null 2>&1 || true\n"
                       "    endscript\n"
                       "}\n")
            .arg(days, ServiceLogRecipes::errorLog())
            .toUtf8();
    HostChange logrotate =
        HostChange::file(QStringLiteral("the services' logs rotated daily, kept %1 days").arg(days),
                         QStringLiteral("/etc/logrotate.d/hive-services"), rotate, 0644);
    // logrotate reads it as it would at night (-d changes nothing).
    logrotate.validate = QStringLiteral("logrotate -d %s");
    return {HostChange::command(
                QStringLiteral("rsyslog and logrotate"),
                f.packagesInstalled({QStringLiteral("rsyslog"), QStringLiteral("logrotate")}),
                f.installPackages({QStringLiteral("rsyslog"), QStringLiteral("logrotate")})),
            HostChange::command(
                QStringLiteral("/var/log/services and %1").arg(ServiceLogRecipes::rulesDir()),
                QStringLiteral("[ -d /var/log/services ] && [ -d %1 ]")
                    .arg(ServiceLogRecipes::rulesDir()),
                QStringLiteral("install -d -m 0755 /var/log/services %1")
                    .arg(ServiceLogRecipes::rulesDir())),
            HostChange::file(QStringLiteral("rsyslogd receives the services' logs on %1").arg(port),
                             QStringLiteral("/etc/rsyslog.d/30-hive-services.conf"), conf, 0644,
                             ServiceLogRecipes::restart()),
            HostChange::command(
                QStringLiteral("rsyslog running"),
                QStringLiteral("systemctl is-enabled -q rsyslog && systemctl is-active -q rsyslog"),
                QStringLiteral("systemctl enable -q rsyslog && systemctl restart rsyslog")),
            // hive-builder added the services' logs to rsyslog's own logrotate
            // file: logrotate refuses a log named twice.
            HostChange::command(
                QStringLiteral("the services' logs not also in /etc/logrotate.d/rsyslog "
                               "(hive-builder's line)"),
                QStringLiteral("! grep -qsx '/var/log/services/\\*.log' /etc/logrotate.d/rsyslog"),
                QStringLiteral("sed -i '\\|^/var/log/services/\\*\\.log$|d' "
                               "/etc/logrotate.d/rsyslog")),
            logrotate};
}

} // namespace hive
