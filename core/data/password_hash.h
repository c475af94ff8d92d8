#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hive {

// crypt(3) password hashes (libxcrypt), as the hosts' tools read them: the
// registry's htpasswd takes bcrypt ("$2b$"), a kickstart's rootpw SHA-512
// ("$6$"). A fresh random salt each time a hash is made.
class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(hive::PasswordHash)
public:
    enum class Scheme
    {
        Bcrypt,
        Sha512,
    };
    // Empty, with `error` set, when the scheme is not available.
    static QByteArray make(const QString &password, Scheme scheme, QString &error);
    // True when `hash` (of any crypt(3) scheme) is the hash of `password`.
    static bool matches(const QString &password, const QByteArray &hash);
};

} // namespace hive
