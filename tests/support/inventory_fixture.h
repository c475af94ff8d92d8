#pragma once

#include "inventory/inventory_loader.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Builds an in-memory project for the core tests: definition files in the
// order given (as if sorted), optional group_vars/host_vars and persistent maps.
class InventoryFixture
{
public:
    InventoryFixture &file(const QString &name, const QByteArray &yaml)
    {
        hive::InventoryLoader::SourceFile f;
        f.path = QStringLiteral("inventory/") + name;
        f.bytes = yaml;
        m_input.definitions << f;
        return *this;
    }
    InventoryFixture &groupVars(const QString &group, const QByteArray &yaml)
    {
        m_input.groupVars << varsFile(QStringLiteral("group_vars"), group, yaml);
        return *this;
    }
    InventoryFixture &hostVars(const QString &host, const QByteArray &yaml)
    {
        m_input.hostVars << varsFile(QStringLiteral("host_vars"), host, yaml);
        return *this;
    }
    InventoryFixture &maps(const hive::AllocationMaps &maps)
    {
        m_input.maps = maps;
        return *this;
    }
    InventoryFixture &firstHive(const QString &stage, int index)
    {
        m_input.firstHive.insert(stage, index);
        return *this;
    }
    hive::LoadedInventory load() const { return hive::InventoryLoader::load(m_input); }

    // A minimal valid hive definition for tests that only care about services.
    static QByteArray minimalHive()
    {
        return "plugin: hive_inventory\nname: t\nstages:\n  private:\n    provider: docker\n"
               "    cidr: 192.168.0.0/24\n";
    }

private:
    hive::InventoryLoader::Input m_input;

    static hive::InventoryLoader::SourceFile varsFile(const QString &folder, const QString &entity,
                                                      const QByteArray &yaml)
    {
        hive::InventoryLoader::SourceFile f;
        f.path = QStringLiteral("inventory/") + folder + QLatin1Char('/') + entity +
                 QStringLiteral(".yml");
        f.bytes = yaml;
        f.entity = entity;
        return f;
    }
};

// Compact description of diagnostics for failure messages.
inline QString describe(const hive::DiagnosticList &diags)
{
    QString out;
    for (const hive::Diagnostic &d : diags.all())
        out += d.format() + QLatin1Char('\n');
    return out;
}
