#pragma once

#include <QString>
#include <QStringList>

namespace hive {

// One hive variable (`hive set NAME VALUE`, command-line options, the
// persistent file): its type, where it is stored, and what it means.
struct VariableSpec
{
    enum class Type
    {
        String,
        Enum,
        Boolean,
        Integer,
        Directory,
        Dict
    };
    enum class Scope
    {
        Global,
        Stage,
        None
    }; // None: never persistent

    QString name;
    Type type = Type::String;
    Scope scope = Scope::Global;
    QStringList options; // Enum
    QString defaultValue;
    bool secret = false;
    QString descriptionEn;
    QString descriptionJa;
};

} // namespace hive
