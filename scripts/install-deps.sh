#!/usr/bin/env bash
# Installs every Debian package Hive Studio needs to build, test and run.
# Idempotent: packages already present are skipped; safe to run on every build.
# Usage: scripts/install-deps.sh [--package] [--test]
#   --package  the tools scripts/package.sh builds the Debian package with
#   --test     those, plus the fuzzing, test-bed and package-check tools
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  libyaml-cpp-dev libssh-dev libqcustomplot-dev libssl-dev libcrypt-dev
  # a Japanese font, so the app (and its screenshots) can show Japanese
  fonts-ipafont-gothic
  openssh-client
  # run-example.sh asks the example's web service
  curl
  # the local docker provider: the Docker Engine its hosts run on, and
  # debootstrap for the node image (built from this machine's own apt mirror)
  docker.io debootstrap
  # the project's own roles (setup-hosts' addon, build-images, initialize-services)
  # run with ansible; `ansible` brings community.docker, whose docker connection
  # applies roles inside build and task containers
  ansible-core ansible
)
package_tools=(
  # man pages from --help; the package's library dependencies (dpkg-shlibdeps, file)
  help2man dpkg-dev file
)
if [[ " $* " == *" --package "* || " $* " == *" --test "* ]]; then
  packages+=("${package_tools[@]}")
fi
if [[ " $* " == *" --test "* ]]; then
  # clang + compiler-rt for the libFuzzer target; xvfb/xauth for GUI screenshots.
  # openssh-server: the real sshd the remote-layer tests talk to on loopback.
  # busybox-static: the small offline image of the Docker API tests.
  packages+=(clang libclang-rt-14-dev xvfb xauth python3 openssh-server busybox-static)
  # visudo: the remote tests check sudoers files with it, as setup-hosts does on the hosts
  packages+=(sudo)
  # openssl: the certificate tests make an earlier version's certificate with it
  packages+=(openssl)
  # parted, fdisk (lsblk, blkid are in util-linux): the DRBD disk pick is run
  # on loop devices as setup-hosts runs it on the hosts
  packages+=(parted e2fsprogs util-linux)
  # python3-botocore: AWS's own SDK, the oracle the request signatures are
  # checked against; python3-google-auth: Google's, the oracle of the
  # service account's signed token and its exchange; python3-azure: Azure's
  # SDK, whose models (from Azure's REST specifications) every body sent to
  # Azure Resource Manager is checked against
  packages+=(python3-botocore python3-google-auth python3-azure)
  # the vagrant provider's Vagrantfiles are checked by `vagrant validate`
  # (with vagrant-libvirt, the provider it picks first); the kickstart
  # provider's install medium is made and read back with xorriso and mtools
  packages+=(vagrant vagrant-libvirt xorriso mtools)
  # checks of the package: lintian, the desktop entry, AppStream metadata, the
  # macOS property list (python3's plistlib) and Homebrew files (ruby -c)
  packages+=(lintian desktop-file-utils appstream ruby)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
