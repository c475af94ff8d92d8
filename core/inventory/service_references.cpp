#include "inventory/service_references.h"

#include <QRegularExpression>

namespace hive {

namespace {
QRegularExpression wholeName(const QString &name)
{
    // A host name is letters, digits, '-' and '_' (and dots between labels).
    return QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_.-])%1(?![A-Za-z0-9_-])")
                                  .arg(QRegularExpression::escape(name)));
}

void walk(const Value &v, const QStringList &path, const QRegularExpression &re,
          const QStringList &skip, QList<ServiceReferences::Reference> &out)
{
    if (path == skip)
        return;
    if (v.isString()) {
        if (re.match(v.toString()).hasMatch())
            out << ServiceReferences::Reference{path, v.toString(), v.mark()};
    } else if (v.isMap()) {
        for (const Value::Entry &e : v.entries())
            walk(e.value, path + QStringList{e.key}, re, skip, out);
    } else if (v.isList()) {
        for (int i = 0; i < v.size(); ++i)
            walk(v.items()[size_t(i)], path + QStringList{QString::number(i)}, re, skip, out);
    }
}
} // namespace

QList<ServiceReferences::Reference> ServiceReferences::find(const Value &root, const QString &name)
{
    QList<Reference> out;
    if (name.isEmpty())
        return out;
    walk(root, {}, wholeName(name), {QStringLiteral("services"), name}, out);
    return out;
}

QString ServiceReferences::replaceName(const QString &text, const QString &from, const QString &to)
{
    QString out = text;
    out.replace(wholeName(from), to);
    return out;
}

} // namespace hive
