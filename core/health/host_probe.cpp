#include "health/host_probe.h"

#include <QStringList>

namespace hive {

namespace {

const char kMarker[] = "@@hive-doctor ";

// One section of a probe: its name, the command shown as evidence, and the
// shell that runs it when that differs (conditions, time limits). The script
// of a round is made from this table, so what is shown is what runs.
struct Section
{
    unsigned rounds; // bits of HostProbe::Round
    const char *name;
    const char *command;
    const char *run = nullptr;
};

constexpr unsigned bit(HostProbe::Round r)
{
    return 1u << unsigned(r);
}
constexpr unsigned kHostAndSwarm = bit(HostProbe::Round::Host) | bit(HostProbe::Round::Swarm);
constexpr unsigned kHost = bit(HostProbe::Round::Host);
constexpr unsigned kServices = bit(HostProbe::Round::Services);

// `du` runs only on a full file system: on a large disk it can take long,
// and it is wanted only then.
const Section kSections[] = {
    // The swarm's answer is kept for the node list's condition: on a node
    // that lost its session each `docker info` takes 20 s.
    {kHostAndSwarm, "swarm", "docker info --format '{{json .Swarm}}'",
     "s swarm; sw=$(docker info --format '{{json .Swarm}}' 2>&1); printf '%s\\n' \"$sw\""},
    {kHostAndSwarm, "version", "docker version --format '{{.Server.Version}}'"},
    // Load, uptime, processors and memory: the Hosts tab's live columns. A
    // container host (the docker provider) shares /proc/meminfo and
    // /proc/uptime with its machine: its own memory limit and use come from
    // its cgroup (v2, else v1), its age from its PID 1.
    {kHost, "load",
     "cat /proc/loadavg /proc/uptime; nproc; grep -E '^Mem(Total|Available):' /proc/meminfo; "
     "echo cgroup $(cat /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory.current 2>/dev/null || "
     "cat /sys/fs/cgroup/memory/memory.limit_in_bytes "
     "/sys/fs/cgroup/memory/memory.usage_in_bytes 2>/dev/null) "
     "$(cat /sys/fs/cgroup/memory.stat /sys/fs/cgroup/memory/memory.stat 2>/dev/null | "
     "awk '/^total_inactive_file /{t=$2} /^inactive_file /{i=$2} END{print (t != \"\" ? t : i)}'); "
     "awk -v u=\"$(cut -d. -f1 /proc/uptime)\" -v t=\"$(getconf CLK_TCK 2>/dev/null)\" "
     "'{sub(/.*\\) /, \"\"); split($0, f, \" \"); if (t > 0 && u > 0) print \"pid1\", "
     "int(u - f[20] / t)}' /proc/1/stat 2>/dev/null"},
    {kHostAndSwarm, "nodes", "docker node ls --format '{{json .}}'",
     "case \"$sw\" in *'\"ControlAvailable\":true'*) "
     "s nodes; timeout 20 docker node ls --format '{{json .}}' 2>&1;; esac"},
    {kHost, "df",
     "df -P -k / /var/lib/docker /var/lib/docker/volumes/registry_regdata/_data "
     "/var/log/services; df -P -k | grep '^/dev/drbd'",
     "s df; df -P -k / /var/lib/docker /var/lib/docker/volumes/registry_regdata/_data "
     "/var/log/services 2>/dev/null; df -P -k 2>/dev/null | grep '^/dev/drbd'"},
    {kHost, "du", "du -x -k -d 2 <file system over 80 %> | sort -rn | head -6",
     "s du; df -P -k / /var/lib/docker /var/log/services 2>/dev/null | "
     "awk 'NR>1 && $5+0 >= 80 {print $6}' | sort -u | while read -r m; do "
     "timeout 30 du -x -k -d 2 \"$m\" 2>/dev/null | sort -rn | head -6; done"},
    {kHost, "units", "systemctl list-units --state=failed --plain --no-legend --no-pager"},
    // Where the swarm extensions' virtual addresses are (HIVE_VIP).
    {kHost, "addresses", "ip -o -4 addr show", "s addresses; ip -o -4 addr show 2>&1"},
    {kHost, "drbd", "drbdadm status",
     "s drbd; if command -v drbdadm >/dev/null 2>&1 && [ -e /proc/drbd ]; then "
     "drbdadm status 2>&1; else echo '(no DRBD on this host)'; fi"},
    // The repository server's data backups (hive-backup.sh): each service's
    // script with its age, its last run's time and outcome, and the host's
    // clock to compare them with.
    {kHost, "databackups", "cat /var/lib/hive-backup/status/<service>   # per backup script",
     "s databackups; for f in /var/lib/hive-backup.d/*; do [ -f \"$f\" ] || continue; "
     "n=${f##*/}; r=$(cat \"/var/lib/hive-backup/status/$n\" 2>/dev/null); "
     "echo \"$n $(stat -c %Y \"$f\") ${r:-none}\"; done 2>/dev/null; echo \"now $(date +%s)\""},
    {kServices, "services", "docker service ls --format '{{json .}}'",
     "s services; timeout 30 docker service ls --format '{{json .}}' 2>&1"},
    // The services' and nodes' labels: the swarm extensions' HIVE_VIP and
    // HIVE_MARK, and the node labels HIVE_MARK gives.
    {kServices, "labels",
     "docker service inspect / docker node inspect --format '{{json .Spec.Labels}}'",
     "s labels; for i in $(timeout 30 docker service ls -q 2>/dev/null); do timeout 30 docker "
     "service inspect --format 'service {{.Spec.Name}} {{json .Spec.Labels}}' \"$i\" 2>&1; done; "
     "for i in $(timeout 20 docker node ls -q 2>/dev/null); do timeout 20 docker node inspect "
     "--format 'node {{.Description.Hostname}} {{json .Spec.Labels}}' \"$i\" 2>&1; done"},
    {kServices, "tasks",
     "docker service ps --no-trunc --format '{{json .}}' $(docker service ls -q)",
     "s tasks; ids=$(timeout 30 docker service ls -q 2>/dev/null); "
     "if [ -n \"$ids\" ]; then timeout 60 docker service ps --no-trunc "
     "--format '{{json .}}' $ids 2>&1; fi"},
};

} // namespace

QString HostProbe::script(Round round)
{
    // Each section header is printed before its command; a command's own
    // error goes into its section (it is evidence too).
    QString s = QStringLiteral("export LC_ALL=C; s() { printf '\\n%1%s\\n' \"$1\"; }\n")
                    .arg(QString::fromLatin1(kMarker));
    for (const Section &section : kSections) {
        if (!(section.rounds & bit(round)))
            continue;
        s += section.run ? QString::fromLatin1(section.run)
                         : QStringLiteral("s %1; %2 2>&1")
                               .arg(QString::fromLatin1(section.name),
                                    QString::fromLatin1(section.command));
        s += QLatin1Char('\n');
    }
    s += QStringLiteral("s end\n");
    return s;
}

ProbedHost HostProbe::answerOf(const QString &host, const CommandResult &r)
{
    ProbedHost p;
    p.host = host;
    if (!r.started || r.status == CommandResult::Status::ConnectionLost ||
        r.status == CommandResult::Status::Failed) {
        p.error = r.failure();
        return p;
    }
    QString error;
    p.reached = parse(r.stdoutText, p.sections, error);
    if (!p.reached)
        p.error = r.status == CommandResult::Status::TimedOut
                      ? tr("no complete answer within the time limit (%1)").arg(error)
                      : error;
    return p;
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
    for (const Section &s : kSections) {
        if (section == QLatin1String(s.name))
            return QString::fromLatin1(s.command);
    }
    return section;
}

} // namespace hive
