#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace hive {

struct LoadedInventory;

// Where this machine keeps what reaches a stage's hosts, all in the stage's
// context folder (.hive/<stage>): the SSH key build-infra makes, the host
// keys it pinned, the ssh_config `hive ssh` and ansible use; and the admin
// user it logs in as.
class StageFiles
{
    Q_DECLARE_TR_FUNCTIONS(hive::StageFiles)
public:
    // id_ed25519, or hive-builder's id_rsa when only that one is there.
    static QString keyPath(const QString &contextDir);
    static QString knownHostsPath(const QString &contextDir);
    static QString sshConfigPath(const QString &contextDir);
    // hive_admin of the host; hive-builder's defaults: vagrant on vagrant,
    // ec2-user on aws, hiveadmin on azure, admin elsewhere.
    static QString adminUser(const LoadedInventory &loaded, const QString &host);
    // The port sshd is to listen on (strict-source-ip's safe sshd port):
    // hive_safe_sshd_port, else hive_sshd_port, else 22.
    static int sshPort(const LoadedInventory &loaded, const QString &host);
    // The port the host's sshd answers on now: as setup-hosts' ssh-port
    // step recorded it when it moved sshd (`ssh_ports` in the context
    // folder, "address port" per line), else `unrecorded` (22; on a site
    // hive-builder built, the port its strict-source-ip moved sshd to).
    static int reachablePort(const QString &contextDir, const QString &address,
                             int unrecorded = 22);
    // The whole record, read once: address → port.
    static QHash<QString, int> reachablePorts(const QString &contextDir);
    static bool recordReachablePort(const QString &contextDir, const QString &address, int port,
                                    QString &error);
    // The address this machine reaches a host at, when it is not its
    // private one: a cloud's public address (an AWS Elastic IP), recorded
    // by build-infra when it made the host (`public_addresses` in the
    // context folder, "private public" per line). Else the private address.
    static QString reachableAddress(const QString &contextDir, const QString &privateAddress);
    // The whole record, read once: private → public.
    static QHash<QString, QString> publicAddresses(const QString &contextDir);
    // An empty `publicAddress` takes the host out of the record.
    static bool recordPublicAddress(const QString &contextDir, const QString &privateAddress,
                                    const QString &publicAddress, QString &error);
    // The stage's cloud file server for nfs volumes (an EFS's DNS name), as
    // build-infra recorded it (`file_system` in the context folder); empty
    // when there is none. An empty `address` takes the record away.
    static QString fileSystemAddress(const QString &contextDir);
    static bool recordFileSystemAddress(const QString &contextDir, const QString &address,
                                        QString &error);
    // What to say when a file a phase makes is not there yet, in one
    // wording for the CLI, Health and Live: the stage has not been built
    // (no SSH key: build-infra) or its hosts not set up (no certificate or
    // registry password: setup-hosts), with how to do it in both.
    static QString notBuiltYet(const QString &stage, const QString &missing);
    static QString notSetUpYet(const QString &stage, const QString &missing);
};

} // namespace hive
