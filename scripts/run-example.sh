#!/usr/bin/env bash
# The main job (README "Run it"): installs what is needed, builds hive, and runs
# it on the example project in examples/sample. Today that means validating the
# project and printing its plan: hosts, services, volumes and the Ansible
# inventory. Building and starting the hive on the local docker provider, and
# opening the desktop app, come with the phase engine and the app (see the
# issues); this script will run them as they land.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-examples/sample}

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target hive
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
