// Preferences (issue 29): the theme and font size are put on the whole
// application when OK is pressed (and System brings the desktop's look
// back), the terminal chosen opens `hive ssh` with the command at its end,
// the Health interval is the Health tab's, and Cancel keeps everything.
#include "gui/editor/source_view.h"
#include "gui/run/desktop_preferences.h"
#include "gui/shell/app_appearance.h"
#include "gui/shell/preferences_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QtTest>

using namespace hive::gui;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    QString m_desktopStyle;
    QColor m_desktopWindow;
    int m_desktopPoints = 0;

    static void choose(QComboBox *combo, int data)
    {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

    static void press(PreferencesDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(which)->click();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        AppAppearance::apply(); // remembers the desktop's look
        m_desktopStyle = QApplication::style()->name();
        m_desktopWindow = QApplication::palette().color(QPalette::Window);
        m_desktopPoints = QApplication::font().pointSize();
    }

    void darkAndBiggerAtOnceThenBackToTheDesktop()
    {
        QWidget holder; // a source view in a window, made before the change
        auto *source = new SourceView(&holder);
        {
            PreferencesDialog dialog;
            auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("preferencesTheme"));
            auto *font = dialog.findChild<QSpinBox *>(QStringLiteral("preferencesFontSize"));
            QVERIFY(theme && font);
            // At first: as the desktop.
            QCOMPARE(theme->currentData().toInt(), int(DesktopPreferences::Theme::System));
            QCOMPARE(font->value(), font->minimum());
            QCOMPARE(font->text(), QStringLiteral("As the desktop"));
            choose(theme, int(DesktopPreferences::Theme::Dark));
            font->setValue(m_desktopPoints + 4);
            press(dialog, QDialogButtonBox::Ok);
        }
        QCOMPARE(DesktopPreferences::theme(), DesktopPreferences::Theme::Dark);
        QVERIFY2(QApplication::palette().color(QPalette::Window).lightness() < 80,
                 qPrintable(QApplication::palette().color(QPalette::Window).name()));
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::font().pointSize(), m_desktopPoints + 4);
        // The fixed-width font of sources and logs grows with it.
        QCOMPARE(DesktopPreferences::fixedFont().pointSize(), m_desktopPoints + 4);
        QCOMPARE(source->font().pointSize(), m_desktopPoints + 4);

        {
            PreferencesDialog dialog;
            auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("preferencesTheme"));
            choose(theme, int(DesktopPreferences::Theme::Light));
            press(dialog, QDialogButtonBox::Ok);
        }
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 80);

        {
            PreferencesDialog dialog;
            auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("preferencesTheme"));
            auto *font = dialog.findChild<QSpinBox *>(QStringLiteral("preferencesFontSize"));
            QCOMPARE(font->value(), m_desktopPoints + 4); // what was saved
            choose(theme, int(DesktopPreferences::Theme::System));
            font->setValue(font->minimum());
            press(dialog, QDialogButtonBox::Ok);
        }
        QCOMPARE(QApplication::style()->name(), m_desktopStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_desktopWindow);
        QCOMPARE(QApplication::font().pointSize(), m_desktopPoints);
        QCOMPARE(DesktopPreferences::fontPointSize(), 0);
    }

    void cancelKeepsEverything()
    {
        PreferencesDialog dialog;
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("preferencesTheme"));
        auto *terminal = dialog.findChild<QLineEdit *>(QStringLiteral("preferencesTerminal"));
        choose(theme, int(DesktopPreferences::Theme::Dark));
        terminal->setText(QStringLiteral("xterm -e"));
        press(dialog, QDialogButtonBox::Cancel);
        QCOMPARE(DesktopPreferences::theme(), DesktopPreferences::Theme::System);
        QCOMPARE(DesktopPreferences::terminal(), QString());
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_desktopWindow);
    }

    // The command goes at the end of the chosen terminal's command line; a
    // program that is not there gives nothing (the Live tab then shows the
    // command to run by hand).
    void theTerminalRunsTheCommandAtItsEnd()
    {
        const QStringList command{QStringLiteral("hive"), QStringLiteral("ssh"),
                                  QStringLiteral("-t"), QStringLiteral("p-hive0")};
        {
            PreferencesDialog dialog;
            auto *terminal = dialog.findChild<QLineEdit *>(QStringLiteral("preferencesTerminal"));
            QCOMPARE(terminal->placeholderText(), DesktopPreferences::defaultTerminal());
            terminal->setText(QStringLiteral("  env \"HIVE_TERMINAL=the one chosen\"  "));
            press(dialog, QDialogButtonBox::Ok);
        }
        QCOMPARE(DesktopPreferences::terminal(),
                 QStringLiteral("env \"HIVE_TERMINAL=the one chosen\""));
        const QStringList line = DesktopPreferences::terminalCommandLine(command);
        QCOMPARE(line.value(0), QStandardPaths::findExecutable(QStringLiteral("env")));
        QCOMPARE(line.mid(1),
                 QStringList{QStringLiteral("HIVE_TERMINAL=the one chosen")} + command);
        // It really runs the command in that program.
        const QStringList echo =
            DesktopPreferences::terminalCommandLine({QStringLiteral("sh"), QStringLiteral("-c"),
                                                     QStringLiteral("echo \"$HIVE_TERMINAL\"")});
        QProcess p;
        p.start(echo.first(), echo.mid(1));
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.readAllStandardOutput(), QByteArray("the one chosen\n"));

        DesktopPreferences::saveTerminal(QStringLiteral("no-such-terminal-program -e"));
        QVERIFY(DesktopPreferences::terminalCommandLine(command).isEmpty());
        DesktopPreferences::saveTerminal(QString());
        const QStringList desktop = DesktopPreferences::terminalCommandLine(command);
        if (!QStandardPaths::findExecutable(QStringLiteral("x-terminal-emulator")).isEmpty())
            QCOMPARE(desktop.mid(1), QStringList{QStringLiteral("-e")} + command);
        else
            QVERIFY(desktop.isEmpty());
    }

    void healthIntervalIsTheHealthTabs()
    {
        QCOMPARE(DesktopPreferences::healthIntervalMinutes(), 5); // the default
        PreferencesDialog dialog;
        auto *every = dialog.findChild<QComboBox *>(QStringLiteral("preferencesHealthInterval"));
        QVERIFY(every);
        QCOMPARE(every->currentData().toInt(), 5);
        QCOMPARE(every->itemText(0), QStringLiteral("only on demand"));
        choose(every, 15);
        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(DesktopPreferences::healthIntervalMinutes(), 15);
        // A value no choice offers (an edited settings file): the default.
        DesktopPreferences::saveHealthIntervalMinutes(7);
        QCOMPARE(DesktopPreferences::healthIntervalMinutes(), 5);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferences_dialog.moc"
