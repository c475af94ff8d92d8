#pragma once

namespace hive::gui {

// Puts the theme and font size chosen in Preferences on the whole
// application: System keeps the desktop's style, colours and font; Light and
// Dark use the Fusion style with a light or dark palette.
class AppAppearance
{
public:
    // Reads DesktopPreferences; call once the QApplication exists, and again
    // after Preferences changed. The desktop's own look is remembered at the
    // first call, so that System brings it back.
    static void apply();
};

} // namespace hive::gui
