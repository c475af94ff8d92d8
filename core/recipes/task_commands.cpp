#include "recipes/task_commands.h"

#include "remote/shell_command.h"

namespace hive {

QByteArray TaskCommands::script(const QStringList &managers, const QString &hiveName)
{
    QStringList quoted;
    for (const QString &m : managers)
        quoted << ShellCommand::quote(m);
    QByteArray s = "#!/bin/sh\n"
                   "# Written by hive setup-hosts: dexec, dsh and dcp (this script acts by its "
                   "name).\n"
                   "#   dexec [-1|-2|-3] [-n] SERVICE COMMAND...  run COMMAND in a task of "
                   "SERVICE\n"
                   "#   dsh [-1|-2|-3] SERVICE                     a shell in a task of SERVICE\n"
                   "#   dcp [-1|-2|-3] [-a] [-L] SERVICE:PATH DEST, or SOURCE SERVICE:PATH\n"
                   "# -1, -2, -3: the first (default), second or third running task; -n: no "
                   "terminal.\n"
                   "set -e\n"
                   "me=${0##*/}\n"
                   "managers=";
    s += ShellCommand::quote(quoted.join(QLatin1Char(' '))).toUtf8();
    s += "\nhive=" + ShellCommand::quote(hiveName).toUtf8();
    s += R"SH(
fail() { echo "$me: $*" >&2; exit 1; }
usage() {
    case $me in
    dsh) fail "usage: dsh [-1|-2|-3] SERVICE" ;;
    dcp) fail "usage: dcp [-1|-2|-3] [-a] [-L] SERVICE:PATH DEST  or  dcp [...] SOURCE SERVICE:PATH" ;;
    *) fail "usage: dexec [-1|-2|-3] [-n] SERVICE COMMAND..." ;;
    esac
}
nth=1 tty=-it copy=
while [ $# -gt 0 ]; do
    case $1 in
    -1 | -2 | -3) nth=${1#-} ;;
    -n) [ "$me" = dexec ] || usage; tty=-i ;;
    -a | -L) [ "$me" = dcp ] || usage; copy="$copy $1" ;;
    -h | --help) usage ;;
    --) shift; break ;;
    -*) usage ;;
    *) break ;;
    esac
    shift
done
# A manager answers where the tasks run: this host's engine when it is one,
# else the first hive whose TLS API answers (the admin's ~/.docker certs).
if [ -z "${DOCKER_HOST:-}" ] &&
    [ "$(docker info --format '{{.Swarm.ControlAvailable}}' 2>/dev/null)" != true ]; then
    for m in $managers; do
        if [ "$(docker -H "tcp://$m:2376" --tlsverify info \
            --format '{{.Swarm.ControlAvailable}}' 2>/dev/null)" = true ]; then
            export DOCKER_HOST="tcp://$m:2376" DOCKER_TLS_VERIFY=1
            break
        fi
    done
fi
case $me in
dcp)
    [ $# -eq 2 ] || usage
    case $1 in
    *:*) service=${1%%:*} ;;
    *) case $2 in *:*) service=${2%%:*} ;; *) usage ;; esac ;;
    esac
    ;;
*)
    [ $# -ge 1 ] || usage
    service=$1
    shift
    [ "$me" != dsh ] || [ $# -eq 0 ] || usage
    ;;
esac
docker service inspect --format '{{.ID}}' "$service" >/dev/null 2>&1 ||
    fail "no service named $service in the swarm"
task=$(docker service ps --no-trunc --filter desired-state=running \
    --format '{{.Node}} {{.Name}}.{{.ID}}' "$service" | sed -n "${nth}p")
[ -n "$task" ] || fail "$service has no running task number $nth"
node=${task%% *}
container=${task#* }
# A node known by its short name is a host of this hive.
case $node in *.*) ;; *) node="$node.$hive" ;; esac
engine="-H tcp://$node:2376 --tlsverify"
case $me in
dsh)
    exec docker $engine exec -it -e "TERM=${TERM:-xterm}" "$container" /bin/sh -c \
        'if [ -x /bin/bash ]; then exec /bin/bash; elif [ -x /bin/ash ]; then exec /bin/ash; else exec /bin/sh; fi'
    ;;
dcp)
    case $1 in
    "$service":*) exec docker $engine cp $copy "$container:${1#*:}" "$2" ;;
    *) exec docker $engine cp $copy "$1" "$container:${2#*:}" ;;
    esac
    ;;
*)
    [ $# -ge 1 ] || usage
    exec docker $engine exec $tty "$container" "$@"
    ;;
esac
)SH";
    return s;
}

QList<HostChange> TaskCommands::install(const SetupHostContext &c)
{
    // Every server: the script asks each whether it is a manager.
    QStringList managers;
    for (const auto &server : c.servers)
        managers << server.first;
    const QByteArray text = script(managers, c.var(QStringLiteral("hive_name")));
    QList<HostChange> out;
    for (const char *name : {"dexec", "dsh", "dcp"})
        out << HostChange::file(QStringLiteral("the %1 command").arg(QLatin1String(name)),
                                QStringLiteral("/usr/local/bin/") + QLatin1String(name), text,
                                0755);
    return out;
}

} // namespace hive
