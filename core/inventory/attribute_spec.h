#pragma once

#include <QString>
#include <QStringList>

namespace hive {

// Where an attribute may appear in a hive-builder project.
enum class AttributeScope
{
    HiveFile,     // top level of the plugin: hive_inventory file
    Stage,        // stages.<stage>
    Subnet,       // stages.<stage>.subnets[]
    ServicesFile, // top level of a plugin: hive_services file
    Service,      // services.<name>
    Image,        // services.<name>.image (build object)
    Volume,       // services.<name>.volumes[]
    Drbd,         // services.<name>.volumes[].drbd
    Nfs,          // services.<name>.volumes[].nfs
    Port,         // services.<name>.ports[] (long syntax)
    Network,      // networks.<name>
};

// What kind of value an attribute takes.
enum class ValueKind
{
    Any,
    String,
    Integer,
    Boolean,
    IntegerOrString, // sizes like 4096 or "4G", user ids
    Number,          // integer or float (cpu limits)
    Enum,            // a string from `allowed`
    Cidr,            // an IPv4 or IPv6 network in a.b.c.d/n form
    StringList,
    StageList, // a list of private / staging / production
    IpList,
    StringOrList, // a command: a string or a list of strings
    List,
    Map,
    MapOrList,
    ImageSpec, // a tag string or a build mapping
};

// One attribute of the inventory format: the single description that the
// validator, `hive attributes`, and the GUI forms all use.
struct AttributeSpec
{
    AttributeScope scope;
    QString name;
    ValueKind kind;
    QStringList allowed;  // Enum values
    QString defaultValue; // as shown to users; empty: none
    bool required = false;
    QStringList providers; // empty: every provider
    QString descriptionEn;
    QString descriptionJa;
    bool secret = false; // never print the value
    // hive-builder takes a value of another type here without a word (and
    // it has no effect): a warning saying what to write, not an error.
    bool toleratedByHiveBuilder = false;
    // The smallest value an integer may take (0 CPUs is no host); the
    // editor's fields cannot go below it either.
    qint64 minimum = 0;
    // Seldom set (encryption keys, internal ranges, download URLs): the
    // forms fold it away under "More settings" until it has a value.
    bool rarelySet = false;

    bool allowsProvider(const QString &provider) const
    {
        return providers.isEmpty() || providers.contains(provider);
    }
    QString description(const QString &language) const
    {
        return language.startsWith(QLatin1String("ja")) ? descriptionJa : descriptionEn;
    }
    // A short name in words ("Separate repository server"); the key when
    // there is none.
    QString titleEn = {};
    QString titleJa = {};
    // The default in Japanese where it is words, not a value
    // ("4 if separate_repository else 3").
    QString defaultValueJa = {};
    QString defaultText(const QString &language) const
    {
        return language.startsWith(QLatin1String("ja")) && !defaultValueJa.isEmpty()
                   ? defaultValueJa
                   : defaultValue;
    }
    QString title(const QString &language) const
    {
        const QString &t = language.startsWith(QLatin1String("ja")) ? titleJa : titleEn;
        return t.isEmpty() ? name : t;
    }
};

} // namespace hive
