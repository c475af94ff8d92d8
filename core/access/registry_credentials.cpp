#include "access/registry_credentials.h"

#include "project/context_file.h"

#include <QRandomGenerator>
#include <crypt.h>
#include <memory>

namespace hive {

RegistryCredentials::RegistryCredentials(const QString &contextDir, const QString &configuredUser)
    : m_dir(contextDir), m_configuredUser(configuredUser)
{}

QString RegistryCredentials::newPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString pw;
    for (int i = 0; i < 24; ++i)
        pw += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return pw;
}

QString RegistryCredentials::user() const
{
    if (!m_configuredUser.isEmpty())
        return m_configuredUser;
    const QByteArray line = htpasswd().trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        return QString::fromUtf8(line.left(colon));
    return QStringLiteral("hive");
}

QString RegistryCredentials::passwordPath() const
{
    return m_dir + QStringLiteral("/registry_password");
}

QString RegistryCredentials::htpasswdPath() const
{
    return m_dir + QStringLiteral("/registry_htpasswd");
}

QString RegistryCredentials::password() const
{
    return QString::fromUtf8(ContextFile::read(passwordPath())).trimmed();
}

QByteArray RegistryCredentials::htpasswd() const
{
    return ContextFile::read(htpasswdPath());
}

bool RegistryCredentials::matches(const QString &password, const QByteArray &hash)
{
    if (hash.isEmpty())
        return false;
    auto data = std::make_unique<crypt_data>();
    const char *out = crypt_r(password.toUtf8().constData(), hash.constData(), data.get());
    return out && out[0] != '*' && hash == out;
}

QByteArray RegistryCredentials::bcrypt(const QString &password, QString &error)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2b$", 10, nullptr, 0, salt, sizeof salt)) {
        error = tr("cannot make a bcrypt salt");
        return {};
    }
    auto data = std::make_unique<crypt_data>();
    const char *out = crypt_r(password.toUtf8().constData(), salt, data.get());
    if (!out || out[0] == '*') {
        error = tr("bcrypt is not available");
        return {};
    }
    return QByteArray(out);
}

RegistryCredentials::Outcome RegistryCredentials::ensure(bool checkOnly, QString &error)
{
    QString pw = password();
    const QByteArray line = htpasswd().trimmed();
    const QByteArray prefix = user().toUtf8() + ':';
    if (!pw.isEmpty() && line.startsWith(prefix) && matches(pw, line.mid(prefix.size())))
        return Outcome::Kept;
    if (checkOnly)
        return Outcome::Created;
    bool changed = false;
    if (pw.isEmpty()) {
        pw = newPassword();
        if (!ContextFile::writeIfChanged(passwordPath(), pw.toUtf8() + '\n', changed, error))
            return Outcome::Failed;
    }
    const QByteArray hash = bcrypt(pw, error);
    if (hash.isEmpty())
        return Outcome::Failed;
    if (!ContextFile::writeIfChanged(htpasswdPath(), prefix + hash + '\n', changed, error))
        return Outcome::Failed;
    return Outcome::Created;
}

} // namespace hive
