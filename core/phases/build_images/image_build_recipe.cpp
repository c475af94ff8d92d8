#include "phases/build_images/image_build_recipe.h"

#include "inventory/inventory_loader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace hive {

namespace {

QString jsonWords(const Value &v)
{
    QJsonArray a;
    if (v.isList()) {
        for (const Value &item : v.items())
            a.append(item.text());
    } else {
        for (const QString &w : QProcess::splitCommand(v.text()))
            a.append(w);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString jsonString(const QString &s)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
}

QString jsonArray(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}
} // namespace

QList<ImageBuildRecipe> ImageBuildRecipe::of(const LoadedInventory &loaded, const QString &stage)
{
    QList<ImageBuildRecipe> out;
    for (const ServicePlan &s : loaded.services.services) {
        if (!s.buildsImage() || !s.availableOn.contains(stage))
            continue;
        ImageBuildRecipe r;
        r.service = s.name;
        r.imageHost = QStringLiteral("image_") + s.name;
        r.vars = loaded.inventory.flattenedHostVars(r.imageHost);
        bool pulled = false;
        for (const Value &p : r.vars.value(QStringLiteral("hive_pull_on")).items())
            pulled = pulled || p.text() == stage;
        if (pulled)
            continue;
        r.from = s.buildFrom;
        for (const Value &role : r.vars.value(QStringLiteral("hive_roles")).items())
            r.roles << role.text();
        const Value standalone = r.vars.value(QStringLiteral("hive_standalone"));
        r.standalone = standalone.isBool() && standalone.toBool();
        const Value privileged = r.vars.value(QStringLiteral("hive_privileged"));
        r.privileged = privileged.isBool() && privileged.toBool();
        out << r;
    }
    return out;
}

QStringList ImageBuildRecipe::runArguments() const
{
    QStringList args{QStringLiteral("docker"),
                     QStringLiteral("run"),
                     QStringLiteral("-d"),
                     QStringLiteral("--name"),
                     container(),
                     QStringLiteral("--label"),
                     QStringLiteral("studio.hive.build=") + service,
                     QStringLiteral("--label"),
                     runLabel() + QLatin1Char('=') + runDigest()};
    if (privileged)
        args << QStringLiteral("--privileged");
    if (standalone) {
        args << from;
    } else {
        // No entrypoint of the base image in the way (the commit sets the
        // image's own again).
        args << QStringLiteral("--entrypoint") << QString() << from << QStringLiteral("/bin/sh")
             << QStringLiteral("-c") << QStringLiteral("trap \"kill %1\" int;sleep 2400 &wait");
    }
    return args;
}

QString ImageBuildRecipe::runDigest() const
{
    // Version 2: the base image's entrypoint is cleared in the container.
    const QString how = QStringLiteral("2\n%1\n%2\n%3").arg(from).arg(standalone).arg(privileged);
    return QString::fromLatin1(
        QCryptographicHash::hash(how.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QStringList ImageBuildRecipe::commitChanges(const QJsonObject &fromConfig) const
{
    QStringList lines;
    const Value env = vars.value(QStringLiteral("hive_env"));
    for (const Value::Entry &e : env.entries())
        lines << QStringLiteral("ENV %1=%2").arg(e.key, jsonString(e.value.text()));
    const QString user = vars.value(QStringLiteral("hive_user")).text();
    const QString fromUser = fromConfig.value(QStringLiteral("User")).toString();
    if (!user.isEmpty() || !fromUser.isEmpty())
        lines << QStringLiteral("USER ") + (user.isEmpty() ? fromUser : user);
    const QString dir = vars.value(QStringLiteral("hive_working_dir")).text();
    const QString fromDir = fromConfig.value(QStringLiteral("WorkingDir")).toString();
    lines << QStringLiteral("WORKDIR ") + (!dir.isEmpty()      ? dir
                                           : fromDir.isEmpty() ? QStringLiteral("/")
                                                               : fromDir);
    // An empty ENTRYPOINT leaves the build container's (none) in place.
    const Value entrypoint = vars.value(QStringLiteral("hive_entrypoint"));
    const QString entry = entrypoint.isNull()
                              ? jsonArray(fromConfig.value(QStringLiteral("Entrypoint")))
                              : jsonWords(entrypoint);
    if (entry != QLatin1String("[]"))
        lines << QStringLiteral("ENTRYPOINT ") + entry;
    const Value command = vars.value(QStringLiteral("hive_command"));
    lines << QStringLiteral("CMD ") + (command.isNull()
                                           ? jsonArray(fromConfig.value(QStringLiteral("Cmd")))
                                           : jsonWords(command));
    const QString signal = vars.value(QStringLiteral("hive_stop_signal")).text();
    if (!signal.isEmpty())
        lines << QStringLiteral("STOPSIGNAL ") + signal;
    for (const Value &port : vars.value(QStringLiteral("hive_expose")).items())
        lines << QStringLiteral("EXPOSE ") + port.text();
    const QByteArray digest =
        QCryptographicHash::hash((lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                  roles.join(QLatin1Char(',')) + QLatin1Char('\n') + from)
                                     .toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    lines << QStringLiteral("LABEL %1=%2").arg(settingsLabel(), QString::fromLatin1(digest));
    return lines;
}

QByteArray ImageBuildRecipe::playbook() const
{
    QByteArray out;
    QStringList rest = roles;
    auto play = [&](const QStringList &playRoles, bool facts) {
        out += "- name: build " + imageHost.toUtf8() + "\n";
        out += "  hosts: " + imageHost.toUtf8() + "\n";
        out += QByteArray("  gather_facts: ") + (facts ? "true" : "false") + "\n";
        out += "  vars:\n"
               "    ansible_connection: community.docker.docker\n"
               "    ansible_host: " +
               container().toUtf8() +
               "\n"
               "    ansible_user: root\n";
        if (!environment.isEmpty()) {
            out += "  environment:\n";
            for (const auto &[name, value] : environment)
                out += "    " + name.toUtf8() + ": " +
                       QJsonDocument(QJsonArray{value})
                           .toJson(QJsonDocument::Compact)
                           .mid(1)
                           .chopped(1) +
                       "\n";
        }
        out += "  roles:\n";
        for (const QString &r : playRoles)
            out += "    - " + r.toUtf8() + "\n";
    };
    if (!rest.isEmpty() && rest.first() == QLatin1String("python-aptk")) {
        play({rest.takeFirst()}, false);
    }
    if (!rest.isEmpty())
        play(rest, true);
    return out;
}

QByteArray ImageBuildRecipe::pythonAptk()
{
    return "# Built into hive: python for Ansible in images that have none.\n"
           "- name: install python\n"
           "  raw: if command -v python3 >/dev/null; then :; elif [ -x /usr/bin/apt-get ]; then "
           "(apt-get update && apt-get -y install python3); else (apk update && apk add "
           "python3); fi\n"
           "  changed_when: False\n";
}

QByteArray ImageBuildRecipe::hiveSyslog(const QString &address, const QString &port)
{
    // The whole rsyslog.conf, as hive-builder's role writes it: the
    // journal in, the repository server out (over TCP, which keeps lines
    // a short outage would drop).
    const QString conf =
        QStringLiteral("# Written by hive build-images (the built-in role hive-syslog).\n"
                       "module(load=\"imuxsock\")\n"
                       "module(load=\"imjournal\" StateFile=\"imjournal.state\")\n"
                       "global(workDirectory=\"/var/lib/rsyslog\")\n"
                       "*.info;mail.none;authpriv.none;cron.none action(type=\"omfwd\" "
                       "target=\"%1\" port=\"%2\" protocol=\"tcp\"\n"
                       "    queue.type=\"LinkedList\" queue.size=\"10000\" "
                       "action.resumeRetryCount=\"-1\")\n")
            .arg(address, port);
    QString indented;
    for (const QString &line : conf.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        indented += QStringLiteral("      ") + line + QLatin1Char('\n');
    return QStringLiteral(
               "# Built into hive: the services of a standalone image log to the\n"
               "# repository server (manual 5.4.6).\n"
               "- name: install rsyslog\n"
               "  package:\n"
               "    name: rsyslog\n"
               "    state: present\n"
               "- name: rsyslog sends to the repository server\n"
               "  copy:\n"
               "    dest: /etc/rsyslog.conf\n"
               "    mode: '0644'\n"
               "    content: |\n"
               "%1"
               "- name: rsyslog starts with the container's systemd\n"
               "  command: systemctl enable rsyslog\n"
               "  args:\n"
               "    creates: /etc/systemd/system/multi-user.target.wants/rsyslog.service\n")
        .arg(indented)
        .toUtf8();
}

} // namespace hive
