// The project window driven as a user would, offscreen: open the example,
// see its plan; break a file on disk and watch Problems follow; jump from a
// problem to its line; find actions in the command palette.
#include "gui/editor/add_service_dialog.h"
#include "gui/editor/editable_file.h"
#include "gui/editor/file_editor.h"
#include "gui/editor/project_tree.h"
#include "gui/editor/source_view.h"
#include "gui/health/hosts_page.h"
#include "gui/shell/command_palette.h"
#include "gui/shell/example_projects.h"
#include "gui/shell/main_window.h"
#include "gui/shell/problems_view.h"
#include "gui/shell/project_document.h"
#include "gui/shell/shortcuts_dialog.h"
#include "gui/shell/welcome_page.h"
#include "tests/support/sample_project_copy.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace hive::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    SampleProjectCopy m_samples;

private slots:
    // Enter presses the focused button on the welcome page, as Space does.
    void enterPressesTheFocusedWelcomeButton()
    {
        WelcomePage page;
        page.show();
        QSignalSpy asked(&page, &WelcomePage::newRequested);
        auto *create = page.findChild<QPushButton *>(QStringLiteral("welcomeNewProject"));
        QVERIFY(create);
        QTest::keyClick(create, Qt::Key_Return);
        QCOMPARE(asked.count(), 1);
    }

    // The Hosts tab is reachable from the keyboard: Alt+8, and its actions
    // are in the View menu (so in the palette and the shortcut list).
    void theHostsTabHasAShortcutAndMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_samples.make()));
        window.showBuild();
        QAction *go = nullptr;
        QStringList hostActions;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::ALT | Qt::Key_8))
                go = a;
            if (a->menu() && a->text() == QLatin1String("Hosts"))
                for (QAction *each : a->menu()->actions())
                    hostActions << each->text();
        }
        QVERIFY(go);
        go->trigger();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("editors"));
        QCOMPARE(tabs->currentWidget(), window.findChild<HostsPage *>());
        QVERIFY2(hostActions.contains(QStringLiteral("Check &Now")) &&
                     hostActions.contains(QStringLiteral("Open &Terminal")),
                 qPrintable(hostActions.join(QLatin1Char(','))));
    }

    // A narrow window with an editor open: the Project dock keeps its room.
    void theProjectDockIsNeverASliver()
    {
        MainWindow window;
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        window.showBuild();
        QVERIFY(window.openEditor(project + QStringLiteral("/inventory/services.yml")));
        QApplication::processEvents();
        auto *tree = window.findChild<ProjectTree *>();
        QVERIFY2(tree->width() >= tree->fontMetrics().averageCharWidth() * 22,
                 qPrintable(QString::number(tree->width())));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of the test, not the user's
    }

    void showsTheExamplePlan()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QString error;
        QVERIFY2(window.openProject(m_samples.make(), &error), qPrintable(error));
        auto *hosts = window.findChild<HostsPage *>()->table();
        QCOMPARE(hosts->rowCount(), 4);
        QCOMPARE(hosts->item(0, 0)->text(), QStringLiteral("p-hive0.sample.example.jp"));
        QCOMPARE(hosts->item(3, 2)->text(), QStringLiteral("172.30.240.7"));
        auto *tree = window.findChild<ProjectTree *>();
        QCOMPARE(tree->topLevelItem(0)->childCount(), 3); // three stages
        QVERIFY(window.findChild<ProblemsView *>()->topLevelItemCount() == 0);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusProblems"))
                    ->text()
                    .contains(QStringLiteral("0")));
        // Activating another stage in the tree switches to it (the tree is
        // rebuilt meanwhile: the item activated is gone before it returns).
        QTreeWidgetItem *production = nullptr;
        for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
            if (tree->topLevelItem(0)->child(i)->text(0).startsWith(QLatin1String("production")))
                production = tree->topLevelItem(0)->child(i);
        QVERIFY(production);
        emit tree->itemActivated(production, 0);
        QCOMPARE(window.document()->stage(), QStringLiteral("production"));
        window.document()->setStage(QStringLiteral("private"));
        // Switching the stage re-plans the hosts.
        window.document()->setStage(QStringLiteral("staging"));
        QCOMPARE(hosts->rowCount(), 3);
        QCOMPARE(hosts->item(0, 2)->text().section(QLatin1Char('/'), 0, 0),
                 QStringLiteral("192.168.20.11"));
    }

    void problemsFollowTheFileAndJumpToTheLine()
    {
        MainWindow window;
        window.show();
        const QString project = m_samples.make();
        QString error;
        QVERIFY2(window.openProject(project, &error), qPrintable(error));
        auto *problems = window.findChild<ProblemsView *>();
        QCOMPARE(problems->topLevelItemCount(), 0);

        // A typo written by another editor: Problems shows it without any action.
        const QString services = project + QStringLiteral("/inventory/services.yml");
        QFile f(services);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const int line = text.left(text.indexOf("    mode: global")).count('\n') + 1;
        text.replace("    mode: global", "    mdoe: global");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT(problems->topLevelItemCount() > 0, 5000);
        QTreeWidgetItem *item = problems->topLevelItem(0);
        QVERIFY2(item->text(0).contains(QStringLiteral("mdoe")), qPrintable(item->text(0)));
        QCOMPARE(item->text(2).toInt(), line);

        // Enter on the problem opens the file at that line.
        problems->setFocus();
        problems->setCurrentItem(item);
        emit problems->itemActivated(item, 0);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("editors"));
        auto *editor = qobject_cast<FileEditor *>(tabs->currentWidget());
        QVERIFY(editor);
        SourceView *source = editor->source();
        QCOMPARE(QFileInfo(source->path()).fileName(), QStringLiteral("services.yml"));
        QCOMPARE(source->textCursor().blockNumber() + 1, line);
    }

    void commandPaletteFindsActionsByName()
    {
        MainWindow window;
        CommandPalette palette(window.allActions(), &window);
        const int all = palette.visibleCount();
        QVERIFY(all >= 10);
        auto *filter = palette.findChild<QLineEdit *>();
        QTest::keyClicks(filter, QStringLiteral("stage"));
        QVERIFY(palette.visibleCount() >= 1);
        QVERIFY(palette.visibleCount() < all);
        // Every action that has a standard shortcut keeps it.
        bool hasOpen = false;
        for (QAction *a : window.allActions())
            hasOpen = hasOpen || a->shortcut() == QKeySequence(QKeySequence::Open);
        QVERIFY(hasOpen);

        // Entries say where they live; a phase is found by its name, and
        // choosing it shows it in the Build tab.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("setup-hosts"));
        QVERIFY2(palette.visibleTexts().contains(QStringLiteral("Build › Phase › setup-hosts")),
                 qPrintable(palette.visibleTexts().join(QLatin1Char('\n'))));
        filter->setText(QStringLiteral("health › check"));
        QVERIFY2(palette.visibleCount() >= 1, qPrintable(palette.visibleTexts().join(',')));
        // What cannot run now (no project open) says so.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("Add Service"));
        QVERIFY2(palette.visibleTexts().value(0).contains(QStringLiteral("(unavailable now)")),
                 qPrintable(palette.visibleTexts().join(',')));
    }

    // F1: each shortcut once, under its place, and a filter.
    void theShortcutListIsGroupedAndSearchable()
    {
        MainWindow window;
        ShortcutsDialog dialog(window.allActions() + window.allActions(), &window);
        const int all = dialog.visibleCount();
        int withShortcut = 0;
        QSet<QAction *> distinct;
        for (QAction *a : window.allActions()) {
            if (!a->shortcut().isEmpty() && !distinct.contains(a)) {
                distinct.insert(a);
                ++withShortcut;
            }
        }
        QCOMPARE(all, withShortcut); // listed twice, shown once
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
        QTest::keyClicks(filter, QStringLiteral("F5"));
        QVERIFY(dialog.visibleCount() >= 1 && dialog.visibleCount() < all);
    }

    // Add Service from the File menu (and so the palette): a template, a
    // name checked as you type, the YAML shown first; the service lands in
    // the services file's editor as an unsaved, undoable edit that loads
    // without a problem.
    void addServiceFromATemplate()
    {
        MainWindow window;
        window.show();
        QString error;
        const QString root = m_samples.make();
        QVERIFY2(window.openProject(root, &error), qPrintable(error));
        const QString file = root + QStringLiteral("/inventory/services.yml");
        const QByteArray before = readFile(file);
        auto *add = window.findChild<QAction *>(QStringLiteral("addServiceAction"));
        QVERIFY(add && add->isEnabled());
        QVERIFY(window.allActions().contains(add));

        QStringList seen;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<AddServiceDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closeAnyway = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("serviceName"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("servicePreview"));
            // The sample has a web service: the suggestion is free, the
            // port too (the sample's web publishes 8080).
            seen << name->text() << preview->toPlainText();
            QVERIFY(ok->isEnabled());
            name->clear();
            QTest::keyClicks(name, QStringLiteral("kvstore"));
            seen << dialog->problem();
            QVERIFY(!ok->isEnabled());
            name->clear();
            QTest::keyClicks(name, QStringLiteral("-bad"));
            seen << dialog->problem();
            QVERIFY(!ok->isEnabled());
            dialog->findChild<QListWidget *>(QStringLiteral("serviceTemplates"))->setCurrentRow(1);
            name->clear();
            QTest::keyClicks(name, QStringLiteral("pg"));
            QVERIFY(ok->isEnabled());
            seen << preview->toPlainText();
            ok->click();
        });
        add->trigger();
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen.at(0), QStringLiteral("web-2"));
        QVERIFY2(seen.at(1).contains(QStringLiteral("published_port: 8081")),
                 qPrintable(seen.at(1)));
        QVERIFY2(seen.at(2).contains(QStringLiteral("already a service")), qPrintable(seen.at(2)));
        QVERIFY2(seen.at(3).contains(QStringLiteral("cannot name a service")),
                 qPrintable(seen.at(3)));
        QVERIFY2(seen.at(4).startsWith(QStringLiteral("pg:\n")) &&
                     seen.at(4).contains(QStringLiteral("source: pg_data")) &&
                     seen.at(4).contains(QStringLiteral("image: redis:7.4.1")),
                 qPrintable(seen.at(4)));

        auto *editor = qobject_cast<FileEditor *>(
            window.findChild<QTabWidget *>(QStringLiteral("editors"))->currentWidget());
        QVERIFY(editor);
        QCOMPARE(QFileInfo(editor->path()).fileName(), QStringLiteral("services.yml"));
        QVERIFY(editor->isModified());
        QCOMPARE(readFile(file), before); // nothing written until saved
        ProjectDocument *doc = window.document();
        QTRY_VERIFY_WITH_TIMEOUT(doc->inventory().services.service(QStringLiteral("pg")), 10000);
        QVERIFY2(doc->inventory().ok(),
                 qPrintable(doc->inventory().diagnostics.sorted().value(0).message));
        QVERIFY(editor->save(error));
        QVERIFY(readFile(file).contains("  pg:\n    image: redis:7.4.1\n"));
        // One step back takes it away again.
        editor->undoStack()->undo();
        QVERIFY(!editor->file()->text().contains("  pg:"));
    }

    // A project without a services file gets inventory/services.yml with its
    // first service.
    void firstServiceOfAProjectStartsItsServicesFile()
    {
        MainWindow window;
        window.show();
        QString error;
        const QString root = m_samples.make();
        const QString file = root + QStringLiteral("/inventory/services.yml");
        QVERIFY(QFile::remove(file));
        QVERIFY2(window.openProject(root, &error), qPrintable(error));
        bool noted = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<AddServiceDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closeAnyway = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            noted = dialog->findChild<QLabel *>(QStringLiteral("newServicesFileNote")) != nullptr;
            dialog->findChild<QListWidget *>(QStringLiteral("serviceTemplates"))->setCurrentRow(2);
            QCOMPARE(dialog->name(), QStringLiteral("worker"));
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("addServiceAction"))->trigger();
        QVERIFY(noted);
        QVERIFY(QFile::exists(file));
        auto *editor = qobject_cast<FileEditor *>(
            window.findChild<QTabWidget *>(QStringLiteral("editors"))->currentWidget());
        QVERIFY(editor && editor->serviceForm());
        QVERIFY(editor->save(error));
        QVERIFY(readFile(file).contains("plugin: hive_services\nservices:\n  worker:\n    image: "
                                        "busybox:1.36.1\n"));
        ProjectDocument *doc = window.document();
        QTRY_VERIFY_WITH_TIMEOUT(doc->inventory().services.service(QStringLiteral("worker")),
                                 10000);
        QVERIFY2(doc->inventory().ok(),
                 qPrintable(doc->inventory().diagnostics.sorted().value(0).message));
    }

    void aFolderWithoutInventoryIsRefusedWithTheReason()
    {
        MainWindow window;
        QString error;
        QVERIFY(!window.openProject(m_samples.root(), &error));
        QVERIFY2(error.contains(QStringLiteral("inventory")), qPrintable(error));
        QVERIFY(!window.document()->isOpen());
    }

    // Typing in a large project: the inventory is loaded on a worker thread,
    // the window keeps handling events meanwhile, and when the user types
    // again during a load, the newest text wins.
    // Saving a file with errors asks first, naming the first error; Keep
    // Editing leaves the disk as it was, Save Anyway writes it.
    void savingAFileWithErrorsAsksFirst()
    {
        MainWindow window;
        window.show();
        QString error;
        const QString root = m_samples.make();
        QVERIFY2(window.openProject(root, &error), qPrintable(error));
        const QString file = root + QStringLiteral("/inventory/services.yml");
        const QByteArray before = readFile(file);
        window.openLocation(file, 1, 1);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("editors"));
        auto *editor = qobject_cast<FileEditor *>(tabs->currentWidget());
        QVERIFY(editor);
        QByteArray broken = before;
        broken.replace("    mode: global", "    mdoe: global");
        QVERIFY(broken != before);
        editor->restoreUnsavedText(broken);
        QAction *save = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Save"))
                save = a;
        }
        QVERIFY(save);
        auto answer = [&](const QString &button, QString *asked) {
            QTimer::singleShot(0, this, [=] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                *asked = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == button)
                        b->click();
                }
            });
        };
        QString asked;
        answer(QStringLiteral("&Keep Editing"), &asked);
        save->trigger();
        QVERIFY2(asked.contains(QStringLiteral("services.yml has 1 error")) &&
                     asked.contains(QStringLiteral("mdoe")),
                 qPrintable(asked));
        QCOMPARE(readFile(file), before);
        QVERIFY(editor->isModified());
        asked.clear();
        answer(QStringLiteral("&Save Anyway"), &asked);
        save->trigger();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(readFile(file), broken);
        // A file without errors saves without a question.
        editor->restoreUnsavedText(before);
        asked.clear();
        answer(QStringLiteral("&Save Anyway"), &asked);
        save->trigger();
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
        QCOMPARE(readFile(file), before);
    }

    // The window comes back as it was left: project, stage, open files with
    // their views and the tab shown; files that are gone are left out; a
    // first start takes most of the screen.
    void theSessionComesBack()
    {
        QSettings().clear();
        {
            MainWindow first;
            first.restoreSession();
            const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
            QCOMPARE(first.size(), screen * 0.8);
        }
        const QString root = m_samples.make();
        const QString services = root + QStringLiteral("/inventory/services.yml");
        const QString hive = root + QStringLiteral("/inventory/hive.yml");
        {
            MainWindow window;
            window.show();
            QString error;
            QVERIFY2(window.openProject(root, &error), qPrintable(error));
            window.document()->setStage(QStringLiteral("staging"));
            window.openLocation(services, 1, 1);
            window.openLocation(hive, 1, 1);
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("editors"));
            qobject_cast<FileEditor *>(tabs->currentWidget())->setMode(FileEditor::Mode::Source);
            tabs->setCurrentIndex(MainWindow::kFixedTabs); // services.yml
            QVERIFY(window.close());
        }
        {
            MainWindow window;
            window.restoreSession();
            QCOMPARE(window.document()->rootDir(), root);
            QCOMPARE(window.document()->stage(), QStringLiteral("staging"));
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("editors"));
            QCOMPARE(tabs->count(), MainWindow::kFixedTabs + 2);
            auto *shown = qobject_cast<FileEditor *>(tabs->currentWidget());
            QVERIFY(shown);
            QCOMPARE(shown->path(), services);
            auto *second = qobject_cast<FileEditor *>(tabs->widget(MainWindow::kFixedTabs + 1));
            QCOMPARE(second->path(), hive);
            QCOMPARE(second->mode(), FileEditor::Mode::Source);
            // A project named on the command line opens instead.
            MainWindow other;
            other.restoreSession(false);
            QVERIFY(!other.document()->isOpen());
        }
        // services.yml is gone: hive.yml alone comes back, and is shown.
        QVERIFY(QFile::remove(services));
        MainWindow window;
        window.restoreSession();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("editors"));
        QCOMPARE(tabs->count(), MainWindow::kFixedTabs + 1);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(qobject_cast<FileEditor *>(tabs->widget(MainWindow::kFixedTabs))->path(), hive);
    }

    // The welcome page's example opens as a copy of the user's own, never
    // the installed files or the source tree (runs write .hive/ beside the
    // inventory); the copy keeps its edits from one start to the next.
    void theExampleOpensAsACopy()
    {
        const QString copy = ExampleProjects::sample();
        QVERIFY(QFileInfo(copy + QStringLiteral("/inventory/hive.yml")).isFile());
        QVERIFY2(!QDir::cleanPath(copy).startsWith(QDir::cleanPath(ExampleProjects::folder())),
                 qPrintable(copy));
        QFile f(copy + QStringLiteral("/inventory/edited-by-test.yml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(ExampleProjects::sample(), copy);
        QVERIFY(QFileInfo::exists(copy + QStringLiteral("/inventory/edited-by-test.yml")));
        QVERIFY(f.remove());
    }

    void typingReloadsOffTheGuiThread()
    {
        MainWindow window;
        window.show();
        QString error;
        const QString root = m_samples.make();
        QVERIFY2(window.openProject(root, &error), qPrintable(error));
        ProjectDocument *doc = window.document();
        const QString file = root + QStringLiteral("/inventory/services.yml");
        QByteArray big = "plugin: hive_services\nservices:\n";
        for (int i = 0; i < 1500; ++i)
            big += "  svc" + QByteArray::number(i) + ":\n    image: busybox\n    ports: [\"" +
                   QByteArray::number(1000 + i) + "\"]\n";
        int reloads = 0;
        connect(doc, &ProjectDocument::reloaded, this, [&reloads] { ++reloads; });
        doc->setUnsaved(file, big + "  first:\n    image: busybox\n");
        // What the typing pause starts, started now: polling for the load
        // could miss one that ended between two polls (seen twice on the
        // first run after a build).
        doc->reloadInBackground();
        QVERIFY(doc->isLoading());
        // The GUI thread is free while the worker loads.
        bool eventHandled = false;
        QTimer::singleShot(0, this, [&eventHandled] { eventHandled = true; });
        QTRY_VERIFY(eventHandled);
        // A newer text while loading: it is loaded after, and wins.
        doc->setUnsaved(file, big + "  second:\n    image: busybox\n");
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isLoading() && reloads >= 1 &&
                                     doc->inventory().services.service(QStringLiteral("second")),
                                 20000);
        QVERIFY(!doc->inventory().services.service(QStringLiteral("first")));
        QCOMPARE(doc->inventory().services.services.size(), 1501);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
