#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

// What hive-builder keeps in a stage's context folder (.hive/<stage>), used
// instead of making new ones, so a site hive-builder built is reached as it
// stands (hive doctor, the Live tab, deploy-services) with no setup first:
//   id_rsa                     its SSH key (StageFiles::keyPath takes it
//                              when there is no id_ed25519)
//   ca/cacert.pem, ca/cakey.pem  its CA: copied to tls/ca.pem and
//                              tls/ca-key.pem, so the hosts' Docker API,
//                              which trusts it, accepts our client
//                              certificate signed by it
//   registry_password          read where it is (the registry's user is
//                              hive-builder's `hive` unless set otherwise)
//   known_hosts, persistents.yml  read where they are
class HiveBuilderFiles
{
    Q_DECLARE_TR_FUNCTIONS(hive::HiveBuilderFiles)
public:
    static QString sshKeyPath(const QString &contextDir);
    static QString caCertPath(const QString &contextDir);
    static QString caKeyPath(const QString &contextDir);
    // Whether the folder holds files hive-builder made.
    static bool present(const QString &contextDir);
    // Takes hive-builder's CA when there is no CA of ours yet, and makes the
    // client certificate (tls/client) from it. `adopted` says what was
    // taken; false with the error when a file cannot be read or written.
    static bool adopt(const QString &contextDir, QStringList &adopted, QString &error);
};

} // namespace hive
