#include "providers/debian_mirror.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace hive {

namespace {

bool isMainArchive(const QString &url)
{
    if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
        return false;
    if (url.contains(QLatin1String("security")))
        return false;
    QString u = url;
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    return u.endsWith(QLatin1String("/debian"));
}

QStringList filesIn(const QString &dir, const QString &pattern)
{
    QStringList out;
    const QDir d(dir);
    for (const QString &name : d.entryList({pattern}, QDir::Files, QDir::Name))
        out << d.filePath(name);
    return out;
}

QString firstUrlOfSources(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("URIs:"), Qt::CaseInsensitive))
            continue;
        const QStringList urls =
            line.mid(5).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &url : urls) {
            if (isMainArchive(url))
                return url;
        }
    }
    return {};
}

QString firstUrlOfList(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList words =
            line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (words.isEmpty() || words.first() != QLatin1String("deb"))
            continue;
        for (const QString &w : words) {
            if (isMainArchive(w))
                return w;
        }
    }
    return {};
}

} // namespace

bool DebianMirror::find(const QString &aptDir, QString &url, QString &error)
{
    const QString partsDir = aptDir + QStringLiteral("/sources.list.d");
    for (const QString &file : filesIn(partsDir, QStringLiteral("*.sources"))) {
        url = firstUrlOfSources(file);
        if (!url.isEmpty())
            return true;
    }
    QStringList lists{aptDir + QStringLiteral("/sources.list")};
    lists << filesIn(partsDir, QStringLiteral("*.list"));
    for (const QString &file : lists) {
        url = firstUrlOfList(file);
        if (!url.isEmpty())
            return true;
    }
    error = tr("no Debian mirror found in %1/sources.list or %1/sources.list.d: add the mirror "
               "this machine should use (apt's own configuration) and run again")
                .arg(aptDir);
    return false;
}

} // namespace hive
