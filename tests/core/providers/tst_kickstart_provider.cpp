#include "data/password_hash.h"
#include "engine/run_reporter.h"
#include "engine/step_sequence.h"
#include "providers/install_device.h"
#include "providers/kickstart_file.h"
#include "providers/kickstart_medium.h"
#include "providers/kickstart_plan.h"
#include "providers/kickstart_provider.h"
#include "remote/local_command.h"
#include "tests/support/collecting_sink.h"
#include "tests/support/golden_file.h"
#include "tests/support/inventory_fixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {

// The manual's kickstart_config (7.1.2): a bond of two interfaces, VLANs
// on it, the hosts' addresses on one of them with its gateway and DNS.
const QByteArray kBonded = "plugin: hive_inventory\n"
                           "name: pdns\n"
                           "stages:\n"
                           "  production:\n"
                           "    provider: kickstart\n"
                           "    separate_repository: false\n"
                           "    cidr: 192.168.203.0/24\n"
                           "    ip_address_list: [192.168.203.20, 192.168.203.21, 192.168.203.22]\n"
                           "    memory_size: 16384\n"
                           "    disk_size: 100\n"
                           "    mirrored_disk_size: 200\n"
                           "    nameservers: [192.168.203.1]\n"
                           "    kickstart_config:\n"
                           "      iso_src: SOURCE\n"
                           "      iso_dest: DEST\n"
                           "      media_usb: true\n"
                           "      networks:\n"
                           "        - interface: bond0\n"
                           "          bonding_interfaces: [eth0, eth1]\n"
                           "          ips: [192.168.200.20, 192.168.200.21, 192.168.200.22]\n"
                           "          netmask: 255.255.255.0\n"
                           "        - {interface: bond0, vlanid: 2}\n"
                           "        - interface: bond0\n"
                           "          vlanid: 1002\n"
                           "          ips: [192.168.203.20, 192.168.203.21, 192.168.203.22]\n"
                           "          netmask: 255.255.255.0\n"
                           "          gateway: 192.168.203.1\n";

// One plain interface, the disk on NVMe, the rest of the disk for /.
const QByteArray kPlain = "plugin: hive_inventory\n"
                          "name: pdns\n"
                          "stages:\n"
                          "  production:\n"
                          "    provider: kickstart\n"
                          "    cidr: 10.10.0.0/24\n"
                          "    ip_address_list: [10.10.0.5, 10.10.0.6, 10.10.0.7, 10.10.0.8]\n"
                          "    mirrored_disk_size: 50\n"
                          "    nameservers: [10.10.0.1, 10.10.0.2]\n"
                          "    kickstart_config:\n"
                          "      iso_src: SOURCE\n"
                          "      iso_dest: DEST\n"
                          "      target: nvme0n1\n"
                          "      keyboard: us\n"
                          "      networks:\n"
                          "        - interface: eno1\n"
                          "          ips: [10.10.0.5, 10.10.0.6, 10.10.0.7, 10.10.0.8]\n"
                          "          netmask: 255.255.255.0\n"
                          "          gateway: 10.10.0.1\n";

const QString kKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEz7FvYw hive@pdns");
// A fixed hash, so that the reviewed files stay the same.
const QString kHash = QStringLiteral("$6$saltsaltsaltsalt$hashhashhashhashhashhashhashhashhash");

KickstartPlan planOf(QByteArray definition, QStringList &errors, const QString &source = {},
                     const QString &destination = {}, const QByteArray &groupVars = {})
{
    definition.replace("SOURCE",
                       source.isEmpty() ? "/srv/AlmaLinux-9-x86_64-dvd.iso" : source.toUtf8());
    definition.replace("DEST", destination.isEmpty() ? "/dev/sdb" : destination.toUtf8());
    InventoryFixture f;
    f.file(QStringLiteral("hive.yml"), definition);
    f.groupVars(QStringLiteral("all"),
                groupVars.isEmpty() ? QByteArray("hive_timezone: Asia/Tokyo\n") : groupVars);
    const LoadedInventory loaded = f.load();
    KickstartPlan plan;
    if (!loaded.ok()) {
        errors << describe(loaded.diagnostics);
        return plan;
    }
    KickstartPlan::make(loaded, *loaded.hive.stage(QStringLiteral("production")), plan, errors);
    return plan;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

CommandResult run(const QString &program, const QStringList &arguments, const QString &dir = {})
{
    LocalCommand::Options o;
    o.timeoutMs = 120000;
    o.workingDir = dir;
    return LocalCommand::run(program, arguments, o);
}

// A file of an ISO, read back with xorriso.
QByteArray fileInIso(const QString &iso, const QString &path, const QString &scratch)
{
    const QString to = scratch + QStringLiteral("/extracted");
    QFile::remove(to);
    run(QStringLiteral("xorriso"),
        {QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"), iso,
         QStringLiteral("-extract"), path, to});
    return readFile(to);
}

RunEvent::Status statusOf(CollectingSink &events, const QString &step, const QString &host)
{
    std::lock_guard lock(events.mutex);
    for (const RunEvent &e : std::as_const(events.events))
        if (e.kind == RunEvent::Kind::HostFinished && e.step == step && e.host == host)
            return e.status;
    return RunEvent::Status::Skipped;
}

const char kGrub[] =
    "set default=\"1\"\n"
    "set timeout=60\n"
    "search --no-floppy --set=root -l 'AlmaLinux-9-4-x86_64-dvd'\n"
    "menuentry 'Install AlmaLinux 9.4' --class fedora --class gnu-linux --class gnu --class os "
    "{\n"
    "\tlinuxefi /images/pxeboot/vmlinuz inst.stage2=hd:LABEL=AlmaLinux-9-4-x86_64-dvd quiet\n"
    "\tinitrdefi /images/pxeboot/initrd.img\n"
    "}\n"
    "menuentry 'Test this media & install AlmaLinux 9.4' --class fedora --class os {\n"
    "\tlinuxefi /images/pxeboot/vmlinuz inst.stage2=hd:LABEL=AlmaLinux-9-4-x86_64-dvd "
    "rd.live.check quiet\n"
    "\tinitrdefi /images/pxeboot/initrd.img\n"
    "}\n";
const char kIsolinux[] = "default vesamenu.c32\n"
                         "timeout 600\n"
                         "label linux\n"
                         "  menu label ^Install AlmaLinux 9.4\n"
                         "  kernel vmlinuz\n"
                         "  append initrd=initrd.img inst.stage2=hd:LABEL=AlmaLinux-9-4-x86_64-dvd "
                         "quiet\n"
                         "label check\n"
                         "  menu label Test this ^media & install AlmaLinux 9.4\n"
                         "  menu default\n"
                         "  kernel vmlinuz\n"
                         "  append initrd=initrd.img inst.stage2=hd:LABEL=AlmaLinux-9-4-x86_64-dvd "
                         "rd.live.check quiet\n";

} // namespace

// The kickstart provider: the hosts' kickstart files (compared with
// reviewed copies), the install medium made with xorriso from a small
// install medium the test makes the same way as the OS's (UEFI boot image
// with its own grub.cfg, BIOS menu) and read back, the devices it refuses
// to erase, and a device written only when named for the run.
class TestKickstartProvider : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_source;   // the small "OS install medium"
    QString m_appended; // the same, its EFI image a partition appended to the ISO

    bool haveTools()
    {
        for (const char *tool : {"xorriso", "mcopy", "mformat"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()) {
                if (qEnvironmentVariableIsSet("CI"))
                    qFatal("%s is not installed: scripts/install-deps.sh --test installs it", tool);
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!haveTools())
            return;
        const QString tree = m_dir.filePath(QStringLiteral("os"));
        QVERIFY(writeFile(tree + QStringLiteral("/EFI/BOOT/grub.cfg"), kGrub));
        QVERIFY(writeFile(tree + QStringLiteral("/isolinux/isolinux.cfg"), kIsolinux));
        QVERIFY(writeFile(tree + QStringLiteral("/images/pxeboot/vmlinuz"), "kernel"));
        QVERIFY(writeFile(tree + QStringLiteral("/images/pxeboot/initrd.img"), "initrd"));
        const QString efi = tree + QStringLiteral("/images/efiboot.img");
        QVERIFY(run(QStringLiteral("mformat"),
                    {QStringLiteral("-i"), efi, QStringLiteral("-C"), QStringLiteral("-f"),
                     QStringLiteral("1440"), QStringLiteral("::")})
                    .succeeded());
        QVERIFY(run(QStringLiteral("mmd"), {QStringLiteral("-i"), efi, QStringLiteral("::/EFI"),
                                            QStringLiteral("::/EFI/BOOT")})
                    .succeeded());
        QVERIFY(run(QStringLiteral("mcopy"),
                    {QStringLiteral("-i"), efi, tree + QStringLiteral("/EFI/BOOT/grub.cfg"),
                     QStringLiteral("::/EFI/BOOT/grub.cfg")})
                    .succeeded());
        m_source = m_dir.filePath(QStringLiteral("AlmaLinux-9.4-x86_64-dvd.iso"));
        const CommandResult made = run(
            QStringLiteral("xorriso"),
            {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-o"), m_source,
             QStringLiteral("-V"), QStringLiteral("AlmaLinux-9-4-x86_64-dvd"), QStringLiteral("-R"),
             QStringLiteral("-J"), QStringLiteral("-eltorito-alt-boot"), QStringLiteral("-e"),
             QStringLiteral("images/efiboot.img"), QStringLiteral("-no-emul-boot"), tree});
        QVERIFY2(made.succeeded(), qPrintable(made.stderrText));
        // As newer media carry it: the EFI image appended as partition 2.
        m_appended = m_dir.filePath(QStringLiteral("appended-efi.iso"));
        const CommandResult appended =
            run(QStringLiteral("xorriso"),
                {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-o"), m_appended,
                 QStringLiteral("-V"), QStringLiteral("AlmaLinux-9-4-x86_64-dvd"),
                 QStringLiteral("-R"), QStringLiteral("-append_partition"), QStringLiteral("2"),
                 QStringLiteral("0xef"), tree + QStringLiteral("/images/efiboot.img"),
                 QStringLiteral("-e"), QStringLiteral("--interval:appended_partition_2:all::"),
                 QStringLiteral("-no-emul-boot"), tree});
        QVERIFY2(appended.succeeded(), qPrintable(appended.stderrText));
    }

    // Where the EFI image is a partition appended to the ISO (what a USB
    // stick boots from), the new medium's partition holds the entries.
    void anAppendedEfiPartitionGetsTheEntriesToo()
    {
        if (!haveTools())
            QSKIP("xorriso and mtools are not installed here");
        QTemporaryDir work;
        QVERIFY(writeFile(work.filePath(QStringLiteral("hive0.ks")), "# ks\n"));
        const QString out = work.filePath(QStringLiteral("new.iso"));
        QString error;
        QVERIFY2(KickstartMedium::build(
                     m_appended, out,
                     {{QStringLiteral("hive0.pdns"), QStringLiteral("/ks/hive0.ks"),
                       work.filePath(QStringLiteral("hive0.ks"))}},
                     work.filePath(QStringLiteral("w")), error, KickstartMedium::Options{}),
                 qPrintable(error));
        const QString images = work.filePath(QStringLiteral("boot"));
        QDir().mkpath(images);
        QVERIFY(run(QStringLiteral("xorriso"),
                    {QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"),
                     out, QStringLiteral("-extract_boot_images"), images + QLatin1Char('/')})
                    .succeeded());
        const QStringList parts = QDir(images).entryList({QStringLiteral("*part2*")}, QDir::Files);
        QCOMPARE(parts.size(), 1);
        const CommandResult inside = run(
            QStringLiteral("mtype"), {QStringLiteral("-i"), QDir(images).filePath(parts.first()),
                                      QStringLiteral("::/EFI/BOOT/grub.cfg")});
        QVERIFY2(inside.stdoutText.contains(QStringLiteral("Install hive host hive0.pdns")),
                 qPrintable(inside.stdoutText + inside.stderrText));
    }

    // Per network variant, the kickstart of the first host as reviewed.
    void kickstartFilesAsReviewed_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QString>("golden");
        QTest::newRow("bond and VLANs") << kBonded << QStringLiteral("bonded-vlans.ks");
        QTest::newRow("one interface") << kPlain << QStringLiteral("plain.ks");
    }
    void kickstartFilesAsReviewed()
    {
        QFETCH(QByteArray, definition);
        QFETCH(QString, golden);
        QStringList errors;
        const KickstartPlan plan = planOf(definition, errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        compareWithGoldenFile(
            QStringLiteral(HIVE_FIXTURES "/kickstart/") + golden,
            KickstartFile::render(plan, plan.hosts.at(1), QStringLiteral("admin"), kKey, kHash));
    }

    void thePlanOfTheManualsExample()
    {
        QStringList errors;
        const KickstartPlan plan = planOf(kBonded, errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(plan.networks.size(), 3);
        QCOMPARE(plan.networks.at(0).bondingInterfaces,
                 (QStringList{QStringLiteral("eth0"), QStringLiteral("eth1")}));
        QCOMPARE(plan.networks.at(2).vlanId, 1002);
        // The stage's nameservers go to the network with the gateway.
        QCOMPARE(plan.networks.at(2).nameservers, QStringList{QStringLiteral("192.168.203.1")});
        QVERIFY(plan.networks.at(0).nameservers.isEmpty());
        QCOMPARE(plan.hosts.size(), 3);
        QCOMPARE(plan.hosts.at(2).shortName, QStringLiteral("hive2"));
        QCOMPARE(plan.hosts.at(0).swapMiB, 16384);
        QCOMPARE(plan.hosts.at(0).rootMiB, 95367); // 100 GB, hive-builder's unit
        QVERIFY(plan.mediaUsb);
        QVERIFY(plan.writesDevice());
        QCOMPARE(plan.timezone, QStringLiteral("Asia/Tokyo"));
    }

    void badSettingsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ips count")
            << QByteArray("ips: [192.168.200.20, 192.168.200.21, 192.168.200.22]")
            << QByteArray("ips: [192.168.200.20]")
            << QStringLiteral("kickstart_config.networks[0]: 'ips' has 1 addresses for 3 hosts");
        QTest::newRow("host not reached")
            << QByteArray("ips: [192.168.203.20, 192.168.203.21, 192.168.203.22]")
            << QByteArray("ips: [192.168.203.20, 192.168.203.99, 192.168.203.22]")
            << QStringLiteral("no network gives hive1.pdns its address 192.168.203.21");
        QTest::newRow("vlan") << QByteArray("vlanid: 2}") << QByteArray("vlanid: 5000}")
                              << QStringLiteral("networks[1]: vlanid '5000' is not a VLAN id");
        QTest::newRow("interface") << QByteArray("interface: bond0\n          bonding")
                                   << QByteArray("interface: \"bond0;reboot\"\n          bonding")
                                   << QStringLiteral("networks[0]: 'interface' 'bond0;reboot'");
        QTest::newRow("no source")
            << QByteArray("      iso_src: /srv/AlmaLinux-9-x86_64-dvd.iso\n") << QByteArray()
            << QStringLiteral("kickstart_config.iso_src: the OS's install medium");
        QTest::newRow("gateway")
            << QByteArray("gateway: 192.168.203.1")
            << QByteArray("gateway: \"fe80::1%x --bootproto=dhcp\"")
            << QStringLiteral("networks[2]: 'gateway' 'fe80::1%x --bootproto=dhcp' is not an IPv4");
        QTest::newRow("target")
            << QByteArray("      media_usb: true\n")
            << QByteArray("      media_usb: true\n      target: \"sda; reboot\"\n")
            << QStringLiteral("kickstart_config.target: 'sda; reboot' is not a disk");
    }
    void badSettingsAreNamed()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray definition = kBonded;
        definition.replace("SOURCE", "/srv/AlmaLinux-9-x86_64-dvd.iso");
        QVERIFY(definition.contains(from));
        definition.replace(from, to);
        QStringList errors;
        planOf(definition, errors);
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(expected),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void rootsPasswordIsHashedAndKeptWhileItIsTheSame()
    {
        const QString hash = KickstartFile::passwordHash(QStringLiteral("X12bv5riykfjd"));
        QVERIFY(hash.startsWith(QStringLiteral("$6$")));
        QVERIFY(PasswordHash::matches(QStringLiteral("X12bv5riykfjd"), hash.toLatin1()));
        QCOMPARE(KickstartFile::passwordHash(QStringLiteral("X12bv5riykfjd"), hash), hash);
        QVERIFY(KickstartFile::passwordHash(QStringLiteral("other"), hash) != hash);
        QVERIFY(KickstartFile::passwordHash(QString()).isEmpty());
        QStringList errors;
        const KickstartPlan plan = planOf(kPlain, errors);
        const QByteArray text =
            KickstartFile::render(plan, plan.hosts.first(), QStringLiteral("admin"), kKey, hash);
        QCOMPARE(KickstartFile::passwordHashIn(text), hash);
        QVERIFY(!text.contains("X12bv5riykfjd"));
        QVERIFY(KickstartFile::render(plan, plan.hosts.first(), QStringLiteral("admin"), kKey, {})
                    .contains("\nrootpw --lock\n"));
    }

    void bootMenusGetAnEntryPerHostAndKeepTheirDefault()
    {
        QString error;
        const QList<KickstartMedium::Entry> entries{
            {QStringLiteral("hive0.pdns"), QStringLiteral("/ks/hive0.ks"), QString()},
            {QStringLiteral("hive1.pdns"), QStringLiteral("/ks/hive1.ks"), QString()}};
        const QByteArray grub = KickstartMedium::grubWithEntries(
            kGrub, QStringLiteral("AlmaLinux-9-4-x86_64-dvd"), entries, error);
        QVERIFY2(!grub.isEmpty(), qPrintable(error));
        QVERIFY(grub.startsWith(kGrub)); // the original entries first: "1" is still theirs
        QVERIFY(grub.contains("menuentry 'Install hive host hive1.pdns' --class gnu-linux --class "
                              "os {\n\tlinuxefi /images/pxeboot/vmlinuz "
                              "inst.stage2=hd:LABEL=AlmaLinux-9-4-x86_64-dvd "
                              "inst.ks=hd:LABEL=AlmaLinux-9-4-x86_64-dvd:/ks/hive1.ks "
                              "net.ifnames=0\n\tinitrdefi "
                              "/images/pxeboot/initrd.img\n}\n"));
        const QByteArray isolinux = KickstartMedium::isolinuxWithEntries(
            kIsolinux, QStringLiteral("AlmaLinux 9"), entries, error);
        QVERIFY(isolinux.contains("label hive0\n  menu label Install hive host hive0.pdns\n  "
                                  "kernel vmlinuz\n  append initrd=initrd.img "
                                  "inst.stage2=hd:LABEL=AlmaLinux\\x209 "
                                  "inst.ks=hd:LABEL=AlmaLinux\\x209:/ks/hive0.ks net.ifnames=0\n"));
        QCOMPARE(isolinux.count("menu default"), 1);
        QVERIFY(
            KickstartMedium::grubWithEntries("set timeout=5\n", QStringLiteral("X"), entries, error)
                .isEmpty());
        QVERIFY(error.contains(QStringLiteral("no entry with a kernel")));
    }

    // build-infra's steps with the install medium an ISO file: the files,
    // the medium read back, a second run that makes nothing again.
    void theInstallMediumIsMadeAndReadBack()
    {
        if (!haveTools())
            QSKIP("xorriso and mtools are not installed here");
        QTemporaryDir context;
        const QString iso = context.filePath(QStringLiteral("hive-install.iso"));
        QStringList errors;
        const KickstartPlan plan = planOf(kPlain, errors, m_source, iso);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        InfraRequest request;
        request.adminUser = QStringLiteral("admin");
        request.publicKey = kKey;
        request.rootPassword = QStringLiteral("X12bv5riykfjd");
        request.knownHostsFile = context.filePath(QStringLiteral("known_hosts"));
        for (const KickstartPlan::Host &h : plan.hosts)
            request.hosts.append({h.name, QStringLiteral("192.0.2.1")}); // TEST-NET: nobody
        const auto build = [&](CollectingSink &events, bool checkOnly) {
            request.checkOnly = checkOnly;
            KickstartProvider provider(plan, context.path(), context.path(), QString(), QString());
            provider.setProbeTimeoutMs(300);
            InfraResult result;
            RunReporter reporter(&events, QStringLiteral("build-infra"));
            StepSequence::run(reporter, provider.steps(request, result, reporter), {},
                              StepSequence::Options{});
        };
        {
            CollectingSink events;
            build(events, true);
            QVERIFY(!QFile::exists(iso));
            QCOMPARE(statusOf(events, QStringLiteral("install-medium"), QString()),
                     RunEvent::Status::Changed);
        }
        CollectingSink events;
        build(events, false);
        QCOMPARE(statusOf(events, QStringLiteral("kickstart-files"), QString()),
                 RunEvent::Status::Changed);
        QVERIFY2(statusOf(events, QStringLiteral("install-medium"), QString()) ==
                     RunEvent::Status::Changed,
                 qPrintable(events.finishedText(QStringLiteral("install-medium"), QString())));
        QVERIFY(events.finishedText(QStringLiteral("install-medium"), QString())
                    .contains(QStringLiteral("choose \"Install hive host NAME\"")));
        // A host not installed yet is told how to be.
        QCOMPARE(statusOf(events, QStringLiteral("hosts"), QStringLiteral("hive0.pdns")),
                 RunEvent::Status::Failed);
        QVERIFY(events.finishedText(QStringLiteral("hosts"), QStringLiteral("hive0.pdns"))
                    .contains(QStringLiteral("not installed yet")));

        const QString ks = context.filePath(QStringLiteral("kickstart/hive2.ks"));
        QCOMPARE(QFile::permissions(ks) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const QByteArray written = readFile(ks);
        QVERIFY(written.contains("network --bootproto=static --device=eno1 --noipv6 --onboot=yes "
                                 "--ip=10.10.0.7 --netmask=255.255.255.0"));
        QVERIFY(PasswordHash::matches(request.rootPassword,
                                      KickstartFile::passwordHashIn(written).toLatin1()));
        // Read back from the medium.
        QTemporaryDir scratch;
        QCOMPARE(fileInIso(iso, QStringLiteral("/ks/hive2.ks"), scratch.path()), written);
        const QByteArray grub =
            fileInIso(iso, QStringLiteral("/EFI/BOOT/grub.cfg"), scratch.path());
        QVERIFY(grub.startsWith(kGrub));
        QCOMPARE(grub.count("menuentry 'Install hive host "), 4);
        QVERIFY(grub.contains("inst.ks=hd:LABEL=AlmaLinux-9-4-x86_64-dvd:/ks/hive3.ks"));
        QVERIFY(fileInIso(iso, QStringLiteral("/isolinux/isolinux.cfg"), scratch.path())
                    .contains("menu label Install hive host hive3.pdns"));
        const QString efi = scratch.filePath(QStringLiteral("efiboot.img"));
        QVERIFY(
            writeFile(efi, fileInIso(iso, QStringLiteral("/images/efiboot.img"), scratch.path())));
        const CommandResult inside =
            run(QStringLiteral("mtype"),
                {QStringLiteral("-i"), efi, QStringLiteral("::/EFI/BOOT/grub.cfg")});
        QVERIFY2(inside.stdoutText.contains(QStringLiteral("Install hive host hive0.pdns")),
                 qPrintable(inside.stdoutText + inside.stderrText));
        QCOMPARE(fileInIso(iso, QStringLiteral("/images/pxeboot/vmlinuz"), scratch.path()),
                 "kernel");
        // Under /ks the hosts' kickstarts and nothing else.
        const auto ksFiles = [&] {
            const CommandResult found =
                run(QStringLiteral("xorriso"),
                    {QStringLiteral("-indev"), iso, QStringLiteral("-find"), QStringLiteral("/ks"),
                     QStringLiteral("-type"), QStringLiteral("f")});
            QStringList files = found.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            files.sort();
            return files;
        };
        const QStringList expected{
            QStringLiteral("'/ks/hive0.ks'"), QStringLiteral("'/ks/hive1.ks'"),
            QStringLiteral("'/ks/hive2.ks'"), QStringLiteral("'/ks/hive3.ks'")};
        QCOMPARE(ksFiles(), expected);
        // Its UEFI boot record, and the volume id its entries find it by.
        const CommandResult boot =
            run(QStringLiteral("xorriso"),
                {QStringLiteral("-indev"), iso, QStringLiteral("-report_el_torito"),
                 QStringLiteral("plain")});
        QVERIFY2(boot.stdoutText.contains(QStringLiteral("/images/efiboot.img")) &&
                     boot.stdoutText.contains(QStringLiteral("UEFI")),
                 qPrintable(boot.stdoutText));
        QString volume, error;
        QVERIFY(KickstartMedium::volumeId(iso, volume, error));
        QCOMPARE(volume, QStringLiteral("AlmaLinux-9-4-x86_64-dvd"));

        const QDateTime made = QFileInfo(iso).lastModified();
        CollectingSink again;
        build(again, false);
        QCOMPARE(statusOf(again, QStringLiteral("kickstart-files"), QString()),
                 RunEvent::Status::Ok);
        QCOMPARE(statusOf(again, QStringLiteral("install-medium"), QString()),
                 RunEvent::Status::Ok);
        QCOMPARE(QFileInfo(iso).lastModified(), made);
        QCOMPARE(readFile(ks), written); // the same hash again

        // Another root password: the kickstarts and the medium are made
        // again, and /ks still holds the four files only.
        request.rootPassword = QStringLiteral("another-one");
        CollectingSink changed;
        build(changed, true);
        QCOMPARE(statusOf(changed, QStringLiteral("kickstart-files"), QString()),
                 RunEvent::Status::Changed);
        QCOMPARE(statusOf(changed, QStringLiteral("install-medium"), QString()),
                 RunEvent::Status::Changed); // said under -C too
        CollectingSink rebuilt;
        build(rebuilt, false);
        QCOMPARE(statusOf(rebuilt, QStringLiteral("install-medium"), QString()),
                 RunEvent::Status::Changed);
        QCOMPARE(ksFiles(), expected);
        QCOMPARE(QFile::permissions(iso) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        // -D lists and removes what build-infra made; the servers are left.
        request.action = InfraRequest::Action::Destroy;
        request.checkOnly = false;
        KickstartProvider provider(plan, context.path(), context.path(), QString(), QString());
        CollectingSink gone;
        InfraResult result;
        RunReporter reporter(&gone, QStringLiteral("build-infra"));
        QVERIFY(StepSequence::run(reporter, provider.steps(request, result, reporter), {},
                                  StepSequence::Options{}));
        QVERIFY(gone.finishedText(QStringLiteral("kickstart-files"), QString())
                    .contains(QStringLiteral("removed ")));
        QVERIFY(!QFile::exists(iso));
        QVERIFY(!QFile::exists(ks));
        QCOMPARE(statusOf(gone, QStringLiteral("hosts"), QStringLiteral("hive0.pdns")),
                 RunEvent::Status::Skipped);
    }

    // A device is written only when named for this run (--write-device):
    // before, the medium waits in the context dir and the run says how.
    void aDeviceIsWrittenOnlyWhenNamedForTheRun()
    {
        if (!haveTools())
            QSKIP("xorriso and mtools are not installed here");
        QTemporaryDir context;
        // A file under /dev (tmpfs) stands for the USB stick.
        const QString device =
            QStringLiteral("/dev/shm/hive-test-stick-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(writeFile(device, QByteArray(1024, 'x')));
        // Its entry in a recorded /sys: a disk of 512 MB.
        const QString entry =
            context.filePath(QStringLiteral("sys/") + QFileInfo(device).fileName());
        QVERIFY(writeFile(entry + QStringLiteral("/size"), "1000000\n"));
        QVERIFY(writeFile(entry + QStringLiteral("/device/model"), "Stick\n"));
        QStringList errors;
        const KickstartPlan plan = planOf(kPlain, errors, m_source, device);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        InfraRequest request;
        request.adminUser = QStringLiteral("admin");
        request.publicKey = kKey;
        request.knownHostsFile = context.filePath(QStringLiteral("known_hosts"));
        for (const KickstartPlan::Host &h : plan.hosts)
            request.hosts.append({h.name, QStringLiteral("192.0.2.1")});
        const auto build = [&](CollectingSink &events, const QString &confirmed) {
            KickstartProvider provider(plan, context.path(), context.path(), QString(), confirmed);
            InstallDevice::System system;
            system.requireBlockDevice = false;
            system.sysBlock = context.filePath(QStringLiteral("sys"));
            provider.setDeviceSystem(system);
            provider.setProbeTimeoutMs(300);
            InfraResult result;
            RunReporter reporter(&events, QStringLiteral("build-infra"));
            StepSequence::run(reporter, provider.steps(request, result, reporter), {},
                              StepSequence::Options{});
        };
        CollectingSink asked;
        build(asked, QString());
        QCOMPARE(statusOf(asked, QStringLiteral("install-medium"), QString()),
                 RunEvent::Status::Failed);
        QVERIFY2(asked.finishedText(QStringLiteral("install-medium"), QString())
                     .contains(QStringLiteral("--write-device ") + device),
                 qPrintable(asked.finishedText(QStringLiteral("install-medium"), QString())));
        QCOMPARE(readFile(device), QByteArray(1024, 'x')); // untouched
        const QString iso = context.filePath(QStringLiteral("install-medium.iso"));
        QVERIFY(QFile::exists(iso));
        // A stick too small for it is refused before anything is written.
        QVERIFY(writeFile(entry + QStringLiteral("/size"), "100\n"));
        CollectingSink small;
        build(small, device);
        QVERIFY2(small.finishedText(QStringLiteral("install-medium"), QString())
                     .contains(QStringLiteral("is smaller than the install medium")),
                 qPrintable(small.finishedText(QStringLiteral("install-medium"), QString())));
        QCOMPARE(readFile(device), QByteArray(1024, 'x'));
        QVERIFY(writeFile(entry + QStringLiteral("/size"), "1000000\n"));

        CollectingSink written;
        build(written, device);
        QVERIFY2(statusOf(written, QStringLiteral("install-medium"), QString()) ==
                     RunEvent::Status::Changed,
                 qPrintable(written.finishedText(QStringLiteral("install-medium"), QString())));
        QCOMPARE(readFile(device), readFile(iso));
        CollectingSink again;
        build(again, device);
        QCOMPARE(statusOf(again, QStringLiteral("install-medium"), QString()),
                 RunEvent::Status::Ok);
        QFile::remove(device);
    }

    // The OS's medium missing is said as such (also under -C); the new
    // medium may not overwrite it.
    void theSourceMustExistAndStay()
    {
        QTemporaryDir context;
        const QString missing = context.filePath(QStringLiteral("AlmaLinux-9.iso"));
        const auto said = [&](const QString &source, const QString &destination) {
            QStringList errors;
            const KickstartPlan plan = planOf(kPlain, errors, source, destination);
            InfraRequest request;
            request.checkOnly = true;
            request.adminUser = QStringLiteral("admin");
            request.publicKey = kKey;
            for (const KickstartPlan::Host &h : plan.hosts)
                request.hosts.append({h.name, QStringLiteral("192.0.2.1")});
            KickstartProvider provider(plan, context.path(), context.path(), QString(), QString());
            provider.setProbeTimeoutMs(100);
            CollectingSink events;
            InfraResult result;
            RunReporter reporter(&events, QStringLiteral("build-infra"));
            StepSequence::run(reporter, provider.steps(request, result, reporter), {},
                              StepSequence::Options{});
            return events.finishedText(QStringLiteral("install-medium"), QString());
        };
        QVERIFY2(said(missing, context.filePath(QStringLiteral("new.iso")))
                     .contains(QStringLiteral("does not exist")),
                 qPrintable(said(missing, context.filePath(QStringLiteral("new.iso")))));
        if (!m_source.isEmpty())
            QVERIFY(said(m_source, m_source).contains(QStringLiteral("is iso_src")));
        // Relative paths are in the project folder.
        QVERIFY(
            said(QStringLiteral("AlmaLinux-9.iso"), QStringLiteral("new.iso")).contains(missing));
    }

    // Devices the medium may not erase: each refused with why.
    void devicesThatMayNotBeErased()
    {
        // A small /sys and /proc: sda holds / (sda2) and swap (sda3), sdb
        // has a mounted partition, sdc is free, md0 (RAID) over sdd and
        // sde holds /boot, dm-0 (LVM) over sdf1 holds /srv.
        QTemporaryDir root;
        const QString devices = root.filePath(QStringLiteral("devices"));
        const QString block = root.filePath(QStringLiteral("class/block"));
        QDir().mkpath(block);
        const auto disk = [&](const QString &name, const QStringList &partitions) {
            QVERIFY(writeFile(devices + QLatin1Char('/') + name + QStringLiteral("/size"),
                              "31116288\n"));
            // Disks have a device; device-mapper and RAID devices have not.
            if (name.startsWith(QLatin1String("sd")))
                QDir().mkpath(devices + QLatin1Char('/') + name + QStringLiteral("/device"));
            QVERIFY(
                QFile::link(devices + QLatin1Char('/') + name, block + QLatin1Char('/') + name));
            for (const QString &p : partitions) {
                const QString dir = devices + QLatin1Char('/') + name + QLatin1Char('/') + p;
                QVERIFY(writeFile(dir + QStringLiteral("/partition"), "1\n"));
                QVERIFY(QFile::link(dir, block + QLatin1Char('/') + p));
            }
        };
        disk(QStringLiteral("sda"),
             {QStringLiteral("sda1"), QStringLiteral("sda2"), QStringLiteral("sda3")});
        disk(QStringLiteral("sdb"), {QStringLiteral("sdb1")});
        disk(QStringLiteral("sdc"), {});
        disk(QStringLiteral("sdd"), {});
        disk(QStringLiteral("sde"), {});
        disk(QStringLiteral("sdf"), {QStringLiteral("sdf1")});
        disk(QStringLiteral("sdg"), {QStringLiteral("sdg1")});
        disk(QStringLiteral("md0"), {});
        disk(QStringLiteral("dm-0"), {});
        QVERIFY(writeFile(devices + QStringLiteral("/sdc/device/vendor"), "SanDisk \n"));
        QVERIFY(writeFile(devices + QStringLiteral("/sdc/device/model"), "Ultra\n"));
        QVERIFY(writeFile(devices + QStringLiteral("/sdc/removable"), "1\n"));
        for (const QString &s : {QStringLiteral("sdd"), QStringLiteral("sde")})
            QVERIFY(writeFile(devices + QStringLiteral("/md0/slaves/") + s, ""));
        QVERIFY(writeFile(devices + QStringLiteral("/dm-0/slaves/sdf1"), ""));
        for (const QString &s : {QStringLiteral("sdd"), QStringLiteral("sde")})
            QVERIFY(writeFile(devices + QLatin1Char('/') + s + QStringLiteral("/holders/md0"), ""));
        QVERIFY(writeFile(devices + QStringLiteral("/sdf/sdf1/holders/dm-0"), ""));
        // sdg1: an LVM volume's disk, not mounted.
        QVERIFY(writeFile(devices + QStringLiteral("/sdg/sdg1/holders/dm-1"), ""));
        InstallDevice::System system;
        system.requireBlockDevice = false;
        system.sysBlock = block;
        system.mounts = root.filePath(QStringLiteral("mounts"));
        system.swaps = root.filePath(QStringLiteral("swaps"));
        QVERIFY(writeFile(system.mounts, "proc /proc proc rw 0 0\n/dev/sda2 / ext4 rw 0 0\n"
                                         "/dev/md0 /boot ext4 rw 0 0\n/dev/dm-0 /srv xfs rw 0 0\n"
                                         "/dev/sdb1 /media/user/My\\040Stick vfat rw 0 0\n"));
        QVERIFY(writeFile(system.swaps, "Filename Type Size Used Priority\n"
                                        "/dev/sda3 partition 1048572 0 -2\n"));
        QVERIFY(InstallDevice::refusal(QStringLiteral("/dev/sda"), system)
                    .contains(QStringLiteral("this machine's own system")));
        QVERIFY(InstallDevice::refusal(QStringLiteral("/dev/sdd"), system)
                    .contains(QStringLiteral("this machine's own system"))); // /boot's RAID
        QVERIFY(InstallDevice::refusal(QStringLiteral("/dev/sdb1"), system)
                    .contains(QStringLiteral("a partition: the install medium takes the whole "
                                             "device (/dev/sdb)")));
        QCOMPARE(InstallDevice::refusal(QStringLiteral("/dev/sdb"), system),
                 QStringLiteral("/dev/sdb is mounted at /media/user/My Stick: unmount it first "
                                "(`udisksctl unmount` or `umount`), then run build-infra again"));
        QVERIFY(InstallDevice::refusal(QStringLiteral("/dev/sdf"), system)
                    .contains(QStringLiteral("mounted at /srv"))); // under LVM
        QCOMPARE(InstallDevice::refusal(QStringLiteral("/dev/sdc"), system), QString());
        // Not disks, mounted or not: the RAID and LVM devices themselves.
        for (const char *node : {"/dev/md0", "/dev/dm-0"})
            QVERIFY(InstallDevice::refusal(QLatin1String(node), system)
                        .contains(QStringLiteral("is not a disk")));
        QCOMPARE(InstallDevice::refusal(QStringLiteral("/dev/sdg"), system),
                 QStringLiteral("/dev/sdg is in use by dm-1 (an LVM volume, RAID array or "
                                "encrypted volume on it): stop that first, or choose another "
                                "device"));
        QCOMPARE(InstallDevice::describe(QStringLiteral("/dev/sdc"), system),
                 QStringLiteral("SanDisk Ultra, 15.9 GB, removable"));
        // A plain file where a device is expected.
        InstallDevice::System real;
        QVERIFY(InstallDevice::refusal(root.filePath(QStringLiteral("mounts")), real)
                    .contains(QStringLiteral("not a block device")));
        QVERIFY(InstallDevice::refusal(QStringLiteral("/dev/hive-no-such-disk"), real)
                    .contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestKickstartProvider)
#include "tst_kickstart_provider.moc"
