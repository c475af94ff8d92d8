#pragma once

#include "data/value.h"

#include <QByteArray>

namespace hive {

// Writes a Value as block-style YAML with sorted keys, the way PyYAML's
// yaml.dump(default_flow_style=False) writes .hive/persistents.yml, and with
// quoting that makes every string read back as the same string (so "0755",
// "yes" or "1:30" stay strings).
class YamlWriter
{
public:
    static QByteArray write(const Value &value);
    static QByteArray scalar(const Value &value);

private:
    static void writeNode(const Value &value, int level, QByteArray &out);
};

} // namespace hive
