#include "gui/shell/example_projects.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace hive::gui {

QString ExampleProjects::folder()
{
    // <prefix>/bin/../share/hive-studio/examples (Linux), or
    // Hive Studio.app/Contents/MacOS/../Resources/examples (macOS).
    for (const char *beside : {"/../share/hive-studio/examples", "/../Resources/examples"}) {
        const QString installed =
            QDir::cleanPath(QCoreApplication::applicationDirPath() + QString::fromLatin1(beside));
        if (QFileInfo(installed).isDir())
            return installed;
    }
    return QStringLiteral(HIVE_EXAMPLES_DIR);
}

QString ExampleProjects::sample()
{
    // Always a copy: the original belongs to the package or to the source
    // tree, and runs write .hive/ beside the inventory.
    const QString original = folder() + QStringLiteral("/sample");
    const QString copy = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/examples/sample");
    if (QFileInfo::exists(copy + QStringLiteral("/inventory")))
        return copy;
    // Copied whole into a scratch folder first, then renamed: never half a project.
    const QString scratch = copy + QStringLiteral(".partial");
    QDir(scratch).removeRecursively();
    if (copyFolder(original, scratch) && QDir().rename(scratch, copy))
        return copy;
    QDir(scratch).removeRecursively();
    return original; // opens read-only: saving then says why it cannot
}

bool ExampleProjects::copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target) ||
                   !QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner |
                                                      QFile::ReadOwner)) {
            return false;
        }
    }
    return true;
}

} // namespace hive::gui
