// Feeds arbitrary bytes to everything that reads a project: YAML reading,
// the hive and service readers, allocation, Ansible export, and the YAML
// writer's round trip. Any crash, leak, sanitizer report or broken round trip
// is a bug.

#include "data/json_writer.h"
#include "data/yaml_reader.h"
#include "data/yaml_writer.h"
#include "inventory/inventory_loader.h"

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = bytes.split('\x1e');

    hive::InventoryLoader::Input input;
    const char *names[] = {"inventory/hive.yml", "inventory/services.yml"};
    for (int i = 0; i < 2 && i < parts.size(); ++i) {
        hive::InventoryLoader::SourceFile f;
        f.path = QString::fromLatin1(names[i]);
        f.bytes = parts.at(i);
        input.definitions << f;
    }
    if (parts.size() > 2) {
        hive::InventoryLoader::SourceFile f;
        f.path = QStringLiteral("inventory/group_vars/all.yml");
        f.entity = QStringLiteral("all");
        f.bytes = parts.at(2);
        input.groupVars << f;
    }
    if (parts.size() > 3) {
        hive::DiagnosticList diags;
        const hive::YamlReader::Result persisted = hive::YamlReader().readBytes(
            parts.at(3), QStringLiteral(".hive/persistents.yml"), diags);
        if (persisted.ok && persisted.root.isMap()) {
            const hive::Value ports = persisted.root.value(QStringLiteral("published_port_map"));
            const hive::Value devices = persisted.root.value(QStringLiteral("drbd_device_map"));
            input.maps = hive::AllocationMaps(ports.value(QStringLiteral("private")),
                                              devices.value(QStringLiteral("private")));
        }
    }

    const hive::LoadedInventory loaded = hive::InventoryLoader::load(std::move(input));
    for (const hive::Diagnostic &d : loaded.diagnostics.all())
        (void)d.format();
    if (loaded.ok()) {
        (void)hive::JsonWriter::write(loaded.inventory.toAnsibleList(true));
        (void)hive::JsonWriter::write(loaded.inventory.toAnsibleList(false));
        // What we would write to .hive/persistents.yml must read back the same.
        hive::Value maps = hive::Value::map();
        maps.insert(QStringLiteral("published_port_map"), loaded.maps.portsValue());
        maps.insert(QStringLiteral("drbd_device_map"), loaded.maps.devicesValue());
        hive::DiagnosticList diags;
        const hive::YamlReader::Result back = hive::YamlReader().readBytes(
            hive::YamlWriter::write(maps), QStringLiteral("rt.yml"), diags);
        if (!back.ok || !(back.root == maps))
            std::abort();
    }
    // Any value tree we read must survive a write/read round trip.
    if (!parts.isEmpty()) {
        hive::DiagnosticList diags;
        const hive::YamlReader::Result doc =
            hive::YamlReader().readBytes(parts.first(), QStringLiteral("x.yml"), diags);
        if (doc.ok && !doc.empty && !diags.hasErrors()) {
            hive::DiagnosticList again;
            const hive::YamlReader::Result back = hive::YamlReader().readBytes(
                hive::YamlWriter::write(doc.root), QStringLiteral("y.yml"), again);
            if (!back.ok || !(back.root == doc.root))
                std::abort();
        }
    }
    return 0;
}
