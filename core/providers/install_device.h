#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

// A device the install medium is written to (kickstart_config.iso_dest:
// /dev/sdb, or a /dev/disk/by-id/… name of it). Writing erases it, so it
// is refused when it is not a whole disk (a partition, an LVM, RAID, loop
// or optical device), when it holds this machine's own system (/, /boot,
// /boot/efi or swap, also through LVM or RAID), when it or one of its
// partitions is mounted, or when something holds it (an LVM volume, a RAID
// array, an encrypted volume on it). The write itself opens it exclusively,
// so one mounted in the meantime is refused by the kernel. Where the
// machine keeps its mounts and block devices can be moved, for tests.
class InstallDevice
{
    Q_DECLARE_TR_FUNCTIONS(hive::InstallDevice)
public:
    struct System
    {
        QString mounts = QStringLiteral("/proc/self/mounts");
        QString swaps = QStringLiteral("/proc/swaps");
        QString sysBlock = QStringLiteral("/sys/class/block");
        bool requireBlockDevice = true;
    };

    // Why `device` may not be written, or empty when it may.
    static QString refusal(const QString &device, const System &system);
    static QString refusal(const QString &device) { return refusal(device, System{}); }
    // The whole disks of this machine (/dev/sdb, /dev/nvme0n1), for a picker:
    // no partitions, loop, RAM, device-mapper, RAID or optical devices.
    static QStringList candidates(const System &system);
    static QStringList candidates() { return candidates(System{}); }
    // "SanDisk Ultra, 15.4 GB": what the user checks before saying yes.
    static QString describe(const QString &device, const System &system);
    static QString describe(const QString &device) { return describe(device, System{}); }
    // Its size in bytes (0: unknown).
    static qint64 capacity(const QString &device, const System &system);
    // Copies `image` onto `device` and flushes it; `progress` gets bytes
    // written and the total.
    static bool write(const QString &image, const QString &device, QString &error,
                      const std::atomic_bool *cancel = nullptr,
                      const std::function<void(qint64, qint64)> &progress = {});

private:
    // The whole disks (sda, nvme0n1) a device node stands on: itself, the
    // disk of a partition, the disks under a device-mapper or RAID device.
    static QStringList disksUnder(const QString &node, const System &system);
};

} // namespace hive
