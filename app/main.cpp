#include "app/screenshot_tour.h"
#include "app/window_host.h"
#include "gui/shell/app_appearance.h"
#include "gui/shell/example_projects.h"
#include "gui/shell/focus_return.h"
#include "gui/shell/main_window.h"
#include "gui/shell/preferences_dialog.h"
#include "gui/shell/project_document.h"
#include "gui/wizard/stage_wizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hive Studio"));
    QApplication::setApplicationName(QStringLiteral("hive-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hive Studio"));
    QApplication::setApplicationVersion(QStringLiteral(HIVE_VERSION));
    // Desktops find the launcher (and its icon) of a window by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hivestudio.HiveStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("hive-studio"),
                                                 QIcon(QStringLiteral(":/icons/hive-studio.svg"))));

    // The theme and font size chosen in Preferences.
    hive::gui::AppAppearance::apply();

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
    QCommandLineOption startupProbe(
        QStringLiteral("startup-probe"),
        QStringLiteral("open the project, paint the window, print the milliseconds since start "
                       "and exit (for bench_startup)"));
    startupProbe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(startupProbe);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("project folder to open"));
    parser.process(app);

    QString lang = parser.value(QStringLiteral("lang"));
    if (lang.isEmpty())
        lang = qEnvironmentVariable("HIVE_LANG");
    if (lang.isEmpty())
        lang = hive::gui::PreferencesDialog::savedLanguage();
    // The wizard lives above gui/: every project window (a new one is built
    // when the language changes) gets it connected here.
    hive::gui::WindowHost host([](hive::gui::MainWindow *window) {
        const auto runWizard = [window](const QString &existing) {
            hive::wizards::StageWizard wizard(window);
            if (!existing.isEmpty())
                wizard.setProject(existing);
            if (wizard.exec() == QDialog::Accepted)
                window->openProject(wizard.folder());
        };
        QObject::connect(window, &hive::gui::MainWindow::newProjectRequested, window,
                         [runWizard] { runWizard(QString()); });
        QObject::connect(window, &hive::gui::MainWindow::addStageRequested, window, runWizard);
    });
    host.setLanguage(lang);

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("screenshots"))) {
        const QString project =
            positional.isEmpty() ? hive::gui::ExampleProjects::sample() : positional.first();
        // The wizard's pages, filled in for a new project on each provider.
        const auto wizardShots = [](QWidget *window, const QString &dir, const QString &suffix) {
            bool ok = true;
            QTemporaryDir scratch;
            for (const QString &provider :
                 {QStringLiteral("docker"), QStringLiteral("aws"), QStringLiteral("gcp"),
                  QStringLiteral("azure"), QStringLiteral("vagrant"),
                  QStringLiteral("kickstart")}) {
                hive::wizards::StageWizard wizard(window);
                wizard.setProject(
                    scratch.filePath(QStringLiteral("new")), QStringLiteral("pdns.example.jp"),
                    QStringLiteral("hostmaster@example.jp"), QStringLiteral("example.jp"));
                wizard.setProvider(provider);
                wizard.show();
                const QStringList names = {
                    QStringLiteral("project"),     QStringLiteral("stage"),
                    QStringLiteral("provider"),    QStringLiteral("settings"),
                    QStringLiteral("credentials"), QStringLiteral("summary")};
                for (int page = wizard.currentId(); page >= 0; page = wizard.currentId()) {
                    // AWS's own documentation example keys: the Summary lists them masked.
                    if (page == hive::wizards::StageWizard::CredentialsPage) {
                        wizard.setCredential(QStringLiteral("aws_access_key_id"),
                                             QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
                        wizard.setCredential(
                            QStringLiteral("aws_secret_access_key"),
                            QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
                        // Made-up ids of the documentation's shape.
                        wizard.setCredential(
                            QStringLiteral("azure_client_id"),
                            QStringLiteral("00000000-0000-0000-0000-00000000c1d0"));
                        wizard.setCredential(QStringLiteral("azure_secret"),
                                             QStringLiteral("example~secret"));
                        wizard.setCredential(
                            QStringLiteral("azure_subscription_id"),
                            QStringLiteral("00000000-0000-0000-0000-0000000005b0"));
                        wizard.setCredential(
                            QStringLiteral("azure_tenant"),
                            QStringLiteral("00000000-0000-0000-0000-000000007e00"));
                    }
                    // A kickstart stage's media, as a user picks them.
                    if (page == hive::wizards::StageWizard::SettingsPage &&
                        provider == QLatin1String("kickstart")) {
                        wizard.findChild<QLineEdit *>(QStringLiteral("isoSource"))
                            ->setText(QStringLiteral("/var/lib/isos/AlmaLinux-9.4-x86_64-dvd.iso"));
                        wizard.findChild<QLineEdit *>(QStringLiteral("isoDestination"))
                            ->setText(QStringLiteral("/dev/sdb"));
                    }
                    const bool shared = page < hive::wizards::StageWizard::SettingsPage;
                    if (!shared || provider == QLatin1String("docker"))
                        ok = hive::gui::ScreenshotTour::save(
                                 &wizard, dir,
                                 QStringLiteral("wizard-%1%2%3")
                                     .arg(names.value(page),
                                          shared ? QString() : QLatin1Char('-') + provider,
                                          suffix)) &&
                             ok;
                    if (wizard.nextId() < 0)
                        break;
                    wizard.next();
                }
            }
            return ok;
        };
        return hive::gui::ScreenshotTour::run(parser.value(QStringLiteral("screenshots")), project,
                                              wizardShots);
    }
    // Without a window manager, a closed dialog would leave no window focused.
    app.installEventFilter(new hive::gui::FocusReturn(&app));
    hive::gui::MainWindow &window = *host.createWindow();
    if (!parser.isSet(QStringLiteral("startup-probe")))
        window.restoreSession(positional.isEmpty());
    if (!positional.isEmpty())
        window.openProject(positional.first());
    window.show();
    // Ask for the keyboard focus too: without a window manager (a bare X
    // server, a kiosk) nobody gives it, and typed keys would be lost.
    window.activateWindow();
    if (parser.isSet(QStringLiteral("startup-probe"))) {
        // Usable: the project is loaded and the window has been painted once.
        window.grab();
        QTextStream(stdout) << sinceStart.nsecsElapsed() / 1e6 << Qt::endl;
        return window.document()->isOpen() ? 0 : 1;
    }
    const int code = QApplication::exec();
    // The pages' workers (checks, reads, runs) end before the process does.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
