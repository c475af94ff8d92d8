#include "providers/vagrant_plan.h"

#include "data/quantity_text.h"
#include "inventory/inventory_loader.h"
#include "inventory/value_grammar.h"
#include "recipes/stage_volumes.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace hive {

namespace {

// A Ruby string literal: double quotes, with what Ruby would read as an
// escape or an interpolation escaped (the values are checked before).
QString ruby(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('#'))
            out += QLatin1Char('\\');
        out += c;
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// MiB from memory_size as stages write it: a bare number is MB
// (hive-builder's), "4G" and "512M" are sizes.
bool mebibytes(const Value &v, int &out)
{
    out = 0;
    return v.isNull() || QuantityText::mebibytes(v.text(), out);
}

bool isBoxName(const QString &box)
{
    static const QRegularExpression grammar(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$"));
    return grammar.match(box).hasMatch();
}

bool isProxyUrl(const QString &url)
{
    static const QRegularExpression grammar(QStringLiteral("^https?://[A-Za-z0-9._~:@%/?&=+-]+$"));
    return grammar.match(url).hasMatch();
}

} // namespace

bool VagrantPlan::make(const LoadedInventory &loaded, const StagePlan &stage, VagrantPlan &out,
                       QStringList &errors)
{
    const Value &def = stage.definition;
    const auto attr = [&](const char *name) { return def.value(QLatin1String(name)); };
    out = VagrantPlan{};
    out.hiveName = loaded.hive.name;
    out.stage = stage.name;
    const Value shared = loaded.inventory.flattenedHostVars(stage.anyHost());

    out.box = attr("image_name").text();
    if (out.box.isEmpty())
        out.box = shared.value(QStringLiteral("hive_vagrant_box_name")).text();
    if (out.box.isEmpty())
        out.box = QLatin1String(kDefaultBox);
    if (!isBoxName(out.box))
        errors << tr("stage %1: the box '%2' is not a Vagrant box name (as almalinux/9)")
                      .arg(stage.name, out.box);

    out.bridge = attr("bridge").text();
    out.dev = attr("dev").text();
    for (const auto &[key, value] : {std::pair{"bridge", out.bridge}, std::pair{"dev", out.dev}}) {
        if (!value.isEmpty() && !ValueGrammar::matches(ValueGrammar::Kind::InterfaceName, value))
            errors << tr("stage %1: '%2' %3 is not a network interface name (%4)")
                          .arg(stage.name, QLatin1String(key), value,
                               ValueGrammar::describe(ValueGrammar::Kind::InterfaceName));
    }
    if (!out.bridge.isEmpty() && !out.dev.isEmpty())
        errors << tr("stage %1: give 'bridge' (a new bridge) or 'dev' (an existing one), not both")
                      .arg(stage.name);

    out.proxy = attr("vagrant_proxy").text();
    if (out.proxy.isEmpty())
        out.proxy = shared.value(QStringLiteral("hive_vagrant_proxy")).text();
    if (!out.proxy.isEmpty() && !isProxyUrl(out.proxy))
        errors << tr("stage %1: the proxy '%2' is not an http:// or https:// address")
                      .arg(stage.name, out.proxy);
    QStringList noProxy{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    for (const HostPlan &h : stage.hosts)
        noProxy << h.name;
    out.noProxy = noProxy.join(QLatin1Char(','));
    const Value insert = shared.value(QStringLiteral("hive_vagrant_ssh_insert_key"));
    out.insertKey = insert.isNull() || insert.isTruthy();

    const QStringList withoutDisk = StageVolumes::hivesWithoutMirroredDevice(loaded, stage);
    for (const HostPlan &h : stage.hosts) {
        Machine m;
        m.name = h.name;
        m.ip = h.privateIp;
        m.netmask = h.netmask;
        m.isRepository = h.isRepository && !h.isHive;
        if (QHostAddress(m.ip).isNull())
            errors << tr("stage %1: %2 has no address (hive_private_ip)").arg(stage.name, h.name);
        const auto pick = [&](const char *own, const char *common) {
            return m.isRepository && !attr(own).isNull() ? attr(own) : attr(common);
        };
        if (!mebibytes(pick("repository_memory_size", "memory_size"), m.memoryMiB))
            errors << tr("stage %1: the memory size '%2' of %3 is not a size (4096 MB, or 4G)")
                          .arg(stage.name, pick("repository_memory_size", "memory_size").text(),
                               h.name);
        const Value cpus = pick("repository_cpus", "cpus");
        if (!cpus.isNull()) {
            bool ok = false;
            m.cpus = cpus.text().toInt(&ok);
            if (!ok || m.cpus < 1)
                errors << tr("stage %1: cpus '%2' of %3 is not a number of CPUs")
                              .arg(stage.name, cpus.text(), h.name);
        }
        const Value disk = pick("repository_disk_size", "disk_size");
        if (!disk.isNull() && !QuantityText::gibibytes(disk.text(), m.diskGiB))
            errors << tr("stage %1: the disk size '%2' of %3 is not a size (40 GB, or 40G)")
                          .arg(stage.name, disk.text(), h.name);
        const Value mirrored = attr("mirrored_disk_size");
        if (h.isHive && !mirrored.isNull() && !withoutDisk.contains(h.name) &&
            !QuantityText::gibibytes(mirrored.text(), m.mirroredGiB))
            errors << tr("stage %1: 'mirrored_disk_size' %2 is not a size (20 GB, or 20G)")
                          .arg(stage.name, mirrored.text());
        out.machines << m;
    }
    errors.removeDuplicates();
    return errors.isEmpty();
}

bool VagrantPlan::growsRoot() const
{
    for (const Machine &m : machines)
        if (m.diskGiB > 0)
            return true;
    return false;
}

QString VagrantPlan::virtualBoxDiskName(const QString &machine)
{
    return machine + QStringLiteral("-mirrored.vdi");
}

QString VagrantPlan::defineLine(const QString &machine)
{
    return QStringLiteral("  config.vm.define %1 do |node|").arg(ruby(machine));
}

QByteArray VagrantPlan::vagrantfile() const
{
    QStringList l;
    l << QStringLiteral("# The virtual machines of stage %1 of hive %2, written by build-infra "
                        "(Hive Studio).")
             .arg(stage, hiveName)
      << QStringLiteral("# build-infra writes it again from the inventory: change the stage, "
                        "not this file.")
      << QStringLiteral("Vagrant.configure(\"2\") do |config|")
      << QStringLiteral("  config.vm.box = %1").arg(ruby(box))
      << QStringLiteral("  config.vm.synced_folder \".\", \"/vagrant\", disabled: true");
    if (!insertKey)
        l << QStringLiteral("  config.ssh.insert_key = false");
    if (!proxy.isEmpty()) {
        l << QStringLiteral("  if Vagrant.has_plugin?(\"vagrant-proxyconf\")")
          << QStringLiteral("    config.proxy.http = %1").arg(ruby(proxy))
          << QStringLiteral("    config.proxy.https = %1").arg(ruby(proxy))
          << QStringLiteral("    config.proxy.no_proxy = %1").arg(ruby(noProxy))
          << QStringLiteral("  end");
    }
    for (const Machine &m : machines) {
        l << QString() << defineLine(m.name)
          << QStringLiteral("    node.vm.hostname = %1").arg(ruby(m.name));
        const QString address =
            QStringLiteral("ip: %1, netmask: %2").arg(ruby(m.ip), ruby(m.netmask));
        if (!dev.isEmpty())
            l << QStringLiteral("    node.vm.network \"public_network\", %1, dev: %2, type: "
                                "\"bridge\"")
                     .arg(address, ruby(dev));
        else if (!bridge.isEmpty())
            l << QStringLiteral("    node.vm.network \"public_network\", %1, bridge: %2")
                     .arg(address, ruby(bridge));
        else
            l << QStringLiteral("    node.vm.network \"private_network\", %1").arg(address);
        if (m.diskGiB > 0) {
            l << QStringLiteral("    node.vm.provision \"grow-root\", type: \"shell\", path: "
                                "%1")
                     .arg(ruby(QLatin1String(kGrowRootScriptName)))
              << QStringLiteral("    if Vagrant.has_plugin?(\"vagrant-disksize\")")
              << QStringLiteral("      node.disksize.size = \"%1GB\"").arg(m.diskGiB)
              << QStringLiteral("    end");
        }
        l << QStringLiteral("    node.vm.provider :libvirt do |v|")
          << QStringLiteral("      v.cpu_mode = \"host-passthrough\"");
        if (m.memoryMiB > 0)
            l << QStringLiteral("      v.memory = %1").arg(m.memoryMiB);
        if (m.cpus > 0)
            l << QStringLiteral("      v.cpus = %1").arg(m.cpus);
        if (m.diskGiB > 0)
            l << QStringLiteral("      v.machine_virtual_size = %1").arg(m.diskGiB);
        if (m.mirroredGiB > 0)
            l << QStringLiteral("      v.storage :file, size: \"%1G\"").arg(m.mirroredGiB);
        l << QStringLiteral("    end") << QStringLiteral("    node.vm.provider :virtualbox do |v|")
          << QStringLiteral("      v.name = %1").arg(ruby(m.name))
          << QStringLiteral("      v.customize [\"modifyvm\", :id, \"--audio\", \"none\"]");
        if (m.memoryMiB > 0)
            l << QStringLiteral("      v.memory = %1").arg(m.memoryMiB);
        if (m.cpus > 0)
            l << QStringLiteral("      v.cpus = %1").arg(m.cpus);
        if (m.mirroredGiB > 0) {
            l << QStringLiteral("      disk = File.join(__dir__, %1)")
                     .arg(ruby(virtualBoxDiskName(m.name)))
              << QStringLiteral("      unless File.exist?(disk)")
              << QStringLiteral("        v.customize [\"createhd\", \"--filename\", disk, "
                                "\"--variant\", \"Fixed\", \"--size\", %1]")
                     .arg(m.mirroredGiB * 1024)
              << QStringLiteral("      end")
              << QStringLiteral("      v.customize [\"storageattach\", :id, \"--storagectl\", "
                                "\"SATA Controller\", \"--port\", 1, \"--device\", 0, \"--type\", "
                                "\"hdd\", \"--medium\", disk]");
        }
        l << QStringLiteral("    end") << QStringLiteral("  end");
    }
    l << QStringLiteral("end") << QString();
    return l.join(QLatin1Char('\n')).toUtf8();
}

QByteArray VagrantPlan::growRootScript()
{
    return QByteArrayLiteral(
        "#!/bin/sh\n"
        "# Grows the root partition and its file system to the whole disk (the stage's\n"
        "# disk_size). Written by build-infra (Hive Studio); Vagrant runs it as root\n"
        "# when it provisions the machine.\n"
        "set -eu\n"
        "source=$(findmnt -n -o SOURCE /)\n"
        "fstype=$(findmnt -n -o FSTYPE /)\n"
        "name=$(basename \"$source\")\n"
        "if [ ! -e \"/sys/class/block/$name/partition\" ]; then\n"
        "  echo \"the root file system is on $source, not on a partition: grow it by hand\" >&2\n"
        "  exit 0\n"
        "fi\n"
        "disk=/dev/$(lsblk -n -o PKNAME \"$source\" | head -n 1)\n"
        "part=$(cat \"/sys/class/block/$name/partition\")\n"
        "if ! command -v growpart >/dev/null 2>&1; then\n"
        "  if command -v dnf >/dev/null 2>&1; then dnf -y -q install cloud-utils-growpart\n"
        "  else apt-get -y -qq install cloud-guest-utils; fi\n"
        "fi\n"
        "if ! out=$(growpart \"$disk\" \"$part\" 2>&1); then\n"
        "  case \"$out\" in\n"
        "    *NOCHANGE*) exit 0 ;;\n"
        "    *) echo \"$out\" >&2; exit 1 ;;\n"
        "  esac\n"
        "fi\n"
        "case \"$fstype\" in\n"
        "  xfs) xfs_growfs / ;;\n"
        "  ext2|ext3|ext4) resize2fs \"$source\" ;;\n"
        "  *) echo \"cannot grow a $fstype root file system: grow it by hand\" >&2 ;;\n"
        "esac\n");
}

} // namespace hive
