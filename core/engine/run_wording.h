#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QString>

namespace hive {

// The words every front end uses for a run: a status (ok, changed, skipped,
// failed, interrupted) and a duration in seconds, translated once for the
// CLI and the app alike.
class RunWording
{
    Q_DECLARE_TR_FUNCTIONS(hive::RunWording)
public:
    static QString status(RunEvent::Status status);
    // The status of a check (-C, Check Only): "check: would change",
    // "check: nothing to change", "check: failed"…
    static QString checkStatus(RunEvent::Status status);
    static QString seconds(qint64 ms);
};

} // namespace hive
