// Help › Documentation (issue 29): the guide to the app in both languages
// and the README are built in; the contents list jumps to a section; the find
// field finds forwards and backwards and says when nothing matches; the
// window's language chooses the guide shown first. Both guides have the same
// sections, so neither language falls behind.
#include "gui/shell/app_translators.h"
#include "gui/shell/guide_dialog.h"
#include "gui/shell/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

using namespace hive::gui;

class TestGuideDialog : public QObject
{
    Q_OBJECT

    static QStringList headings(const QString &resource)
    {
        QFile f(resource);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("## "))
                out << QString::fromUtf8(line.mid(3));
        }
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bothGuidesAreBuiltInWithTheSameSections()
    {
        const QStringList en = headings(QStringLiteral(":/docs/guide.en.md"));
        const QStringList ja = headings(QStringLiteral(":/docs/guide.ja.md"));
        QVERIFY(en.size() >= 8);
        QCOMPARE(ja.size(), en.size());
        QVERIFY(QFile::exists(QStringLiteral(":/docs/README.md")));
        // Every shortcut the guide's table names is one the window has.
        MainWindow window;
        QStringList keys;
        for (QAction *a : window.findChildren<QAction *>()) {
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::PortableText);
        }
        QFile f(QStringLiteral(":/docs/guide.en.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QRegularExpression row(QStringLiteral("^\\| ([^|]+) \\|"),
                                     QRegularExpression::MultilineOption);
        int checked = 0;
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const QString cell = it.next().captured(1);
            for (const QString &part : cell.split(QStringLiteral(" / "))) {
                if (!part.contains(QLatin1Char('+')) && !part.startsWith(QLatin1Char('F')) &&
                    part != QLatin1String("Esc"))
                    continue;
                if (part.contains(QStringLiteral("…")))
                    continue; // a range (Alt+4 … Alt+7)
                QVERIFY2(keys.contains(part.trimmed()), qPrintable(part));
                ++checked;
            }
        }
        QVERIFY(checked >= 10);
    }

    void contentsJumpAndFindFindsBothWays()
    {
        GuideDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("Your first hive")));
        const QStringList sections = dialog.sections();
        const int keyboard = int(sections.indexOf(QStringLiteral("Keyboard")));
        QVERIFY2(keyboard > 0, qPrintable(sections.join(QLatin1Char('|'))));
        auto *contents = dialog.findChild<QListWidget *>(QStringLiteral("guideContents"));
        contents->setCurrentRow(keyboard);
        QCOMPARE(dialog.browser()->textCursor().block().text(), QStringLiteral("Keyboard"));

        auto *find = dialog.findChild<QLineEdit *>(QStringLiteral("guideFind"));
        find->setText(QStringLiteral("Health"));
        // As typed: the first match from the top.
        const QString text = dialog.browser()->toPlainText();
        const int first = int(text.indexOf(QStringLiteral("Health"), 0, Qt::CaseInsensitive));
        const int second =
            int(text.indexOf(QStringLiteral("Health"), first + 1, Qt::CaseInsensitive));
        QVERIFY(first >= 0 && second > first);
        QCOMPARE(dialog.browser()->textCursor().selectionStart(), first);
        // Enter: the next one; Shift+Enter: back; Enter at the last wraps round.
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(dialog.browser()->textCursor().selectionStart(), second);
        QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(dialog.browser()->textCursor().selectionStart(), first);
        const int last = int(text.lastIndexOf(QStringLiteral("Health"), -1, Qt::CaseInsensitive));
        while (dialog.browser()->textCursor().selectionStart() != last)
            QTest::keyClick(find, Qt::Key_Return);
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(dialog.browser()->textCursor().selectionStart(), first);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("guideFindStatus"));
        QVERIFY(status && status->text().isEmpty());
        find->setText(QStringLiteral("no such words here"));
        QCOMPARE(status->text(), QStringLiteral("not found"));

        // The README, then the other language's guide.
        dialog.showDocument(GuideDialog::Document::Readme);
        QVERIFY(dialog.sections().contains(QStringLiteral("The desktop app")));
        dialog.showDocument(GuideDialog::Document::OtherGuide);
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("最初の hive")));
    }

    void theWindowsLanguageChoosesTheGuide()
    {
        AppTranslators translators;
        translators.install(QStringLiteral("ja"));
        GuideDialog dialog;
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("最初の hive")));
        QCOMPARE(dialog.sections().value(0), QStringLiteral("5 つの手順で最初の hive を作る"));
        dialog.showDocument(GuideDialog::Document::OtherGuide);
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("Your first hive")));
    }
};

QTEST_MAIN(TestGuideDialog)
#include "tst_guide_dialog.moc"
