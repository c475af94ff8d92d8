#pragma once

#include "inventory/attribute_spec.h"

#include <QList>

namespace hive {

// The catalogue of every attribute of the hive and service definitions.
class Schema
{
public:
    static const QList<AttributeSpec> &all();
    static QList<AttributeSpec> attributes(AttributeScope scope);
    static const AttributeSpec *find(AttributeScope scope, const QString &name);
    static QStringList names(AttributeScope scope);

    static QString scopeName(AttributeScope scope);
    static bool scopeFromName(const QString &name, AttributeScope &scope);
    static QString kindName(ValueKind kind);

    static const QStringList &stages();    // private, staging, production
    static const QStringList &providers(); // every provider name
    // The closest known name, for "did you mean ...?" (empty if none is close).
    static QString suggest(AttributeScope scope, const QString &unknown);
};

} // namespace hive
