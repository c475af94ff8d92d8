#include "recipes/swarm_extension_recipes.h"

#include "recipes/setup_host_context.h"

#include <QFile>

namespace hive {

QByteArray SwarmExtensionRecipes::daemonScript()
{
    QFile script(QStringLiteral(":/hive/swarm/follow-swarm-service.py"));
    return script.open(QIODevice::ReadOnly) ? script.readAll() : QByteArray();
}

QList<HostChange> SwarmExtensionRecipes::followSwarmService(const SetupHostContext &c)
{
    const QString unit = QLatin1String(kUnit);
    const QString restart =
        QStringLiteral("systemctl daemon-reload && systemctl try-restart %1").arg(unit);
    QList<HostChange> out;
    // Its interpreter: Ansible needs it too, but a minimal image may lack it.
    out << HostChange::command(QStringLiteral("python3 (the daemon's interpreter)"),
                               QStringLiteral("[ -x /usr/bin/python3 ]"),
                               c.facts.installPackages({QStringLiteral("python3")}));
    // HIVE_ROUTER's check pings the router from the virtual address.
    out << HostChange::command(
        QStringLiteral("ping (HIVE_ROUTER's check)"), QStringLiteral("command -v ping >/dev/null"),
        c.facts.installPackages(
            {c.facts.isRhel() ? QStringLiteral("iputils") : QStringLiteral("iputils-ping")}));
    out << HostChange::file(QStringLiteral("the follow-swarm-service daemon (HIVE_VIP, HIVE_MARK)"),
                            QLatin1String(kScript), daemonScript(), 0755, restart);
    out << HostChange::file(
        QStringLiteral("its systemd unit"),
        QStringLiteral("/etc/systemd/system/%1.service").arg(unit),
        QStringLiteral("# Written by hive setup-hosts (follow-swarm-service).\n"
                       "[Unit]\n"
                       "Description=The hive's swarm extensions (HIVE_VIP, HIVE_ROUTER, "
                       "HIVE_MARK)\n"
                       "After=docker.service network-online.target\n"
                       "Wants=docker.service network-online.target\n"
                       "\n"
                       "[Service]\n"
                       "ExecStart=/usr/bin/python3 %1\n"
                       "Restart=always\n"
                       "RestartSec=5\n"
                       "\n"
                       "[Install]\n"
                       "WantedBy=multi-user.target\n")
            .arg(QLatin1String(kScript))
            .toUtf8(),
        0644, restart);
    out << HostChange::command(
        QStringLiteral("follow-swarm-service running"),
        QStringLiteral("systemctl is-enabled -q %1 && systemctl is-active -q %1").arg(unit),
        QStringLiteral("systemctl daemon-reload && systemctl enable -q --now %1").arg(unit));
    return out;
}

} // namespace hive
