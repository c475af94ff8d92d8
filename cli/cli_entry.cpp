#include "cli/cli_application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
// --lang ja|en (or HIVE_LANG) overrides the system language for this run.
QLocale chosenLocale(int argc, char **argv)
{
    QString lang = qEnvironmentVariable("HIVE_LANG");
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            lang = QString::fromLocal8Bit(argv[i + 1]);
    }
    return lang.isEmpty() ? QLocale::system() : QLocale(lang);
}

QStringList withoutLangOption(const QStringList &args)
{
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        out << args.at(i);
    }
    return out;
}
} // namespace

// What `hive` runs once its launcher (hive_launcher.cpp) has loaded this
// library: every command but a lone --version.
extern "C" __attribute__((visibility("default"))) int hive_cli_main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hive"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HIVE_VERSION));

    const QLocale locale = chosenLocale(argc, argv);
    QLocale::setDefault(locale);
    QTranslator ours;
    // A locale without a translation (C, de, ...) gets English, whose plural
    // forms replace the "(s)" of the source texts.
    if (ours.load(locale, QStringLiteral("hive"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours.load(QStringLiteral("hive_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&ours);
    QTranslator qt;
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);

    hive::cli::CliApplication cli;
    return cli.run(withoutLangOption(QCoreApplication::arguments()));
}
