#pragma once

#include <QString>

namespace hive {

// Where repairs leave archives on a host between a root command and the
// admin user's SFTP transfer: /var/lib/hive-transfer, made by root for the
// admin user only (0700). Not /var/tmp: in a folder every user may write
// to, a fixed file name can be planted (a link to /etc/shadow) before root
// writes it.
class TransferFolder
{
public:
    static QString path();
    // `name` inside the folder (a fixed name of ours, no slash).
    static QString file(const QString &name);
    // A root command that makes the folder (if missing) the admin user's,
    // 0700, and refuses one that is not a real folder.
    static QString ensureCommand(const QString &admin);
};

} // namespace hive
