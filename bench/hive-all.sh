#!/usr/bin/env bash
# `hive all` of examples/offline-web on the local docker provider, timed:
# from an empty folder (the node image already made: build-infra makes it
# once), then again with nothing to change, each phase's time from hive's
# own summary lines. Prints:
#   first hive all: X s (phases …)
#   no-change hive all: Y s (phases …); roles applied again: N
# then removes the hive. A copy of the example is used (the project folder
# is left as it is). HIVE_BENCH_NO_ZABBIX=1 leaves Zabbix out, as CI's main
# job does. Needs root (Docker Engine) and the release build; about 3-5
# minutes (4 hosts, 2 images, Zabbix).
set -euo pipefail
cd "$(dirname "$0")/.."
hive=$PWD/build/release/cli/hive
[[ -x $hive ]] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
work=$(mktemp -d)
project=$work/offline-web
cp -r examples/offline-web "$project"
rm -rf "$project/.hive"
if [[ -n "${HIVE_BENCH_NO_ZABBIX:-}" ]]; then
    sed -i 's/^hive_monitoring: true$/hive_monitoring: false/' "$project/inventory/group_vars/all.yml"
fi
cleanup() {
    "$hive" -r "$project" build-infra -D >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# run LABEL: one `hive all`, its wall time and the phases' own times.
run() {
    local label=$1 log=$work/$1.log start end
    start=$(date +%s%N)
    "$hive" -r "$project" all >"$log" 2>&1 || { tail -40 "$log"; echo "$label: hive all failed" >&2; exit 1; }
    end=$(date +%s%N)
    local phases
    phases=$(sed -nE 's/^== ([a-z-]+) (ok|changed) \(([0-9.]+) s\)$/\1 \3/p' "$log" | paste -sd, | sed 's/,/, /g')
    local ds=$(((end - start) / 100000000))
    printf '%s hive all: %d.%d s (%s)\n' "$label" $((ds / 10)) $((ds % 10)) "$phases"
}
run first
run no-change
grep -q '^Nothing changed' "$work/no-change.log" || { echo "the second run changed something" >&2; exit 1; }
applied=$(grep -cE 'task\(s\)? ok|tasks? ok\)|changed [0-9]+ task' "$work/no-change.log" || true)
echo "roles applied again on the no-change run: $applied"
