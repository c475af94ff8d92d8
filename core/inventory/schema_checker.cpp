#include "inventory/schema_checker.h"

#include "inventory/ipv4_network.h"
#include "inventory/schema.h"

#include <QCoreApplication>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::SchemaChecker", text);
}

bool unknownKeysAreWarnings(AttributeScope scope)
{
    return scope == AttributeScope::HiveFile || scope == AttributeScope::Stage ||
           scope == AttributeScope::Subnet;
}

bool isScalarText(const Value &v)
{
    return v.isString() || v.isInt() || v.isDouble();
}
} // namespace

void SchemaChecker::decorate(Diagnostic &d, const QString &key) const
{
    d.stage = m_context.stage;
    d.service = m_context.service;
    d.key = key;
}

Diagnostic &SchemaChecker::error(const QString &code, const QString &message,
                                 const SourceMark &mark, const QString &key)
{
    Diagnostic &d = m_diags.error(code, message, mark);
    decorate(d, key);
    return d;
}

Diagnostic &SchemaChecker::warning(const QString &code, const QString &message,
                                   const SourceMark &mark, const QString &key)
{
    Diagnostic &d = m_diags.warning(code, message, mark);
    decorate(d, key);
    return d;
}

bool SchemaChecker::checkMapping(const Value &value, AttributeScope scope, const QString &what)
{
    if (!value.isMap()) {
        error(QStringLiteral("wrong-type"),
              tr("%1 must be a mapping (key: value), but it is a %2").arg(what, value.typeName()),
              value.mark());
        return false;
    }
    for (const Value::Entry &e : value.entries()) {
        const AttributeSpec *spec = Schema::find(scope, e.key);
        if (!spec) {
            const QString suggestion = Schema::suggest(scope, e.key);
            QString message = tr("unknown key '%1' in %2").arg(e.key, what);
            if (!suggestion.isEmpty())
                message += tr("; did you mean '%1'?").arg(suggestion);
            else
                message +=
                    tr("; allowed keys: %1").arg(Schema::names(scope).join(QLatin1String(", ")));
            // hive-builder ignores unknown keys in the hive definition but refuses them
            // in service definitions: warn there (a typo still shows), refuse here.
            if (unknownKeysAreWarnings(scope))
                warning(QStringLiteral("unknown-key"), message, e.keyMark, e.key);
            else
                error(QStringLiteral("unknown-key"), message, e.keyMark, e.key);
            continue;
        }
        if (scope == AttributeScope::Stage && !m_context.provider.isEmpty() &&
            !spec->allowsProvider(m_context.provider)) {
            error(QStringLiteral("provider-attribute"),
                  tr("'%1' cannot be used with provider %2 (only with %3)")
                      .arg(e.key, m_context.provider, spec->providers.join(QLatin1String(", "))),
                  e.keyMark, e.key);
        }
        checkKind(e.value, *spec);
    }
    for (const AttributeSpec &spec : Schema::all()) {
        if (spec.scope == scope && spec.required && !value.contains(spec.name)) {
            error(QStringLiteral("missing-key"),
                  tr("%1 needs '%2' (%3)").arg(what, spec.name, spec.descriptionEn), value.mark(),
                  spec.name);
        }
    }
    return true;
}

bool SchemaChecker::checkKind(const Value &v, const AttributeSpec &spec)
{
    auto wrong = [&](const QString &expected) {
        const QString message =
            tr("'%1' must be %2, but it is a %3%4")
                .arg(spec.name, expected, v.typeName(),
                     v.isScalar() && !v.isNull() ? QStringLiteral(" (%1)").arg(v.scalarText())
                                                 : QString());
        if (spec.toleratedByHiveBuilder) {
            warning(QStringLiteral("tolerated-type"),
                    message + tr("; hive-builder takes it and ignores it, and so does hive: "
                                 "write %1 or remove the key")
                                  .arg(expected),
                    v.mark(), spec.name);
            return false;
        }
        error(QStringLiteral("wrong-type"), message, v.mark(), spec.name);
        return false;
    };
    auto allItems = [&](auto predicate) {
        for (const Value &item : v.items()) {
            if (!predicate(item))
                return false;
        }
        return true;
    };

    switch (spec.kind) {
    case ValueKind::Any:
        return true;
    case ValueKind::String:
        return v.isString() ? true : wrong(tr("a string"));
    case ValueKind::Integer:
        if (!v.isInt())
            return wrong(tr("an integer"));
        // number_of_hosts says its own range (with the provider's maximum).
        if (v.toInt() < spec.minimum && spec.name != QLatin1String("number_of_hosts")) {
            error(QStringLiteral("bad-value"),
                  tr("'%1' must be at least %2, not %3")
                      .arg(spec.name)
                      .arg(spec.minimum)
                      .arg(v.toInt()),
                  v.mark(), spec.name);
            return false;
        }
        return true;
    case ValueKind::Boolean:
        return v.isBool() ? true : wrong(tr("true or false"));
    case ValueKind::IntegerOrString:
        return (v.isInt() || v.isString()) ? true : wrong(tr("an integer or a string"));
    case ValueKind::Number:
        return isScalarText(v) ? true : wrong(tr("a number"));
    case ValueKind::Enum: {
        if (!v.isString())
            return wrong(tr("one of %1").arg(spec.allowed.join(QLatin1String(", "))));
        for (const QString &allowed : spec.allowed) {
            if (allowed.compare(v.toString(), Qt::CaseInsensitive) == 0)
                return true;
        }
        error(QStringLiteral("bad-value"),
              tr("'%1' must be one of %2, not '%3'")
                  .arg(spec.name, spec.allowed.join(QLatin1String(", ")), v.toString()),
              v.mark(), spec.name);
        return false;
    }
    case ValueKind::Cidr: {
        if (!v.isString())
            return wrong(tr("a network address such as 192.168.0.0/24"));
        if (spec.name.endsWith(QLatin1String("_v6"))) {
            if (!v.toString().contains(QLatin1Char(':')) ||
                !v.toString().contains(QLatin1Char('/')))
                return wrong(tr("an IPv6 network such as fd00::/64"));
            return true;
        }
        Ipv4Network net;
        QString problem;
        if (!Ipv4Network::parse(v.toString(), net, problem)) {
            error(QStringLiteral("bad-cidr"),
                  tr("'%1' is not a valid network: %2").arg(spec.name, problem), v.mark(),
                  spec.name);
            return false;
        }
        return true;
    }
    case ValueKind::StringList:
        if (!v.isList() || !allItems([](const Value &i) { return i.isString(); }))
            return wrong(tr("a list of strings"));
        return true;
    case ValueKind::StageList: {
        if (!v.isList())
            return wrong(tr("a list of stages (private, staging, production)"));
        bool ok = true;
        for (const Value &item : v.items()) {
            if (!item.isString() || !Schema::stages().contains(item.toString())) {
                error(QStringLiteral("bad-stage"),
                      tr("'%1' is not a stage; use private, staging or production")
                          .arg(item.scalarText()),
                      item.mark(), spec.name);
                ok = false;
            }
        }
        return ok;
    }
    case ValueKind::IpList: {
        if (!v.isList())
            return wrong(tr("a list of IP addresses"));
        bool ok = true;
        for (const Value &item : v.items()) {
            quint32 address = 0;
            if (!item.isString() || !Ipv4Network::parseAddress(item.toString(), address)) {
                error(QStringLiteral("bad-address"),
                      tr("'%1' is not an IPv4 address").arg(item.scalarText()), item.mark(),
                      spec.name);
                ok = false;
            }
        }
        return ok;
    }
    case ValueKind::StringOrList:
        if (v.isString())
            return true;
        if (v.isList() && allItems([](const Value &i) { return isScalarText(i) || i.isBool(); }))
            return true;
        return wrong(tr("a string or a list of strings"));
    case ValueKind::List:
        return v.isList() ? true : wrong(tr("a list"));
    case ValueKind::Map:
        return v.isMap() ? true : wrong(tr("a mapping (key: value)"));
    case ValueKind::MapOrList:
        return (v.isMap() || v.isList()) ? true : wrong(tr("a mapping or a list"));
    case ValueKind::ImageSpec:
        return (v.isString() || v.isMap())
                   ? true
                   : wrong(tr("an image tag or a build mapping (from, roles...)"));
    }
    return true;
}

} // namespace hive
