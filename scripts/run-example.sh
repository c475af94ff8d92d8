#!/usr/bin/env bash
# The main job (README "Run it"): installs what is needed, builds hive and the
# app, checks the example project examples/offline-web and prints its plan,
# then brings its private stage up on this machine with the local docker
# provider in one `hive all`: four hosts (containers running systemd, sshd and
# dockerd), a TLS-secured 3-manager swarm with a registry and log collection,
# two images built with Ansible roles from a base image made offline, the
# volume and network, the services deployed and initialised. It ends by
# asking the web service on every hive's address. Needs root (Docker Engine).
# Run it again: nothing changes, and it says so.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-examples/offline-web}

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target hive hive-studio
hive=build/release/cli/hive

echo "== hive check ($project)"
"$hive" -r "$project" check
echo
echo "== hosts of each stage"
# The stages the project defines (each is a group of the Ansible inventory).
stages=$("$hive" -r "$project" inventory --list | python3 -c '
import json, sys
groups = json.load(sys.stdin)
print(" ".join(s for s in ("private", "staging", "production") if s in groups))')
for stage in $stages; do
    echo "-- $stage"
    "$hive" -r "$project" -s "$stage" list-hosts --long
done
echo
echo "== services"
"$hive" -r "$project" list-services --long
echo
echo "== volumes"
"$hive" -r "$project" list-volumes --long
echo
echo "== inventory (first lines of 'hive inventory --export')"
# Read whole, then cut: `hive … | head` can end hive with SIGPIPE while it
# still writes, and pipefail would end this script with it.
exported=$("$hive" -r "$project" inventory --export)
head -40 <<<"$exported"

echo
echo "== Docker Engine"
if ! docker info >/dev/null 2>&1; then
    # No init system runs dockerd on some machines (containers, CI): start it.
    echo "no Docker Engine answers; starting dockerd (log: /var/tmp/hive-dockerd.log)"
    nohup dockerd >/var/tmp/hive-dockerd.log 2>&1 </dev/null &
    for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
fi
docker info --format 'Docker Engine {{.ServerVersion}} ({{.Driver}})'
echo
echo "== hive all (build-infra, setup-hosts, build-images, build-volumes, build-networks,"
echo "   deploy-services, initialize-services; the first run builds the node image)"
SECONDS=0
"$hive" -r "$project" all
echo "hive all took ${SECONDS} s"
echo
echo "== the swarm: hive ssh -t p-hive0 -- sudo docker service ls"
"$hive" -r "$project" ssh -t p-hive0 -- sudo docker service ls
echo
echo "== where the web service answers"
addresses=$("$hive" -r "$project" inventory --list | python3 -c '
import json, sys
inventory = json.load(sys.stdin)
hives = set(inventory["hives"]["hosts"]) & set(inventory["private"]["hosts"])
for host in sorted(hives):
    print(inventory["_meta"]["hostvars"][host]["hive_private_ip"])')
if [[ -z "$addresses" ]]; then
    echo "the inventory names no hive of stage private to ask" >&2
    exit 1
fi
for address in $addresses; do
    if answer=$(curl -sf -m 5 "http://$address:8080/"); then
        printf 'http://%s:8080/  ->  %s\n' "$address" "$answer"
    else
        printf 'http://%s:8080/  ->  no answer\n' "$address"
        unanswered=$((${unanswered:-0} + 1))
    fi
done
if ((${unanswered:-0} > 0)); then
    echo "web did not answer on $unanswered address(es): see 'hive -r $project doctor'" >&2
    exit 1
fi
echo
echo "Log in with:   $hive -r $project ssh           (repository server; -t HOST for another)"
echo "Stop / remove: $hive -r $project build-infra -H   /   build-infra -D"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    echo "== opening Hive Studio on $project"
    build/release/app/hive-studio "$project" &
else
    echo "(no display: the app is not opened; scripts/screenshots OUT_DIR renders its views to PNG)"
fi
