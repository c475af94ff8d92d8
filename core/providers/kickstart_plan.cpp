#include "providers/kickstart_plan.h"

#include "data/quantity_text.h"
#include "inventory/inventory_loader.h"
#include "inventory/value_grammar.h"
#include "recipes/stage_volumes.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace hive {

namespace {

// MiB of a size as kickstart stages write it: a bare number is GB (10^9
// bytes, as hive-builder's kickstart takes disk_size), "40G" is GiB.
bool mebibytesOfGigabytes(const Value &v, int &out)
{
    out = 0;
    if (v.isNull())
        return true;
    const QString text = v.text().trimmed();
    qint64 bytes = 0;
    if (!QuantityText::bytes(text, bytes) || bytes <= 0)
        return false;
    out = text.back().isDigit() ? int(bytes * 1000000000LL / (1024 * 1024)) : int(bytes >> 20);
    return out > 0;
}

bool isDiskName(const QString &name)
{
    static const QRegularExpression grammar(
        QStringLiteral("^(?:[a-z]+[0-9]*(?:n[0-9]+)?|disk/by-[a-z]+/[A-Za-z0-9:._-]+)$"));
    return grammar.match(name).hasMatch();
}

bool isPathWithoutSurprises(const QString &path)
{
    // Goes to xorriso and to messages only, as an argument; still: no line
    // breaks or control characters.
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    return !path.isEmpty();
}

} // namespace

bool KickstartPlan::make(const LoadedInventory &loaded, const StagePlan &stage, KickstartPlan &out,
                         QStringList &errors)
{
    const Value &def = stage.definition;
    const Value config = def.value(QStringLiteral("kickstart_config"));
    out = KickstartPlan{};
    out.hiveName = loaded.hive.name;
    out.stage = stage.name;
    const auto key = [&](const QString &k) {
        return QStringLiteral("stage %1: kickstart_config.%2").arg(stage.name, k);
    };
    if (!config.isMap()) {
        errors << tr("stage %1: 'kickstart_config' is needed on kickstart, with iso_src, "
                     "iso_dest and networks (manual 7.1.2)")
                      .arg(stage.name);
        return false;
    }
    out.isoSource = config.value(QStringLiteral("iso_src")).text();
    out.isoDestination = config.value(QStringLiteral("iso_dest")).text();
    if (out.isoSource.isEmpty() || !isPathWithoutSurprises(out.isoSource))
        errors << tr("%1: the OS's install medium to start from (an ISO file such as "
                     "AlmaLinux-9-latest-x86_64-dvd.iso, or the device it is in)")
                      .arg(key(QStringLiteral("iso_src")));
    if (out.isoDestination.isEmpty() || !isPathWithoutSurprises(out.isoDestination))
        errors << tr("%1: where the new install medium goes (an ISO file, or a device such as "
                     "/dev/sdb)")
                      .arg(key(QStringLiteral("iso_dest")));
    out.mediaUsb = config.value(QStringLiteral("media_usb")).isTruthy();
    const QString target = config.value(QStringLiteral("target")).text();
    if (!target.isEmpty())
        out.targetDisk = target;
    if (!isDiskName(out.targetDisk))
        errors << tr("%1: '%2' is not a disk's name (sda, nvme0n1, disk/by-id/…)")
                      .arg(key(QStringLiteral("target")), out.targetDisk);
    const QString keyboard = config.value(QStringLiteral("keyboard")).text();
    if (!keyboard.isEmpty())
        out.keyboard = keyboard;
    static const QRegularExpression keymap(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!keymap.match(out.keyboard).hasMatch())
        errors << tr("%1: '%2' is not a keyboard layout (jp, us)")
                      .arg(key(QStringLiteral("keyboard")), out.keyboard);

    const Value shared = loaded.inventory.flattenedHostVars(stage.anyHost());
    out.language = shared.value(QStringLiteral("hive_locale")).text();
    if (out.language.isEmpty())
        out.language = QStringLiteral("en_US.UTF-8");
    if (!ValueGrammar::matches(ValueGrammar::Kind::Locale, out.language))
        errors << tr("stage %1: hive_locale '%2' is not a locale (%3)")
                      .arg(stage.name, out.language,
                           ValueGrammar::describe(ValueGrammar::Kind::Locale));
    out.timezone = shared.value(QStringLiteral("hive_timezone")).text();
    if (out.timezone.isEmpty())
        out.timezone = QStringLiteral("Etc/UTC");
    if (!ValueGrammar::matches(ValueGrammar::Kind::TimeZone, out.timezone))
        errors << tr("stage %1: hive_timezone '%2' is not a time zone (%3)")
                      .arg(stage.name, out.timezone,
                           ValueGrammar::describe(ValueGrammar::Kind::TimeZone));

    QStringList stageNameservers;
    for (const Value &n : def.value(QStringLiteral("nameservers")).items())
        stageNameservers << n.text();

    const Value::List &networks = config.value(QStringLiteral("networks")).items();
    if (networks.empty())
        errors << tr("%1: at least one network, with the hosts' addresses (interface, ips, "
                     "netmask)")
                      .arg(key(QStringLiteral("networks")));
    const int hostCount = int(stage.hosts.size());
    for (int i = 0; i < int(networks.size()); ++i) {
        const Value &n = networks.at(size_t(i));
        const QString at = QStringLiteral("networks[%1]").arg(i);
        Network net;
        net.interface = n.value(QStringLiteral("interface")).text();
        if (!ValueGrammar::matches(ValueGrammar::Kind::InterfaceName, net.interface))
            errors << tr("%1: 'interface' '%2' is not a network interface name (%3)")
                          .arg(key(at), net.interface,
                               ValueGrammar::describe(ValueGrammar::Kind::InterfaceName));
        for (const Value &b : n.value(QStringLiteral("bonding_interfaces")).items()) {
            net.bondingInterfaces << b.text();
            if (!ValueGrammar::matches(ValueGrammar::Kind::InterfaceName, b.text()))
                errors << tr("%1: bonding interface '%2' is not a network interface name")
                              .arg(key(at), b.text());
        }
        net.bondingOptions = n.value(QStringLiteral("bonding_options")).text();
        if (net.bondingOptions.isEmpty())
            net.bondingOptions = QLatin1String(kBondingOptions);
        static const QRegularExpression bondOptions(QStringLiteral("^[A-Za-z0-9_=.,;:-]+$"));
        if (!bondOptions.match(net.bondingOptions).hasMatch())
            errors << tr("%1: bonding_options '%2' is not name=value pairs separated by commas")
                          .arg(key(at), net.bondingOptions);
        const Value vlan = n.value(QStringLiteral("vlanid"));
        if (!vlan.isNull()) {
            bool ok = false;
            net.vlanId = vlan.text().toInt(&ok);
            if (!ok || net.vlanId < 1 || net.vlanId > 4094)
                errors
                    << tr("%1: vlanid '%2' is not a VLAN id (1 to 4094)").arg(key(at), vlan.text());
        }
        for (const Value &ip : n.value(QStringLiteral("ips")).items())
            net.ips << ip.text();
        if (!net.ips.isEmpty() && net.ips.size() != hostCount)
            errors << tr("%1: 'ips' has %2 addresses for %3 hosts: give one per host, in host "
                         "order")
                          .arg(key(at))
                          .arg(net.ips.size())
                          .arg(hostCount);
        for (QString &ip : net.ips) {
            const QHostAddress a(ip);
            if (a.protocol() != QAbstractSocket::IPv4Protocol)
                errors << tr("%1: '%2' in 'ips' is not an IPv4 address").arg(key(at), ip);
            else
                ip = a.toString();
        }
        net.netmask = n.value(QStringLiteral("netmask")).text();
        if (QHostAddress(net.netmask).protocol() == QAbstractSocket::IPv4Protocol)
            net.netmask = QHostAddress(net.netmask).toString();
        if (!net.ips.isEmpty() &&
            QHostAddress(net.netmask).protocol() != QAbstractSocket::IPv4Protocol)
            errors << tr("%1: 'netmask' is needed with 'ips', as 255.255.255.0").arg(key(at));
        // Written into the kickstart as Qt prints them: only IPv4 addresses
        // (an IPv6 scope id could carry anything).
        const auto ipv4 = [](const QString &text, QString &written) {
            const QHostAddress a(text);
            written = a.toString();
            return a.protocol() == QAbstractSocket::IPv4Protocol;
        };
        const QString gateway = n.value(QStringLiteral("gateway")).text();
        if (!gateway.isEmpty() && !ipv4(gateway, net.gateway))
            errors << tr("%1: 'gateway' '%2' is not an IPv4 address").arg(key(at), gateway);
        QStringList nameservers;
        for (const Value &ns : n.value(QStringLiteral("nameservers")).items())
            nameservers << ns.text();
        if (nameservers.isEmpty() && !gateway.isEmpty())
            nameservers = stageNameservers;
        for (const QString &ns : std::as_const(nameservers)) {
            QString written;
            if (!ipv4(ns, written))
                errors << tr("%1: nameserver '%2' is not an IPv4 address").arg(key(at), ns);
            net.nameservers << written;
        }
        out.networks << net;
    }

    const QStringList withoutDisk = StageVolumes::hivesWithoutMirroredDevice(loaded, stage);
    int memory = 0;
    const Value memoryValue = def.value(QStringLiteral("memory_size"));
    if (!memoryValue.isNull() && !QuantityText::mebibytes(memoryValue.text(), memory))
        errors << tr("stage %1: the memory size '%2' is not a size (16384 MB, or 16G)")
                      .arg(stage.name, memoryValue.text());
    for (const HostPlan &h : stage.hosts) {
        Host host;
        host.name = h.name;
        host.shortName = h.name.section(QLatin1Char('.'), 0, 0);
        host.address = h.privateIp;
        host.position = int(out.hosts.size());
        host.isHive = h.isHive;
        host.swapMiB = memory > 0 ? memory : 10240; // hive-builder's
        const Value disk = h.isRepository && !h.isHive &&
                                   !def.value(QStringLiteral("repository_disk_size")).isNull()
                               ? def.value(QStringLiteral("repository_disk_size"))
                               : def.value(QStringLiteral("disk_size"));
        if (!mebibytesOfGigabytes(disk, host.rootMiB))
            errors << tr("stage %1: the disk size '%2' of %3 is not a size (100 GB, or 100G)")
                          .arg(stage.name, disk.text(), h.name);
        const Value mirrored = def.value(QStringLiteral("mirrored_disk_size"));
        const bool ownDevice = !loaded.inventory.flattenedHostVars(h.name)
                                    .value(QStringLiteral("hive_mirrored_device"))
                                    .isNull();
        if (h.isHive && !withoutDisk.contains(h.name) && !ownDevice &&
            !mebibytesOfGigabytes(mirrored, host.mirroredMiB))
            errors << tr("stage %1: 'mirrored_disk_size' %2 is not a size (20 GB, or 20G)")
                          .arg(stage.name, mirrored.text());
        bool reached = false;
        for (const Network &n : std::as_const(out.networks))
            reached = reached || n.ips.value(host.position) == host.address;
        if (!out.networks.isEmpty() && !reached)
            errors << tr("%1: no network gives %2 its address %3 (hive_private_ip, where "
                         "build-infra reaches it): put it in one network's 'ips', at place %4")
                          .arg(key(QStringLiteral("networks")), h.name, host.address)
                          .arg(host.position + 1);
        out.hosts << host;
    }
    errors.removeDuplicates();
    return errors.isEmpty();
}

} // namespace hive
