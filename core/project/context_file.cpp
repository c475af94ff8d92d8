#include "project/context_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hive {

QByteArray ContextFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool ContextFile::writeIfChanged(const QString &path, const QByteArray &content, bool &changed,
                                 QString &error)
{
    changed = false;
    const QFileInfo info(path);
    constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
    constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                           QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.exists() && read(path) == content) {
        if (info.permissions() & kOthers)
            QFile::setPermissions(path, kOwnerOnly);
        return true;
    }
    if (!QDir(info.path()).exists()) {
        if (!QDir().mkpath(info.path())) {
            error = tr("cannot create the folder %1").arg(info.path());
            return false;
        }
        QFile::setPermissions(info.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(kOwnerOnly);
    f.write(content);
    if (!f.commit()) {
        error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    changed = true;
    return true;
}

} // namespace hive
