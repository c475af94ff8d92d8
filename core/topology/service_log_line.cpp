#include "topology/service_log_line.h"

#include <QLocale>
#include <QStringList>

namespace hive {

ServiceLogLine ServiceLogLine::parse(const QString &line, const QDateTime &now)
{
    ServiceLogLine out;
    out.text = line;
    QString rest;
    // RFC 3339 (rsyslog's file formats): one word.
    const int space = int(line.indexOf(QLatin1Char(' ')));
    if (space > 0) {
        const QDateTime t = QDateTime::fromString(line.left(space), Qt::ISODateWithMs);
        if (t.isValid()) {
            out.time = t;
            rest = line.mid(space + 1);
        }
    }
    // Traditional: "Mmm dd hh:mm:ss", the year of now (or the year before
    // for a date ahead of now: a log that spans New Year).
    if (!out.time.isValid() && line.size() > 16 && line.at(15) == QLatin1Char(' ')) {
        const QLocale c = QLocale::c();
        QDateTime t = c.toDateTime(QString::number(now.date().year()) + QLatin1Char(' ') +
                                       line.left(15).simplified(),
                                   QStringLiteral("yyyy MMM d HH:mm:ss"));
        if (t.isValid()) {
            if (t > now.addDays(1))
                t = t.addYears(-1);
            out.time = t;
            rest = line.mid(16);
        }
    }
    if (!out.time.isValid())
        return out;
    // "host tag: text"
    const int hostEnd = int(rest.indexOf(QLatin1Char(' ')));
    const int tagEnd = int(rest.indexOf(QStringLiteral(": "), hostEnd + 1));
    if (hostEnd <= 0 || tagEnd <= hostEnd) {
        out.text = rest;
        return out;
    }
    out.node = rest.left(hostEnd);
    out.tag = rest.mid(hostEnd + 1, tagEnd - hostEnd - 1);
    out.text = rest.mid(tagEnd + 2);
    return out;
}

} // namespace hive
