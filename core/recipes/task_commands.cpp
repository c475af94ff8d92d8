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
    [ -n "${DOCKER_HOST:-}" ] || fail "no manager of the swarm answers (tried: $managers)"
fi
# Without a terminal on both ends (a pipe, a redirect, cron), none is asked for.
[ -t 0 ] && [ -t 1 ] || [ "$tty" != -it ] || tty=-i
case $me in
dcp)
    [ $# -eq 2 ] || usage
    # SERVICE:PATH as docker cp reads it: a colon before any slash (so
    # ./a:b and /tmp/a:b are local paths).
    remote() { case $1 in */*:* | /* | .*) return 1 ;; *:*) return 0 ;; *) return 1 ;; esac; }
    if remote "$1"; then
        service=${1%%:*} from=1
    elif remote "$2"; then
        service=${2%%:*} from=2
    else
        usage
    fi
    ;;
*)
    [ $# -ge 1 ] || usage
    service=$1
    shift
    [ "$me" != dsh ] || [ $# -eq 0 ] || usage
    ;;
esac
case $service in -*) fail "no service named $service in the swarm" ;; esac
docker service inspect --format '{{.ID}}' -- "$service" >/dev/null 2>&1 ||
    fail "no service named $service in the swarm"
# Running tasks only: one still pending has no node yet.
task=$(docker service ps --no-trunc --filter desired-state=running \
    --format '{{.Node}} {{.Name}}.{{.ID}} {{.CurrentState}}' -- "$service" |
    awk '$3 == "Running"' | sed -n "${nth}p")
[ -n "$task" ] || fail "$service has no running task number $nth"
node=${task%% *}
container=${task#* }
container=${container%% *}
[ -n "$node" ] || fail "$service's task $container has no node"
# A node known by its short name is a host of this hive.
case $node in *.*) ;; *) node="$node.$hive" ;; esac
engine="-H tcp://$node:2376 --tlsverify"
case $me in
dsh)
    exec docker $engine exec -it -e "TERM=${TERM:-xterm}" "$container" /bin/sh -c \
        'if [ -x /bin/bash ]; then exec /bin/bash; elif [ -x /bin/ash ]; then exec /bin/ash; else exec /bin/sh; fi'
    ;;
dcp)
    if [ "$from" = 1 ]; then
        exec docker $engine cp $copy "$container:${1#*:}" "$2"
    fi
    exec docker $engine cp $copy "$1" "$container:${2#*:}"
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
