#include "data/json_writer.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace hive {

namespace {
void newline(QByteArray &out, int indent, int level)
{
    if (indent <= 0)
        return;
    out += '\n';
    out.append(qsizetype(indent) * level, ' ');
}

QByteArray pythonFloat(double d)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Infinity" : "-Infinity";
    QByteArray s = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    // Python's repr switches to exponent form at 1e16, 'g' at the precision.
    if (std::fabs(d) >= 1e16 && !s.contains('e'))
        s = QByteArray::number(d, 'e', QLocale::FloatingPointShortest);
    if (!s.contains('.') && !s.contains('e'))
        s += ".0";
    return s;
}
} // namespace

void JsonWriter::writeString(const QString &s, QByteArray &out)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20 || c > 0x7e) {
                out += "\\u";
                out += hex[(c >> 12) & 0xf];
                out += hex[(c >> 8) & 0xf];
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

void JsonWriter::writeValue(const Value &value, int indent, int level, QByteArray &out)
{
    switch (value.type()) {
    case Value::Type::Null:
        out += "null";
        return;
    case Value::Type::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case Value::Type::Int:
        out += QByteArray::number(value.toInt());
        return;
    case Value::Type::Double:
        out += pythonFloat(value.toDouble());
        return;
    case Value::Type::String:
        writeString(value.toString(), out);
        return;
    case Value::Type::List: {
        const Value::List &items = value.items();
        if (items.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        bool first = true;
        for (const Value &item : items) {
            if (!first)
                out += indent > 0 ? "," : ", ";
            first = false;
            newline(out, indent, level + 1);
            writeValue(item, indent, level + 1, out);
        }
        newline(out, indent, level);
        out += ']';
        return;
    }
    case Value::Type::Map: {
        const Value::Map &entries = value.entries();
        if (entries.empty()) {
            out += "{}";
            return;
        }
        std::vector<const Value::Entry *> sorted;
        sorted.reserve(entries.size());
        for (const Value::Entry &e : entries)
            sorted.push_back(&e);
        std::sort(sorted.begin(), sorted.end(),
                  [](const Value::Entry *a, const Value::Entry *b) { return a->key < b->key; });
        out += '{';
        bool first = true;
        for (const Value::Entry *e : sorted) {
            if (!first)
                out += indent > 0 ? "," : ", ";
            first = false;
            newline(out, indent, level + 1);
            writeString(e->key, out);
            out += ": ";
            writeValue(e->value, indent, level + 1, out);
        }
        newline(out, indent, level);
        out += '}';
        return;
    }
    }
}

QByteArray JsonWriter::write(const Value &value, int indent)
{
    QByteArray out;
    writeValue(value, indent, 0, out);
    return out;
}

} // namespace hive
