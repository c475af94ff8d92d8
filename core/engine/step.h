#pragma once

#include "engine/run_event.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace hive {

// One step of a phase or a repair, as data: its name, the tags -T selects
// it by (its name is always one), the hosts it runs on, what the preview
// shows, whether a failure ends the run, and the work done on each host.
// The work checks before it changes and returns ok (nothing to do),
// changed, skipped or failed with the reason. StepSequence runs a list of
// them, for phases and repairs alike.
struct Step
{
    enum class Targets
    {
        Servers,    // every host of the stage
        Hives,      // the swarm's hosts
        FirstHive,  // the host the swarm is built around
        Repository, // the repository server
        Mother,     // this machine (reported under its own name)
    };
    using Work = std::function<RunEvent::Status(const QString &host, QString &message)>;

    QString name;
    QStringList tags;
    // Where it runs: exactly `hosts` when set (a repair's steps name them),
    // otherwise the phase's hosts of `targets`.
    Targets targets = Targets::Servers;
    QStringList hosts;
    QStringList commands; // what a preview shows for it (repairs)
    int maxParallel = 0;  // hosts at a time; 0: the run's (1: one at a time)
    bool fatal = false;   // a failure stops the run instead of only that host
    Work work;
    // Told the hosts that will run `work` (those that did not fail before),
    // before any starts. A step that sets it runs all its hosts at once:
    // their work may wait for one another's (JoinedRun).
    std::function<void(const QStringList &hosts)> starting;

    bool hasTag(const QString &tag) const { return name == tag || tags.contains(tag); }
    // The hosts of a step that runs once on this machine and is reported
    // with no host name (build-infra's: the stage's hosts may not exist yet).
    static QStringList here() { return {QString()}; }
};

} // namespace hive
