#include "gui/run/run_preferences.h"

#include <QSettings>

namespace hive::gui {

namespace {
const QString kAskBeforePrivateRuns = QStringLiteral("askBeforePrivateRuns");
}

bool RunPreferences::askBeforePrivateRuns()
{
    return QSettings().value(kAskBeforePrivateRuns, true).toBool();
}

void RunPreferences::saveAskBeforePrivateRuns(bool ask)
{
    QSettings().setValue(kAskBeforePrivateRuns, ask);
}

} // namespace hive::gui
