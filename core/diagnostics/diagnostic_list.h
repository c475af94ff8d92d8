#pragma once

#include "diagnostics/diagnostic.h"

#include <QList>

namespace hive {

// Problems collected during one load: all of them are reported, not just the
// first, so that a user can fix a project in one pass.
class DiagnosticList
{
public:
    void add(Diagnostic d);
    Diagnostic &error(const QString &code, const QString &message, const SourceMark &mark);
    Diagnostic &warning(const QString &code, const QString &message, const SourceMark &mark);
    void append(const DiagnosticList &other);

    const QList<Diagnostic> &all() const { return m_items; }
    bool hasErrors() const { return m_errors > 0; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    bool isEmpty() const { return m_items.isEmpty(); }
    int size() const { return int(m_items.size()); }
    bool containsCode(const QString &code) const;
    // Sorted by file, line, column: the order a user reads them in.
    QList<Diagnostic> sorted() const;

private:
    QList<Diagnostic> m_items;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace hive
