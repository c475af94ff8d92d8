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

void YamlWriter::writeNode(const Value &value, int level, QByteArray &out)
{
    const QByteArray pad(2 * level, ' ');
    if (value.isMap()) {
        std::vector<const Value::Entry *> sorted;
        for (const Value::Entry &e : value.entries())
            sorted.push_back(&e);
        std::sort(sorted.begin(), sorted.end(),
                  [](const Value::Entry *a, const Value::Entry *b) { return a->key < b->key; });
        for (const Value::Entry *e : sorted) {
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
                writeNode(v, v.isList() && !explicitKey ? level : level + 1, out);
            }
        }
    } else if (value.isList()) {
        for (const Value &item : value.items()) {
            if (item.isScalar() || isEmptyCollection(item)) {
                out += pad + "- " + scalar(item) + '\n';
            } else {
                QByteArray nested;
                writeNode(item, level + 1, nested);
                // The first line of the nested block goes on the dash line.
                out += pad + "- " + nested.mid(2 * (level + 1));
            }
        }
    } else {
        out += pad + scalar(value) + '\n';
    }
}

QByteArray YamlWriter::write(const Value &value)
{
    QByteArray out;
    if (value.isScalar() || isEmptyCollection(value)) {
        out = scalar(value) + '\n';
        return out;
    }
    writeNode(value, 0, out);
    return out;
}

} // namespace hive
