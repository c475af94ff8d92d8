#pragma once

#include "engine/run_event.h"
#include "recipes/host_change.h"

#include <QCoreApplication>
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
    struct Options
    {
        bool checkOnly = false;
        const std::atomic_bool *cancel = nullptr;
        int commandTimeoutMs = 600000;
        std::function<void(const QString &line)> onOutput; // -v: command output
    };

    static RunEvent::Status apply(HostPool &pool, const QString &host,
                                  const QList<HostChange> &changes, const Options &options,
                                  QString &message);
};

} // namespace hive
