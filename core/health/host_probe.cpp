#include "health/host_probe.h"

#include <QStringList>

namespace hive {

namespace {

const char kMarker[] = "@@hive-doctor ";

struct Section
{
    const char *name;
    const char *command;
};

// The commands the checks read. `du` runs only on a full file system: on a
// large disk it can take long, and it is wanted only then.
const Section kHostSections[] = {
    {"swarm", "docker info --format '{{json .Swarm}}'"},
    {"version", "docker version --format '{{.Server.Version}}'"},
    {"nodes", "docker node ls --format '{{json .}}'"},
    {"df", "df -P -k / /var/lib/docker /var/lib/docker/volumes/registry_regdata/_data "
           "/var/log/services; df -P -k | grep '^/dev/drbd'"},
    {"du", "du -x -k -d 2 <file system over 80 %> | sort -rn | head -6"},
    {"units", "systemctl list-units --state=failed --plain --no-legend --no-pager"},
    {"drbd", "drbdadm status"},
};
const Section kServiceSections[] = {
    {"services", "docker service ls --format '{{json .}}'"},
    {"tasks", "docker service ps --no-trunc --format '{{json .}}' $(docker service ls -q)"},
};

} // namespace

QString HostProbe::script(Round round)
{
    // Each section header is printed before its command; a command's own
    // error goes into its section (it is evidence too).
    QString s = QStringLiteral("export LC_ALL=C; s() { printf '\\n%1%s\\n' \"$1\"; }\n")
                    .arg(QString::fromLatin1(kMarker));
    if (round == Round::Host) {
        s += QStringLiteral(
            "s swarm; docker info --format '{{json .Swarm}}' 2>&1\n"
            "s version; docker version --format '{{.Server.Version}}' 2>&1\n"
            "if docker info --format '{{.Swarm.ControlAvailable}}' 2>/dev/null | grep -q true; "
            "then s nodes; timeout 20 docker node ls --format '{{json .}}' 2>&1; fi\n"
            "s df; df -P -k / /var/lib/docker /var/lib/docker/volumes/registry_regdata/_data "
            "/var/log/services 2>/dev/null; df -P -k 2>/dev/null | grep '^/dev/drbd'\n"
            "s du; df -P -k / /var/lib/docker /var/log/services 2>/dev/null | "
            "awk 'NR>1 && $5+0 >= 80 {print $6}' | sort -u | while read -r m; do "
            "timeout 30 du -x -k -d 2 \"$m\" 2>/dev/null | sort -rn | head -6; done\n"
            "s units; systemctl list-units --state=failed --plain --no-legend --no-pager 2>&1\n"
            "s drbd; if command -v drbdadm >/dev/null 2>&1 && [ -e /proc/drbd ]; then "
            "drbdadm status 2>&1; else echo '(no DRBD on this host)'; fi\n");
    } else {
        s += QStringLiteral("s services; timeout 30 docker service ls --format '{{json .}}' 2>&1\n"
                            "s tasks; ids=$(timeout 30 docker service ls -q 2>/dev/null); "
                            "if [ -n \"$ids\" ]; then timeout 60 docker service ps --no-trunc "
                            "--format '{{json .}}' $ids 2>&1; fi\n");
    }
    s += QStringLiteral("s end\n");
    return s;
}

bool HostProbe::parse(const QString &output, QHash<QString, QString> &sections, QString &error)
{
    sections.clear();
    QString current;
    QStringList lines;
    bool ended = false;
    const auto flush = [&] {
        if (!current.isEmpty())
            sections.insert(current, lines.join(QLatin1Char('\n')).trimmed());
        lines.clear();
    };
    const QString marker = QString::fromLatin1(kMarker);
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(marker)) {
            flush();
            current = line.mid(marker.size()).trimmed();
            if (current == QLatin1String("end"))
                ended = true;
        } else if (!current.isEmpty()) {
            lines << line;
        }
    }
    flush();
    sections.remove(QStringLiteral("end"));
    if (!ended) {
        error = sections.isEmpty()
                    ? tr("the host did not run the checks: %1").arg(output.trimmed().left(300))
                    : tr("the checks were cut off after section %1").arg(current);
        return false;
    }
    return true;
}

QString HostProbe::commandOf(const QString &section)
{
    for (const Section &s : kHostSections) {
        if (section == QLatin1String(s.name))
            return QString::fromLatin1(s.command);
    }
    for (const Section &s : kServiceSections) {
        if (section == QLatin1String(s.name))
            return QString::fromLatin1(s.command);
    }
    return section;
}

} // namespace hive
