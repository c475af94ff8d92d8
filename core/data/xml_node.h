#pragma once

#include <QList>
#include <QString>

namespace hive {

// One element of a small XML document (the answers of AWS's Query APIs),
// read whole: its local name, its text and its child elements. Namespaces
// and attributes are not kept; AWS's answers carry everything in elements.
struct XmlNode
{
    QString name;
    QString text; // the element's own text, trimmed
    QList<XmlNode> children;

    // The first child named `name`; an empty node when there is none.
    const XmlNode &child(const QString &name) const;
    // The text of the child at `path` ("instanceState/name").
    QString value(const QString &path) const;
    // The <item> elements of the child list `setName` ("vpcSet"), AWS's way
    // of writing a list.
    QList<const XmlNode *> items(const QString &setName) const;
    bool isNull() const { return name.isEmpty(); }

    // Parses `xml`; false with the line and the reason in `error`.
    static bool parse(const QByteArray &xml, XmlNode &root, QString &error);
};

} // namespace hive
