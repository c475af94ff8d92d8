#pragma once

#include "diagnostics/source_mark.h"

#include <QString>
#include <memory>
#include <utility>
#include <vector>

namespace hive {

// A YAML/JSON value as Ansible sees it after loading a YAML 1.1 document:
// null, bool, integer, float, string, list or mapping. Mappings keep their
// source order (the order matters for port and device allocation). Every value
// remembers where it came from so that diagnostics can name file, line and
// column. Containers are shared copy-on-write, so copies are cheap.
class Value
{
public:
    enum class Type
    {
        Null,
        Bool,
        Int,
        Double,
        String,
        List,
        Map
    };

    struct Entry;
    using List = std::vector<Value>;
    using Map = std::vector<Entry>;

    Value() = default;
    static Value null(const SourceMark &mark = {});
    static Value boolean(bool b, const SourceMark &mark = {});
    static Value integer(qint64 i, const SourceMark &mark = {});
    static Value real(double d, const SourceMark &mark = {});
    static Value string(const QString &s, const SourceMark &mark = {});
    static Value list(List items = {}, const SourceMark &mark = {});
    static Value map(Map entries = {}, const SourceMark &mark = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInt() const { return m_type == Type::Int; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isList() const { return m_type == Type::List; }
    bool isMap() const { return m_type == Type::Map; }
    bool isScalar() const { return m_type != Type::List && m_type != Type::Map; }

    bool toBool() const { return m_bool; }
    // A flag as Ansible reads one: a true boolean, or the text true, True,
    // yes or 1 (what inventories written for hive-builder put there).
    bool isTruthy() const;
    qint64 toInt() const { return m_int; }
    double toDouble() const { return m_type == Type::Int ? double(m_int) : m_double; }
    const QString &toString() const { return m_string; }
    // Text of a scalar as Python's str() would give it (True, 1.5, None).
    QString scalarText() const;
    // scalarText(), but empty for null (an attribute that is not set).
    QString text() const { return isNull() ? QString() : scalarText(); }

    const List &items() const;
    const Map &entries() const;
    List &itemsRef();
    Map &entriesRef();
    int size() const;

    // Mapping access (linear; mappings in inventories are small).
    bool contains(const QString &key) const;
    const Value *find(const QString &key) const;
    const Entry *findEntry(const QString &key) const;
    Value value(const QString &key) const;
    Value value(const QString &key, const Value &fallback) const;
    // Sets or replaces a key; new keys go to the end.
    void insert(const QString &key, const Value &v, const SourceMark &keyMark = {});
    void remove(const QString &key);
    // Appends a key known not to be present yet (no search: for building large maps).
    void appendEntry(const QString &key, const Value &v);

    void append(const Value &v);

    const SourceMark &mark() const { return m_mark; }

    // Structural equality (marks ignored; 1 == 1.0 like Python).
    bool operator==(const Value &other) const;
    bool operator!=(const Value &other) const { return !(*this == other); }

    // Name of the type for messages: "string", "integer", "list", "mapping"...
    static QString typeName(Type t);
    QString typeName() const { return typeName(m_type); }

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0.0;
    QString m_string;
    std::shared_ptr<List> m_list;
    std::shared_ptr<Map> m_map;
    SourceMark m_mark;

    void detach();
};

struct Value::Entry
{
    QString key;
    Value value;
    SourceMark keyMark;
};

} // namespace hive
