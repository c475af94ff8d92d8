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

QString StageFiles::notBuiltYet(const QString &stage, const QString &missing)
{
    return tr("stage %1 has not been built yet (%2 is missing): run build-infra — `hive -s %1 "
              "all`, or Run from Here on build-infra in the Build tab")
        .arg(stage, missing);
}

QString StageFiles::notSetUpYet(const QString &stage, const QString &missing)
{
    return tr("the hosts of stage %1 are not set up yet (%2 is missing): run setup-hosts — `hive "
              "-s %1 setup-hosts`, or Run Phase on setup-hosts in the Build tab")
        .arg(stage, missing);
}

} // namespace hive
