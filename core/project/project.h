#pragma once

#include "diagnostics/diagnostic_list.h"
#include "diagnostics/expected.h"
#include "inventory/inventory_loader.h"
#include "project/persistents.h"

#include <QHash>
#include <QString>

namespace hive {

// A hive project folder: where its inventory, context and temporary files
// are, which stage is in effect, and its persistent variables. Resolution
// follows hive-builder: command line, then the stage's persistent value, then
// the global one, then the default.
class Project
{
public:
    struct Options
    {
        QString rootDir; // default: current directory
        QString stage;   // -s
        QString inventoryPath;
        QString contextDir;
        QString tempDir;
    };

    // Fails (with diagnostics) only when the persistent file cannot be read.
    static bool open(const Options &options, Project &out, DiagnosticList &diags);

    const QString &rootDir() const { return m_rootDir; }
    const QString &stage() const { return m_stage; }
    const QString &inventoryDir() const { return m_inventoryDir; }
    const QString &contextDir() const { return m_contextDir; }
    const QString &tempDir() const { return m_tempDir; }
    QString hiveDir() const;
    QString persistentsPath() const;
    Persistents &persistents() { return m_persistents; }
    const Persistents &persistents() const { return m_persistents; }

    // Creates .hive/ (mode 0700). Returns true if it was created now.
    bool initialize(QString &error);

    LoadedInventory loadInventory() const;
    // The same, with the text of files being edited (absolute path -> bytes)
    // in place of what is on disk, so problems show before saving.
    LoadedInventory loadInventory(const QHash<QString, QByteArray> &unsaved) const;
    // Stores grown port / device maps under the effective stage, only when
    // the load had no errors (bad input never writes .hive/).
    bool storeAllocations(const LoadedInventory &loaded, QString &error);
    // A service renamed in its definition keeps its published ports: in
    // every stage, the published_port_map entries of `from`'s target ports
    // are copied to `to` (where `to` has none of its own) and saved. `from`'s
    // stay, so undoing the rename changes nothing. Returns what was carried,
    // one "stage: to:port → published" each.
    Expected<QStringList> carryPublishedPorts(const QString &from, const QString &to,
                                              const QList<int> &targetPorts);

private:
    QString m_rootDir;
    QString m_stage;
    QString m_inventoryDir;
    QString m_contextDir;
    QString m_tempDir;
    Persistents m_persistents;
};

} // namespace hive
