#include "access/zabbix_credentials.h"

#include "project/context_file.h"

#include <QFileInfo>
#include <QRandomGenerator>

namespace hive {

namespace {
QString generated()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString pw;
    for (int i = 0; i < 24; ++i)
        pw += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return pw;
}
} // namespace

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
        if (!ContextFile::read(path).trimmed().isEmpty())
            continue;
        bool changed = false;
        if (!ContextFile::writeIfChanged(path, generated().toUtf8() + '\n', changed, error))
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
