#pragma once

#include "engine/phase_traits.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hive {

// The seven phases in the order they run, each with its traits. The CLI's
// commands and options, the app's pipeline and Retry Failed, request checks
// and shell completion read them here; PhaseRunner runs them by name.
class PhaseCatalog
{
    Q_DECLARE_TR_FUNCTIONS(hive::PhaseCatalog)
public:
    static const QList<PhaseTraits> &all();
    static QStringList names();
    // The phase that makes the stage's hosts (PhaseTraits::makesHosts).
    static QString hostsPhase();
    // Null for a name that is not a phase.
    static const PhaseTraits *find(const QString &name);
    // Why `tags` (-T, comma-separated) cannot go to `phase`; empty when
    // they can (no tags, or a phase that has tags: it checks them itself).
    static QString tagProblem(const QString &phase, const QString &tags);
};

} // namespace hive
