#include "project/project.h"

#include "inventory/allocation_maps.h"
#include "inventory/schema.h"
#include "project/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::Project", text);
}

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

bool Project::open(const Options &options, Project &out, DiagnosticList &diags)
{
    out.m_rootDir = absolute(options.rootDir.isEmpty() ? QDir::currentPath() : options.rootDir);
    out.m_persistents = Persistents::load(out.persistentsPath(), diags);

    const Value storedStage =
        out.m_persistents.value(QStringLiteral("stage"), QStringLiteral("global"));
    out.m_stage = options.stage;
    if (out.m_stage.isEmpty())
        out.m_stage = storedStage.isString() ? storedStage.toString() : QStringLiteral("private");
    if (!Schema::stages().contains(out.m_stage)) {
        diags.error(QStringLiteral("bad-stage"),
                    tr("stage '%1' is not private, staging or production").arg(out.m_stage),
                    SourceMark{out.persistentsPath(), 0, 0});
        out.m_stage = QStringLiteral("private");
    }

    auto resolve = [&](const QString &cli, const char *name, const QString &fallback) {
        if (!cli.isEmpty())
            return absolute(cli);
        const Value v = out.m_persistents.effective(QString::fromLatin1(name), out.m_stage);
        if (v.isString() && !v.toString().isEmpty())
            return absolute(v.toString());
        return fallback;
    };
    out.m_inventoryDir = resolve(options.inventoryPath, "inventory_path",
                                 out.m_rootDir + QStringLiteral("/inventory"));
    out.m_contextDir =
        resolve(options.contextDir, "context_dir", out.hiveDir() + QLatin1Char('/') + out.m_stage);
    out.m_tempDir = resolve(options.tempDir, "temp_dir", QStringLiteral("/var/tmp/hive"));
    return out.m_persistents.isUsable();
}

QString Project::hiveDir() const
{
    return m_rootDir + QStringLiteral("/.hive");
}

QString Project::persistentsPath() const
{
    return hiveDir() + QStringLiteral("/persistents.yml");
}

bool Project::initialize(QString &error)
{
    const bool existed = QDir(hiveDir()).exists();
    if (!existed) {
        if (!QDir().mkpath(hiveDir())) {
            error = tr("cannot create %1").arg(hiveDir());
            return false;
        }
        QFile::setPermissions(hiveDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    }
    // The folder holds the CA and SSH keys, the unlock key and swarm backups:
    // git is told to leave all of it out, also in projects made before.
    const QString ignore = hiveDir() + QStringLiteral("/.gitignore");
    if (!QFileInfo::exists(ignore) &&
        !AtomicFile::write(ignore,
                           "# Hive Studio's keys, certificates, backups and run logs: never "
                           "commit them.\n*\n",
                           error))
        return false;
    return !existed;
}

LoadedInventory Project::loadInventory() const
{
    return loadInventory({});
}

LoadedInventory Project::loadInventory(const QHash<QString, QByteArray> &unsaved) const
{
    DiagnosticList diags;
    InventoryLoader::Input input = InventoryLoader::collect(m_inventoryDir, diags);
    for (auto *files : {&input.definitions, &input.groupVars, &input.hostVars}) {
        for (InventoryLoader::SourceFile &f : *files) {
            const auto it = unsaved.find(f.path);
            if (it != unsaved.end())
                f.bytes = it.value();
        }
    }
    input.maps = AllocationMaps(m_persistents.value(QStringLiteral("published_port_map"), m_stage),
                                m_persistents.value(QStringLiteral("drbd_device_map"), m_stage));
    for (const QString &stage : Schema::stages()) {
        const Value first = m_persistents.effective(QStringLiteral("first_hive"), stage);
        if (first.isInt())
            input.firstHive.insert(stage, int(first.toInt()));
    }
    return InventoryLoader::load(std::move(input), std::move(diags));
}

bool Project::storeAllocations(const LoadedInventory &loaded, QString &error)
{
    if (!loaded.ok() || !loaded.maps.isChanged())
        return true;
    m_persistents.set(QStringLiteral("published_port_map"), m_stage, loaded.maps.portsValue());
    m_persistents.set(QStringLiteral("drbd_device_map"), m_stage, loaded.maps.devicesValue());
    return m_persistents.save(error);
}

Expected<QStringList> Project::carryPublishedPorts(const QString &from, const QString &to,
                                                   const QList<int> &targetPorts)
{
    const QString name = QStringLiteral("published_port_map");
    QStringList carried;
    for (const QString &stage : Schema::stages()) {
        Value map = m_persistents.value(name, stage);
        if (!map.isMap())
            continue;
        bool changed = false;
        for (int port : targetPorts) {
            const QString oldKey = AllocationMaps::portKey(from, port);
            const QString newKey = AllocationMaps::portKey(to, port);
            if (!map.contains(oldKey) || map.contains(newKey))
                continue;
            const Value published = map.value(oldKey);
            map.insert(newKey, published);
            changed = true;
            carried << tr("%1: %2:%3 → %4").arg(stage, to).arg(port).arg(published.scalarText());
        }
        if (changed)
            m_persistents.set(name, stage, map);
    }
    QString error;
    if (!carried.isEmpty() && !m_persistents.save(error))
        return unexpected(error);
    return carried;
}

} // namespace hive
