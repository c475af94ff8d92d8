#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hive {

// Files the hive keeps in its context dir (ssh_config, known_hosts, keys):
// written atomically (a crash never leaves half a file), mode 0600 (they can
// hold secrets), and only when the content differs, so a repeated run
// reports "ok" and leaves modification times alone.
class ContextFile
{
    Q_DECLARE_TR_FUNCTIONS(hive::ContextFile)
public:
    // Sets `changed`; returns false with a translated error naming the file.
    static bool writeIfChanged(const QString &path, const QByteArray &content, bool &changed,
                               QString &error);
    // Empty when the file does not exist or cannot be read.
    static QByteArray read(const QString &path);
};

} // namespace hive
