#pragma once

#include "data/value.h"

#include <QByteArray>

namespace hive {

// Writes a Value as JSON exactly the way `ansible-inventory --list` prints it
// (Python's json.dumps with sort_keys=True, indent=4, ensure_ascii=True), so
// that output can be compared with hive-builder's byte for byte.
class JsonWriter
{
public:
    static QByteArray write(const Value &value, int indent = 4);
    static void writeString(const QString &s, QByteArray &out);

private:
    static void writeValue(const Value &value, int indent, int level, QByteArray &out);
};

} // namespace hive
