#include "cli/command_context.h"

#include <QCoreApplication>
#include <cstdio>

namespace hive::cli {

CommandContext::CommandContext(Project::Options options, bool verbose)
    : m_options(std::move(options)), m_verbose(verbose), m_out(stdout), m_err(stderr)
{}

void CommandContext::writeOut(const QByteArray &utf8)
{
    m_out.flush();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

bool CommandContext::openProject()
{
    DiagnosticList diags;
    const bool ok = Project::open(m_options, m_project, diags);
    if (!diags.isEmpty())
        printDiagnostics(diags, false);
    // `hive set verbose True` stands for -v on every later command of the
    // stage, as in hive-builder.
    if (ok && !m_verbose) {
        const Value v =
            m_project.persistents().effective(QStringLiteral("verbose"), m_project.stage());
        m_verbose =
            (v.isBool() && v.toBool()) ||
            (v.isString() && v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    }
    return ok;
}

void CommandContext::printDiagnostics(const DiagnosticList &diags, bool summary)
{
    for (const Diagnostic &d : diags.sorted())
        m_err << d.format(m_project.rootDir()) << '\n';
    if (summary) {
        m_err << QCoreApplication::translate("hive::cli", "%n error(s)", nullptr,
                                             diags.errorCount())
              << ", "
              << QCoreApplication::translate("hive::cli", "%n warning(s)", nullptr,
                                             diags.warningCount())
              << '\n';
    }
    m_err.flush();
}

bool CommandContext::loadInventory(LoadedInventory &loaded, bool storeAllocations)
{
    loaded = m_project.loadInventory();
    if (!loaded.diagnostics.isEmpty())
        printDiagnostics(loaded.diagnostics, loaded.diagnostics.hasErrors());
    if (!loaded.ok())
        return false;
    if (storeAllocations) {
        QString error;
        if (!m_project.storeAllocations(loaded, error)) {
            m_err << error << '\n';
            m_err.flush();
            return false;
        }
    }
    return true;
}

} // namespace hive::cli
