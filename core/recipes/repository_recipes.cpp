#include "recipes/repository_recipes.h"

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
            QStringLiteral(
                "systemctl enable -q docker-registry && systemctl restart docker-registry"));
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
            "# per service (the syslog tag is the service name).\n"
            "module(load=\"imtcp\")\n"
            "module(load=\"imudp\")\n"
            "template(name=\"HiveServiceLog\" type=\"string\"\n"
            "         string=\"/var/log/services/%programname:::secpath-replace%.log\")\n"
            "ruleset(name=\"hive_services\") {\n"
            "    action(type=\"omfile\" dynaFile=\"HiveServiceLog\" createDirs=\"on\")\n"
            "    stop\n"
            "}\n"
            "input(type=\"imtcp\" port=\"%1\" ruleset=\"hive_services\")\n"
            "input(type=\"imudp\" port=\"%1\" ruleset=\"hive_services\")\n")
            .arg(port)
            .toUtf8();
    return {
        HostChange::command(QStringLiteral("rsyslog"),
                            f.packagesInstalled({QStringLiteral("rsyslog")}),
                            f.installPackages({QStringLiteral("rsyslog")})),
        HostChange::command(QStringLiteral("/var/log/services"),
                            QStringLiteral("[ -d /var/log/services ]"),
                            QStringLiteral("install -d -m 0755 /var/log/services")),
        HostChange::file(QStringLiteral("rsyslogd receives the services' logs on %1").arg(port),
                         QStringLiteral("/etc/rsyslog.d/30-hive-services.conf"), conf, 0644,
                         QStringLiteral("rsyslogd -N1 >/dev/null && systemctl restart rsyslog")),
        HostChange::command(
            QStringLiteral("rsyslog running"),
            QStringLiteral("systemctl is-enabled -q rsyslog && systemctl is-active -q rsyslog"),
            QStringLiteral("systemctl enable -q rsyslog && systemctl restart rsyslog"))};
}

} // namespace hive
