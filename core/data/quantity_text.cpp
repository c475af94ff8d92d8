#include "data/quantity_text.h"

#include <QRegularExpression>

namespace hive {

bool QuantityText::nanoseconds(const QString &text, qint64 &out)
{
    const QString t = text.trimmed();
    bool isNumber = false;
    const double seconds = t.toDouble(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return false;
        out = qint64(seconds * 1e9);
        return true;
    }
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)"));
    if (t.isEmpty())
        return false;
    double total = 0;
    int at = 0;
    auto it = part.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != at)
            return false;
        at = m.capturedEnd();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double scale = unit == QLatin1String("ns")                                   ? 1
                             : unit == QLatin1String("us") || unit == QStringLiteral("µs") ? 1e3
                             : unit == QLatin1String("ms")                                 ? 1e6
                             : unit == QLatin1String("s")                                  ? 1e9
                             : unit == QLatin1String("m")                                  ? 60e9
                                                                                           : 3600e9;
        total += n * scale;
    }
    if (at != t.size())
        return false;
    out = qint64(total);
    return true;
}

bool QuantityText::bytes(const QString &text, qint64 &out)
{
    static const QRegularExpression form(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*([bkmgt]?)b?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const QString unit = m.captured(2).toLower();
    double n = m.captured(1).toDouble();
    const int power = unit.isEmpty() ? 0 : int(QStringLiteral("bkmgt").indexOf(unit));
    for (int i = 0; i < power; ++i)
        n *= 1024;
    out = qint64(n);
    return true;
}

bool QuantityText::gibibytes(const QString &written, int &out)
{
    QString text = written.trimmed();
    if (text.endsWith(QLatin1String("iB"), Qt::CaseInsensitive))
        text.chop(2);
    else if (text.endsWith(QLatin1String("B"), Qt::CaseInsensitive))
        text.chop(1);
    qint64 amount = 0;
    if (!bytes(text, amount) || amount <= 0)
        return false;
    if (text.back().isDigit())
        amount *= qint64(1) << 30; // a bare number is GiB
    out = int((amount + (qint64(1) << 30) - 1) >> 30);
    return true;
}

bool QuantityText::mebibytes(const QString &written, int &out)
{
    const QString text = written.trimmed();
    qint64 amount = 0;
    if (!bytes(text, amount) || amount <= 0)
        return false;
    out = text.back().isDigit() ? int(amount) : int(amount >> 20);
    return out > 0;
}

} // namespace hive
