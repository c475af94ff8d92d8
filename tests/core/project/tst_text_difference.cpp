// TextDifference runs the real diff: the same texts give nothing, a change
// gives a unified diff with the labels and only the lines that differ, text
// without a final newline and non-ASCII lines come through, and the texts
// never reach diff's command line (they go through private temporary files).
#include "project/text_difference.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

class TestTextDifference : public QObject
{
    Q_OBJECT

private slots:
    void theSameTextsGiveNothing()
    {
        const Expected<QString> d = TextDifference::unified("a: 1\n", "a: 1\n", "x", "y");
        QVERIFY(d);
        QVERIFY(d->isEmpty());
    }

    void aChangeGivesAUnifiedDiff()
    {
        QByteArray before;
        for (int i = 0; i < 20; ++i)
            before += "key" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
        QByteArray after = before;
        after.replace("key10: 10\n", "key10: 十\n");
        after += "added: yes"; // no final newline
        const Expected<QString> d =
            TextDifference::unified(before, after, QStringLiteral("services.yml (on disk)"),
                                    QStringLiteral("services.yml (edited)"));
        QVERIFY2(d, qPrintable(d.error()));
        const QStringList lines = d->split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("--- services.yml (on disk)"));
        QCOMPARE(lines.value(1), QStringLiteral("+++ services.yml (edited)"));
        QVERIFY(lines.contains(QStringLiteral("-key10: 10")));
        QVERIFY(lines.contains(QStringLiteral("+key10: 十")));
        QVERIFY(lines.contains(QStringLiteral("+added: yes")));
        QVERIFY(lines.contains(QStringLiteral("\\ No newline at end of file")));
        // Three lines of context, not the whole file.
        QVERIFY(!lines.contains(QStringLiteral(" key2: 2")));
        QVERIFY(lines.contains(QStringLiteral(" key7: 7")));
    }

    void noTemporaryFileIsLeftBehind()
    {
        // A temporary folder of this test's own (other suites run beside it).
        QTemporaryDir own;
        QVERIFY(own.isValid());
        const QByteArray saved = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(own.path()));
        QCOMPARE(QDir::tempPath(), own.path());
        const Expected<QString> d =
            TextDifference::unified("a\n", "b\n", QStringLiteral("a"), QStringLiteral("b"));
        const QStringList left = QDir(own.path()).entryList(QDir::Files | QDir::Hidden);
        if (saved.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", saved);
        QVERIFY(d && !d->isEmpty());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestTextDifference)
#include "tst_text_difference.moc"
