#include "providers/kickstart_medium.h"

#include "project/context_file.h"
#include "remote/local_command.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <cstdio>

namespace hive {

namespace {

constexpr int kXorrisoTimeoutMs = 30 * 60 * 1000; // a DVD image of 10 GB on a slow disk

CommandResult run(const QString &program, const QStringList &arguments,
                  const KickstartMedium::Options &options)
{
    LocalCommand::Options o;
    o.timeoutMs = kXorrisoTimeoutMs;
    o.cancel = options.cancel;
    if (options.say) {
        o.onLine = [&options](LocalCommand::Stream, const QString &line) {
            // xorriso's progress lines: "xorriso : UPDATE : 12.3% done".
            if (line.contains(QLatin1String("UPDATE")))
                options.say(line.section(QLatin1String(": "), -1).trimmed());
        };
    }
    return LocalCommand::run(program, arguments, o);
}

QString failure(const CommandResult &r, const QString &program)
{
    if (!r.started && r.status == CommandResult::Status::Failed)
        return KickstartMedium::tr("%1 is not installed here (`sudo apt install xorriso "
                                   "mtools`)")
            .arg(program);
    QStringList said;
    for (const QString &line : r.stderrText.split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("FAILURE")) || line.contains(QLatin1String("SORRY")))
            said << line.section(QLatin1String(": "), 2).trimmed();
    return said.isEmpty() ? r.failure() : said.join(QStringLiteral("; "));
}

// Extracts a file of the ISO; false (and no error) when the ISO has none.
bool extract(const QString &iso, const QString &inIso, const QString &to, bool &found,
             QString &error, const KickstartMedium::Options &options)
{
    QFile::remove(to);
    const CommandResult r =
        run(options.xorriso,
            {QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"), iso,
             QStringLiteral("-extract"), inIso, to},
            options);
    found = r.succeeded() && QFileInfo::exists(to);
    if (found) {
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }
    if (r.stderrText.contains(QLatin1String("No such file or directory")))
        return true;
    error =
        KickstartMedium::tr("reading %1 from %2: %3").arg(inIso, iso, failure(r, options.xorriso));
    return false;
}

// A boot menu as it was, then the line that heads the entries added after
// its own (which stay first, and stay the default).
QString keptThenAdded(const QString &menu)
{
    QString out = menu;
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out +
           QStringLiteral("\n# Added by build-infra (Hive Studio): each erases the host's disk.\n");
}

// A boot menu edited in the work folder.
bool rewrite(const QString &path, const QByteArray &data, QString &error)
{
    bool changed = false;
    return ContextFile::writeIfChanged(path, data, changed, error);
}

} // namespace

QString KickstartMedium::labelArgument(const QString &volumeId)
{
    QString out = volumeId;
    out.replace(QLatin1Char(' '), QLatin1String("\\x20"));
    return out;
}

bool KickstartMedium::volumeId(const QString &iso, QString &out, QString &error,
                               const Options &options)
{
    const CommandResult r =
        run(options.xorriso, {QStringLiteral("-indev"), iso, QStringLiteral("-pvd_info")}, options);
    static const QRegularExpression line(QStringLiteral("^Volume Id\\s*:\\s*(.*)$"),
                                         QRegularExpression::MultilineOption);
    out = line.match(r.stdoutText).captured(1).trimmed();
    if (!r.succeeded() || out.isEmpty()) {
        error = r.succeeded() ? tr("%1 has no volume id: is it an install medium?").arg(iso)
                              : tr("reading %1: %2").arg(iso, failure(r, options.xorriso));
        return false;
    }
    static const QRegularExpression grammar(QStringLiteral("^[A-Za-z0-9 ._-]{1,32}$"));
    if (!grammar.match(out).hasMatch()) {
        error = tr("%1's volume id '%2' has characters a boot entry cannot carry").arg(iso, out);
        return false;
    }
    return true;
}

QByteArray KickstartMedium::grubWithEntries(const QByteArray &grub, const QString &volumeId,
                                            const QList<Entry> &entries, QString &error)
{
    // The first entry's kernel and initrd lines, as they are written.
    const QString text = QString::fromUtf8(grub);
    static const QRegularExpression kernel(
        QStringLiteral("^\\s*(linux(?:efi)?)\\s+(\\S+)\\s*(.*)$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression initrd(QStringLiteral("^\\s*(initrd(?:efi)?)\\s+(.*)$"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch k = kernel.match(text);
    const QRegularExpressionMatch i = initrd.match(text);
    if (!k.hasMatch() || !i.hasMatch()) {
        error = tr("EFI/BOOT/grub.cfg has no entry with a kernel and an initrd to copy");
        return {};
    }
    QString out = keptThenAdded(text);
    const QString label = labelArgument(volumeId);
    for (const Entry &e : entries) {
        out += QStringLiteral("menuentry 'Install hive host %1' --class gnu-linux --class os {\n")
                   .arg(e.host);
        // net.ifnames=0: eth0, eth1 as the kickstart names them (as
        // hive-builder's entries do), whatever the hardware's own names.
        out +=
            QStringLiteral("\t%1 %2 inst.stage2=hd:LABEL=%3 inst.ks=hd:LABEL=%3:%4 net.ifnames=0\n")
                .arg(k.captured(1), k.captured(2), label, e.kickstart);
        out += QStringLiteral("\t%1 %2\n}\n").arg(i.captured(1), i.captured(2).trimmed());
    }
    return out.toUtf8();
}

QByteArray KickstartMedium::isolinuxWithEntries(const QByteArray &isolinux, const QString &volumeId,
                                                const QList<Entry> &entries, QString &error)
{
    const QString text = QString::fromUtf8(isolinux);
    static const QRegularExpression kernel(QStringLiteral("^\\s*kernel\\s+(\\S+)"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression initrd(QStringLiteral("initrd=(\\S+)"));
    const QRegularExpressionMatch k = kernel.match(text);
    const QRegularExpressionMatch i = initrd.match(text);
    if (!k.hasMatch() || !i.hasMatch()) {
        error = tr("isolinux/isolinux.cfg has no entry with a kernel and an initrd to copy");
        return {};
    }
    QString out = keptThenAdded(text);
    const QString label = labelArgument(volumeId);
    int n = 0;
    for (const Entry &e : entries) {
        out += QStringLiteral("label hive%1\n  menu label Install hive host %2\n  kernel %3\n"
                              "  append initrd=%4 inst.stage2=hd:LABEL=%5 inst.ks=hd:LABEL=%5:%6 "
                              "net.ifnames=0\n")
                   .arg(n++)
                   .arg(e.host, k.captured(1), i.captured(1), label, e.kickstart);
    }
    return out.toUtf8();
}

bool KickstartMedium::build(const QString &source, const QString &destination,
                            const QList<Entry> &entries, const QString &workDir, QString &error,
                            const Options &options)
{
    QString volume;
    if (!volumeId(source, volume, error, options))
        return false;
    QDir().mkpath(workDir);
    const QDir work(workDir);
    QStringList maps;
    QStringList appendedEfi; // -append_partition … of the edited EFI image

    bool found = false;
    const QString grubPath = work.filePath(QStringLiteral("grub.cfg"));
    if (!extract(source, QStringLiteral("/EFI/BOOT/grub.cfg"), grubPath, found, error, options))
        return false;
    if (!found) {
        error = tr("%1 has no EFI/BOOT/grub.cfg: the hosts boot by UEFI, from an install "
                   "medium of AlmaLinux, Rocky Linux or RHEL 8 or 9")
                    .arg(source);
        return false;
    }
    const QByteArray grub = grubWithEntries(ContextFile::read(grubPath), volume, entries, error);
    if (grub.isEmpty() || !rewrite(grubPath, grub, error))
        return false;
    maps << QStringLiteral("-map") << grubPath << QStringLiteral("/EFI/BOOT/grub.cfg");

    // A USB stick boots UEFI from the EFI partition, efiboot.img: its
    // grub.cfg gets the same entries.
    const QString efiPath = work.filePath(QStringLiteral("efiboot.img"));
    if (!extract(source, QStringLiteral("/images/efiboot.img"), efiPath, found, error, options))
        return false;
    if (found) {
        LocalCommand::Options o;
        o.timeoutMs = 60000;
        const CommandResult r =
            LocalCommand::run(options.mcopy,
                              {QStringLiteral("-o"), QStringLiteral("-i"), efiPath, grubPath,
                               QStringLiteral("::/EFI/BOOT/grub.cfg")},
                              o);
        if (!r.succeeded()) {
            error = tr("writing the boot menu into images/efiboot.img: %1")
                        .arg(failure(r, options.mcopy));
            return false;
        }
        maps << QStringLiteral("-map") << efiPath << QStringLiteral("/images/efiboot.img");
        // Where the OS's medium carries the EFI image as a partition
        // appended to the ISO (what a USB stick boots from), replay would
        // copy the original: the edited one takes its place.
        const CommandResult area =
            run(options.xorriso,
                {QStringLiteral("-indev"), source, QStringLiteral("-report_system_area"),
                 QStringLiteral("cmd")},
                options);
        static const QRegularExpression appended(
            QStringLiteral("^-append_partition (\\d+) (0x[eE][fF]|[cC]12[aA]7328-[0-9a-fA-F-]+) "
                           "--interval:imported_iso:"),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = appended.match(area.stdoutText);
        if (m.hasMatch())
            appendedEfi << QStringLiteral("-append_partition") << m.captured(1) << m.captured(2)
                        << efiPath;
    }

    const QString isolinuxPath = work.filePath(QStringLiteral("isolinux.cfg"));
    if (!extract(source, QStringLiteral("/isolinux/isolinux.cfg"), isolinuxPath, found, error,
                 options))
        return false;
    if (found) {
        const QByteArray isolinux =
            isolinuxWithEntries(ContextFile::read(isolinuxPath), volume, entries, error);
        if (isolinux.isEmpty() || !rewrite(isolinuxPath, isolinux, error))
            return false;
        maps << QStringLiteral("-map") << isolinuxPath << QStringLiteral("/isolinux/isolinux.cfg");
    }
    for (const Entry &e : entries)
        maps << QStringLiteral("-map") << e.file << e.kickstart;

    // Written whole beside the destination, in a folder only its owner can
    // enter (the medium holds root's password hash while it is written),
    // then moved: a run cut short, even killed, leaves the previous medium
    // as it was, and the next run starts the folder again.
    const QString partialDir = destination + QStringLiteral(".partial");
    QDir(partialDir).removeRecursively();
    QFile::remove(partialDir); // as an earlier version left it, a file
    if (!QDir().mkpath(partialDir) ||
        !QFile::setPermissions(partialDir,
                               QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        error = tr("cannot make %1").arg(partialDir);
        return false;
    }
    const QString partial = partialDir + QStringLiteral("/medium.iso");
    QStringList arguments{QStringLiteral("-indev"),      source,
                          QStringLiteral("-outdev"),     partial,
                          QStringLiteral("-boot_image"), QStringLiteral("any"),
                          QStringLiteral("replay")};
    arguments << maps << appendedEfi;
    const CommandResult r = run(options.xorriso, arguments, options);
    if (!r.succeeded()) {
        QDir(partialDir).removeRecursively();
        error = tr("writing %1: %2").arg(destination, failure(r, options.xorriso));
        return false;
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    const bool moved = ::rename(QFile::encodeName(partial).constData(),
                                QFile::encodeName(destination).constData()) == 0;
    QDir(partialDir).removeRecursively();
    if (!moved) {
        error = tr("cannot move %1 to %2").arg(partial, destination);
        return false;
    }
    return true;
}

} // namespace hive
