#include "main_window.h"
#include "preferences_dialog.h"
#include "screenshot_tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hive Studio"));
    QApplication::setApplicationName(QStringLiteral("hive-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hive Studio"));
    QApplication::setApplicationVersion(QStringLiteral(HIVE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hive Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("ja or en (default: preferences, then system)"),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("screenshots"),
                      QStringLiteral("render every view to PNG files in DIR and exit"),
                      QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("project folder to open"));
    parser.process(app);

    QString lang = parser.value(QStringLiteral("lang"));
    if (lang.isEmpty())
        lang = qEnvironmentVariable("HIVE_LANG");
    if (lang.isEmpty())
        lang = hive::gui::PreferencesDialog::savedLanguage();
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    QTranslator qt;
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("screenshots"))) {
        const QString project = positional.value(0, QStringLiteral(HIVE_EXAMPLES_DIR "/sample"));
        return hive::gui::ScreenshotTour::run(parser.value(QStringLiteral("screenshots")), project);
    }
    QTranslator ours;
    if (ours.load(locale, QStringLiteral("hive"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&ours);

    hive::gui::MainWindow window;
    window.restoreSession();
    if (!positional.isEmpty())
        window.openProject(positional.first());
    window.show();
    return QApplication::exec();
}
