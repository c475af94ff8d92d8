#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace hive {

// The install medium of a kickstart stage, made with xorriso from the OS's
// own: the same files and boot records (`-boot_image any replay`), the
// hosts' kickstart files under /ks, and in the boot menus (UEFI's
// EFI/BOOT/grub.cfg, also inside images/efiboot.img, which a USB stick
// boots from; BIOS's isolinux/isolinux.cfg where there is one) an entry per
// host, "Install hive host NAME", that starts the installer with that
// host's kickstart. The original entries stay, and stay the default: a
// machine that boots the medium by accident erases nothing.
class KickstartMedium
{
    Q_DECLARE_TR_FUNCTIONS(hive::KickstartMedium)
public:
    struct Entry
    {
        QString host;      // its title: "Install hive host <host>"
        QString kickstart; // the kickstart's path on the medium: /ks/p-hive0.ks
        QString file;      // where it is on this machine
    };
    struct Options
    {
        QString xorriso = QStringLiteral("xorriso");
        QString mcopy = QStringLiteral("mcopy"); // mtools, for efiboot.img
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const QString &)> say;
    };

    // The volume id the medium's boot entries find it by
    // (inst.stage2=hd:LABEL=…).
    static bool volumeId(const QString &iso, QString &out, QString &error, const Options &options);
    static bool volumeId(const QString &iso, QString &out, QString &error)
    {
        return volumeId(iso, out, error, Options{});
    }
    // A boot menu with the hosts' entries added before its first entry
    // (the kernel and initrd of that entry, its arguments with inst.ks).
    static QByteArray grubWithEntries(const QByteArray &grub, const QString &volumeId,
                                      const QList<Entry> &entries, QString &error);
    static QByteArray isolinuxWithEntries(const QByteArray &isolinux, const QString &volumeId,
                                          const QList<Entry> &entries, QString &error);
    // A volume id as a kernel argument takes it (spaces as \x20).
    static QString labelArgument(const QString &volumeId);

    // Writes the new medium to `destination` (an ISO file; written whole,
    // then moved into place, mode 0600: it holds root's password hash),
    // with each entry's kickstart file and nothing else under /ks.
    // `workDir` holds what is extracted and edited.
    static bool build(const QString &source, const QString &destination,
                      const QList<Entry> &entries, const QString &workDir, QString &error,
                      const Options &options);
};

} // namespace hive
