#pragma once

class QCustomPlot;
class QPalette;

namespace hive::gui {

// Makes a QCustomPlot follow the application palette (background, axes,
// grid, labels), so charts read in light and dark themes like the widgets
// around them.
class ChartPalette
{
public:
    static void apply(QCustomPlot *plot, const QPalette &palette);
};

} // namespace hive::gui
