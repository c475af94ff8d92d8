#!/usr/bin/env bash
# The test command (README "Run the tests"; CI calls it through .ci/run).
# Installs what it needs, then builds and runs the whole suite twice (dev, and
# under AddressSanitizer + UBSan), runs the fuzzer briefly, and prints the
# benchmark figures. Exits non-zero on any failure.
#
#   scripts/test.sh            everything
#   scripts/test.sh --quick    dev build and tests only (while iterating)
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
[[ "${1:-}" == "--quick" ]] && quick=true
fuzz_seconds=${HIVE_FUZZ_SECONDS:-60}

scripts/install-deps.sh --test

step() { printf '\n=== %s ===\n' "$*"; }

# ctest's own summary lines scroll away behind the fuzzer and the benchmark:
# keep them and close with one line that counts every test run.
results=$(mktemp)
trap 'rm -f "$results"' EXIT
run_ctest() { ctest --preset "$1" 2>&1 | tee -a "$results"; return "${PIPESTATUS[0]}"; }
summary() {
    awk '/tests passed, [0-9]+ tests failed out of/ { failed += $4; total += $NF }
         END { printf "tests: %d passed, %d failed\n", total - failed, failed }' "$results"
}

step "format check (clang-format)"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core cli tests bench -name '*.cpp' -o -name '*.h')
clang-format --dry-run -Werror "${sources[@]}"

step "dev build (-Wall -Wextra -Werror)"
cmake --preset dev >/dev/null
cmake --build --preset dev
step "tests (dev)"
run_ctest dev

if $quick; then summary; exit 0; fi

step "asan build (AddressSanitizer + UBSan)"
cmake --preset asan >/dev/null
cmake --build --preset asan
step "tests (asan)"
run_ctest asan

step "fuzz build (clang + libFuzzer)"
cmake --preset fuzz >/dev/null
# Only what the fuzzer runs, plus the CLI so clang still checks core and cli for warnings:
# a whole second build of the app with clang would cost a fresh 2-core machine many minutes.
cmake --build --preset fuzz --target fuzz_project_loader hive
step "fuzz project loader for ${fuzz_seconds}s"
work=$(mktemp -d)
trap 'rm -rf "$work" "$results"' EXIT
cp tests/fuzz/corpus/* "$work/"
# -timeout turns a hang into a timeout-* artifact; `timeout` is a hard cap on top.
(cd "$work" && timeout $((fuzz_seconds + 120)) "$OLDPWD/build/fuzz/tests/fuzz/fuzz_project_loader" "$work" \
    -max_total_time="$fuzz_seconds" -timeout=10 -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::new_units_added|==[0-9]+==ERROR)' || true)
if ls "$work"/crash-* "$work"/leak-* "$work"/oom-* "$work"/timeout-* >/dev/null 2>&1; then
    echo "fuzzer found a problem: $(ls "$work"/crash-* "$work"/leak-* "$work"/oom-* "$work"/timeout-* 2>/dev/null)"
    exit 1
fi

step "benchmark (release build)"
cmake --preset release >/dev/null
cmake --build --preset release --target bench_inventory bench_ssh
build/release/bench/bench_inventory
build/release/bench/bench_ssh
# Start-up and the views are measured on the dev build the tests used (no
# second GUI build): debug figures, slower than a release build.
build/dev/bench/bench_startup
build/dev/bench/bench_views

step "summary"
summary
