#pragma once

#include "gui/shell/main_window.h"

namespace hive::gui {

// What the project window keeps between starts (in the settings): its size
// and docks, the last project with the stage chosen, the files that were
// open (paths and views; unsaved text is asked about when closing, never
// kept here) and the tab shown.
class SessionSettings
{
public:
    static void save(const MainWindow::Snapshot &snapshot);
    // The last session; without its project when `withProject` is false (a
    // project named on the command line opens instead) or when the project
    // is gone, and without the files that are gone.
    static MainWindow::Snapshot load(bool withProject);
    // The project opened last (File › Open, recent projects, the wizard).
    static void rememberProject(const QString &rootDir);
};

} // namespace hive::gui
