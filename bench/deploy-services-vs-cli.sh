#!/usr/bin/env bash
# deploy-services of 30 services against the same 30 `docker service create`
# run one after the other on the manager, on the test bed. Prints:
#   deploy-services, 30 services: X s; 30 docker service create: Y s; ratio R
# It first runs `hive all` of examples/offline-web (as tst_hive_all_e2e does),
# so it takes about 5-8 minutes. Needs the dev build (scripts/test.sh --quick).
set -euo pipefail
cd "$(dirname "$0")/.."
suite=build/dev/tests/e2e/tst_hive_all_e2e
[[ -x $suite ]] || { echo "build the dev tree first: scripts/test.sh --quick" >&2; exit 1; }
HIVE_MEASURE_DEPLOY=1 QTEST_FUNCTION_TIMEOUT=1500000 "$suite" \
    allFromAnEmptyFolderServesOnEveryHive thirtyServicesAgainstDockerServiceCreate 2>&1 \
    | grep -E 'QINFO|FAIL|SKIP|Totals'
