#pragma once

#include "engine/run_event.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace hive {

// One step of a phase, as data: its name, the tags -T selects it by (its name
// is always one), which hosts it runs on, whether a failure ends the phase,
// and the work done on each host. The work checks before it changes and
// returns ok (nothing to do), changed, skipped or failed with the reason.
struct PhaseStep
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
    Targets targets = Targets::Servers;
    bool fatal = false; // a failure stops the phase instead of only that host
    Work work;

    bool hasTag(const QString &tag) const { return name == tag || tags.contains(tag); }
};

} // namespace hive
