#!/bin/sh
# Turns a debootstrap'ed Debian root file system into a hive node for the
# `docker` provider: a container that boots systemd and runs sshd and its own
# dockerd. Run by `hive build-infra` as root on the machine that builds the
# image; the recipe hash of the node image covers this file, so editing it
# makes build-infra build a new image.
#
# Usage: customize-node-rootfs.sh ROOTFS MIRROR SUITE
set -eu
rootfs=$1
mirror=$2
suite=$3

say() { printf '%s\n' "$*"; }

say "configuring apt for $mirror $suite"
rm -f "$rootfs/etc/apt/sources.list"
printf 'deb %s %s main\n' "$mirror" "$suite" > "$rootfs/etc/apt/sources.list"
# Every package (the registry's too) came with debootstrap's one pass: no
# second apt round here.
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb
: > "$rootfs/etc/resolv.conf" # docker gives each container its own
echo hive-node > "$rootfs/etc/hostname"

say "making per-host identities appear at first boot"
: > "$rootfs/etc/machine-id"
rm -f "$rootfs/var/lib/dbus/machine-id" "$rootfs"/etc/ssh/ssh_host_*
cat > "$rootfs/etc/systemd/system/hive-ssh-host-keys.service" <<'UNIT'
[Unit]
Description=Generate this host's SSH host keys on first boot
Before=ssh.service
ConditionPathExists=!/etc/ssh/ssh_host_ed25519_key.pub

[Service]
Type=oneshot
# ECDSA, then Ed25519 (the condition above: its public half is written
# last; a boot cut short before starts again from nothing). No RSA key:
# making one kept sshd waiting most of the 4 s this unit took at a first
# boot of four nodes on 2 cores, and hive's clients use Ed25519.
ExecStartPre=/bin/rm -f /etc/ssh/ssh_host_ecdsa_key /etc/ssh/ssh_host_ecdsa_key.pub /etc/ssh/ssh_host_ed25519_key /etc/ssh/ssh_host_ed25519_key.pub
ExecStart=/usr/bin/ssh-keygen -q -N "" -t ecdsa -f /etc/ssh/ssh_host_ecdsa_key
ExecStart=/usr/bin/ssh-keygen -q -N "" -t ed25519 -f /etc/ssh/ssh_host_ed25519_key

[Install]
RequiredBy=ssh.service
UNIT

say "enabling ssh and docker; masking units a container cannot run"
chroot "$rootfs" systemctl disable docker-registry.service
chroot "$rootfs" systemctl enable hive-ssh-host-keys.service ssh.service docker.service containerd.service
chroot "$rootfs" systemctl mask getty@tty1.service serial-getty@ttyS0.service console-getty.service \
    systemd-udevd.service systemd-udev-trigger.service systemd-remount-fs.service \
    systemd-firstboot.service systemd-modules-load.service sys-kernel-config.mount \
    sys-kernel-debug.mount sys-kernel-tracing.mount
mkdir -p "$rootfs/root/.ssh"
chmod 700 "$rootfs/root/.ssh"

# The node container is not --privileged (many machines cannot grant every
# capability), so /sys and the cgroup hierarchies arrive read-only: make them
# writable, then become systemd.
cat > "$rootfs/usr/local/sbin/hive-node-init" <<'INIT'
#!/bin/sh
mount -o remount,rw /sys 2>/dev/null || echo "hive-node-init: cannot remount /sys read-write" >&2
for m in $(awk '$3=="cgroup" || $3=="cgroup2" {print $2}' /proc/self/mounts); do
    mount -o remount,bind,rw "$m" 2>/dev/null || echo "hive-node-init: cannot remount $m read-write" >&2
done
mount --make-rshared / 2>/dev/null || true
exec /sbin/init "$@"
INIT
chmod 755 "$rootfs/usr/local/sbin/hive-node-init"
say "root file system ready"
