#include "data/xml_node.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace hive {

namespace {
const XmlNode &emptyNode()
{
    static const XmlNode empty;
    return empty;
}
} // namespace

const XmlNode &XmlNode::child(const QString &childName) const
{
    for (const XmlNode &c : children) {
        if (c.name == childName)
            return c;
    }
    return emptyNode();
}

QString XmlNode::value(const QString &path) const
{
    const XmlNode *node = this;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        node = &node->child(part);
        if (node->isNull())
            return {};
    }
    return node->text;
}

QList<const XmlNode *> XmlNode::items(const QString &setName) const
{
    QList<const XmlNode *> out;
    for (const XmlNode &c : child(setName).children) {
        if (c.name == QLatin1String("item"))
            out << &c;
    }
    return out;
}

bool XmlNode::parse(const QByteArray &xml, XmlNode &root, QString &error)
{
    QXmlStreamReader reader(xml);
    QList<XmlNode> stack;
    bool done = false;
    while (!reader.atEnd() && !done) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            stack.append(XmlNode{reader.name().toString(), QString(), {}});
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlNode node = stack.takeLast();
            node.text = node.text.trimmed();
            if (stack.isEmpty()) {
                root = std::move(node);
                done = true;
            } else {
                stack.last().children.append(std::move(node));
            }
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError() || !done) {
        error =
            QCoreApplication::translate("hive::XmlNode", "line %1: %2")
                .arg(reader.lineNumber())
                .arg(reader.hasError()
                         ? reader.errorString()
                         : QCoreApplication::translate("hive::XmlNode", "the document ends early"));
        return false;
    }
    return true;
}

} // namespace hive
