#include "data/text_template.h"

#include "data/json_writer.h"

#include <QRegularExpression>

namespace hive {

namespace {

bool lookup(const Value &variables, const QString &path, Value &out)
{
    Value current = variables;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        if (!current.isMap() || !current.contains(part))
            return false;
        current = current.value(part);
    }
    out = current;
    return true;
}

QString plainText(const Value &v)
{
    if (v.isString())
        return v.toString();
    if (v.isScalar())
        return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : v.scalarText();
    return QString::fromUtf8(JsonWriter::write(v, false)).trimmed();
}

} // namespace

bool TextTemplate::render(const QString &name, const QByteArray &text, const Value &variables,
                          QByteArray &out, QString &error)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*(?:\\|\\s*(json|default\\(([^)]*)\\)"
                       ")\\s*)?\\}\\}"));
    static const QRegularExpression anyOpen(QStringLiteral("\\{\\{"));
    const QString source = QString::fromUtf8(text);
    QString result;
    qsizetype position = 0;
    const auto lineAt = [&](qsizetype offset) {
        return source.left(offset).count(QLatin1Char('\n')) + 1;
    };
    for (;;) {
        const qsizetype open = source.indexOf(QStringLiteral("{{"), position);
        if (open < 0)
            break;
        const QRegularExpressionMatch m =
            placeholder.match(source, open, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            error = tr("%1:%2: a placeholder must look like {{ name }}, {{ name | json }} or "
                       "{{ name | default(text) }}")
                        .arg(name)
                        .arg(lineAt(open));
            return false;
        }
        result += source.mid(position, open - position);
        const QString variable = m.captured(1);
        const QString filter = m.captured(2);
        Value value;
        if (!lookup(variables, variable, value)) {
            if (!filter.startsWith(QLatin1String("default("))) {
                error = tr("%1:%2: the variable %3 is not defined")
                            .arg(name)
                            .arg(lineAt(open))
                            .arg(variable);
                return false;
            }
            result += m.captured(3).trimmed();
        } else if (filter == QLatin1String("json")) {
            result += QString::fromUtf8(JsonWriter::write(value, false)).trimmed();
        } else {
            result += plainText(value);
        }
        position = m.capturedEnd(0);
    }
    result += source.mid(position);
    out = result.toUtf8();
    return true;
}

} // namespace hive
