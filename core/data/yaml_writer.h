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

    // Block YAML for hand-written files: keys in the value's own order, every
    // line indented by `indent` spaces, lists indented below their key. The
    // text ends with a newline.
    static QByteArray writeInOrder(const Value &value, int indent);
    // A YAML double-quoted scalar; text outside ASCII stays as it is (UTF-8).
    static QByteArray doubleQuoted(const QString &s);
    // The value on one line in flow style: [a, 'b c'] or {k: v}.
    static QByteArray flow(const Value &value);

private:
    struct Style
    {
        bool sortKeys = true;
        bool indentLists = false; // list items indented below their key
        int baseIndent = 0;
    };
    static void writeNode(const Value &value, int level, const Style &style, QByteArray &out);
};

} // namespace hive
