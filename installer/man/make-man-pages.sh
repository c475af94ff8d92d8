#!/usr/bin/env bash
# Writes the man pages hive.1 and hive-studio.1 from the programs' own
# --help and --version (with help2man), so they never drift from the code:
# hive.1 gets a SUBCOMMANDS section with each subcommand's --help.
#
#   make-man-pages.sh HIVE HIVE_STUDIO SOURCE_DIR OUT_DIR
set -euo pipefail
hive=$1 studio=$2 src=$3 out=$4
mkdir -p "$out"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 HIVE_LANG=en QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR="$work/runtime"

# roff: a backslash is \e, and a line may not start with . or '
roff() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

{
    cat "$src/man/hive.h2m"
    echo
    echo '[SUBCOMMANDS]'
    "$hive" --help | awk '/^subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }' |
        while read -r command; do
            printf '.SS "hive %s"\n.nf\n' "$command"
            "$hive" "$command" --help | roff
            printf '.fi\n'
        done
} >"$work/hive.h2m"

help2man --no-info --section=1 --source="Hive Studio" \
    --name="design, build, run and repair a highly available Docker Swarm site" \
    --include="$work/hive.h2m" --output="$out/hive.1" "$hive"
help2man --no-info --section=1 --source="Hive Studio" \
    --name="desktop application to design, build, run and repair a Docker Swarm site" \
    --include="$src/man/hive-studio.h2m" --output="$out/hive-studio.1" "$studio"
