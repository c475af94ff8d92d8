#pragma once

namespace hive::gui {

// What the user chose about runs (kept in the settings): read by the Build
// tab, set in Preferences.
class RunPreferences
{
public:
    // Whether Run Phase asks before it changes the private stage's hosts (on by default).
    static bool askBeforePrivateRuns();
    static void saveAskBeforePrivateRuns(bool ask);
};

} // namespace hive::gui
