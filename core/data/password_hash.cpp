#include "data/password_hash.h"

#include <crypt.h>
#include <memory>

namespace hive {

QByteArray PasswordHash::make(const QString &password, Scheme scheme, QString &error)
{
    const bool bcrypt = scheme == Scheme::Bcrypt;
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn(bcrypt ? "$2b$" : "$6$", bcrypt ? 10 : 0, nullptr, 0, salt,
                          sizeof salt)) {
        error = tr("cannot make a salt for a %1 password hash")
                    .arg(bcrypt ? QStringLiteral("bcrypt") : QStringLiteral("SHA-512"));
        return {};
    }
    auto data = std::make_unique<crypt_data>();
    const char *out = crypt_r(password.toUtf8().constData(), salt, data.get());
    if (!out || out[0] == '*') {
        error = tr("%1 password hashes are not available here")
                    .arg(bcrypt ? QStringLiteral("bcrypt") : QStringLiteral("SHA-512"));
        return {};
    }
    return QByteArray(out);
}

bool PasswordHash::matches(const QString &password, const QByteArray &hash)
{
    if (hash.isEmpty())
        return false;
    auto data = std::make_unique<crypt_data>();
    const char *out = crypt_r(password.toUtf8().constData(), hash.constData(), data.get());
    return out && out[0] != '*' && hash == out;
}

} // namespace hive
