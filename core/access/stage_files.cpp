#include "access/stage_files.h"

#include "inventory/inventory_loader.h"

#include <QDir>
#include <QFileInfo>

namespace hive {

namespace {

QString absolute(const QString &path)
{
    return QDir(path).absolutePath();
}

} // namespace

QString StageFiles::keyPath(const QString &contextDir)
{
    // A stage hive-builder built has its RSA key (id_rsa) and no key of
    // ours: its hosts trust that one.
    const QString ours = absolute(contextDir) + QStringLiteral("/id_ed25519");
    const QString hiveBuilders = absolute(contextDir) + QStringLiteral("/id_rsa");
    return !QFileInfo::exists(ours) && QFileInfo::exists(hiveBuilders) ? hiveBuilders : ours;
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
