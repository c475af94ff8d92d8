#pragma once

#include "diagnostics/source_mark.h"

#include <QString>

namespace hive {

// One problem found in a project: what, where (file, line, column) and in
// which context (stage, service, key). `code` is a stable identifier for
// tools and tests; `message` is already in the user's language.
struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning,
        Note
    };

    Severity severity = Severity::Error;
    QString code;
    QString message;
    SourceMark mark;
    QString stage;
    QString service;
    QString key;

    bool isError() const { return severity == Severity::Error; }
    // "inventory/hive.yml:12:5: error: [stage private] [key cidr] message"
    QString format(const QString &relativeTo = {}) const;
};

} // namespace hive
