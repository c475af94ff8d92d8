#include "diagnostics/diagnostic_list.h"

#include <algorithm>

namespace hive {

void DiagnosticList::add(Diagnostic d)
{
    if (d.severity == Diagnostic::Severity::Error)
        ++m_errors;
    else if (d.severity == Diagnostic::Severity::Warning)
        ++m_warnings;
    m_items.append(std::move(d));
}

Diagnostic &DiagnosticList::error(const QString &code, const QString &message,
                                  const SourceMark &mark)
{
    add(Diagnostic{Diagnostic::Severity::Error, code, message, mark, {}, {}, {}});
    return m_items.last();
}

Diagnostic &DiagnosticList::warning(const QString &code, const QString &message,
                                    const SourceMark &mark)
{
    add(Diagnostic{Diagnostic::Severity::Warning, code, message, mark, {}, {}, {}});
    return m_items.last();
}

void DiagnosticList::append(const DiagnosticList &other)
{
    for (const Diagnostic &d : other.m_items)
        add(d);
}

bool DiagnosticList::containsCode(const QString &code) const
{
    return std::any_of(m_items.begin(), m_items.end(),
                       [&](const Diagnostic &d) { return d.code == code; });
}

QList<Diagnostic> DiagnosticList::sorted() const
{
    QList<Diagnostic> copy = m_items;
    std::stable_sort(copy.begin(), copy.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.mark.file != b.mark.file)
            return a.mark.file < b.mark.file;
        if (a.mark.line != b.mark.line)
            return a.mark.line < b.mark.line;
        return a.mark.column < b.mark.column;
    });
    return copy;
}

} // namespace hive
