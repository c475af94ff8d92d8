#pragma once

#include "data/value.h"
#include "diagnostics/diagnostic_list.h"
#include "inventory/attribute_spec.h"

namespace hive {

// Checks a mapping from the project against the Schema: unknown keys (with a
// "did you mean"), missing required keys, value types, and attributes that
// the stage's provider does not allow. Every problem becomes a diagnostic
// carrying the stage / service context given here.
class SchemaChecker
{
public:
    struct Context
    {
        QString stage;
        QString service;
        QString provider; // for Stage scope
    };

    SchemaChecker(DiagnosticList &diags, Context context) : m_diags(diags), m_context(context) {}

    // `what` names the object in messages ("stage private", "volume 2 of service web").
    // Returns false if `value` is not a mapping (then nothing else is checked).
    bool checkMapping(const Value &value, AttributeScope scope, const QString &what);
    // Type check of one value against its attribute.
    bool checkKind(const Value &value, const AttributeSpec &spec);

    Diagnostic &error(const QString &code, const QString &message, const SourceMark &mark,
                      const QString &key = {});
    Diagnostic &warning(const QString &code, const QString &message, const SourceMark &mark,
                        const QString &key = {});

    const Context &context() const { return m_context; }

private:
    DiagnosticList &m_diags;
    Context m_context;

    void decorate(Diagnostic &d, const QString &key) const;
};

} // namespace hive
