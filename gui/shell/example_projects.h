#pragma once

#include <QString>

namespace hive::gui {

// Where the example projects are: installed beside the program
// (<prefix>/share/hive-studio/examples as the package puts them, or in the
// macOS bundle's resources), else in the source tree it was built from.
class ExampleProjects
{
public:
    static QString folder();
    // The larger example, as the welcome page opens it: a copy in the
    // user's data folder, made on first use and kept with its edits (never
    // the installed files or the source tree themselves).
    static QString sample();

private:
    static bool copyFolder(const QString &from, const QString &to);
};

} // namespace hive::gui
