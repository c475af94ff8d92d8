#!/usr/bin/env bash
# Builds a release of hive and hive-studio and the Debian package of both
# (installer/: binaries, man pages, bash completion, desktop entry, AppStream
# metadata, icons, examples). The last line printed is the .deb's path.
#
#   scripts/package.sh            then: sudo apt-get install ./<printed path>
set -euo pipefail
cd "$(dirname "$0")/.."

# Everything but the last line goes to stderr, so `deb=$(scripts/package.sh)` works.
{
    scripts/install-deps.sh --package
    cmake --preset release >/dev/null
    cmake --build --preset release --target hive hive-studio hive_icons hive_man_pages hive_changelog
    rm -rf build/release/packages
    cpack --config build/release/CPackConfig.cmake -B "$PWD/build/release/packages"
} >&2
shopt -s nullglob
debs=(build/release/packages/hive-studio_*.deb)
if ((${#debs[@]} != 1)); then
    echo "package.sh: expected one .deb in build/release/packages, found ${#debs[@]}" >&2
    exit 1
fi
echo "$PWD/${debs[0]}"
