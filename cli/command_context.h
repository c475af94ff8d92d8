#pragma once

#include "diagnostics/diagnostic_list.h"
#include "project/project.h"

#include <QTextStream>

namespace hive::cli {

// What every command gets: the opened project, the output streams and the
// global options.
class CommandContext
{
public:
    CommandContext(Project::Options options, bool verbose);

    // Opens the project; prints problems and returns false if it cannot.
    bool openProject();
    Project &project() { return m_project; }
    const Project::Options &options() const { return m_options; }
    bool verbose() const { return m_verbose; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // UTF-8 text as it is, after what out() holds (a megabyte of JSON is
    // not decoded into a QString to be encoded again).
    void writeOut(const QByteArray &utf8);
    // Prints diagnostics (paths relative to the project) and a summary line.
    void printDiagnostics(const DiagnosticList &diags, bool summary);
    // Loads the inventory; on errors prints them and returns false.
    bool loadInventory(LoadedInventory &loaded, bool storeAllocations);

private:
    Project::Options m_options;
    bool m_verbose = false;
    Project m_project;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace hive::cli
