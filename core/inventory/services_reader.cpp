#include "inventory/services_reader.h"

#include "inventory/schema.h"
#include "inventory/schema_checker.h"
#include "inventory/value_grammar.h"

#include <QCoreApplication>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::ServicesReader", text);
}

QString str(const char *latin)
{
    return QString::fromLatin1(latin);
}

QStringList stageList(const Value &v)
{
    QStringList out;
    for (const Value &item : v.items()) {
        if (item.isString() && Schema::stages().contains(item.toString()))
            out << item.toString();
    }
    return out;
}

// Keys of a service that are copied to the service host as hive_<key>.
bool isCopiedServiceKey(const QString &key)
{
    return key != QLatin1String("volumes") && key != QLatin1String("image") &&
           key != QLatin1String("ports") && key != QLatin1String("available_on");
}

const QStringList &standaloneCapabilities()
{
    static const QStringList caps = {str("NET_ADMIN"), str("SYS_ADMIN"), str("SYSLOG"),
                                     str("SYS_PTRACE"), str("AUDIT_CONTROL")};
    return caps;
}
} // namespace

void ServicesReader::noteSharedVolumes(const Value &root)
{
    const Value *services = root.find(str("services"));
    if (!services || !services->isMap())
        return;
    for (const Value::Entry &service : services->entries()) {
        const Value *volumes = service.value.isMap() ? service.value.find(str("volumes")) : nullptr;
        if (!volumes || !volumes->isList())
            continue;
        for (const Value &volume : volumes->items()) {
            if (!volume.isMap())
                continue;
            const Value *drbd = volume.find(str("drbd"));
            const Value *size = drbd && drbd->isMap() ? drbd->find(str("size")) : nullptr;
            const QString source = volume.value(str("source")).scalarText();
            if (size && !size->isNull() && !source.isEmpty() && !m_drbdSizes.contains(source))
                m_drbdSizes.insert(source, *size);
        }
    }
}

void ServicesReader::read(const Value &root, const QString &file, ServiceCatalog &catalog)
{
    SchemaChecker top(m_diags, {});
    if (!top.checkMapping(root, AttributeScope::ServicesFile, tr("a service definition file")))
        return;
    for (const char *g :
         {"services", "images", "volumes", "drbd_volumes", "nfs_volumes", "networks"})
        m_inventory.addGroup(str(g));

    QStringList fileStages = Schema::stages();
    if (const Value *a = root.find(str("available_on")); a && a->isList())
        fileStages = stageList(*a);
    for (const QString &s : fileStages)
        m_inventory.addGroup(s);

    const Value *services = root.find(str("services"));
    if (services && services->isMap()) {
        for (const Value::Entry &entry : services->entries())
            readService(entry, fileStages, file, catalog);
    }

    bool defaultDefined = false;
    if (const Value *networks = root.find(str("networks")); networks && networks->isMap()) {
        for (const Value::Entry &e : networks->entries()) {
            if (!ValueGrammar::check(ValueGrammar::Kind::SwarmName, e.key, tr("network name"),
                                     e.keyMark, QString(), top, true))
                continue;
            if (e.key == QLatin1String("hive_default_network"))
                defaultDefined = true;
            if (m_serviceFiles.contains(e.key))
                top.warning(str("name-clash"),
                            tr("network '%1' has the name of a service; both become the same "
                               "inventory host and mix their variables")
                                .arg(e.key),
                            e.keyMark, e.key);
            m_inventory.addHost(e.key, str("networks"));
            for (const QString &s : fileStages)
                m_inventory.addHost(e.key, s);
            catalog.networks << NetworkPlan{e.key, file, fileStages, e.keyMark};
            if (e.value.isNull())
                continue;
            if (!top.checkMapping(e.value, AttributeScope::Network, tr("network %1").arg(e.key)))
                continue;
            for (const Value::Entry &opt : e.value.entries())
                m_inventory.setVariable(e.key, str("hive_") + opt.key, opt.value);
        }
    }
    if (!defaultDefined) {
        const QString name = str("hive_default_network");
        m_inventory.addHost(name, str("networks"));
        for (const QString &s : fileStages)
            m_inventory.addHost(name, s);
        bool known = false;
        for (const NetworkPlan &n : catalog.networks)
            known = known || n.name == name;
        if (!known)
            catalog.networks << NetworkPlan{name, file, fileStages, {}};
    }
}

void ServicesReader::readService(const Value::Entry &entry, const QStringList &fileStages,
                                 const QString &file, ServiceCatalog &catalog)
{
    const QString name = entry.key;
    const Value &options = entry.value;
    SchemaChecker checker(m_diags, {{}, name, {}});
    if (m_serviceFiles.contains(name)) {
        checker.error(str("duplicate-service"),
                      tr("service '%1' is already defined in %2; each service may be defined "
                         "only once")
                          .arg(name, m_serviceFiles.value(name)),
                      entry.keyMark);
        return;
    }
    m_serviceFiles.insert(name, file);
    if (!ValueGrammar::check(ValueGrammar::Kind::SwarmName, name, tr("service name"), entry.keyMark,
                             QString(), checker, true))
        return;
    if (!checker.checkMapping(options, AttributeScope::Service, tr("service %1").arg(name)))
        return;

    ServicePlan plan;
    plan.name = name;
    plan.file = file;
    plan.mark = entry.keyMark;
    plan.definition = options;

    m_inventory.addHost(name, str("services"));
    for (const Value::Entry &opt : options.entries()) {
        if (Schema::find(AttributeScope::Service, opt.key) && isCopiedServiceKey(opt.key))
            m_inventory.setVariable(name, str("hive_") + opt.key, opt.value);
    }
    plan.availableOn = fileStages;
    if (const Value *a = options.find(str("available_on")); a && a->isList())
        plan.availableOn = stageList(*a);
    for (const QString &s : plan.availableOn)
        m_inventory.addHost(name, s);

    const Value standalone = options.value(str("standalone"));
    plan.standalone = standalone.isBool() && standalone.toBool();
    if (plan.standalone) {
        // A standalone container runs systemd: it needs these capabilities and,
        // without a command of its own, a cgroup2 mount before /sbin/init.
        Value caps = options.value(str("cap_add"), Value::list());
        if (!caps.isList())
            caps = Value::list();
        for (const QString &cap : standaloneCapabilities()) {
            bool present = false;
            for (const Value &c : caps.items())
                present = present || c.scalarText() == cap;
            if (!present)
                caps.append(Value::string(cap));
        }
        m_inventory.setVariable(name, str("hive_cap_add"), caps);
        if (!options.contains(str("command"))) {
            m_inventory.setVariable(
                name, str("hive_command"),
                Value::list({Value::string(str("sh")), Value::string(str("-c")),
                             Value::string(str(
                                 "mount -t cgroup2 cgroup2 /sys/fs/cgroup && exec /sbin/init"))}));
        }
    }

    readVolumes(options, plan, checker);
    if (const Value *image = options.find(str("image")))
        readImage(*image, plan, checker);
    if (const Value *ports = options.find(str("ports")); ports && ports->isList())
        readPorts(*ports, plan, checker);
    catalog.services << plan;
}

void ServicesReader::addVolumeHost(const QString &group, const Value &hiveVolume,
                                   const QString &source, const QStringList &stages)
{
    const QString host = str("volume_") + source;
    m_inventory.addHost(host, group);
    for (const QString &s : stages)
        m_inventory.addHost(host, s);
    m_inventory.setVariable(host, str("hive_volume"), hiveVolume);
}

void ServicesReader::readVolumes(const Value &options, ServicePlan &plan, SchemaChecker &checker)
{
    const Value *volumesValue = options.find(str("volumes"));
    if (!volumesValue && !plan.standalone)
        return;
    if (volumesValue && !volumesValue->isList())
        return; // wrong type, reported by the schema check
    Value hiveVolumes = Value::list();
    if (plan.standalone) {
        for (const char *target : {"/run", "/tmp", "/sys/fs/cgroup"}) {
            Value tmpfs = Value::map();
            tmpfs.insert(str("source"), Value::string(QString()));
            tmpfs.insert(str("target"), Value::string(str(target)));
            tmpfs.insert(str("type"), Value::string(str("tmpfs")));
            hiveVolumes.append(tmpfs);
        }
    }
    int index = 0;
    for (const Value &volume : volumesValue ? volumesValue->items() : Value::List()) {
        const QString what = tr("volume %1 of service %2").arg(index++).arg(plan.name);
        if (volume.isString()) {
            checker.error(str("volume-short-syntax"),
                          tr("short syntax '%1' is not supported in volumes; write "
                             "{source: ..., target: ...}")
                              .arg(volume.toString()),
                          volume.mark(), str("volumes"));
            continue;
        }
        if (!checker.checkMapping(volume, AttributeScope::Volume, what))
            continue;
        const Value source = volume.value(str("source"));
        const Value target = volume.value(str("target"));
        if (!source.isString() || !target.isString())
            continue; // reported
        // A named volume reaches Docker and the hosts' shells by its name; a
        // bind mount's source is a path.
        const QString sourceText = source.toString();
        const bool isPath = sourceText.startsWith(QLatin1Char('/')) ||
                            sourceText.startsWith(QLatin1Char('.')) ||
                            sourceText.startsWith(QLatin1Char('~'));
        if ((!isPath || volume.contains(str("drbd")) || volume.contains(str("driver")) ||
             volume.contains(str("nfs"))) &&
            !ValueGrammar::check(ValueGrammar::Kind::DockerName, sourceText, tr("volume name"),
                                 source.mark(), str("source"), checker))
            continue;
        VolumePlan vp;
        vp.source = source.toString();
        vp.target = target.toString();
        vp.type = volume.value(str("type")).scalarText();
        vp.mark = volume.mark();
        vp.availableOn = plan.availableOn;

        const bool hasDriver = volume.contains(str("driver"));
        const bool hasDrbd = volume.contains(str("drbd"));
        const bool hasNfs = volume.contains(str("nfs"));
        if (hasDrbd && (hasDriver || hasNfs)) {
            checker.error(str("volume-conflict"),
                          tr("'drbd' cannot be combined with '%1' in %2")
                              .arg(hasDriver ? str("driver") : str("nfs"), what),
                          volume.mark(), str("drbd"));
            continue;
        }
        if (hasNfs && hasDriver) {
            checker.error(str("volume-conflict"),
                          tr("'nfs' cannot be combined with 'driver' in %1").arg(what),
                          volume.mark(), str("nfs"));
            continue;
        }
        if (hasNfs) {
            const Value nfs = volume.value(str("nfs"));
            if (checker.checkMapping(nfs, AttributeScope::Nfs, tr("nfs of %1").arg(what))) {
                vp.kind = VolumePlan::Kind::Nfs;
                if (const Value *a = nfs.find(str("available_on")); a && a->isList())
                    vp.availableOn = stageList(*a);
                Value hv = Value::map();
                hv.insert(str("name"), source);
                hv.insert(str("nfs"), nfs);
                addVolumeHost(str("nfs_volumes"), hv, vp.source, vp.availableOn);
            }
        }
        if (hasDriver) {
            vp.kind = VolumePlan::Kind::Driver;
            Value hv = Value::map();
            hv.insert(str("name"), source);
            hv.insert(str("driver"), volume.value(str("driver")));
            // hive-builder's playbooks read the options under this (misspelt) key.
            if (volume.contains(str("driver_opts")))
                hv.insert(str("dirver_options"), volume.value(str("driver_opts")));
            addVolumeHost(str("volumes"), hv, vp.source, plan.availableOn);
        }
        if (hasDrbd) {
            Value drbd = volume.value(str("drbd"));
            if (checker.checkMapping(drbd, AttributeScope::Drbd, tr("drbd of %1").arg(what))) {
                vp.kind = VolumePlan::Kind::Drbd;
                vp.fstype = drbd.value(str("fstype")).scalarText();
                if (!drbd.contains(str("size"))) {
                    // Given by another service that mounts the same volume
                    // (as hive-builder takes it), or missing.
                    if (m_drbdSizes.contains(sourceText)) {
                        drbd.insert(str("size"), m_drbdSizes.value(sourceText));
                    } else {
                        checker.error(str("missing-key"),
                                      tr("drbd of %1 needs 'size' (a size with a unit, e.g. 500M "
                                         "or 20G); no service that mounts %2 gives one")
                                          .arg(what, sourceText),
                                      drbd.mark(), str("size"));
                        continue;
                    }
                }
                vp.size = drbd.value(str("size")).scalarText();
                if (const Value *size = drbd.find(str("size"));
                    size && !size->isNull() &&
                    !ValueGrammar::check(ValueGrammar::Kind::Size, size->scalarText(),
                                         tr("DRBD size"), size->mark(), str("size"), checker))
                    continue;
                if (const Value *a = drbd.find(str("available_on")); a && a->isList())
                    vp.availableOn = stageList(*a);
                if (const Value *explicitId = drbd.find(str("device_id"));
                    explicitId && explicitId->isInt()) {
                    const qint64 id = explicitId->toInt();
                    if (id < AllocationMaps::kFirstDevice || id > AllocationMaps::kLastDevice) {
                        checker.error(str("bad-device-id"),
                                      tr("device_id must be between 1 and 255, not %1").arg(id),
                                      explicitId->mark(), str("device_id"));
                    } else if (m_maps.deviceInUseByOther(vp.source, id)) {
                        checker.error(str("duplicate-device-id"),
                                      tr("device_id %1 of volume %2 is already used by another "
                                         "volume (see drbd_device_map in .hive/persistents.yml)")
                                          .arg(id)
                                          .arg(vp.source),
                                      explicitId->mark(), str("device_id"));
                    } else {
                        m_maps.setDevice(vp.source, id);
                    }
                    vp.deviceId = id;
                } else if (!drbd.contains(str("device_id"))) {
                    vp.deviceId = m_maps.allocateDevice(vp.source);
                    if (vp.deviceId == 0)
                        checker.error(str("devices-exhausted"),
                                      tr("no DRBD device id is free for volume %1: all of 1-255 "
                                         "are taken in drbd_device_map; remove stale entries")
                                          .arg(vp.source),
                                      volume.mark(), str("drbd"));
                    else
                        drbd.insert(str("device_id"), Value::integer(vp.deviceId));
                }
                Value hv = Value::map();
                hv.insert(str("name"), source);
                hv.insert(str("drbd"), drbd);
                addVolumeHost(str("drbd_volumes"), hv, vp.source, vp.availableOn);
            }
        }
        Value kept = Value::map();
        for (const Value::Entry &e : volume.entries()) {
            if (e.key == QLatin1String("target") || e.key == QLatin1String("type") ||
                e.key == QLatin1String("source") || e.key == QLatin1String("readonly"))
                kept.insert(e.key, e.value, e.keyMark);
        }
        hiveVolumes.append(kept);
        plan.volumes << vp;
    }
    m_inventory.setVariable(plan.name, str("hive_volumes"), hiveVolumes);
}

void ServicesReader::readImage(const Value &image, ServicePlan &plan, SchemaChecker &checker)
{
    if (image.isString()) {
        if (!ValueGrammar::check(ValueGrammar::Kind::ImageReference, image.toString(), tr("image"),
                                 image.mark(), str("image"), checker))
            return;
        plan.imageTag = image.toString();
        m_inventory.setVariable(plan.name, str("hive_image"), image);
        return;
    }
    if (!image.isMap())
        return; // reported
    const QString imageHost = str("image_") + plan.name;
    m_inventory.addHost(imageHost, str("images"));
    for (const QString &s : plan.availableOn)
        m_inventory.addHost(imageHost, s);
    m_inventory.setVariable(plan.name, str("hive_image_name"), Value::string(imageHost));
    if (!checker.checkMapping(image, AttributeScope::Image,
                              tr("image of service %1").arg(plan.name)))
        return;
    if (const Value *from = image.find(str("from"));
        from && from->isString() &&
        !ValueGrammar::check(ValueGrammar::Kind::ImageReference, from->toString(), tr("base image"),
                             from->mark(), str("from"), checker))
        return;
    plan.buildFrom = image.value(str("from")).scalarText();
    if (plan.standalone) {
        m_inventory.setVariable(imageHost, str("hive_standalone"), Value::boolean(true));
        m_inventory.setVariable(imageHost, str("hive_privileged"), Value::boolean(true));
    }
    if (image.contains(str("pull_from")) && !image.contains(str("pull_on")))
        checker.error(str("pull-from-needs-pull-on"),
                      tr("'pull_from' needs 'pull_on' (the stages that pull instead of build)"),
                      image.findEntry(str("pull_from"))->keyMark, str("pull_from"));
    for (const Value::Entry &e : image.entries())
        m_inventory.setVariable(imageHost, str("hive_") + e.key, e.value);
}

void ServicesReader::readPorts(const Value &ports, ServicePlan &plan, SchemaChecker &checker)
{
    Value hivePorts = Value::list();
    for (const Value &portdef : ports.items()) {
        Value def;
        if (portdef.isMap()) {
            if (!checker.checkMapping(portdef, AttributeScope::Port,
                                      tr("a port of service %1").arg(plan.name)))
                continue;
            def = portdef;
            if (!def.contains(str("protocol")))
                def.insert(str("protocol"), Value::string(str("tcp")));
        } else if (portdef.isString()) {
            const QString text = portdef.toString().trimmed();
            const QStringList slash = text.split(QLatin1Char('/'));
            const QString protocol = slash.size() > 1 ? slash.at(1) : str("tcp");
            const QStringList colon = slash.at(0).split(QLatin1Char(':'));
            bool okPublished = true;
            bool okTarget = false;
            qint64 published = 0;
            qint64 target = 0;
            if (colon.size() == 2) {
                published = colon.at(0).toLongLong(&okPublished);
                target = colon.at(1).toLongLong(&okTarget);
            } else if (colon.size() == 1) {
                target = colon.at(0).toLongLong(&okTarget);
            }
            if (slash.size() > 2 || colon.size() > 2 || !okPublished || !okTarget) {
                checker.error(str("bad-port"),
                              tr("port '%1' is not in the form \"PUBLISHED:TARGET[/PROTOCOL]\" or "
                                 "\"TARGET[/PROTOCOL]\"")
                                  .arg(text),
                              portdef.mark(), str("ports"));
                continue;
            }
            def = Value::map();
            if (colon.size() == 2)
                def.insert(str("published_port"), Value::integer(published, portdef.mark()));
            def.insert(str("target_port"), Value::integer(target, portdef.mark()));
            def.insert(str("protocol"), Value::string(protocol, portdef.mark()));
        } else {
            checker.error(str("bad-port"),
                          tr("a port must be a quoted string such as \"8080:80\" or a mapping, "
                             "not the %1 %2; YAML reads unquoted 80 or 2222:22 as numbers")
                              .arg(portdef.typeName(), portdef.scalarText()),
                          portdef.mark(), str("ports"));
            continue;
        }

        const Value protocol = def.value(str("protocol"));
        if (!protocol.isString() ||
            !QStringList({str("tcp"), str("udp"), str("sctp")}).contains(protocol.toString())) {
            checker.error(
                str("bad-protocol"),
                tr("unknown protocol '%1'; use tcp, udp or sctp").arg(protocol.scalarText()),
                protocol.mark().isKnown() ? protocol.mark() : portdef.mark(), str("protocol"));
            continue;
        }
        const Value target = def.value(str("target_port"));
        if (!target.isInt())
            continue; // reported by the schema check
        if (target.toInt() < 1 || target.toInt() > 65535) {
            checker.error(str("bad-port"),
                          tr("target port %1 is outside 1-65535").arg(target.toInt()),
                          target.mark(), str("target_port"));
            continue;
        }
        PortPlan pp;
        pp.targetPort = target.toInt();
        pp.protocol = protocol.toString();
        pp.mode = def.value(str("mode")).isString() ? def.value(str("mode")).toString() : QString();
        pp.mark = portdef.mark();

        const QString key = AllocationMaps::portKey(plan.name, pp.targetPort);
        // How messages name the port.
        const QString portName = plan.name + QLatin1Char(':') + QString::number(pp.targetPort);
        auto previous = m_portKeys.constFind(key);
        if (previous != m_portKeys.constEnd() &&
            (previous->first != plan.name || previous->second != pp.targetPort)) {
            checker.warning(str("port-key-collision"),
                            tr("port %1 of service %2 and port %3 of service %4 share the key "
                               "'%5' in published_port_map, so they get the same published port; "
                               "rename a service or publish one port explicitly")
                                .arg(pp.targetPort)
                                .arg(plan.name)
                                .arg(previous->second)
                                .arg(previous->first, key),
                            portdef.mark(), str("ports"));
        } else if (previous == m_portKeys.constEnd()) {
            m_portKeys.insert(key, qMakePair(plan.name, pp.targetPort));
        }

        if (const Value published = def.value(str("published_port"));
            def.contains(str("published_port"))) {
            if (!published.isInt())
                continue; // reported
            if (published.toInt() < 1 || published.toInt() > 65535) {
                checker.error(str("bad-port"),
                              tr("published port %1 is outside 1-65535").arg(published.toInt()),
                              published.mark(), str("published_port"));
                continue;
            }
            if (m_maps.portInUseByOther(key, published.toInt()))
                checker.warning(str("duplicate-published-port"),
                                tr("published port %1 of %2 is already used by another port")
                                    .arg(published.toInt())
                                    .arg(portName),
                                published.mark(), str("published_port"));
            pp.publishedPort = published.toInt();
            m_maps.setPort(key, pp.publishedPort);
        } else {
            pp.publishedPort = m_maps.allocatePort(key);
            pp.allocated = true;
            if (pp.publishedPort == 0) {
                checker.error(str("ports-exhausted"),
                              tr("no published port is free in 61001-65534 for %1; remove stale "
                                 "entries from published_port_map")
                                  .arg(portName),
                              portdef.mark(), str("ports"));
                continue;
            }
            def.insert(str("published_port"), Value::integer(pp.publishedPort));
        }
        hivePorts.append(def);
        plan.ports << pp;
    }
    m_inventory.setVariable(plan.name, str("hive_ports"), hivePorts);
}

} // namespace hive
