#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hive {

// Writes a user's file in one step: the new content replaces the old only
// once it is completely written (a crash or a full disk leaves the old file),
// the file keeps its permissions, and missing parent folders are made.
// (Secrets in the context dir go through ContextFile, which also forces 0600.)
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(hive::AtomicFile)
public:
    // False with a translated error naming the file.
    static bool write(const QString &path, const QByteArray &bytes, QString &error);
};

} // namespace hive
