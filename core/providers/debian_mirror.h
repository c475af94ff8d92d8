#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

// The Debian mirror this machine's apt uses, for building node images from
// the same source (never a hard-coded one). Reads deb822 `.sources` files
// first, then the one-line format; security and update suites are skipped.
class DebianMirror
{
    Q_DECLARE_TR_FUNCTIONS(hive::DebianMirror)
public:
    // `aptDir` is /etc/apt normally (tests pass another folder).
    static bool find(const QString &aptDir, QString &url, QString &error);
};

} // namespace hive
