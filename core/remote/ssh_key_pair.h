#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

// The hive's own SSH key pair in the context dir (id_ed25519 / .pub):
// generated once, private key mode 0600, reused on every later run.
class SshKeyPair
{
    Q_DECLARE_TR_FUNCTIONS(hive::SshKeyPair)
public:
    // Creates the pair at `privateKeyPath` (+ ".pub") unless it exists. Sets
    // `created` to whether it was made now. Returns false with a translated
    // `error` on failure.
    static bool ensure(const QString &privateKeyPath, const QString &comment, bool &created,
                       QString &error);
    // The public key line ("ssh-ed25519 AAAA... comment") for authorized_keys.
    static QString publicKeyLine(const QString &privateKeyPath, QString &error);
};

} // namespace hive
