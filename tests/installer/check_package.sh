#!/usr/bin/env bash
# Checks the Debian package scripts/package.sh made, then installs it into a
# bare Debian 12 container (the docker provider's node image: a debootstrap'ed
# bookworm without Qt, Ansible or any of our files) with apt pulling its
# dependencies, runs both programs from the installed files, removes it and
# checks that nothing of it is left. Also checks what can be checked of the
# macOS files here (property list, Homebrew formula and cask syntax).
#
#   tests/installer/check_package.sh DEB
# Prints "installer: N passed, N failed" last; exits non-zero on a failure.
set -uo pipefail
deb=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
passed=0 failed=0
check() { # NAME COMMAND...: runs it, counts it
    local name=$1; shift
    local out
    if out=$("$@" 2>&1); then
        passed=$((passed + 1)); echo "PASS   $name"
    else
        failed=$((failed + 1)); echo "FAIL!  $name"; printf '%s\n' "$out" | sed 's/^/       /' | tail -40
    fi
}
contains() { # PATTERN FILE: shows the file when the pattern is not in it
    grep -q -- "$1" "$2" 2>/dev/null || { echo "not in $2:"; cat "$2" 2>/dev/null; return 1; }
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"

# -- the package's own files
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -I "$deb" >"$work/info"
check "lintian reports no errors and no warnings" lintian --fail-on error,warning "$deb"
check "desktop entry is valid" desktop-file-validate \
    "$work/root/usr/share/applications/io.github.hivestudio.HiveStudio.desktop"
check "AppStream metadata is valid" appstreamcli validate --no-net \
    "$work/root/usr/share/metainfo/io.github.hivestudio.HiveStudio.metainfo.xml"
check "depends on ssh, ansible and the Qt libraries" bash -c \
    "grep -E '^ Depends:.*openssh-client.*ansible' '$work/info' && grep -E '^ Depends:.*libqt6widgets6' '$work/info'"
check "recommends docker.io" grep -E '^ Recommends:.*docker\.io' "$work/info"
expected=(usr/bin/hive usr/bin/hive-studio usr/share/man/man1/hive.1.gz usr/share/man/man1/hive-studio.1.gz
    usr/share/bash-completion/completions/hive usr/share/icons/hicolor/scalable/apps/hive-studio.svg
    usr/share/icons/hicolor/48x48/apps/hive-studio.png usr/share/icons/hicolor/256x256/apps/hive-studio.png
    usr/share/doc/hive-studio/copyright usr/share/hive-studio/examples/sample/inventory/hive.yml)
check "ships binaries, man pages, completion, icons, examples" bash -c \
    "cd '$work/root' && for f in ${expected[*]}; do test -s \$f || { echo missing \$f; exit 1; }; done"
man_sections() { # every subcommand that hive --help lists has a section in hive(1)
    local commands
    commands=$(HIVE_LANG=en "$work/root/usr/bin/hive" --help | awk '/^subcommands:/ { on = 1; next }
        on && /^  [a-z]/ { print $1 }') || { echo "hive --help failed"; return 1; }
    if (($(wc -w <<<"$commands") < 20)); then
        echo "hive --help lists too few subcommands: $commands"
        return 1
    fi
    zcat "$work/root/usr/share/man/man1/hive.1.gz" >"$work/hive.1"
    for c in $commands; do
        grep -q "^\.SS \"hive $c\"" "$work/hive.1" || { echo "no section for $c"; return 1; }
    done
}
check "hive(1) documents every subcommand" man_sections
check "the 48px icon is a 48x48 PNG" python3 -c "
import struct,sys
d=open('$work/root/usr/share/icons/hicolor/48x48/apps/hive-studio.png','rb').read(24)
sys.exit(0 if d[:8]==b'\x89PNG\r\n\x1a\n' and struct.unpack('>II',d[16:24])==(48,48) else 1)"

# -- macOS: what can be checked without a Mac
check "Info.plist template is a valid property list" python3 -c "
import plistlib; p=plistlib.load(open('$src/installer/macos/Info.plist.in','rb'))
assert p['CFBundlePackageType']=='APPL' and 'CFBundleIdentifier' in p"
if command -v ruby >/dev/null; then
    check "Homebrew formula parses (ruby -c)" ruby -c "$src/installer/macos/hive.rb"
    check "Homebrew cask parses (ruby -c)" ruby -c "$src/installer/macos/hive-studio.rb"
fi

# -- into a bare Debian 12
image=${HIVE_INSTALL_TEST_IMAGE:-$(docker images hive-studio/node --format '{{.Repository}}:{{.Tag}}' | head -1)}
if [[ -z "$image" ]]; then
    echo "FAIL!  no Debian 12 image to install into: the docker provider's node image is built by"
    echo "       the test bed or any 'hive build-infra' of a docker stage (or set HIVE_INSTALL_TEST_IMAGE)"
    failed=$((failed + 1))
else
    cp "$deb" "$work/hive-studio.deb"
    mkdir -m 777 "$work/out"
    cat >"$work/in-container.sh" <<'SCRIPT'
set -eu
# A throwaway container: dpkg need not sync every file it writes (much of
# the time of the install and the purge). Before the first snapshot, so
# that both have it.
echo 'force-unsafe-io' >/etc/dpkg/dpkg.cfg.d/hive-check-unsafe-io
snapshot() { find /usr /etc /opt -xdev \( -path /etc/ld.so.cache \) -prune -o -print | sort; }
dpkg-query -W -f '${Package}\n' | sort >/out/packages-before
snapshot >/out/files-before
export DEBIAN_FRONTEND=noninteractive
t=$(date +%s)
took() { now=$(date +%s); echo "$1: $((now - t)) s" >>/out/timings; t=$now; }
apt-get update -qq
took "apt-get update"
# Depends alone must be enough to run (and fewer packages to fetch).
apt-get install -y -qq --no-install-recommends /tmp/hive-studio.deb >/out/apt-install.log 2>&1 || { tail -30 /out/apt-install.log; exit 1; }
took "apt-get install (with its dependencies, no recommended packages)"
hive --version >/out/hive-version
QT_QPA_PLATFORM=offscreen hive-studio --version >/out/studio-version
hive -r /usr/share/hive-studio/examples/offline-web check >/out/check 2>&1 || echo "exit $?" >>/out/check
# completion from the installed script: subcommands, then hosts of the example
cd /usr/share/hive-studio/examples/offline-web
bash -c 'source /usr/share/bash-completion/completions/hive
         COMP_WORDS=(hive list-); COMP_CWORD=1; _hive; echo "${COMPREPLY[*]}"
         COMP_WORDS=(hive ssh -t p-); COMP_CWORD=3; _hive; echo "${COMPREPLY[*]}"' >/out/completion
cd /
QT_QPA_PLATFORM=offscreen HOME=/tmp/home timeout 300 hive-studio --screenshots /out/shots \
    /usr/share/hive-studio/examples/sample >/out/screenshots.log 2>&1 || true
took "hive-studio --screenshots"
# The package and exactly what apt installed with it (its dependencies) go
# again; what the image had before stays.
dpkg-query -W -f '${Package}\n' | sort >/out/packages-installed
added=$(comm -13 /out/packages-before /out/packages-installed)
apt-get purge -y -qq $added >/out/apt-purge.log 2>&1 || { tail -30 /out/apt-purge.log; exit 1; }
took "apt-get purge of what the install added"
dpkg-query -W -f '${Package}\n' | sort >/out/packages-after
snapshot >/out/files-after
SCRIPT
    start=$(date +%s)
    check "installs into a bare Debian 12 with apt, runs, and purges" \
        docker run --rm --network host --entrypoint /bin/bash \
            -v "$work/hive-studio.deb:/tmp/hive-studio.deb:ro" -v "$work/out:/out" \
            -v "$work/in-container.sh:/in-container.sh:ro" "$image" /in-container.sh
    echo "       (install, run and purge in $image took $(($(date +%s) - start)) s:"
    sed 's/^/         /' "$work/out/timings" 2>/dev/null
    echo "       )"
    version=$(sed -n 's/^ Version: //p' "$work/info")
    check "installed hive --version" contains "^hive $version\$" "$work/out/hive-version"
    check "installed hive-studio --version" contains "$version" "$work/out/studio-version"
    check "installed hive checks the installed example" contains "— OK\$" "$work/out/check"
    check "installed bash completion completes subcommands and hosts" bash -c \
        "sed -n 1p '$work/out/completion' | grep -q 'list-hosts list-services list-volumes' &&
         sed -n 2p '$work/out/completion' | grep -q 'p-hive0'"
    check "installed app renders its main window offscreen" bash -c \
        "ls '$work/out/shots'/main-window*.png >/dev/null 2>&1 && test \$(stat -c %s \$(ls '$work/out/shots'/main-window*.png | head -1)) -gt 10000 || { cat '$work/out/screenshots.log'; false; }"
    check "purge leaves no package behind" diff "$work/out/packages-before" "$work/out/packages-after"
    check "purge leaves no file behind" diff "$work/out/files-before" "$work/out/files-after"
fi

echo "installer: $passed passed, $failed failed"
((failed == 0))
