#include "project/text_difference.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace hive {

Expected<QString> TextDifference::unified(const QByteArray &before, const QByteArray &after,
                                          const QString &beforeLabel, const QString &afterLabel)
{
    if (before == after)
        return QString();
    const QString diff = QStandardPaths::findExecutable(QStringLiteral("diff"));
    if (diff.isEmpty())
        return unexpected(tr("the differences cannot be shown: diff is not installed (Debian: "
                             "apt install diffutils)"));
    // QTemporaryFile creates its files readable by the owner only.
    QTemporaryFile a, b;
    if (!a.open() || !b.open() || a.write(before) != before.size() ||
        b.write(after) != after.size() || !a.flush() || !b.flush())
        return unexpected(tr("the differences cannot be shown: cannot write a temporary file (%1)")
                              .arg(a.errorString().isEmpty() ? b.errorString() : a.errorString()));
    QProcess p;
    p.start(diff, {QStringLiteral("-u"), QStringLiteral("--label"), beforeLabel,
                   QStringLiteral("--label"), afterLabel, a.fileName(), b.fileName()});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return unexpected(tr("the differences cannot be shown: diff did not finish"));
    }
    // 0: the same, 1: different, 2: trouble.
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() > 1)
        return unexpected(tr("the differences cannot be shown: %1")
                              .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace hive
