#pragma once

#include "data/value.h"
#include "project/variable_spec.h"

#include <QList>

namespace hive {

// The variables hive-builder's `hive set` knows, with their persistent scope
// (stage is global; start_phase, context_dir, temp_dir, verbose, first_hive
// are per stage; root_dir, phase, halt, destroy... are never stored).
class VariableCatalog
{
public:
    static const QList<VariableSpec> &all();
    static const VariableSpec *find(const QString &name);
    static const QStringList &phases();

    // Converts command-line text to the variable's type as hive-builder does
    // ("yes"/"true"/"1" for booleans, JSON for dicts...). On failure returns
    // false and sets `error` (already translated).
    static bool convert(const VariableSpec &spec, const QString &text, Value &out, QString &error);
};

} // namespace hive
