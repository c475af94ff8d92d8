#include "access/stage_files.h"

#include "inventory/inventory_loader.h"

#include <QDir>

namespace hive {

namespace {

QString absolute(const QString &path)
{
    return QDir(path).absolutePath();
}

} // namespace

QString StageFiles::keyPath(const QString &contextDir)
{
    return absolute(contextDir) + QStringLiteral("/id_ed25519");
}

QString StageFiles::knownHostsPath(const QString &contextDir)
{
    return absolute(contextDir) + QStringLiteral("/known_hosts");
}

QString StageFiles::sshConfigPath(const QString &contextDir)
{
    return absolute(contextDir) + QStringLiteral("/ssh_config");
}

QString StageFiles::adminUser(const LoadedInventory &loaded, const QString &host)
{
    const Value v = loaded.inventory.flattenedHostVars(host).value(QStringLiteral("hive_admin"));
    return v.isString() && !v.toString().isEmpty() ? v.toString() : QStringLiteral("admin");
}

} // namespace hive
