#pragma once

#include "engine/run_event.h"
#include "recipes/host_change.h"
#include "recipes/host_change_probe.h"

#include <QCoreApplication>
#include <QList>
#include <atomic>
#include <functional>

namespace hive {

class HostPool;

// Makes a step's changes true on one host, as root, in order: a file is put
// only when its content or mode differ, a command runs only when its check
// fails, and the `onChange` commands of what changed run once at the end.
// In check mode nothing is changed and the message lists what would be.
// The first failure stops the host's step and names the change, the command
// and what it printed.
class HostChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(hive::HostChangeApplier)
public:
    // What one step's changes were found to be by probeAhead(), for apply()
    // to take instead of asking the host again. `key` ties it to the exact
    // changes it was asked for: apply() asks again for any others.
    struct Probed
    {
        QByteArray key;
        QList<HostChangeProbe::Finding> findings;
        QStringList owed; // the step's owed-restart markers found on the host
    };

    struct Options
    {
        bool checkOnly = false;
        const std::atomic_bool *cancel = nullptr;
        int commandTimeoutMs = 600000;
        std::function<void(const QString &line)> onOutput; // -v: command output
        // Findings read ahead (probeAhead); they must no longer be taken once
        // anything changed the host since they were read.
        const Probed *probed = nullptr;
    };

    static RunEvent::Status apply(HostPool &pool, const QString &host,
                                  const QList<HostChange> &changes, const Options &options,
                                  QString &message);

    // Asks what several steps' changes find on a host in one round trip (a
    // step's own probe costs one each): one Probed per list, in order, or
    // none when the host did not answer.
    static QList<Probed> probeAhead(HostPool &pool, const QString &host,
                                    const QList<QList<HostChange>> &steps,
                                    const std::atomic_bool *cancel);
};

} // namespace hive
