#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// Fresh copies of examples/sample in a temporary folder, one per call, without
// any .hive state, so GUI tests edit and save real files and leave the source
// tree untouched. HIVE_EXAMPLES is defined by the test's CMake target.
class SampleProjectCopy
{
public:
    QString make()
    {
        const QString target = m_dir.filePath(QStringLiteral("sample%1").arg(++m_copies));
        QProcess::execute(QStringLiteral("cp"),
                          {QStringLiteral("-r"), QStringLiteral(HIVE_EXAMPLES "/sample"), target});
        QDir(target + QStringLiteral("/.hive")).removeRecursively();
        return target;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    int m_copies = 0;
};
