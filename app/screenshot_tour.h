#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace hive::gui {

// `hive-studio --screenshots DIR [PROJECT]`: renders every main view and
// dialog to PNG files in DIR, in English and Japanese and in a light and a
// dark palette (file names say view, language and theme), so anyone can look
// at the app without a display.
class ScreenshotTour
{
public:
    // Extra shots per language and theme (e.g. the wizard's pages, which live
    // above this layer): called with the window, the output folder and the
    // file name suffix; returns false when a shot failed.
    using ExtraShots =
        std::function<bool(QWidget *window, const QString &outDir, const QString &suffix)>;
    static int run(const QString &outDir, const QString &project, const ExtraShots &extra = {});
    static bool save(QWidget *widget, const QString &outDir, const QString &name);
};

} // namespace hive::gui
