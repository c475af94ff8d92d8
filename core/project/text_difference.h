#pragma once

#include "diagnostics/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hive {

// The differences between two versions of a text file as a unified diff
// (`diff -u`, GNU diffutils, which every Debian system has): what an editor
// shows before its unsaved text overwrites the file, or what another program
// changed on disk. The texts go to diff through private temporary files
// (mode 0600: an inventory can hold passwords), never a command line.
class TextDifference
{
    Q_DECLARE_TR_FUNCTIONS(hive::TextDifference)
public:
    // Empty when the texts are the same; the labels name the two sides in
    // the diff's header lines.
    static Expected<QString> unified(const QByteArray &before, const QByteArray &after,
                                     const QString &beforeLabel, const QString &afterLabel);
};

} // namespace hive
