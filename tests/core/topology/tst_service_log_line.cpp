// The lines of a service's log as the repository server writes them (taken
// from the test bed's /var/log/services/web.log), the traditional format,
// a log that spans New Year, and lines that are neither.
#include "topology/service_log_line.h"

#include <QtTest>

using namespace hive;

class TestServiceLogLine : public QObject
{
    Q_OBJECT

private slots:
    void rsyslogFileFormat()
    {
        const ServiceLogLine l = ServiceLogLine::parse(QStringLiteral(
            "2026-12-06T08:00:24+00:00 p-hive1.offline-web.example.jp web[582]: 10.232.0.2 "
            "\"GET / HTTP/1.1\" 200 -"));
        QCOMPARE(l.time, QDateTime(QDate(2026, 12, 6), QTime(8, 0, 24), Qt::UTC));
        QCOMPARE(l.node, QStringLiteral("p-hive1.offline-web.example.jp"));
        QCOMPARE(l.tag, QStringLiteral("web[582]"));
        QCOMPARE(l.text, QStringLiteral("10.232.0.2 \"GET / HTTP/1.1\" 200 -"));
        // Fractions of a second and another offset.
        const ServiceLogLine f = ServiceLogLine::parse(
            QStringLiteral("2026-12-06T17:00:24.123456+09:00 p-hive0 web[5]: a: b"));
        QCOMPARE(f.time.toUTC(), QDateTime(QDate(2026, 12, 6), QTime(8, 0, 24, 123), Qt::UTC));
        QCOMPARE(f.text, QStringLiteral("a: b"));
    }

    void traditionalFormatAndNewYear()
    {
        const QDateTime now(QDate(2027, 1, 1), QTime(0, 5));
        const ServiceLogLine dec =
            ServiceLogLine::parse(QStringLiteral("Dec 31 23:59:58 p-hive0 web[9]: last"), now);
        QCOMPARE(dec.time, QDateTime(QDate(2026, 12, 31), QTime(23, 59, 58)));
        QCOMPARE(dec.node, QStringLiteral("p-hive0"));
        QCOMPARE(dec.text, QStringLiteral("last"));
        const ServiceLogLine jan =
            ServiceLogLine::parse(QStringLiteral("Jan  1 00:00:01 p-hive1 web[9]: first"), now);
        QCOMPARE(jan.time, QDateTime(QDate(2027, 1, 1), QTime(0, 0, 1)));
        QCOMPARE(jan.node, QStringLiteral("p-hive1"));
    }

    void otherLinesKeepTheirText()
    {
        for (const QString &line : {QStringLiteral("plain text without a time"), QString(),
                                    QStringLiteral("2026-12-06T08:00:24+00:00 only-a-host"),
                                    QStringLiteral("Xyz 99 99:99:99 host tag: text")}) {
            const ServiceLogLine l = ServiceLogLine::parse(line);
            QVERIFY(l.node.isEmpty());
            QVERIFY(!l.text.isEmpty() || line.isEmpty());
        }
        QVERIFY(!ServiceLogLine::parse(QStringLiteral("plain text")).time.isValid());
    }
};

QTEST_GUILESS_MAIN(TestServiceLogLine)
#include "tst_service_log_line.moc"
