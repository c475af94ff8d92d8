#include "data/yaml_writer.h"

#include "data/json_writer.h"
#include "data/yaml_reader.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace hive {

namespace {
bool needsQuotes(const QString &s)
{
    if (s.isEmpty())
        return true;
    const Value resolved = YamlReader::resolvePlainScalar(s, {});
    if (!resolved.isString())
        return true;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(s.at(0)) || s.at(0).isSpace() || s.back().isSpace())
        return true;
    // At column 0 these would end or start a document.
    if (s.startsWith(QLatin1String("---")) || s.startsWith(QLatin1String("...")))
        return true;
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) ||
        s.endsWith(QLatin1Char(':')))
        return true;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

bool needsDoubleQuotes(const QString &s)
{
    return std::any_of(s.begin(), s.end(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

QByteArray quoted(const QString &s)
{
    if (needsDoubleQuotes(s)) {
        QByteArray out;
        JsonWriter::writeString(s, out); // JSON strings are valid YAML double-quoted scalars
        return out;
    }
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return "'" + q.toUtf8() + "'";
}

bool isEmptyCollection(const Value &v)
{
    return (v.isMap() || v.isList()) && v.size() == 0;
}
} // namespace

QByteArray YamlWriter::scalar(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        return "null";
    case Value::Type::Bool:
        return value.toBool() ? "true" : "false";
    case Value::Type::Int:
        return QByteArray::number(value.toInt());
    case Value::Type::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return ".nan";
        if (std::isinf(d))
            return d > 0 ? ".inf" : "-.inf";
        QByteArray s = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        if (!s.contains('.') && !s.contains('e'))
            s += ".0";
        return s;
    }
    case Value::Type::String:
        return needsQuotes(value.toString()) ? quoted(value.toString()) : value.toString().toUtf8();
    case Value::Type::List:
        return value.size() == 0 ? "[]" : QByteArray();
    case Value::Type::Map:
        return value.size() == 0 ? "{}" : QByteArray();
    }
    return {};
}

void YamlWriter::writeNode(const Value &value, int level, const Style &style, QByteArray &out)
{
    const QByteArray pad(style.baseIndent + 2 * level, ' ');
    const int nestedPad = style.baseIndent + 2 * (level + 1);
    if (value.isMap()) {
        std::vector<const Value::Entry *> entries;
        for (const Value::Entry &e : value.entries())
            entries.push_back(&e);
        if (style.sortKeys)
            std::sort(entries.begin(), entries.end(),
                      [](const Value::Entry *a, const Value::Entry *b) { return a->key < b->key; });
        for (const Value::Entry *e : entries) {
            const QByteArray key = scalar(Value::string(e->key));
            // YAML limits an implicit key to 1024 characters; longer ones need "? key".
            const bool explicitKey = key.size() > 1000;
            if (explicitKey)
                out += pad + "? " + key + '\n' + pad + ':';
            else
                out += pad + key + ':';
            const Value &v = e->value;
            if (v.isScalar() || isEmptyCollection(v)) {
                out += ' ' + scalar(v) + '\n';
            } else {
                out += '\n';
                // PyYAML does not indent a list below its key.
                const bool sameLevel = v.isList() && !explicitKey && !style.indentLists;
                writeNode(v, sameLevel ? level : level + 1, style, out);
            }
        }
    } else if (value.isList()) {
        for (const Value &item : value.items()) {
            if (item.isScalar() || isEmptyCollection(item)) {
                out += pad + "- " + scalar(item) + '\n';
            } else {
                QByteArray nested;
                writeNode(item, level + 1, style, nested);
                // The first line of the nested block goes on the dash line.
                out += pad + "- " + nested.mid(nestedPad);
            }
        }
    } else {
        out += pad + scalar(value) + '\n';
    }
}

QByteArray YamlWriter::doubleQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\')
            out += QLatin1Char('\\') + c;
        else if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c; // surrogate pairs stay together in the UTF-8 below
    }
    out += QLatin1Char('"');
    return out.toUtf8();
}

QByteArray YamlWriter::writeInOrder(const Value &value, int indent)
{
    Style style;
    style.sortKeys = false;
    style.indentLists = true;
    style.baseIndent = indent;
    QByteArray out;
    if (value.isScalar() || isEmptyCollection(value))
        return QByteArray(indent, ' ') + scalar(value) + '\n';
    writeNode(value, 0, style, out);
    return out;
}

QByteArray YamlWriter::flow(const Value &value)
{
    if (value.isList()) {
        QByteArrayList parts;
        for (const Value &item : value.items())
            parts << flow(item);
        return '[' + parts.join(", ") + ']';
    }
    if (value.isMap()) {
        QByteArrayList parts;
        for (const Value::Entry &e : value.entries())
            parts << scalar(Value::string(e.key)) + ": " + flow(e.value);
        return '{' + parts.join(", ") + '}';
    }
    const QByteArray s = scalar(value);
    // Flow indicators end a plain scalar inside [] and {}.
    if (value.isString() && s == value.toString().toUtf8() &&
        (s.contains(',') || s.contains('[') || s.contains(']') || s.contains('{') ||
         s.contains('}')))
        return quoted(value.toString());
    return s;
}

QByteArray YamlWriter::write(const Value &value)
{
    QByteArray out;
    if (value.isScalar() || isEmptyCollection(value)) {
        out = scalar(value) + '\n';
        return out;
    }
    writeNode(value, 0, Style{}, out);
    return out;
}

} // namespace hive
