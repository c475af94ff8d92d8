#pragma once

#include "diagnostics/expected.h"

#include <QCoreApplication>
#include <QString>

namespace hive {

// The hive's own SSH key pair in the context dir (id_ed25519 / .pub):
// generated once, private key mode 0600, reused on every later run.
class SshKeyPair
{
    Q_DECLARE_TR_FUNCTIONS(hive::SshKeyPair)
public:
    // Creates the pair at `privateKeyPath` (+ ".pub") unless it exists:
    // true when it was made now, false when it was there already.
    static Expected<bool> ensure(const QString &privateKeyPath, const QString &comment);
    // The public key line ("ssh-ed25519 AAAA... comment") for authorized_keys.
    static Expected<QString> publicKeyLine(const QString &privateKeyPath);
};

} // namespace hive
