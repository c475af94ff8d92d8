#pragma once

#include <QString>

namespace hive {

struct LoadedInventory;

// Where this machine keeps what reaches a stage's hosts, all in the stage's
// context folder (.hive/<stage>): the SSH key build-infra makes, the host
// keys it pinned, the ssh_config `hive ssh` and ansible use; and the admin
// user it logs in as.
class StageFiles
{
public:
    static QString keyPath(const QString &contextDir);
    static QString knownHostsPath(const QString &contextDir);
    static QString sshConfigPath(const QString &contextDir);
    // hive_admin of the host (hive-builder's default: admin).
    static QString adminUser(const LoadedInventory &loaded, const QString &host);
};

} // namespace hive
