#pragma once

#include <QString>

namespace hive {

// Where a value or a problem sits in a source file. Lines and columns are
// 1-based; 0 means "unknown" (e.g. a value the program made up itself).
struct SourceMark
{
    QString file;
    int line = 0;
    int column = 0;

    bool isKnown() const { return line > 0; }
};

} // namespace hive
