#include "recipes/system_recipes.h"

#include "inventory/ipv4_network.h"
#include "recipes/setup_host_context.h"
#include "remote/shell_command.h"

namespace hive {

namespace {
QString q(const QString &word)
{
    return ShellCommand::quote(word);
}

QStringList basePackages(const HostFacts &f)
{
    // curl (the swarm join): EL8 and EL9 images have it, EL9's as
    // curl-minimal, which conflicts with the package named curl.
    if (f.isRhel())
        return {QStringLiteral("lsof"),         QStringLiteral("strace"), QStringLiteral("sysstat"),
                QStringLiteral("tcpdump"),      QStringLiteral("telnet"), QStringLiteral("unzip"),
                QStringLiteral("vim-enhanced"), QStringLiteral("wget")};
    return {QStringLiteral("curl"),     QStringLiteral("lsof"),    QStringLiteral("strace"),
            QStringLiteral("sysstat"),  QStringLiteral("tcpdump"), QStringLiteral("unzip"),
            QStringLiteral("vim-tiny"), QStringLiteral("wget")};
}

HostChange packages(const HostFacts &f, const QString &what, const QStringList &list)
{
    return HostChange::command(what, f.packagesInstalled(list), f.installPackages(list));
}

QStringList listVar(const SetupHostContext &c, const QString &name)
{
    QStringList out;
    const Value v = c.vars.value(name);
    if (v.isList()) {
        for (const Value &i : v.items())
            out << i.scalarText();
    } else if (!v.isNull() && !v.scalarText().isEmpty()) {
        out << v.scalarText();
    }
    return out;
}

int prefixOf(const QString &netmask)
{
    quint32 mask = 0;
    if (!Ipv4Network::parseAddress(netmask, mask))
        return 24;
    int bits = 0;
    while (mask & 0x80000000u) {
        ++bits;
        mask <<= 1;
    }
    return bits;
}
} // namespace

HostChange SystemRecipes::managedBlock(const QString &what, const QString &path,
                                       const QString &name, const QByteArray &lines)
{
    const QByteArray block =
        "# BEGIN hive " + name.toUtf8() + "\n" + lines + "# END hive " + name.toUtf8() + "\n";
    const QString b64 = QString::fromLatin1(block.toBase64());
    const QString range = QStringLiteral("/^# BEGIN hive %1$/,/^# END hive %1$/").arg(name);
    // Written in place (cat >), not renamed: the file may be a bind mount.
    return HostChange::command(
        what,
        QStringLiteral("[ \"$(sed -n '%1p' %2 | base64 -w0)\" = '%3' ]").arg(range, q(path), b64),
        QStringLiteral("{ sed '%1d' %2; echo '%3' | base64 -d; } > %2.hive-new && cat %2.hive-new "
                       "> %2 && rm -f %2.hive-new")
            .arg(range, q(path), b64));
}

QList<HostChange> SystemRecipes::proxy(const SetupHostContext &c)
{
    QList<HostChange> out;
    QByteArray environment;
    if (!c.proxyUrl.isEmpty()) {
        const QByteArray url = c.proxyUrl.toUtf8();
        const QByteArray none = c.noProxy().toUtf8();
        for (const char *key : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
            environment += QByteArray(key) + '=' + url + '\n';
        for (const char *key : {"no_proxy", "NO_PROXY"})
            environment += QByteArray(key) + '=' + none + '\n';
    }
    if (!c.pipIndexUrl.isEmpty())
        environment += "PIP_INDEX_URL=" + c.pipIndexUrl.toUtf8() + '\n';
    if (!c.pipTrustedHost.isEmpty())
        environment += "PIP_TRUSTED_HOST=" + c.pipTrustedHost.toUtf8() + '\n';
    // Settings unset since: their block or file goes, so no host is left
    // pointing at a proxy that no longer comes.
    const auto removal = [](const QString &what, const QStringList &blocks, const QString &file) {
        QStringList check, apply;
        for (const QString &path : blocks) {
            check << QStringLiteral("! grep -qs '^# BEGIN hive proxy$' %1").arg(path);
            apply << QStringLiteral("{ [ ! -e %1 ] || sed -i '/^# BEGIN hive proxy$/,/^# END hive "
                                    "proxy$/d' %1; }")
                         .arg(path);
        }
        if (!file.isEmpty()) {
            check << QStringLiteral("[ ! -e %1 ]").arg(file);
            apply << QStringLiteral("rm -f %1").arg(file);
        }
        return HostChange::command(what, check.join(QStringLiteral(" && ")),
                                   apply.join(QStringLiteral(" && ")));
    };
    if (!environment.isEmpty())
        out << managedBlock(QStringLiteral("proxy and pip settings for logins (/etc/environment)"),
                            QStringLiteral("/etc/environment"), QStringLiteral("proxy"),
                            environment);
    else
        out << removal(QStringLiteral("no proxy or pip settings left in /etc/environment"),
                       {QStringLiteral("/etc/environment")}, QString());
    // sshd may listen for the proxy on the host's address too (the run
    // asks for it on the hive's network only), for containers.
    const QString gatewayPorts = QStringLiteral("/etc/ssh/sshd_config.d/12-hive-proxy.conf");
    const QString reload =
        QStringLiteral("sshd -t && systemctl reload %1").arg(c.facts.sshService());
    if (c.proxyUrl.isEmpty()) {
        out << HostChange::command(QStringLiteral("sshd listens for the proxy on loopback only"),
                                   QStringLiteral("[ ! -e %1 ]").arg(gatewayPorts),
                                   QStringLiteral("rm -f %1 && %2").arg(gatewayPorts, reload));
    } else {
        out << HostChange::file(
            QStringLiteral("sshd may listen for the proxy on the host's address (containers)"),
            gatewayPorts,
            "# Written by hive setup-hosts (base: http_proxy).\nGatewayPorts clientspecified\n",
            0600, reload);
    }
    if (c.proxyUrl.isEmpty()) {
        out << (c.facts.isRhel() ? removal(QStringLiteral("dnf without a proxy"),
                                           {QStringLiteral("/etc/dnf/dnf.conf")}, QString())
                                 : removal(QStringLiteral("apt without a proxy"), {},
                                           QStringLiteral("/etc/apt/apt.conf.d/95hive-proxy")));
        return out;
    }
    // The package managers read their own files (a session opened before
    // /etc/environment changed does not see it).
    const QByteArray url = c.proxyUrl.toUtf8();
    if (c.facts.isRhel())
        out << managedBlock(QStringLiteral("dnf through the proxy"),
                            QStringLiteral("/etc/dnf/dnf.conf"), QStringLiteral("proxy"),
                            "proxy=" + url + '\n');
    else
        out << HostChange::file(QStringLiteral("apt through the proxy"),
                                QStringLiteral("/etc/apt/apt.conf.d/95hive-proxy"),
                                "Acquire::http::Proxy \"" + url + "\";\nAcquire::https::Proxy \"" +
                                    url + "\";\n");
    return out;
}

QList<HostChange> SystemRecipes::base(const SetupHostContext &c)
{
    const HostFacts &f = c.facts;
    QList<HostChange> out;
    // First: the packages below may come through it.
    out << proxy(c);
    // hive_yum_url: the distribution's own repositories from that mirror,
    // as hive-builder's fixed-yum-url does (mirror lists off, base URLs
    // moved; a file as wanted is left alone).
    const QString yumUrl = c.var(QStringLiteral("hive_yum_url"));
    if (f.isRhel() && !yumUrl.isEmpty()) {
        const QString expression =
            QStringLiteral(
                "s,^#?mirrorlist=(.*)$,#mirrorlist=\\1,;"
                "s,^#? *baseurl=.*/(centos|\\$contentdir|almalinux)/(.*)$,baseurl=%1/\\2,")
                .arg(yumUrl);
        const QString each = QStringLiteral(
            "for f in /etc/yum.repos.d/almalinux*.repo /etc/yum.repos.d/CentOS-*.repo; do "
            "[ -e \"$f\" ] || continue; %1; done");
        out << HostChange::command(
            QStringLiteral("packages from %1 (hive_yum_url)").arg(yumUrl),
            each.arg(
                QStringLiteral("sed -E %1 \"$f\" | cmp -s - \"$f\" || exit 1").arg(q(expression))),
            each.arg(QStringLiteral("sed -i -E %1 \"$f\"").arg(q(expression))));
    }
    out << packages(f, QStringLiteral("base packages"), basePackages(f));
    if (f.isRhel()) {
        out << HostChange::command(
            QStringLiteral("SELinux disabled"),
            QStringLiteral("grep -qx 'SELINUX=disabled' /etc/selinux/config"),
            QStringLiteral("sed -i 's/^SELINUX=.*/SELINUX=disabled/' /etc/selinux/config && "
                           "{ setenforce 0 2>/dev/null || true; }"));
    }
    out << HostChange::command(
        QStringLiteral("host name %1").arg(c.host),
        QStringLiteral("[ \"$(hostname)\" = %1 ] && grep -qx %1 /etc/hostname").arg(q(c.host)),
        QStringLiteral("hostnamectl set-hostname %1 2>/dev/null || { echo %1 > /etc/hostname && "
                       "hostname %1; }")
            .arg(q(c.host)));
    if (c.var(QStringLiteral("hive_provider")) == QLatin1String("aws"))
        out << HostChange::file(QStringLiteral("keep the host name over reboots (cloud-init)"),
                                QStringLiteral("/etc/cloud/cloud.cfg.d/99-hive-hostname.cfg"),
                                "preserve_hostname: true\n");
    const QString timezone = c.var(QStringLiteral("hive_timezone"));
    if (!timezone.isEmpty()) {
        out << HostChange::command(
            QStringLiteral("time zone %1").arg(timezone),
            QStringLiteral("[ \"$(readlink -f /etc/localtime)\" = %1 ]")
                .arg(q(QStringLiteral("/usr/share/zoneinfo/") + timezone)),
            QStringLiteral("timedatectl set-timezone %1 2>/dev/null || ln -sf %2 /etc/localtime")
                .arg(q(timezone), q(QStringLiteral("/usr/share/zoneinfo/") + timezone)));
    }
    const QString locale = c.var(QStringLiteral("hive_locale"));
    if (!locale.isEmpty()) {
        if (f.isRhel()) {
            const QString lang = locale.section(QLatin1Char('_'), 0, 0);
            out << packages(f, QStringLiteral("locale data"),
                            {QStringLiteral("glibc-langpack-%1").arg(lang)});
            out << HostChange::file(QStringLiteral("default locale %1").arg(locale),
                                    QStringLiteral("/etc/locale.conf"),
                                    QStringLiteral("LANG=%1\n").arg(locale).toUtf8());
        } else {
            out << packages(f, QStringLiteral("locale data"), {QStringLiteral("locales")});
            out << HostChange::command(
                QStringLiteral("locale %1 generated").arg(locale),
                QStringLiteral("locale -a | grep -qix %1")
                    .arg(q(
                        QString(locale).replace(QStringLiteral("UTF-8"), QStringLiteral("utf8")))),
                QStringLiteral("sed -i %1 /etc/locale.gen && locale-gen")
                    .arg(q(QStringLiteral("s/^# *\\(%1 \\)/\\1/").arg(locale))));
            out << HostChange::file(QStringLiteral("default locale %1").arg(locale),
                                    QStringLiteral("/etc/default/locale"),
                                    QStringLiteral("LANG=%1\n").arg(locale).toUtf8());
        }
    }
    QByteArray sshd = "# Written by hive setup-hosts (base, users, strict-source-ip).\n"
                      "PasswordAuthentication no\n"
                      "KbdInteractiveAuthentication no\n"
                      "ChallengeResponseAuthentication no\n"
                      "UseDNS no\n";
    if (!listVar(c, QStringLiteral("hive_users")).isEmpty() ||
        c.vars.value(QStringLiteral("hive_users")).isMap())
        sshd += "PermitRootLogin no\n";
    // The port is the ssh-port step's (it moves sshd without locking out).
    if (f.isRhel() && f.majorVersion() == 8) {
        out << HostChange::command(
            QStringLiteral("sshd reads sshd_config.d"),
            QStringLiteral(
                "grep -q '^Include /etc/ssh/sshd_config.d/\\*.conf' /etc/ssh/sshd_config"),
            QStringLiteral(
                "sed -i '1i Include /etc/ssh/sshd_config.d/*.conf' /etc/ssh/sshd_config"),
            QStringLiteral("sshd -t && systemctl reload %1").arg(f.sshService()));
    }
    // sshd takes the first value it reads: this file sorts before the others.
    out << HostChange::file(QStringLiteral("sshd: keys only, no reverse DNS"),
                            QStringLiteral("/etc/ssh/sshd_config.d/10-hive.conf"), sshd, 0600,
                            QStringLiteral("sshd -t && systemctl reload %1").arg(f.sshService()));
    if (f.isRhel()) {
        out << HostChange::file(
            QStringLiteral("NetworkManager-wait-online without -s"),
            QStringLiteral("/etc/systemd/system/NetworkManager-wait-online.service.d/hive.conf"),
            "[Service]\nExecStart=\nExecStart=/usr/bin/nm-online -q\n", 0644,
            QStringLiteral("systemctl daemon-reload"));
        out << HostChange::command(QStringLiteral("sysstat collecting"),
                                   QStringLiteral("systemctl is-enabled -q sysstat"),
                                   QStringLiteral("systemctl enable --now sysstat"));
    }
    return out;
}

QList<HostChange> SystemRecipes::hostsfile(const SetupHostContext &c)
{
    QByteArray lines;
    for (const auto &[name, ip] : c.servers) {
        const QString shortName = name.section(QLatin1Char('.'), 0, 0);
        lines +=
            (ip + QLatin1Char(' ') + name +
             (shortName != name ? QLatin1Char(' ') + shortName : QString()) + QLatin1Char('\n'))
                .toUtf8();
    }
    return {managedBlock(QStringLiteral("every server's name in /etc/hosts"),
                         QStringLiteral("/etc/hosts"), QStringLiteral("hosts"), lines)};
}

QList<HostChange> SystemRecipes::ntpClient(const SetupHostContext &c)
{
    const QStringList servers = listVar(c, QStringLiteral("hive_ntp_servers"));
    if (servers.isEmpty())
        return {};
    const HostFacts &f = c.facts;
    QByteArray conf = "# Written by hive setup-hosts (ntp-client).\n";
    for (const QString &s : servers)
        conf += "server " + s.toUtf8() + " iburst\n";
    conf += f.isRhel() ? "driftfile /var/lib/chrony/drift\n"
                       : "driftfile /var/lib/chrony/chrony.drift\n";
    conf += "makestep 1.0 3\nrtcsync\n";
    return {
        packages(f, QStringLiteral("chrony"), {QStringLiteral("chrony")}),
        HostChange::file(QStringLiteral("chrony uses %1").arg(servers.join(QStringLiteral(", "))),
                         f.chronyConfig(), conf, 0644,
                         QStringLiteral("systemctl restart %1").arg(f.chronyService())),
        HostChange::command(
            QStringLiteral("chrony running"),
            QStringLiteral("systemctl is-enabled -q %1 && systemctl is-active -q %1")
                .arg(f.chronyService()),
            QStringLiteral("systemctl enable --now %1").arg(f.chronyService()))};
}

QList<HostChange> SystemRecipes::iptables(const SetupHostContext &c)
{
    const HostFacts &f = c.facts;
    QList<HostChange> out;
    out << packages(f, QStringLiteral("iptables"),
                    {f.isRhel() ? QStringLiteral("iptables-nft") : QStringLiteral("iptables")});
    if (f.isRhel()) {
        out << HostChange::command(QStringLiteral("firewalld removed"),
                                   QStringLiteral("! rpm -q firewalld >/dev/null 2>&1"),
                                   QStringLiteral("systemctl disable --now firewalld 2>/dev/null; "
                                                  "dnf remove -y -q firewalld"));
    }
    // The port sshd answers on now and, while the ssh-port step moves it,
    // the one it moves to: neither is ever closed before sshd has left it.
    QByteArray sshPorts = "--dport " + QByteArray::number(c.sshPort);
    if (c.wantedSshPort != c.sshPort)
        sshPorts = "-m multiport --dports " + QByteArray::number(c.sshPort) + ',' +
                   QByteArray::number(c.wantedSshPort);
    const QString syslog = QString::number(c.syslogPort);
    const QString registry = QString::number(c.registryPort);
    QByteArray rules = "# Written by hive setup-hosts (iptables, strict-source-ip).\n"
                       "*filter\n"
                       ":HIVE-INPUT - [0:0]\n"
                       ":DOCKER-USER - [0:0]\n"
                       "-A HIVE-INPUT -i lo -j ACCEPT\n"
                       "-A HIVE-INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n"
                       "-A HIVE-INPUT -p icmp -j ACCEPT\n";
    QStringList sshSources = listVar(c, QStringLiteral("hive_ssh_source_ips"));
    if (sshSources.isEmpty()) {
        rules += "-A HIVE-INPUT -p tcp " + sshPorts + " -j ACCEPT\n";
    } else {
        sshSources.prepend(c.cidr);
        for (const QString &s : std::as_const(sshSources))
            rules += "-A HIVE-INPUT -s " + s.toUtf8() + " -p tcp " + sshPorts + " -j ACCEPT\n";
    }
    // Within the hive's network: swarm (2377, 7946, the data path port), the Docker API
    // (2376), DRBD, the registry, the log port and Zabbix's agent and server.
    const QByteArray net = c.cidr.toUtf8();
    rules += "-A HIVE-INPUT -s " + net + " -p tcp -m multiport --dports 2376,2377,7946,7788:8043," +
             registry.toUtf8() + "," + syslog.toUtf8() + ",10050,10051 -j ACCEPT\n";
    rules += "-A HIVE-INPUT -s " + net + " -p udp -m multiport --dports 7946," +
             QByteArray::number(c.dataPathPort) + "," + syslog.toUtf8() + " -j ACCEPT\n";
    if (c.proxyPort > 0) {
        // The proxy's port (while hive runs): for the hive's servers and the
        // containers on this host (Docker's bridges), nothing else.
        const QByteArray port = QByteArray::number(c.proxyPort);
        rules += "-A HIVE-INPUT -s " + net + " -p tcp --dport " + port + " -j ACCEPT\n";
        for (const char *bridge : {"docker0", "docker_gwbridge", "br-+"})
            rules += QByteArray("-A HIVE-INPUT -i ") + bridge + " -p tcp --dport " + port +
                     " -j ACCEPT\n";
    }
    rules += "-A HIVE-INPUT -j DROP\n";
    // Published ports from 10000 up serve the hive only.
    rules += "-A DOCKER-USER ! -s " + c.cidr.toUtf8() +
             " -p tcp -m conntrack --ctstate NEW --ctorigdstport 10000:65535 -j DROP\n";
    rules += "-A DOCKER-USER ! -s " + c.cidr.toUtf8() +
             " -p udp -m conntrack --ctstate NEW --ctorigdstport 10000:65535 -j DROP\n";
    rules += "-A DOCKER-USER -j RETURN\n";
    rules += "COMMIT\n";
    const QByteArray unit =
        "[Unit]\n"
        "Description=hive firewall (HIVE-INPUT and DOCKER-USER chains)\n"
        "After=network-online.target\n"
        "Before=docker.service\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        "RemainAfterExit=yes\n"
        "ExecStart=/bin/sh -c 'iptables-restore -w -n /etc/hive/iptables.rules && "
        "{ iptables -w -C INPUT -j HIVE-INPUT 2>/dev/null || iptables -w -I INPUT 1 -j HIVE-INPUT; "
        "}'\n"
        "\n"
        "[Install]\n"
        "WantedBy=multi-user.target\n";
    const QString apply = QStringLiteral(
        "systemctl daemon-reload && systemctl enable -q --no-reload hive-firewall && "
        "systemctl restart hive-firewall");
    out << HostChange::file(QStringLiteral("firewall rules"),
                            QStringLiteral("/etc/hive/iptables.rules"), rules, 0600, apply);
    out << HostChange::file(QStringLiteral("firewall service"),
                            QStringLiteral("/etc/systemd/system/hive-firewall.service"), unit, 0644,
                            apply);
    out << HostChange::command(QStringLiteral("firewall active"),
                               QStringLiteral("systemctl is-enabled -q hive-firewall && "
                                              "iptables -w -C INPUT -j HIVE-INPUT 2>/dev/null"),
                               apply);
    return out;
}

QList<HostChange> SystemRecipes::users(const SetupHostContext &c)
{
    const Value users = c.vars.value(QStringLiteral("hive_users"));
    const Value groups = c.vars.value(QStringLiteral("hive_user_groups"));
    if (!users.isMap() || users.size() == 0)
        return {};
    QList<HostChange> out;
    QByteArray sudoers = "# Written by hive setup-hosts (users).\n";
    if (groups.isMap()) {
        for (const auto &g : groups.entries()) {
            const QString gid = g.value.value(QStringLiteral("gid")).scalarText();
            out << HostChange::command(
                QStringLiteral("group %1 (gid %2)").arg(g.key, gid),
                QStringLiteral("[ \"$(getent group %1 | cut -d: -f3)\" = %2 ]")
                    .arg(q(g.key), q(gid)),
                QStringLiteral("groupadd -g %2 %1 2>/dev/null || groupmod -g %2 %1")
                    .arg(q(g.key), q(gid)));
            sudoers += "%" + g.key.toUtf8() + " ALL=(ALL) NOPASSWD: ALL\n";
        }
    }
    for (const auto &u : users.entries()) {
        const QString uid = u.value.value(QStringLiteral("uid")).scalarText();
        const QString gid = u.value.value(QStringLiteral("group")).scalarText();
        bool gidIsNumber = false;
        gid.toLongLong(&gidIsNumber);
        out << HostChange::command(
            QStringLiteral("user %1 (uid %2)").arg(u.key, uid),
            // The group as written: a gid, or a group's name.
            QStringLiteral("[ \"$(id -u %1 2>/dev/null):$(id -%3 %1 2>/dev/null)\" = %2 ]")
                .arg(q(u.key), q(uid + QLatin1Char(':') + gid),
                     gidIsNumber ? QStringLiteral("g") : QStringLiteral("gn")),
            QStringLiteral("useradd -m -u %2 -g %3 %1 2>/dev/null || usermod -u %2 -g %3 %1")
                .arg(q(u.key), q(uid), q(gid)));
        const QString key = u.value.value(QStringLiteral("id_rsa_pub")).scalarText().trimmed();
        if (!key.isEmpty()) {
            out << HostChange::command(
                QStringLiteral("%1's .ssh folder").arg(u.key),
                QStringLiteral("[ -d \"$(getent passwd %1 | cut -d: -f6)/.ssh\" ]").arg(q(u.key)),
                QStringLiteral("install -d -m 0700 -o %1 -g %2 \"$(getent passwd %1 | cut -d: "
                               "-f6)/.ssh\"")
                    .arg(q(u.key), q(gid)));
            HostChange keys =
                HostChange::file(QStringLiteral("%1 logs in with its key").arg(u.key),
                                 QStringLiteral("/home/%1/.ssh/authorized_keys").arg(u.key),
                                 key.toUtf8() + '\n', 0600);
            keys.owner = u.key;
            keys.group = QString(); // the user's own group, whatever its name
            out << keys;
        }
    }
    HostChange rules = HostChange::file(QStringLiteral("sudo without password for the user groups"),
                                        QStringLiteral("/etc/sudoers.d/hive-users"), sudoers, 0440);
    // One bad line in a sudoers file would lock every admin out of sudo.
    rules.validate = QStringLiteral("visudo -cf %s");
    out << rules;
    return out;
}

QList<HostChange> SystemRecipes::internalNetwork(const SetupHostContext &c)
{
    const QString dev = c.var(QStringLiteral("hive_internal_net_if"));
    if (dev.isEmpty())
        return {};
    const QString address = c.privateIp + QLatin1Char('/') + QString::number(prefixOf(c.netmask));
    if (c.facts.isRhel()) {
        return {
            packages(c.facts, QStringLiteral("NetworkManager"), {QStringLiteral("NetworkManager")}),
            HostChange::command(
                QStringLiteral("%1 has %2").arg(dev, address),
                QStringLiteral("nmcli -g ipv4.addresses connection show hive-internal 2>/dev/null "
                               "| grep -qx %1")
                    .arg(address),
                QStringLiteral(
                    "{ nmcli connection delete hive-internal 2>/dev/null; true; } && "
                    "nmcli connection add type ethernet ifname %1 con-name hive-internal "
                    "ipv4.method manual ipv4.addresses %2 ipv6.method ignore && "
                    "nmcli connection up hive-internal")
                    .arg(q(dev), address))};
    }
    return {HostChange::file(QStringLiteral("%1 has %2").arg(dev, address),
                             QStringLiteral("/etc/network/interfaces.d/hive-internal"),
                             QStringLiteral("auto %1\niface %1 inet static\n    address %2\n")
                                 .arg(dev, address)
                                 .toUtf8(),
                             0644, QStringLiteral("ifdown %1 2>/dev/null; ifup %1").arg(q(dev)))};
}

} // namespace hive
