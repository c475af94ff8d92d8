#include "inventory/inventory_loader.h"

#include "concurrency/parallel_for_each.h"
#include "data/yaml_reader.h"
#include "inventory/hive_definition_reader.h"
#include "inventory/services_reader.h"
#include "inventory/value_grammar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <algorithm>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::InventoryLoader", text);
}

QString str(const char *latin)
{
    return QString::fromLatin1(latin);
}

bool readSource(const QString &path, InventoryLoader::SourceFile &out, DiagnosticList &diags)
{
    out.path = path;
    return YamlReader().readFileBytes(path, out.bytes, diags);
}

bool isYamlName(const QString &name)
{
    return name.endsWith(QLatin1String(".yml")) || name.endsWith(QLatin1String(".yaml"));
}

// group_vars/<name>, <name>.yml, <name>.yaml, <name>.json, or a folder <name>/ of such files.
void collectVars(const QString &dir, QList<InventoryLoader::SourceFile> &out, DiagnosticList &diags)
{
    QDir d(dir);
    if (!d.exists())
        return;
    QStringList names = d.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1Char('.')))
            continue;
        const QString path = d.filePath(name);
        if (QFileInfo(path).isDir()) {
            QDir sub(path);
            for (const QString &f : sub.entryList(QDir::Files, QDir::Name)) {
                if (!(isYamlName(f) || f.endsWith(QLatin1String(".json"))))
                    continue;
                InventoryLoader::SourceFile src;
                src.entity = name;
                if (readSource(sub.filePath(f), src, diags))
                    out << src;
            }
            continue;
        }
        QString entity = name;
        for (const char *ext : {".yml", ".yaml", ".json"}) {
            if (name.endsWith(QLatin1String(ext))) {
                entity = name.chopped(int(qstrlen(ext)));
                break;
            }
        }
        InventoryLoader::SourceFile src;
        src.entity = entity;
        if (readSource(path, src, diags))
            out << src;
    }
}
} // namespace

InventoryLoader::Input InventoryLoader::collect(const QString &inventoryDir, DiagnosticList &diags)
{
    Input input;
    QDir dir(inventoryDir);
    if (!dir.exists()) {
        diags.error(str("no-inventory"),
                    tr("inventory folder %1 does not exist; run 'hive init' or pass -r ROOT_DIR")
                        .arg(inventoryDir),
                    SourceMark{inventoryDir, 0, 0});
        return input;
    }
    QStringList names = dir.entryList(QDir::Files, QDir::NoSort);
    // Ansible sorts the byte strings of the names.
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    for (const QString &name : names) {
        if (!isYamlName(name) || name.startsWith(QLatin1Char('.')))
            continue;
        SourceFile src;
        if (readSource(dir.filePath(name), src, diags))
            input.definitions << src;
    }
    collectVars(dir.filePath(str("group_vars")), input.groupVars, diags);
    collectVars(dir.filePath(str("host_vars")), input.hostVars, diags);
    return input;
}

LoadedInventory InventoryLoader::load(Input input, DiagnosticList preDiagnostics)
{
    LoadedInventory result;
    result.diagnostics = std::move(preDiagnostics);
    result.maps = input.maps;
    DiagnosticList &diags = result.diagnostics;
    const YamlReader reader;
    ServicesReader servicesReader(result.inventory, diags, result.maps);
    HiveDefinitionReader hiveReader(result.inventory, diags, input.firstHive);
    QString hiveFile;

    // Each file read once; what one service file says about a volume that
    // others mount too (a DRBD size given once) is known before any is read.
    // The files are parsed side by side (a project of 20 service files
    // parses in about half the time on 2 cores); what each says is then
    // taken in the files' order, as its problems are.
    QList<YamlReader::Result> docs(input.definitions.size());
    QList<DiagnosticList> parseDiags(input.definitions.size());
    ParallelForEach::run(int(input.definitions.size()), QThread::idealThreadCount(), [&](int i) {
        docs[i] = reader.readBytes(input.definitions.at(i).bytes, input.definitions.at(i).path,
                                   parseDiags[i]);
    });
    for (qsizetype i = 0; i < docs.size(); ++i) {
        diags.append(parseDiags.at(i));
        const YamlReader::Result &doc = docs.at(i);
        if (doc.ok && doc.root.isMap() &&
            doc.root.value(str("plugin")).scalarText() == QLatin1String("hive_services"))
            servicesReader.noteSharedVolumes(doc.root);
    }
    for (qsizetype i = 0; i < input.definitions.size(); ++i) {
        const SourceFile &src = input.definitions.at(i);
        result.files << src.path;
        const YamlReader::Result &doc = docs.at(i);
        if (!doc.ok)
            continue;
        if (doc.empty) {
            diags.warning(str("empty-file"), tr("empty file ignored"), SourceMark{src.path, 0, 0});
            continue;
        }
        if (!doc.root.isMap()) {
            diags.error(str("wrong-type"),
                        tr("an inventory file must be a mapping with a 'plugin' key, but this "
                           "one is a %1")
                            .arg(doc.root.typeName()),
                        doc.root.mark());
            continue;
        }
        const Value plugin = doc.root.value(str("plugin"));
        if (plugin.isNull() && !doc.root.contains(str("plugin"))) {
            diags.warning(str("not-hive-file"),
                          tr("no 'plugin' key: not a hive definition or service definition; "
                             "file ignored"),
                          doc.root.mark());
            continue;
        }
        const QString pluginName = plugin.scalarText();
        if (pluginName == QLatin1String("hive_inventory")) {
            if (!hiveFile.isEmpty()) {
                Diagnostic &d = diags.error(
                    str("second-hive-definition"),
                    tr("a second hive definition; the first one is %1 and there must be "
                       "exactly one")
                        .arg(QFileInfo(hiveFile).fileName()),
                    doc.root.findEntry(str("plugin"))->keyMark);
                d.key = str("plugin");
                continue;
            }
            hiveFile = src.path;
            result.hive = hiveReader.read(doc.root, src.path);
        } else if (pluginName == QLatin1String("hive_services")) {
            result.servicesFiles << src.path;
            servicesReader.read(doc.root, src.path, result.services);
        } else {
            Diagnostic &d = diags.error(
                str("unknown-plugin"),
                tr("unknown plugin '%1'; use hive_inventory or hive_services").arg(pluginName),
                plugin.mark());
            d.key = str("plugin");
        }
    }
    if (hiveFile.isEmpty() && !input.definitions.isEmpty())
        diags.error(str("no-hive-definition"),
                    tr("no hive definition: one file in inventory/ must have 'plugin: "
                       "hive_inventory'"),
                    SourceMark{input.definitions.first().path, 0, 0});
    else if (input.definitions.isEmpty() && !diags.containsCode(str("no-inventory")))
        diags.error(str("no-hive-definition"),
                    tr("inventory/ holds no .yml file; a hive needs a hive definition"), {});

    result.inventory.reconcile();

    auto applyVars = [&](const QList<SourceFile> &files, bool groups) {
        for (const SourceFile &src : files) {
            const YamlReader::Result doc = reader.readBytes(src.bytes, src.path, diags);
            if (!doc.ok || doc.empty)
                continue;
            if (!doc.root.isMap()) {
                diags.error(str("wrong-type"),
                            tr("a variables file must be a mapping of names to values, but this "
                               "one is a %1")
                                .arg(doc.root.typeName()),
                            doc.root.mark());
                continue;
            }
            ValueGrammar::checkVariables(doc.root, diags);
            if (groups)
                result.inventory.setGroupFileVars(src.entity, doc.root);
            else
                result.inventory.setHostFileVars(src.entity, doc.root);
        }
    };
    applyVars(input.groupVars, true);
    applyVars(input.hostVars, false);
    for (StagePlan &stage : result.hive.stages) {
        for (HostPlan &h : stage.hosts)
            h.swarmWorker =
                h.isHive && h.name != stage.firstHive &&
                result.inventory.flattenedHostVars(h.name).value(str("hive_swarm_mode")).text() ==
                    QLatin1String("worker");
        const QString repository = stage.repositoryHost();
        if (repository.isEmpty())
            continue;
        bool ok = false;
        const int port = result.inventory.flattenedHostVars(repository)
                             .value(str("hive_registry_port"))
                             .text()
                             .toInt(&ok);
        if (ok && port > 0 && port < 65536)
            stage.registryPort = port;
    }
    return result;
}

} // namespace hive
