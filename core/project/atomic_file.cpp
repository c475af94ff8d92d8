#include "project/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hive {

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString &error)
{
    const QFileInfo info(path);
    const QFileDevice::Permissions permissions =
        info.exists() ? QFile::permissions(path) : QFileDevice::Permissions();
    QDir().mkpath(info.absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    if (permissions)
        QFile::setPermissions(path, permissions);
    return true;
}

} // namespace hive
