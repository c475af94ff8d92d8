#include "data/value.h"

#include <cmath>

namespace hive {

namespace {
const Value::List &emptyList()
{
    static const Value::List empty;
    return empty;
}
const Value::Map &emptyMap()
{
    static const Value::Map empty;
    return empty;
}
} // namespace

Value Value::null(const SourceMark &mark)
{
    Value v;
    v.m_mark = mark;
    return v;
}

Value Value::boolean(bool b, const SourceMark &mark)
{
    Value v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    v.m_mark = mark;
    return v;
}

Value Value::integer(qint64 i, const SourceMark &mark)
{
    Value v;
    v.m_type = Type::Int;
    v.m_int = i;
    v.m_mark = mark;
    return v;
}

Value Value::real(double d, const SourceMark &mark)
{
    Value v;
    v.m_type = Type::Double;
    v.m_double = d;
    v.m_mark = mark;
    return v;
}

Value Value::string(const QString &s, const SourceMark &mark)
{
    Value v;
    v.m_type = Type::String;
    v.m_string = s;
    v.m_mark = mark;
    return v;
}

Value Value::list(List items, const SourceMark &mark)
{
    Value v;
    v.m_type = Type::List;
    v.m_list = std::make_shared<List>(std::move(items));
    v.m_mark = mark;
    return v;
}

Value Value::map(Map entries, const SourceMark &mark)
{
    Value v;
    v.m_type = Type::Map;
    v.m_map = std::make_shared<Map>(std::move(entries));
    v.m_mark = mark;
    return v;
}

bool Value::isTruthy() const
{
    if (isBool())
        return m_bool;
    if (isInt())
        return m_int != 0;
    const QString t = text();
    return t == QLatin1String("true") || t == QLatin1String("True") || t == QLatin1String("yes") ||
           t == QLatin1String("1");
}

QString Value::scalarText() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("None");
    case Type::Bool:
        return m_bool ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Int:
        return QString::number(m_int);
    case Type::Double:
        return QString::number(m_double, 'g', 17);
    case Type::String:
        return m_string;
    case Type::List:
    case Type::Map:
        break;
    }
    return {};
}

const Value::List &Value::items() const
{
    return (m_type == Type::List && m_list) ? *m_list : emptyList();
}

const Value::Map &Value::entries() const
{
    return (m_type == Type::Map && m_map) ? *m_map : emptyMap();
}

void Value::detach()
{
    if (m_list && m_list.use_count() > 1)
        m_list = std::make_shared<List>(*m_list);
    if (m_map && m_map.use_count() > 1)
        m_map = std::make_shared<Map>(*m_map);
}

Value::List &Value::itemsRef()
{
    if (m_type != Type::List) {
        *this = list({}, m_mark);
    }
    detach();
    return *m_list;
}

Value::Map &Value::entriesRef()
{
    if (m_type != Type::Map) {
        *this = map({}, m_mark);
    }
    detach();
    return *m_map;
}

int Value::size() const
{
    if (m_type == Type::List)
        return int(items().size());
    if (m_type == Type::Map)
        return int(entries().size());
    return 0;
}

const Value::Entry *Value::findEntry(const QString &key) const
{
    for (const Entry &e : entries()) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

const Value *Value::find(const QString &key) const
{
    const Entry *e = findEntry(key);
    return e ? &e->value : nullptr;
}

bool Value::contains(const QString &key) const
{
    return findEntry(key) != nullptr;
}

Value Value::value(const QString &key) const
{
    const Value *v = find(key);
    return v ? *v : Value();
}

Value Value::value(const QString &key, const Value &fallback) const
{
    const Value *v = find(key);
    return v ? *v : fallback;
}

void Value::insert(const QString &key, const Value &v, const SourceMark &keyMark)
{
    Map &m = entriesRef();
    for (Entry &e : m) {
        if (e.key == key) {
            e.value = v;
            return;
        }
    }
    m.push_back(Entry{key, v, keyMark});
}

void Value::appendEntry(const QString &key, const Value &v)
{
    entriesRef().push_back(Entry{key, v, {}});
}

void Value::remove(const QString &key)
{
    if (!isMap())
        return;
    Map &m = entriesRef();
    for (auto it = m.begin(); it != m.end(); ++it) {
        if (it->key == key) {
            m.erase(it);
            return;
        }
    }
}

void Value::append(const Value &v)
{
    itemsRef().push_back(v);
}

bool Value::operator==(const Value &other) const
{
    const bool numeric = (m_type == Type::Int || m_type == Type::Double);
    const bool otherNumeric = (other.m_type == Type::Int || other.m_type == Type::Double);
    if (numeric && otherNumeric) {
        if (m_type == Type::Int && other.m_type == Type::Int)
            return m_int == other.m_int;
        if (std::isnan(toDouble()) && std::isnan(other.toDouble()))
            return true; // structural equality: .nan reads back as .nan
        return toDouble() == other.toDouble();
    }
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::String:
        return m_string == other.m_string;
    case Type::List:
        return items() == other.items();
    case Type::Map: {
        const Map &a = entries();
        const Map &b = other.entries();
        if (a.size() != b.size())
            return false;
        for (const Entry &e : a) {
            const Value *o = other.find(e.key);
            if (!o || !(*o == e.value))
                return false;
        }
        return true;
    }
    case Type::Int:
    case Type::Double:
        break;
    }
    return false;
}

QString Value::typeName(Type t)
{
    switch (t) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("boolean");
    case Type::Int:
        return QStringLiteral("integer");
    case Type::Double:
        return QStringLiteral("float");
    case Type::String:
        return QStringLiteral("string");
    case Type::List:
        return QStringLiteral("list");
    case Type::Map:
        return QStringLiteral("mapping");
    }
    return {};
}

} // namespace hive
