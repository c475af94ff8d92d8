#pragma once

#include "data/value.h"
#include "diagnostics/diagnostic_list.h"
#include "inventory/hive_model.h"
#include "inventory/inventory.h"

#include <QHash>

namespace hive {

// Reads the `plugin: hive_inventory` file into the inventory exactly as
// hive-builder's hive_inventory plugin does: hosts per stage with names,
// groups, addresses, availability zones, the repository server and the mother
// host, plus the fixes listed in spec/inventory.md.
class HiveDefinitionReader
{
public:
    // `firstHive` maps a stage to its persistent first_hive index (default 0).
    HiveDefinitionReader(Inventory &inventory, DiagnosticList &diags,
                         QHash<QString, int> firstHive = {})
        : m_inventory(inventory), m_diags(diags), m_firstHive(std::move(firstHive))
    {}

    HiveModel read(const Value &root, const QString &file);

private:
    Inventory &m_inventory;
    DiagnosticList &m_diags;
    QHash<QString, int> m_firstHive;

    void readStage(const QString &hiveName, const Value::Entry &entry, HiveModel &model);
};

} // namespace hive
