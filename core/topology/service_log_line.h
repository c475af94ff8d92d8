#pragma once

#include <QDateTime>
#include <QString>

namespace hive {

// One line of a service's log as the repository server's rsyslog writes it:
// "2026-12-06T08:00:24+00:00 p-hive0.example.jp web[578]: the text" (the
// traditional "Dec  6 08:00:24 host tag: text" is read too). A line that
// is neither keeps its text, with no time or node.
struct ServiceLogLine
{
    QDateTime time; // invalid when the line has none
    QString node;
    QString tag; // "web[578]"
    QString text;

    static ServiceLogLine parse(const QString &line,
                                const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace hive
