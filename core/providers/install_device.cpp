#include "providers/install_device.h"

#include "project/context_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hive {

namespace {

QString resolved(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? path : canonical;
}

// /proc/self/mounts escapes spaces and the like as \040.
QString unescaped(const QString &field)
{
    QString out;
    for (int i = 0; i < field.size(); ++i) {
        if (field.at(i) == QLatin1Char('\\') && i + 3 < field.size()) {
            bool ok = false;
            const int c = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += QChar(c);
                i += 3;
                continue;
            }
        }
        out += field.at(i);
    }
    return out;
}

} // namespace

QStringList InstallDevice::disksUnder(const QString &node, const System &system)
{
    const QString name = QFileInfo(resolved(node)).fileName();
    const QString entry = QDir(system.sysBlock).filePath(name);
    if (!QFileInfo::exists(entry))
        return {};
    if (QFileInfo::exists(entry + QStringLiteral("/partition")))
        return {QFileInfo(QFileInfo(resolved(entry)).path()).fileName()};
    const QStringList slaves =
        QDir(entry + QStringLiteral("/slaves")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    if (slaves.isEmpty())
        return {name};
    QStringList out;
    for (const QString &s : slaves)
        out << disksUnder(QStringLiteral("/dev/") + s, system);
    out.removeDuplicates();
    return out;
}

QString InstallDevice::refusal(const QString &device, const System &system)
{
    const QString canonical = QFileInfo(device).canonicalFilePath();
    if (canonical.isEmpty() && system.requireBlockDevice)
        return tr("%1 does not exist: is the USB stick or disk plugged in?").arg(device);
    if (system.requireBlockDevice) {
        struct stat st
        {};
        if (::stat(QFile::encodeName(canonical).constData(), &st) != 0 || !S_ISBLK(st.st_mode))
            return tr("%1 is not a block device: iso_dest is an ISO file (not under /dev) or a "
                      "whole device such as /dev/sdb")
                .arg(device);
    }
    const QString name = QFileInfo(canonical.isEmpty() ? device : canonical).fileName();
    const QString entry = QDir(system.sysBlock).filePath(name);
    if (QFileInfo::exists(entry + QStringLiteral("/partition")))
        return tr("%1 is a partition: the install medium takes the whole device (/dev/%2)")
            .arg(device, disksUnder(device, system).value(0));
    if (!QFileInfo::exists(entry + QStringLiteral("/device")))
        return tr("%1 is not a disk (an LVM, RAID, loop or optical device): the install medium "
                  "takes a whole USB stick or disk")
            .arg(device);

    // This machine's own system: the disks under /, /boot, /boot/efi and swap.
    QStringList systemDisks;
    QString mountedAt;
    const QStringList mounts = QString::fromUtf8(ContextFile::read(system.mounts))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : mounts) {
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() < 2 || !f.at(0).startsWith(QLatin1String("/dev/")))
            continue;
        const QString where = unescaped(f.at(1));
        QStringList disks = disksUnder(unescaped(f.at(0)), system);
        disks << QFileInfo(resolved(unescaped(f.at(0)))).fileName();
        if (where == QLatin1String("/") || where == QLatin1String("/boot") ||
            where == QLatin1String("/boot/efi"))
            systemDisks << disks;
        if (disks.contains(name) && mountedAt.isEmpty())
            mountedAt = where;
    }
    const QStringList swaps = QString::fromUtf8(ContextFile::read(system.swaps))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : swaps) {
        const QString node = line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        if (node.startsWith(QLatin1String("/dev/")))
            systemDisks << disksUnder(node, system);
    }
    if (systemDisks.contains(name))
        return tr("%1 holds this machine's own system: the install medium goes to another "
                  "device (a USB stick)")
            .arg(device);
    if (!mountedAt.isEmpty())
        return tr("%1 is mounted at %2: unmount it first (`udisksctl unmount` or `umount`), "
                  "then run build-infra again")
            .arg(device, mountedAt);
    // Held: an LVM volume, a RAID array or an encrypted volume on it or on
    // one of its partitions, mounted or not.
    QStringList held;
    const QDir disk(entry);
    QStringList places{entry};
    for (const QString &sub : disk.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFileInfo::exists(disk.filePath(sub) + QStringLiteral("/partition")))
            places << disk.filePath(sub);
    for (const QString &place : std::as_const(places))
        held << QDir(place + QStringLiteral("/holders"))
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    if (!held.isEmpty())
        return tr("%1 is in use by %2 (an LVM volume, RAID array or encrypted volume on it): "
                  "stop that first, or choose another device")
            .arg(device, held.join(QStringLiteral(", ")));
    return {};
}

QStringList InstallDevice::candidates(const System &system)
{
    static const QRegularExpression skipped(QStringLiteral("^(loop|ram|zram|dm-|md|sr|fd|nbd)"));
    QStringList out;
    const QDir block(system.sysBlock);
    for (const QString &name : block.entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        if (skipped.match(name).hasMatch() ||
            QFileInfo::exists(block.filePath(name) + QStringLiteral("/partition")))
            continue;
        out << QStringLiteral("/dev/") + name;
    }
    return out;
}

QString InstallDevice::describe(const QString &device, const System &system)
{
    const QString name = QFileInfo(resolved(device)).fileName();
    const QString entry = QDir(system.sysBlock).filePath(name);
    QString vendor =
        QString::fromUtf8(ContextFile::read(entry + QStringLiteral("/device/vendor"))).trimmed();
    if (vendor.startsWith(QLatin1String("0x"))) // a PCI id (virtio's 0x1af4), no name
        vendor.clear();
    const QString model =
        QString::fromUtf8(ContextFile::read(entry + QStringLiteral("/device/model"))).trimmed();
    const qint64 sectors =
        ContextFile::read(entry + QStringLiteral("/size")).trimmed().toLongLong();
    QStringList parts;
    const QString label = (vendor + QLatin1Char(' ') + model).trimmed();
    if (!label.isEmpty())
        parts << label;
    if (sectors > 0)
        parts << tr("%1 GB").arg(double(sectors) * 512 / 1e9, 0, 'f', 1);
    if (QString::fromUtf8(ContextFile::read(entry + QStringLiteral("/removable"))).trimmed() ==
        QLatin1String("1"))
        parts << tr("removable");
    return parts.isEmpty() ? name : parts.join(QStringLiteral(", "));
}

qint64 InstallDevice::capacity(const QString &device, const System &system)
{
    const QString name = QFileInfo(resolved(device)).fileName();
    return ContextFile::read(QDir(system.sysBlock).filePath(name) + QStringLiteral("/size"))
               .trimmed()
               .toLongLong() *
           512;
}

bool InstallDevice::write(const QString &image, const QString &device, QString &error,
                          const std::atomic_bool *cancel,
                          const std::function<void(qint64, qint64)> &progress)
{
    QFile in(image);
    QFile out(device);
    if (!in.open(QIODevice::ReadOnly)) {
        error = tr("cannot read %1: %2").arg(image, in.errorString());
        return false;
    }
    // A device is written in place, opened exclusively: the kernel refuses
    // one that is mounted or held by now. A file (the tests') from its start.
    struct stat st
    {};
    const QByteArray path = QFile::encodeName(device);
    const bool isBlock = ::stat(path.constData(), &st) == 0 && S_ISBLK(st.st_mode);
    const int fd = ::open(path.constData(), O_RDWR | O_CLOEXEC | (isBlock ? O_EXCL : 0));
    if (fd < 0) {
        const int openError = errno;
        error = openError == EBUSY
                    ? tr("%1 is in use (mounted, or held by another device): "
                         "unmount it, then run build-infra again")
                          .arg(device)
                    : tr("cannot write %1: %2 (run as a user who may write it, e.g. in "
                         "the disk group)")
                          .arg(device, QString::fromLocal8Bit(strerror(openError)));
        return false;
    }
    if (!out.open(fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        error = tr("cannot write %1: %2 (run as a user who may write it, e.g. in the disk "
                   "group)")
                    .arg(device, out.errorString());
        return false;
    }
    constexpr qint64 kBlock = 4 << 20;
    const qint64 total = in.size();
    qint64 done = 0;
    while (done < total) {
        if (cancel && cancel->load()) {
            error = tr("stopped after %1 of %2 MB: %3 holds half an install medium; run "
                       "build-infra again to write it whole")
                        .arg(done >> 20)
                        .arg(total >> 20)
                        .arg(device);
            return false;
        }
        const QByteArray block = in.read(kBlock);
        if (block.isEmpty() || out.write(block) != block.size()) {
            error = tr("writing %1 failed after %2 MB: %3")
                        .arg(device)
                        .arg(done >> 20)
                        .arg(out.errorString());
            return false;
        }
        done += block.size();
        if (progress)
            progress(done, total);
    }
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        error = tr("flushing %1 failed: %2").arg(device, out.errorString());
        return false;
    }
    return true;
}

} // namespace hive
