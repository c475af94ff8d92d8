#include "engine/run_wording.h"

namespace hive {

QString RunWording::status(RunEvent::Status status)
{
    switch (status) {
    case RunEvent::Status::Ok:
        return tr("ok");
    case RunEvent::Status::Changed:
        return tr("changed");
    case RunEvent::Status::Skipped:
        return tr("skipped");
    case RunEvent::Status::Failed:
        return tr("failed");
    case RunEvent::Status::Interrupted:
        return tr("interrupted");
    case RunEvent::Status::None:
        break;
    }
    return QString();
}

QString RunWording::checkStatus(RunEvent::Status status)
{
    switch (status) {
    case RunEvent::Status::Changed:
        return tr("check: would change");
    case RunEvent::Status::Ok:
        return tr("check: nothing to change");
    default:
        return tr("check: %1").arg(RunWording::status(status));
    }
}

QString RunWording::seconds(qint64 ms)
{
    return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace hive
