#include "access/zabbix_credentials.h"

#include "access/registry_credentials.h"
#include "project/context_file.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace hive {

ZabbixCredentials::ZabbixCredentials(const QString &contextDir, const QString &configuredAdmin)
    : m_dir(contextDir), m_configuredAdmin(configuredAdmin)
{}

QString ZabbixCredentials::adminPasswordPath() const
{
    return m_dir + QStringLiteral("/zabbix_admin_password");
}

QString ZabbixCredentials::dbPasswordPath() const
{
    return m_dir + QStringLiteral("/zabbix_db_password");
}

bool ZabbixCredentials::ensure(QString &error)
{
    for (const QString &path : {adminPasswordPath(), dbPasswordPath()}) {
        if (path == adminPasswordPath() && !m_configuredAdmin.isEmpty())
            continue;
        const QByteArray kept = ContextFile::read(path).trimmed();
        // The database's goes into SQL, PHP and a configuration file: letters
        // and digits only (as made here), never anything that could end a quote.
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9]{12,128}$"));
        if (path == dbPasswordPath() && !kept.isEmpty() &&
            !plain.match(QString::fromUtf8(kept)).hasMatch()) {
            error = tr("%1 must hold 12 to 128 letters and digits only; remove it and run again "
                       "to make a new one")
                        .arg(path);
            return false;
        }
        if (!kept.isEmpty())
            continue;
        bool changed = false;
        if (!ContextFile::writeIfChanged(path, RegistryCredentials::newPassword().toUtf8() + '\n',
                                         changed, error))
            return false;
    }
    return true;
}

QString ZabbixCredentials::adminPassword() const
{
    if (!m_configuredAdmin.isEmpty())
        return m_configuredAdmin;
    return QString::fromUtf8(ContextFile::read(adminPasswordPath())).trimmed();
}

QString ZabbixCredentials::dbPassword() const
{
    return QString::fromUtf8(ContextFile::read(dbPasswordPath())).trimmed();
}

QString ZabbixCredentials::adminPasswordSource() const
{
    return m_configuredAdmin.isEmpty() ? QFileInfo(adminPasswordPath()).absoluteFilePath()
                                       : tr("hive_zabbix_admin_password in the inventory");
}

} // namespace hive
