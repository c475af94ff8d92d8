#include "app/screenshot_tour.h"

#include "gui/build/build_page.h"
#include "gui/build/host_keys_dialog.h"
#include "gui/editor/add_service_dialog.h"
#include "gui/editor/difference_dialog.h"
#include "gui/health/health_page.h"
#include "gui/health/repair_dialog.h"
#include "gui/live/live_topology_page.h"
#include "gui/live/service_log_dialog.h"
#include "gui/metrics/metrics_page.h"
#include "gui/run/desktop_preferences.h"
#include "gui/shell/app_appearance.h"
#include "gui/shell/app_translators.h"
#include "gui/shell/command_palette.h"
#include "gui/shell/guide_dialog.h"
#include "gui/shell/main_window.h"
#include "gui/shell/preferences_dialog.h"
#include "gui/shell/project_document.h"
#include "gui/topology/topology_page.h"
#include "gui/topology/topology_scene.h"
#include "gui/topology/topology_view.h"
#include "project/text_difference.h"
#include "providers/provider_catalog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListWidget>
#include <QMessageBox>
#include <QPalette>
#include <QScrollArea>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>

namespace hive::gui {

bool ScreenshotTour::save(QWidget *w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const bool ok = w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << name << ".png\n";
    return ok;
}

int ScreenshotTour::run(const QString &outDir, const QString &project, const ExtraShots &extra)
{
    QDir().mkpath(outDir);
    bool ok = true;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
        // Our messages and Qt's own (wizard and dialog buttons) in that language.
        AppTranslators translators;
        translators.install(lang);
        for (const bool dark : {false, true}) {
            // The themes Preferences offers (the tour runs with settings of its own).
            DesktopPreferences::saveTheme(dark ? DesktopPreferences::Theme::Dark
                                               : DesktopPreferences::Theme::Light);
            AppAppearance::apply();
            const QString suffix =
                QLatin1Char('-') + lang + (dark ? QStringLiteral("-dark") : QString());
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            ok = save(&window, outDir, QStringLiteral("welcome") + suffix) && ok;
            QString error;
            if (!window.openProject(project, &error)) {
                QTextStream(stderr) << error << '\n';
                return 1;
            }
            ok = save(&window, outDir, QStringLiteral("main-window") + suffix) && ok;
            window.showTopology();
            const QString firstStage = window.document()->stage();
            for (const QString &stage : window.document()->stages()) {
                window.document()->setStage(stage);
                // A large project's diagram is drawn between events: all of it.
                window.topologyPage()->view()->topologyScene()->finish();
                window.topologyPage()->view()->fitAll();
                ok = save(&window, outDir, QStringLiteral("topology-") + stage + suffix) && ok;
                if (stage == QLatin1String("production")) {
                    QString exportError;
                    const QString base = outDir + QStringLiteral("/topology-export") + suffix;
                    ok = window.topologyPage()->view()->exportPng(base + QStringLiteral(".png"),
                                                                  exportError) &&
                         window.topologyPage()->view()->exportSvg(base + QStringLiteral(".svg"),
                                                                  exportError) &&
                         ok;
                }
            }
            window.document()->setStage(firstStage);
            // The Health tab once its checks have returned (on a project that
            // was never built they fail at once, saying so).
            window.showHealth();
            window.healthPage()->checkNow();
            QElapsedTimer waited;
            waited.start();
            while (window.healthPage()->state() == HealthPage::State::Checking &&
                   waited.elapsed() < 180000)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 200);
            ok = save(&window, outDir, QStringLiteral("health") + suffix) && ok;
            // The Metrics tab once its read returned: a host, then a service
            // (on a hive with Zabbix; else it says why there is nothing).
            window.showMetrics();
            for (const QString &shot :
                 {QStringLiteral("metrics"), QStringLiteral("metrics-service")}) {
                if (shot == QLatin1String("metrics-service")) {
                    QComboBox *subject = window.metricsPage()->findChild<QComboBox *>(
                        QStringLiteral("metricsSubject"));
                    for (int i = 0; subject && i < subject->count(); ++i) {
                        if (subject->itemData(i).toString().startsWith(QLatin1String("service:"))) {
                            subject->setCurrentIndex(i);
                            break;
                        }
                    }
                }
                waited.restart();
                while ((window.metricsPage()->reading() ||
                        window.metricsPage()->statusText().endsWith(QChar(0x2026))) &&
                       waited.elapsed() < 60000)
                    QApplication::processEvents(QEventLoop::WaitForMoreEvents, 200);
                ok = save(&window, outDir, shot + suffix) && ok;
            }
            // The Hosts tab with that check's live columns (on a built hive).
            window.showHosts();
            ok = save(&window, outDir, QStringLiteral("hosts") + suffix) && ok;
            window.showHealth();
            // A finding's guided repair, once its plan is read (on a hive
            // that has something to repair).
            if (window.healthPage()->chooseFirstRepair()) {
                window.healthPage()->repairChosen();
                if (auto *dialog = window.healthPage()->findChild<RepairDialog *>()) {
                    waited.restart();
                    while (dialog->state() == RepairDialog::State::Planning &&
                           waited.elapsed() < 180000)
                        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 200);
                    ok = save(dialog, outDir, QStringLiteral("repair-plan") + suffix) && ok;
                    dialog->reject();
                }
            }
            // The Build tab: the pipeline, then the newest saved run replayed
            // (halfway and whole), its timeline and the history.
            window.showBuild();
            BuildPage *build = window.buildPage();
            ok = save(&window, outDir, QStringLiteral("build") + suffix) && ok;
            QTreeWidget *history = build->historyList();
            if (history->topLevelItemCount() > 0) {
                const QString newest = history->topLevelItem(0)->data(0, Qt::UserRole).toString();
                if (build->replay(newest)) {
                    build->replayTo(int(build->replayLength() / 2));
                    ok = save(&window, outDir, QStringLiteral("build-replay-halfway") + suffix) &&
                         ok;
                    build->replayTo(build->replayLength());
                    ok = save(&window, outDir, QStringLiteral("build-replay") + suffix) && ok;
                    build->views()->setCurrentIndex(2);
                    ok = save(&window, outDir, QStringLiteral("build-timeline") + suffix) && ok;
                    build->views()->setCurrentIndex(3);
                    history->setCurrentItem(history->topLevelItem(0));
                    ok = save(&window, outDir, QStringLiteral("build-history") + suffix) && ok;
                    build->views()->setCurrentIndex(0);
                }
            }
            // Run Phase asks first, naming the hive, the stage and the hosts
            // (answered Cancel here).
            QTimer::singleShot(0, &window, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    ok = save(box, outDir, QStringLiteral("build-confirm-run") + suffix) && ok;
                    box->reject();
                }
            });
            build->runChosen();
            // A stage its provider cannot build yet: looked at, not run.
            for (const StagePlan &s : window.document()->inventory().hive.stages) {
                if (ProviderCatalog::canBuild(s.provider))
                    continue;
                window.document()->setStage(s.name);
                ok = save(&window, outDir, QStringLiteral("build-design-only") + suffix) && ok;
                window.document()->setStage(firstStage);
                break;
            }
            // The Live tab once it has read the hive (or found it cannot).
            window.showLive();
            LiveTopologyPage *live = window.livePage();
            waited.restart();
            while (live->reads() == 0 && waited.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 200);
            live->view()->fitAll();
            ok = save(&window, outDir, QStringLiteral("live") + suffix) && ok;
            if (!live->topology().nodes.isEmpty()) {
                live->setDense(true);
                ok = save(&window, outDir, QStringLiteral("live-dense") + suffix) && ok;
                live->setDense(false);
                live->setTableMode(true);
                ok = save(&window, outDir, QStringLiteral("live-table") + suffix) && ok;
                live->setTableMode(false);
            }
            const LoadedInventory &loaded = window.document()->inventory();
            if (!loaded.services.services.isEmpty()) {
                const ServicePlan &svc = loaded.services.services.first();
                window.openLocation(svc.mark.file, svc.mark.line, 1);
                ok = save(&window, outDir, QStringLiteral("services-editor") + suffix) && ok;
                // Its templates as Ansible renders them (when it has any).
                auto *values =
                    window.findChild<QTreeWidget *>(QStringLiteral("renderedTemplateValues"));
                waited.restart();
                while (values && values->topLevelItemCount() == 0 && waited.elapsed() < 30000)
                    QApplication::processEvents(QEventLoop::WaitForMoreEvents, 200);
                if (values && values->topLevelItemCount() > 0) {
                    QWidget *box = values->parentWidget();
                    for (QWidget *w = box; w; w = w->parentWidget()) {
                        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                            scroll->ensureWidgetVisible(box);
                            break;
                        }
                    }
                    ok = save(&window, outDir,
                              QStringLiteral("services-editor-templates") + suffix) &&
                         ok;
                }
            }
            // Add Service: the templates, the name and the YAML it will add
            // (cancelled, nothing is added).
            QTimer::singleShot(0, &window, [&] {
                if (auto *dialog =
                        qobject_cast<AddServiceDialog *>(QApplication::activeModalWidget())) {
                    dialog->findChild<QListWidget *>()->setCurrentRow(1);
                    ok = save(dialog, outDir, QStringLiteral("add-service") + suffix) && ok;
                    dialog->reject();
                }
            });
            if (auto *add = window.findChild<QAction *>(QStringLiteral("addServiceAction")))
                add->trigger();
            if (!loaded.hive.file.isEmpty()) {
                window.openLocation(loaded.hive.file, 1, 1);
                ok = save(&window, outDir, QStringLiteral("hive-editor") + suffix) && ok;
            }
            CommandPalette palette(window.allActions(), &window);
            palette.show();
            ok = save(&palette, outDir, QStringLiteral("command-palette") + suffix) && ok;
            PreferencesDialog prefs(&window);
            prefs.show();
            ok = save(&prefs, outDir, QStringLiteral("preferences") + suffix) && ok;
            // What build-infra's Check Host Keys… shows for prepared hosts
            // seen for the first time (sample keys; one host not answering).
            HostKeysDialog keys(
                {{QStringLiteral("s-hive0.sample.example.jp"), QStringLiteral("192.168.20.11"),
                  QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"), QString()},
                 {QStringLiteral("s-hive1.sample.example.jp"), QStringLiteral("192.168.20.12"),
                  QStringLiteral("SHA256:Tzq0qkJ3aTqR3Iw0Jm6d6w1Vb2uYjW4zQmH2c0e9xLk"), QString()},
                 {QStringLiteral("s-hive2.sample.example.jp"), QStringLiteral("192.168.20.13"),
                  QString(),
                  QCoreApplication::translate("hive::SshSession",
                                              "cannot reach %1 at %2 port %3: %4")
                      .arg(QStringLiteral("s-hive2.sample.example.jp"),
                           QStringLiteral("192.168.20.13"), QStringLiteral("22"),
                           QStringLiteral("Timeout connecting to 192.168.20.13"))}},
                &window);
            keys.show();
            ok = save(&keys, outDir, QStringLiteral("host-keys") + suffix) && ok;
            GuideDialog guide(&window);
            guide.show();
            guide.goToSection(0);
            ok = save(&guide, outDir, QStringLiteral("documentation") + suffix) && ok;
            {
                const QByteArray saved = "services:\n  web:\n    image: nginx:1.27.3\n"
                                         "    ports: [\"8080:80\"]\n    replicas: 3\n";
                QByteArray edited = saved;
                edited.replace("replicas: 3", "replicas: 2");
                edited += "    labels:\n      tier: front\n";
                const Expected<QString> diff =
                    TextDifference::unified(saved, edited, QStringLiteral("services.yml (saved)"),
                                            QStringLiteral("services.yml (here)"));
                DifferenceDialog differences(
                    QStringLiteral("services.yml"),
                    QCoreApplication::translate(
                        "hive::gui::FileEditor",
                        "Lines marked - are in the saved file, lines marked + are your edits "
                        "that are not saved yet."),
                    diff ? *diff : diff.error(), &window);
                differences.show();
                ok = save(&differences, outDir, QStringLiteral("differences") + suffix) && ok;
            }
            {
                // The log viewer with lines as the repository server keeps them.
                ServiceLogDialog log(Project(), LoadedInventory(), QStringLiteral("private"),
                                     QStringLiteral("web"), &window);
                log.show();
                {
                    // The reading fails at once here (no hive): let it say so first.
                    QEventLoop wait;
                    QTimer::singleShot(200, &wait, &QEventLoop::quit);
                    wait.exec();
                }
                const QDateTime now = QDateTime::currentDateTime();
                QStringList lines;
                for (int i = 0; i < 24; ++i)
                    lines << now.addSecs(-600 + i * 25).toUTC().toString(Qt::ISODate) +
                                 QStringLiteral(
                                     " p-hive%1.sample.example.jp web[%2]: 172.30.240.%3 "
                                     "\"GET /%4 HTTP/1.1\" 200 -")
                                     .arg(i % 3)
                                     .arg(570 + i % 3)
                                     .arg(4 + i % 3)
                                     .arg(i % 4 == 0 ? QStringLiteral("health") : QString());
                log.addLines(lines);
                log.findChild<QComboBox *>(QStringLiteral("logNode"))->setCurrentIndex(2);
                ok = save(&log, outDir, QStringLiteral("service-log") + suffix) && ok;
            }
            if (extra)
                ok = extra(&window, outDir, suffix) && ok;
        }
    }
    return ok ? 0 : 1;
}

} // namespace hive::gui
