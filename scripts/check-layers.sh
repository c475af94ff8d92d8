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
    [remote]=4 [cloud]=4
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

# The front ends: gui/'s feature folders the same way (run/ is what they
# share; shell/ hosts them all), and neither gui/ nor cli/ includes app/
# (the executable) or the other front end.
declare -A guiRank=(
    [run]=0
    [editor]=1 [topology]=1
    [build]=2 [health]=2 [live]=2 [metrics]=2 [wizard]=2
    [shell]=3
)
for dir in gui/*/; do
    from=$(basename "$dir")
    if [[ -z "${guiRank[$from]:-}" ]]; then
        echo "gui/$from: not a known feature folder (add it to scripts/check-layers.sh and ARCHITECTURE.md)"
        bad=1
        continue
    fi
    while IFS=: read -r file line include; do
        to=${include#*\"gui/}
        to=${to%%/*}
        [[ "$to" == "$from" ]] && continue
        if [[ -z "${guiRank[$to]:-}" ]] || ((guiRank[$to] >= guiRank[$from])); then
            echo "$file:$line: gui/$from includes gui/$to (${include#*#include }), which is not below it"
            bad=1
        fi
    done < <(grep -rnE '^#include "gui/[a-z_]+/' "$dir" --include='*.h' --include='*.cpp' || true)
done
while IFS=: read -r file line include; do
    echo "$file:$line: a front end includes ${include#*#include } (app/ and the other front end are not below it)"
    bad=1
done < <(grep -rnE '^#include "(app|cli)/' gui --include='*.h' --include='*.cpp' || true;
         grep -rnE '^#include "(app|gui)/' cli --include='*.h' --include='*.cpp' || true)
((bad == 0)) && echo "layers: every include in core/ and gui/ runs downwards"
exit "$bad"
