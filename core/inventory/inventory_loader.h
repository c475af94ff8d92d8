#pragma once

#include "diagnostics/diagnostic_list.h"
#include "inventory/allocation_maps.h"
#include "inventory/hive_model.h"
#include "inventory/inventory.h"
#include "inventory/service_model.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace hive {

// Everything loading an inventory produces: the host plan, the services, the
// Ansible inventory, the allocation maps (possibly grown) and all problems.
struct LoadedInventory
{
    HiveModel hive;
    ServiceCatalog services;
    Inventory inventory;
    AllocationMaps maps;
    DiagnosticList diagnostics;
    QStringList files;         // the definition files read, in order
    QStringList servicesFiles; // those of them that define services (plugin: hive_services)

    bool ok() const { return !diagnostics.hasErrors(); }
};

// Turns an inventory folder (or the same files held in memory, for tests and
// the fuzzer) into a LoadedInventory. Definition files are read in sorted
// file-name order, as Ansible reads an inventory directory.
class InventoryLoader
{
public:
    struct SourceFile
    {
        QString path;
        QByteArray bytes;
        QString entity; // group or host name, for group_vars / host_vars files
    };
    struct Input
    {
        QList<SourceFile> definitions; // inventory/*.yml, *.yaml
        QList<SourceFile> groupVars;
        QList<SourceFile> hostVars;
        AllocationMaps maps;
        QHash<QString, int> firstHive; // stage -> persistent first_hive
    };

    // Reads the files of `inventoryDir` from disk; problems reading them go to diags.
    static Input collect(const QString &inventoryDir, DiagnosticList &diags);
    static LoadedInventory load(Input input, DiagnosticList preDiagnostics = {});
};

} // namespace hive
