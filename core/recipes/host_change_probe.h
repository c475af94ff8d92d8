#pragma once

#include "recipes/host_change.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

// What a step's changes find on a host, asked in one round trip: every
// file's mode, owner, group and SHA-256, every check's exit status (checks
// are run each in its own `sh -c`, as one by one), and which owed-restart
// markers an interrupted run left. A step that finds everything in place
// then costs one command instead of one per setting.
// A check that reads a secret on its standard input is not asked here
// (Unknown): the applier asks it on its own.
class HostChangeProbe
{
public:
    enum class Finding
    {
        InPlace, // the file as wanted, or the check passed
        Needed,  // differs, missing, or the check failed
        Unknown, // not asked, or no answer: ask on its own
    };

    // The script (to run as root) for `changes`, and the markers (names
    // under `markerDir`) to look for; empty when there is nothing to ask.
    static QString script(const QList<HostChange> &changes, const QString &markerDir,
                          const QStringList &markers);
    // Reads the script's output: one finding per change, and the markers found.
    static QList<Finding> read(const QList<HostChange> &changes, const QString &output,
                               QStringList &markersFound);
};

} // namespace hive
