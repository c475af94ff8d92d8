#include "recipes/role_inputs.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace hive {

namespace {

QByteArray digestOfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("unreadable");
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Lines "relative/path digest" of every file under `dir`; a folder reached
// through a link is read once (a link back to a parent ends there).
void listFolder(const QString &dir, const QString &prefix, QSet<QString> &seen, QStringList &lines)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    if (canonical.isEmpty() || seen.contains(canonical))
        return;
    seen.insert(canonical);
    const QFileInfoList entries = QDir(dir).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &e : entries) {
        const QString name = prefix + e.fileName();
        // Where a link points is an input of its own: pointing it elsewhere
        // (even at a folder read already) changes what the role reads.
        if (e.isSymLink())
            lines << name + QStringLiteral(" -> ") + e.symLinkTarget();
        if (e.isDir()) {
            // Not inputs: git's own files, and what Python writes beside the
            // plugins it imports (it appears after the first run).
            if (e.fileName() == QLatin1String(".git") ||
                e.fileName() == QLatin1String("__pycache__"))
                continue;
            lines << name + QLatin1Char('/');
            listFolder(e.filePath(), name + QLatin1Char('/'), seen, lines);
        } else if (e.isFile()) {
            if (e.suffix() == QLatin1String("pyc"))
                continue;
            lines << name + QLatin1Char(' ') + QString::fromLatin1(digestOfFile(e.filePath()));
        }
    }
}

} // namespace

void RoleInputs::addFolder(const QString &label, const QString &folder)
{
    if (!QFileInfo(folder).isDir()) {
        addText(label, QByteArrayLiteral("(no folder)"));
        return;
    }
    QSet<QString> seen;
    QStringList lines;
    listFolder(folder, QString(), seen, lines);
    addText(label, lines.join(QLatin1Char('\n')).toUtf8());
}

void RoleInputs::addFile(const QString &label, const QString &path)
{
    addText(label, QFileInfo(path).isFile() ? digestOfFile(path) : QByteArrayLiteral("(no file)"));
}

void RoleInputs::addText(const QString &label, const QByteArray &text)
{
    m_parts.append({label, QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()});
}

QString RoleInputs::fingerprint() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const auto &[label, digest] : m_parts) {
        h.addData(label.toUtf8());
        h.addData(QByteArrayView("\n"));
        h.addData(digest);
        h.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(h.result().toHex());
}

RoleInputs RoleInputs::ofProject(const QString &projectRoot)
{
    RoleInputs inputs;
    inputs.addText(QStringLiteral("hive"), QCoreApplication::applicationVersion().toUtf8());
    inputs.addFolder(QStringLiteral("roles"), projectRoot + QStringLiteral("/roles"));
    inputs.addFolder(QStringLiteral("lib"), projectRoot + QStringLiteral("/lib"));
    inputs.addFile(QStringLiteral("ansible.cfg"), projectRoot + QStringLiteral("/ansible.cfg"));
    return inputs;
}

} // namespace hive
