#pragma once

#include <QString>

namespace hive {

// A root shell sequence that must not be cut in half on a host — stop
// docker, archive, start docker — run there as one transient systemd unit
// of ours. The unit belongs to the host's service manager, not to the SSH
// session: a killed client, a closed terminal or a dropped connection ends
// only the wait for it, and the sequence finishes on its own. `putBack` (an
// absolute command, run as the unit's ExecStopPost) runs however the
// sequence ends, even when it is killed. Runs under bash (dash skips EXIT
// traps on SIGTERM); its `$` reach bash as written (systemd's own expansion
// of $VAR is escaped). The command waits for the unit, passes on its output
// and exit status, and fails at once when a unit of that name still runs (a
// previous run that was interrupted).
class DetachedUnit
{
public:
    // `name`: [a-z0-9-]+, becomes hive-<name>.service.
    static QString command(const QString &name, const QString &script, const QString &putBack);
    static QString unitName(const QString &name);
    // Waits while the unit still runs (a sequence whose client was killed
    // goes on): what an undo runs first, so it never cuts into it.
    static QString waitWhileRunning(const QString &name, int seconds = 300);
};

} // namespace hive
