#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

// Zabbix's passwords, made once into the context dir (0600): the console's
// Admin password (`zabbix_admin_password`, unless the inventory sets
// hive_zabbix_admin_password; never Zabbix's known default) and the
// database's (`zabbix_db_password`, which only the repository server uses).
class ZabbixCredentials
{
    Q_DECLARE_TR_FUNCTIONS(hive::ZabbixCredentials)
public:
    // `configuredAdmin`: hive_zabbix_admin_password, when set.
    ZabbixCredentials(const QString &contextDir, const QString &configuredAdmin);

    QString adminPasswordPath() const;
    QString dbPasswordPath() const;
    // Makes what is missing; false with the error naming the file.
    bool ensure(QString &error);
    QString adminPassword() const;
    QString dbPassword() const;
    // Where the Admin password is, as a user reads it.
    QString adminPasswordSource() const;

private:
    QString m_dir;
    QString m_configuredAdmin;
};

} // namespace hive
