#pragma once

#include <QString>

namespace hive::gui {

// `hive-studio --screenshots DIR [PROJECT]`: renders every main view and
// dialog to PNG files in DIR, in English and Japanese and in a light and a
// dark palette (file names say view, language and theme), so anyone can look
// at the app without a display.
class ScreenshotTour
{
public:
    static int run(const QString &outDir, const QString &project);
};

} // namespace hive::gui
