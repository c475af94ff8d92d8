#pragma once

#include "providers/kickstart_plan.h"

#include <QByteArray>
#include <QString>

namespace hive {

// A host's kickstart file: an unattended UEFI install of the OS on the
// plan's target disk (EFI, /boot, swap of memory_size, / of disk_size or the
// rest, and on hives an LVM volume group drbdpool of mirrored_disk_size for
// DRBD), its networks (bonds, VLANs, static addresses), the admin user with
// the hive's public key and passwordless sudo, root's password as a
// SHA-512 crypt hash (locked without root_password), then power off.
class KickstartFile
{
public:
    static QByteArray render(const KickstartPlan &plan, const KickstartPlan::Host &host,
                             const QString &adminUser, const QString &publicKey,
                             const QString &rootPasswordHash);
    // "$6$…": the hash of `password`; `previous` again when it is the hash
    // of the same password (a re-run writes the same file). Empty for an
    // empty password.
    static QString passwordHash(const QString &password, const QString &previous = {});
    // The root password hash written in a kickstart file, if any.
    static QString passwordHashIn(const QByteArray &kickstart);
};

} // namespace hive
