#include "inventory/attribute_text.h"

#include "data/yaml_reader.h"
#include "data/yaml_writer.h"
#include "diagnostics/diagnostic_list.h"
#include "inventory/ipv4_network.h"
#include "inventory/schema.h"

#include <QCoreApplication>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::AttributeText", text);
}

bool readFlow(const QString &text, Value &out)
{
    DiagnosticList diags;
    const YamlReader::Result r = YamlReader().readBytes(text.toUtf8(), QString(), diags);
    if (!r.ok || diags.hasErrors())
        return false;
    out = r.root;
    return true;
}
} // namespace

bool AttributeText::parse(const QString &input, ValueKind kind, Value &out, QString &error)
{
    const QString text = input.trimmed();
    const Value plain = YamlReader::resolvePlainScalar(text, {});
    switch (kind) {
    case ValueKind::String:
    case ValueKind::Enum:
        out = Value::string(text);
        return true;
    case ValueKind::Integer:
        if (!plain.isInt()) {
            error = tr("%1 is not a whole number").arg(text);
            return false;
        }
        out = plain;
        return true;
    case ValueKind::IntegerOrString:
        out = plain.isInt() ? plain : Value::string(text);
        return true;
    case ValueKind::Number:
        if (!plain.isInt() && !plain.isDouble()) {
            error = tr("%1 is not a number").arg(text);
            return false;
        }
        out = plain;
        return true;
    case ValueKind::Boolean:
        if (!plain.isBool()) {
            error = tr("%1 is not true or false").arg(text);
            return false;
        }
        out = plain;
        return true;
    case ValueKind::Cidr: {
        Ipv4Network net;
        if (!Ipv4Network::parse(text, net, error))
            return false;
        out = Value::string(text);
        return true;
    }
    case ValueKind::StringOrList:
        if (text.startsWith(QLatin1Char('['))) {
            if (!readFlow(text, out) || !out.isList()) {
                error = tr("%1 is not a list like [\"a\", \"b\"]").arg(text);
                return false;
            }
            return true;
        }
        out = Value::string(text);
        return true;
    case ValueKind::Any:
    case ValueKind::List:
    case ValueKind::Map:
    case ValueKind::MapOrList:
    case ValueKind::StringList:
    case ValueKind::StageList:
    case ValueKind::IpList:
    case ValueKind::ImageSpec:
        if (!readFlow(text, out)) {
            error = tr("%1 is not valid YAML").arg(text);
            return false;
        }
        return true;
    }
    return false;
}

QString AttributeText::format(const Value &value)
{
    if (value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isScalar())
        return QString::fromUtf8(YamlWriter::scalar(value));
    return QString::fromUtf8(YamlWriter::flow(value));
}

} // namespace hive
