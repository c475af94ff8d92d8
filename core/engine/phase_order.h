#pragma once

#include <QString>
#include <QStringList>

namespace hive {

// The seven phases in order and hive-builder's start_phase rules: a phase
// asked for on the command line first runs every phase from the persisted
// start_phase up to it; `hive all` runs from start_phase (or -S) to the end;
// a successful phase moves start_phase to the next one.
class PhaseOrder
{
public:
    static const QStringList &phases();
    static bool isPhase(const QString &name);
    // The start_phase a successful `phase` leaves: the next phase, and after
    // the last one the first again (a later `hive all` re-checks everything).
    static QString nextStart(const QString &phase);
    // What `hive <requested>` runs when start_phase is `start` (empty: the first).
    static QStringList toRun(const QString &requested, const QString &start);
    // What `hive all` runs from `start`.
    static QStringList allFrom(const QString &start);
};

} // namespace hive
