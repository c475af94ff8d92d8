// The service log viewer (Live › Open Logs): the nodes the lines come from
// fill the Node list as they appear, and the node, the time (last minutes)
// and the text filter what is shown, together; the status says how many of
// the lines are shown. The reading itself fails here (no such stage), which
// the dialog says instead of hanging.
#include "gui/live/service_log_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

using namespace hive;
using namespace hive::gui;

class TestServiceLogDialog : public QObject
{
    Q_OBJECT

    static QString at(const QDateTime &t, const QString &node, const QString &text)
    {
        return t.toUTC().toString(Qt::ISODate) + QLatin1Char(' ') + node +
               QStringLiteral(" web[5]: ") + text;
    }

private slots:
    void nodeTimeAndTextFilterTogether()
    {
        ServiceLogDialog dialog(Project(), LoadedInventory(), QStringLiteral("private"),
                                QStringLiteral("web"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("logStatus"));
        QVERIFY(status);
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Cannot read the log")),
                     qPrintable(status->text()));
        const QDateTime now = QDateTime::currentDateTime();
        dialog.addLines(
            {at(now.addSecs(-2 * 3600), QStringLiteral("p-hive1"), QStringLiteral("old GET /")),
             at(now.addSecs(-120), QStringLiteral("p-hive0"), QStringLiteral("GET /health")),
             at(now.addSecs(-60), QStringLiteral("p-hive1"), QStringLiteral("GET /")),
             QStringLiteral("a line without a time")});
        auto *node = dialog.findChild<QComboBox *>(QStringLiteral("logNode"));
        auto *since = dialog.findChild<QComboBox *>(QStringLiteral("logSince"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("logFilter"));
        auto *text = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(node && since && filter && text);
        auto shown = [&] { return text->toPlainText().split(QLatin1Char('\n')).size(); };
        QCOMPARE(shown(), 4);
        // The nodes seen, in order, after "All nodes".
        QCOMPARE(node->count(), 3);
        QCOMPARE(node->itemText(1), QStringLiteral("p-hive0"));
        QCOMPARE(node->itemText(2), QStringLiteral("p-hive1"));
        node->setCurrentIndex(2);
        QCOMPARE(shown(), 2);
        QVERIFY(!text->toPlainText().contains(QStringLiteral("health")));
        since->setCurrentIndex(since->findData(15));
        QCOMPARE(shown(), 1);
        QVERIFY(text->toPlainText().endsWith(QStringLiteral("GET /")));
        QVERIFY2(status->text().startsWith(QStringLiteral("1 of 4 line")),
                 qPrintable(status->text()));
        node->setCurrentIndex(0);
        QCOMPARE(shown(), 2);
        filter->setText(QStringLiteral("health"));
        QCOMPARE(shown(), 1);
        QVERIFY(text->toPlainText().contains(QStringLiteral("p-hive0")));
        // A new line from a new node, while filtered: listed, and shown when it matches.
        dialog.addLines({at(now, QStringLiteral("p-hive2"), QStringLiteral("GET /health"))});
        QCOMPARE(node->itemText(3), QStringLiteral("p-hive2"));
        QCOMPARE(shown(), 2);
        QCOMPARE(dialog.lineCount(), 5);
    }
};

QTEST_MAIN(TestServiceLogDialog)
#include "tst_service_log_dialog.moc"
