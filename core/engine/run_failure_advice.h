#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

// What to try next after a step failed on a host, from what it said: the
// causes operators meet most (a host that does not answer, a refused key,
// a changed host key, a full disk, a swarm without a leader, the stage's
// lock, a registry that refuses) each with its next step; anything else
// gets the general advice. Shown under a failure in the app's Build view
// and after the CLI's FAILED lines.
class RunFailureAdvice
{
    Q_DECLARE_TR_FUNCTIONS(hive::RunFailureAdvice)
public:
    static QString advise(const QString &phase, const QString &step, const QString &host,
                          const QString &text);
};

} // namespace hive
