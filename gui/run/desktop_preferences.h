#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace hive::gui {

// What the user chose about the desktop side of the app (kept in the
// settings): set in Preferences, read by the views that use it. Runs have
// their own (RunPreferences).
class DesktopPreferences
{
public:
    enum class Theme
    {
        System, // the desktop's style and colours
        Light,
        Dark,
    };
    static Theme theme();
    static void saveTheme(Theme theme);

    // The application font's size in points; 0: the desktop's.
    static int fontPointSize();
    static void saveFontPointSize(int points);
    // The fixed-width font of sources, logs and command lines, at the size
    // chosen (the desktop's fixed font, grown or shrunk with the rest).
    static QFont fixedFont();
    // Gives the widget that font and marks it, so that a later change of
    // size reaches it (AppAppearance::apply).
    static void useFixedFont(QWidget *widget);

    // The terminal that opens `hive ssh` from the Live tab: a command line
    // the hive command is appended to ("xterm -e", "gnome-terminal --";
    // words part at spaces, double quotes keep one together). Empty: the
    // desktop's own, x-terminal-emulator -e.
    static QString terminal();
    static void saveTerminal(const QString &commandLine);
    static QString defaultTerminal();
    // The program and its arguments that run `command` in that terminal;
    // empty when its program is not found.
    static QStringList terminalCommandLine(const QStringList &command);

    // How often the Health tab checks while a project is open (minutes; 0:
    // only on demand), and the choices offered.
    static int healthIntervalMinutes();
    static void saveHealthIntervalMinutes(int minutes);
    static QList<int> healthIntervalChoices();
};

} // namespace hive::gui
