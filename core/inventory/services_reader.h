#pragma once

#include "data/value.h"
#include "diagnostics/diagnostic_list.h"
#include "inventory/allocation_maps.h"
#include "inventory/inventory.h"
#include "inventory/service_model.h"

#include <QHash>
#include <QPair>

namespace hive {

class SchemaChecker;

// Reads `plugin: hive_services` files into the inventory as hive-builder's
// hive_services plugin does: a host per service, image build, volume and
// network, the hive_* variables the phases read, and published ports and DRBD
// device ids allocated through the persistent maps. One reader is used for all
// files of a project, in sorted file order, so allocation order is the same.
class ServicesReader
{
public:
    ServicesReader(Inventory &inventory, DiagnosticList &diags, AllocationMaps &maps)
        : m_inventory(inventory), m_diags(diags), m_maps(maps)
    {}

    // Before any file is read: the DRBD size each volume is given, in any
    // service of this file (a volume several services mount may give it once).
    void noteSharedVolumes(const Value &root);
    void read(const Value &root, const QString &file, ServiceCatalog &catalog);

private:
    Inventory &m_inventory;
    DiagnosticList &m_diags;
    AllocationMaps &m_maps;
    // <service><target_port> key -> (service, target port) that produced it first.
    QHash<QString, QPair<QString, qint64>> m_portKeys;
    QHash<QString, QString> m_serviceFiles; // service -> file that defined it
    QHash<QString, Value> m_drbdSizes;      // volume source -> the size one service gives it

    void readService(const Value::Entry &entry, const QStringList &fileStages, const QString &file,
                     ServiceCatalog &catalog);
    void readVolumes(const Value &options, ServicePlan &plan, SchemaChecker &checker);
    void readImage(const Value &image, ServicePlan &plan, SchemaChecker &checker);
    void readPorts(const Value &ports, ServicePlan &plan, SchemaChecker &checker);
    void addVolumeHost(const QString &group, const Value &hiveVolume, const QString &source,
                       const QStringList &stages);
};

} // namespace hive
