#!/usr/bin/env bash
# The core's folders are layers (ARCHITECTURE.md): a folder includes only
# folders below it, never one beside or above it. Fails naming each include
# that runs the wrong way, e.g. health → phases.
#
#   scripts/check-layers.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Lowest first. A folder may include folders with a smaller number.
declare -A rank=(
    [concurrency]=0 [diagnostics]=0
    [data]=1
    [inventory]=2
    [project]=3
    [remote]=4
    [engine]=5
    [access]=6 [recipes]=6
    [providers]=7 [topology]=7 [health]=7
    [recovery]=8
    [phases]=9
)
bad=0
for dir in core/*/; do
    from=$(basename "$dir")
    if [[ -z "${rank[$from]:-}" ]]; then
        echo "core/$from: not a known layer (add it to scripts/check-layers.sh and ARCHITECTURE.md)"
        bad=1
        continue
    fi
    while IFS=: read -r file line include; do
        to=${include#*\"}
        to=${to%%/*}
        [[ "$to" == "$from" || -z "${rank[$to]:-}" ]] && continue
        if ((rank[$to] >= rank[$from])); then
            echo "$file:$line: $from includes $to (${include#*#include }), which is not below it"
            bad=1
        fi
    done < <(grep -rnE '^#include "[a-z_]+/' "$dir" --include='*.h' --include='*.cpp' || true)
done
((bad == 0)) && echo "layers: every include in core/ runs downwards"
exit "$bad"
