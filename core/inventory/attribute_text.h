#pragma once

#include "data/value.h"
#include "inventory/attribute_spec.h"

namespace hive {

// Turns what a user typed into a form field into the value of an attribute of
// a given kind (and back), with the same rules the inventory reader applies:
// "8080" for an integer is 8080, "4G" for a size stays a string, "[a, b]" for
// a command is a list. A value that does not fit the kind is refused with a
// message saying what was expected.
class AttributeText
{
public:
    static bool parse(const QString &text, ValueKind kind, Value &out, QString &error);
    // The text to show in a field for a value (scalars plain, lists and
    // mappings in YAML flow style).
    static QString format(const Value &value);
};

} // namespace hive
