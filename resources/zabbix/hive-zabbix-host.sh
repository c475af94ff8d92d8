#!/bin/sh
# Written by hive setup-hosts (zabbix-agent): what the template "Hive host"
# asks of this server's Zabbix agent.
#   hive-zabbix-host units-failed          failed systemd units, by name
#   hive-zabbix-host drbd-discovery        the DRBD resources (low-level discovery)
#   hive-zabbix-host drbd-disk RESOURCE    this side's disk state (UpToDate, ...)
#   hive-zabbix-host drbd-peer RESOURCE    the peer's connection (StandAlone: split brain)
# drbdadm runs through sudo, which allows the agent `drbdadm status` alone.

drbd_status() {
    command -v drbdadm >/dev/null 2>&1 || return 1
    sudo -n drbdadm status 2>/dev/null
}

case $1 in
units-failed)
    systemctl list-units --state=failed --no-legend --plain 2>/dev/null |
        awk '{ printf "%s%s", sep, $1; sep = " " } END { print "" }'
    ;;
drbd-discovery)
    # A resource's first line starts at column one: "NAME role:Primary".
    drbd_status | awk 'BEGIN { printf "[" }
        /^[^ ]+ role:/ { printf "%s{\"{#RESOURCE}\":\"%s\"}", sep, $1; sep = "," }
        END { print "]" }'
    ;;
drbd-disk | drbd-peer)
    out=$(drbd_status) || { echo "drbdadm status does not answer" >&2; exit 1; }
    printf '%s\n' "$out" | awk -v r="$2" -v what="$1" '
        /^[^ ]/ { in_r = ($1 == r) }
        in_r && what == "drbd-disk" && /^  disk:/ { split($1, d, ":"); print d[2]; found = 1; exit }
        in_r && what == "drbd-peer" && /connection:/ {
            for (i = 1; i <= NF; i++) if ($i ~ /^connection:/) { split($i, c, ":"); print c[2]; found = 1; exit }
        }
        END {
            # A peer line without "connection:" is connected.
            if (!found && what == "drbd-peer" && seen) print "Connected"
            else if (!found) exit 1
        }
        in_r && /^  [^ ]+ role:/ { seen = 1 }' ||
        { echo "no DRBD resource $2 here" >&2; exit 1; }
    ;;
*)
    echo "usage: $0 units-failed | drbd-discovery | drbd-disk RESOURCE | drbd-peer RESOURCE" >&2
    exit 2
    ;;
esac
