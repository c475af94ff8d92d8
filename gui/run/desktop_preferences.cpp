#include "gui/run/desktop_preferences.h"

#include <QFontDatabase>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace hive::gui {

namespace {
const QString kTheme = QStringLiteral("appearance/theme");
const QString kFont = QStringLiteral("appearance/fontPointSize");
const QString kTerminal = QStringLiteral("terminal/commandLine");
// The Health tab's own key, kept so that earlier choices stay.
const QString kHealthInterval = QStringLiteral("health/intervalMinutes");
constexpr int kDefaultHealthInterval = 5;
} // namespace

DesktopPreferences::Theme DesktopPreferences::theme()
{
    const QString saved = QSettings().value(kTheme).toString();
    if (saved == QLatin1String("light"))
        return Theme::Light;
    if (saved == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void DesktopPreferences::saveTheme(Theme theme)
{
    QSettings().setValue(kTheme, theme == Theme::Light  ? QStringLiteral("light")
                                 : theme == Theme::Dark ? QStringLiteral("dark")
                                                        : QString());
}

int DesktopPreferences::fontPointSize()
{
    const int points = QSettings().value(kFont, 0).toInt();
    return points >= 6 && points <= 32 ? points : 0;
}

void DesktopPreferences::saveFontPointSize(int points)
{
    QSettings().setValue(kFont, points);
}

QFont DesktopPreferences::fixedFont()
{
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (const int points = fontPointSize(); points > 0)
        fixed.setPointSize(points);
    return fixed;
}

void DesktopPreferences::useFixedFont(QWidget *widget)
{
    widget->setFont(fixedFont());
    widget->setProperty("hiveFixedFont", true);
}

QString DesktopPreferences::terminal()
{
    return QSettings().value(kTerminal).toString().trimmed();
}

void DesktopPreferences::saveTerminal(const QString &commandLine)
{
    QSettings().setValue(kTerminal, commandLine.trimmed());
}

QString DesktopPreferences::defaultTerminal()
{
    return QStringLiteral("x-terminal-emulator -e");
}

QStringList DesktopPreferences::terminalCommandLine(const QStringList &command)
{
    const QString chosen = terminal();
    QStringList words = QProcess::splitCommand(chosen.isEmpty() ? defaultTerminal() : chosen);
    if (words.isEmpty())
        return {};
    const QString program = QStandardPaths::findExecutable(words.first());
    if (program.isEmpty())
        return {};
    words.first() = program;
    return words + command;
}

int DesktopPreferences::healthIntervalMinutes()
{
    const int minutes = QSettings().value(kHealthInterval, kDefaultHealthInterval).toInt();
    return healthIntervalChoices().contains(minutes) ? minutes : kDefaultHealthInterval;
}

void DesktopPreferences::saveHealthIntervalMinutes(int minutes)
{
    QSettings().setValue(kHealthInterval, minutes);
}

QList<int> DesktopPreferences::healthIntervalChoices()
{
    return {0, 1, 5, 15, 60};
}

} // namespace hive::gui
