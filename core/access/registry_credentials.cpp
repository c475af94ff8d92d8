#include "access/registry_credentials.h"

#include "data/password_hash.h"
#include "project/context_file.h"

#include <QRandomGenerator>

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

RegistryCredentials::Outcome RegistryCredentials::ensure(bool checkOnly, QString &error)
{
    QString pw = password();
    const QByteArray line = htpasswd().trimmed();
    const QByteArray prefix = user().toUtf8() + ':';
    if (!pw.isEmpty() && line.startsWith(prefix) &&
        PasswordHash::matches(pw, line.mid(prefix.size())))
        return Outcome::Kept;
    if (checkOnly)
        return Outcome::Created;
    bool changed = false;
    if (pw.isEmpty()) {
        pw = newPassword();
        if (!ContextFile::writeIfChanged(passwordPath(), pw.toUtf8() + '\n', changed, error))
            return Outcome::Failed;
    }
    const QByteArray hash = PasswordHash::make(pw, PasswordHash::Scheme::Bcrypt, error);
    if (hash.isEmpty())
        return Outcome::Failed;
    if (!ContextFile::writeIfChanged(htpasswdPath(), prefix + hash + '\n', changed, error))
        return Outcome::Failed;
    return Outcome::Created;
}

} // namespace hive
