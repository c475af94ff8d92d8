#!/usr/bin/env bash
# The test command (README "Run the tests"; CI calls it through .ci/run).
# Installs what it needs, then:
#   - builds everything optimised with -Werror and runs the whole suite,
#     including the end-to-end suites and drills on the test bed (once);
#   - runs the README's main job (scripts/run-example.sh) on that build and
#     the bed's node image; the hive-all suite then checks the hive it built
#     (a second run must change nothing);
#   - builds the Debian package and installs it into a bare Debian 12;
#   - builds the suites of the core, the CLI and the remote layer under
#     AddressSanitizer + UBSan with clang and runs them;
#   - fuzzes the project loader and the Docker API client briefly (from that
#     same sanitized build) and prints the benchmark figures.
# The sanitized build runs in the background, at low priority, while the test
# bed's suites and the main job wait on containers; the setup-hosts suite and
# the recovery drills run on beds of their own, and the package's install in
# a container of its own, beside the main job.
# Ends with one line counting every test, and the time each stage took.
# Exits non-zero on any failure.
#
#   scripts/test.sh            everything
#   scripts/test.sh --quick    dev build and its tests only (while iterating)
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
[[ "${1:-}" == "--quick" ]] && quick=true
fuzz_seconds=${HIVE_FUZZ_SECONDS:-45}

# Each stage's time, printed at the end (and when a stage fails).
stage_names=() stage_seconds=()
stage_start=$SECONDS
step() {
    finish_stage
    stage_names+=("$*")
    stage_start=$SECONDS
    printf '\n=== %s ===\n' "$*"
}
finish_stage() {
    if ((${#stage_names[@]} > ${#stage_seconds[@]})); then
        stage_seconds+=($((SECONDS - stage_start)))
    fi
}
print_times() {
    finish_stage
    printf '\n=== time per stage ===\n'
    local i
    for i in "${!stage_names[@]}"; do
        printf '%5d s  %s\n' "${stage_seconds[$i]:-0}" "${stage_names[$i]}"
    done
    printf '%5d s  in all\n' "$SECONDS"
}

# ctest's own summary lines scroll away behind the later stages: keep them
# and close with one line that counts every test run.
results=$(mktemp)
work=$(mktemp -d)
# On a failure the stage times are printed too; on success just before the last line.
background=
declare -A beside_pid=()
trap 'code=$?; [[ -z "$background" ]] || kill -- "-$background" 2>/dev/null || true
      ((${#beside_pid[@]} == 0)) || kill "${beside_pid[@]}" 2>/dev/null || true
      [[ -z "${installer_pid:-}" ]] || kill -- "-$installer_pid" 2>/dev/null || true
      ((code == 0)) || print_times; rm -rf "$results" "$work"' EXIT
run_ctest() { ctest "$@" 2>&1 | tee -a "$results"; return "${PIPESTATUS[0]}"; }
summary() {
    awk '/tests passed, [0-9]+ tests failed out of/ { failed += $4; total += $NF }
         /^installer: [0-9]+ passed, [0-9]+ failed$/ { total += $2 + $4; failed += $4 }
         END { printf "tests: %d passed, %d failed\n", total - failed, failed }' "$results"
}

step "install dependencies"
scripts/install-deps.sh --test

step "format and layer checks (clang-format, scripts/check-layers.sh)"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core cli tests bench installer -name '*.cpp' -o -name '*.h')
clang-format --dry-run -Werror "${sources[@]}"
scripts/check-layers.sh

if $quick; then
    step "dev build (-Wall -Wextra -Werror)"
    cmake --preset dev >/dev/null
    cmake --build --preset dev
    step "tests (dev)"
    run_ctest --preset dev
    print_times
    summary
    exit 0
fi

# One optimised build serves the tests, the main job, the package and the
# benchmarks: a 2-core machine builds the GUI once instead of twice.
step "release build (-Wall -Wextra -Werror)"
cmake --preset release >/dev/null
cmake --build --preset release

# The sanitizer and fuzzer builds need the processors; the test bed's suites,
# the main job and the package's install mostly wait on containers. So the
# builds run meanwhile, at the lowest priority (the bed's timing stays its own),
# and their output is shown when they are waited for.
background_log="$work/background-builds.log"
# Its own process group, so that a failure elsewhere stops the builds too.
setsid bash -c '
    set -e
    start=$SECONDS
    cmake --preset asan >/dev/null
    # One clang build for both: the sanitized suites and the fuzzers link the
    # same instrumented core (clang checks it for warnings on the way).
    nice -n 19 cmake --build --preset asan --target sanitized_suites hive fuzz_project_loader fuzz_http_connection
    echo "asan build: $((SECONDS - start)) s"
' >"$background_log" 2>&1 </dev/null &
background=$!
background_done() {
    step "asan build with the fuzzers (started in the background after the release build)"
    local code=0
    wait "$background" || code=$?
    background=
    grep -E '^asan build: |error:|FAILED' "$background_log" | head -40 || true
    if ((code != 0)); then
        tail -60 "$background_log"
        return "$code"
    fi
}

bed_suite() { run_ctest --preset release -L bed -R "^$1\$"; }
step "test bed: build-infra suite (makes the node image the others use)"
bed_suite tst_build_infra_e2e
step "test bed: the app's Build and Live tabs (timing checks: run alone)"
bed_suite tst_app_e2e

# The setup-hosts suite and the recovery drills take the longest and mostly
# wait on their swarms: each runs on a bed of its own (separate containers,
# networks and addresses) while the main job and the package's install use
# theirs.
beside=(tst_setup_hosts_e2e tst_recovery_drills_e2e)
for suite in "${beside[@]}"; do
    ctest --preset release -L bed -R "^$suite\$" >"$work/$suite.log" 2>&1 &
    beside_pid[$suite]=$!
done
beside_start=$SECONDS
beside_done() {
    step "test bed: setup-hosts suite, recovery drills and the package's install (ran beside the stages above)"
    local code=0 suite
    for suite in "${beside[@]}"; do
        wait "${beside_pid[$suite]}" || code=$?
        unset "beside_pid[$suite]"
        tee -a "$results" <"$work/$suite.log"
        echo "$suite: done $((SECONDS - beside_start)) s after their start"
    done
    echo "-- the package's install on a bare Debian 12"
    wait "$installer_pid" || code=$?
    installer_pid=
    tee -a "$results" <"$work/installer.log"
    return "$code"
}

# The package is made now; its install into a bare Debian 12 (mostly apt
# fetching the Qt libraries) runs beside the main job too.
step "Debian package (scripts/package.sh; its install runs beside the stages below)"
deb=$(scripts/package.sh)
echo "$deb"
# Its own process group: a failure elsewhere stops its container's client too.
setsid tests/installer/check_package.sh "$deb" >"$work/installer.log" 2>&1 </dev/null &
installer_pid=$!

# The README's main job builds the example's hive from nothing (and fails
# when web does not answer); the hive-all suite then checks that same hive in
# place (a re-run changes nothing and says so, removing web and bringing it
# back, a failing service) instead of building a second one.
# CI's copy of the example leaves Zabbix out (the example has it, as
# hive-builder does): on CI's 2-core machine, beside the other beds, its
# packages and database made the main job 7.7 minutes longer (1134 s against
# 661), past the 45-minute budget. tst_hive_all_e2e checks Zabbix on a hive of
# its own outside CI (README: Tests); the example's file is put back below.
sed -i 's/^hive_monitoring: true$/hive_monitoring: false/' examples/offline-web/inventory/group_vars/all.yml
step "main job: scripts/run-example.sh (README 'Run it')"
scripts/run-example.sh
step "test bed: hive all suite on the main job's hive (re-run, remove, failing service)"
HIVE_E2E_PROJECT="$PWD/examples/offline-web" bed_suite tst_hive_all_e2e
build/release/cli/hive -r examples/offline-web build-infra -D >/dev/null
git checkout -q -- examples/offline-web/inventory/group_vars/all.yml 2>/dev/null || true

# The unit and view suites run here, not right after the build: the
# recovery drills beside these stages are CI's longest path (they ended
# 195 s after everything else), and 95 s of suites before the beds made
# that path 95 s longer.
step "unit suites (release; while the drills run beside)"
run_ctest --preset release -LE bed

background_done
step "tests (asan; the suites of the core, the CLI and the remote layer)"
run_ctest --preset asan

# fuzz TARGET CORPUS SECONDS: a short libFuzzer run from the kept corpus;
# any crash, leak, out-of-memory or hang fails.
fuzz() {
    local target=$1 corpus=$2 seconds=$3
    step "fuzz $target for ${seconds}s"
    mkdir "$work/$target"
    cp "$corpus"/* "$work/$target/"
    # -timeout turns a hang into a timeout-* artifact; `timeout` is a hard cap on top.
    (cd "$work/$target" && timeout $((seconds + 120)) "$OLDPWD/build/asan/tests/fuzz/$target" "$work/$target" \
        -max_total_time="$seconds" -timeout=10 -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
        | grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::new_units_added|==[0-9]+==ERROR)' || true)
    if ls "$work/$target"/crash-* "$work/$target"/leak-* "$work/$target"/oom-* "$work/$target"/timeout-* >/dev/null 2>&1; then
        echo "fuzzer $target found a problem: $(ls "$work/$target"/crash-* "$work/$target"/leak-* "$work/$target"/oom-* "$work/$target"/timeout-* 2>/dev/null)"
        exit 1
    fi
}
fuzz fuzz_project_loader tests/fuzz/corpus "$fuzz_seconds"
fuzz fuzz_http_connection tests/fuzz/corpus-http "$((fuzz_seconds / 2))"

# Their last minutes overlap the sanitizer and fuzzer runs above; the
# benchmark's figures are taken once nothing else runs.
beside_done
step "benchmark (release build)"
build/release/bench/bench_inventory
# 4 hosts x 30 rounds (100 by hand): the per-command figures and their
# ratio hold at 30, and the 400 ssh processes of 100 cost CI half a minute.
build/release/bench/bench_ssh 30
build/release/bench/bench_startup
build/release/bench/bench_views
build/release/bench/bench_open 3

print_times
summary
