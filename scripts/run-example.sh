#!/usr/bin/env bash
# The main job (README "Run it"): installs what is needed, builds hive, checks
# the example project in examples/sample, prints its plan, and builds its
# private stage on this machine with the local docker provider: four hosts
# (containers running systemd, sshd and dockerd) that answer SSH. Needs root
# (Docker Engine, node image). Then setup-hosts makes them a TLS-secured
# 3-manager swarm with a registry and log collection. Later phases
# (build-images ... deploy-services) join this script as they land.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-examples/sample}

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target hive hive-studio
hive=build/release/cli/hive

echo "== hive check ($project)"
"$hive" -r "$project" check
echo
echo "== hosts of each stage"
for stage in private staging production; do
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
"$hive" -r "$project" inventory --export | head -40

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
echo "== hive build-infra (stage private, provider docker; first run builds the node image)"
"$hive" -r "$project" build-infra
echo
echo "== hive setup-hosts (OS, firewall, TLS, Docker, registry, logs, swarm)"
"$hive" -r "$project" setup-hosts
echo
echo "== the swarm: hive ssh -t p-hive0 -- sudo docker node ls"
"$hive" -r "$project" ssh -t p-hive0 -- sudo docker node ls
echo
echo "Log in with:   $hive -r $project ssh           (repository server; -t HOST for another)"
echo "Stop / remove: $hive -r $project build-infra -H   /   build-infra -D"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    echo "== opening Hive Studio on $project"
    build/release/gui/hive-studio "$project" &
else
    echo "(no display: the app is not opened; scripts/screenshots OUT_DIR renders its views to PNG)"
fi
