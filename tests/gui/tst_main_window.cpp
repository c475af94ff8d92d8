// The project window driven as a user would, offscreen: open the example,
// see its plan; break a file on disk and watch Problems follow; jump from a
// problem to its line; find actions in the command palette.
#include "gui/editor/file_editor.h"
#include "gui/editor/host_plan_view.h"
#include "gui/editor/project_tree.h"
#include "gui/editor/source_view.h"
#include "gui/shell/command_palette.h"
#include "gui/shell/main_window.h"
#include "gui/shell/problems_view.h"
#include "gui/shell/project_document.h"
#include "sample_project_copy.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hive::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    SampleProjectCopy m_samples;

private slots:
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
        auto *hosts = window.findChild<HostPlanView *>();
        QCOMPARE(hosts->rowCount(), 4);
        QCOMPARE(hosts->item(0, 0)->text(), QStringLiteral("p-hive0.sample.example.jp"));
        QCOMPARE(hosts->item(3, 2)->text(), QStringLiteral("172.30.240.7/255.255.255.0"));
        auto *tree = window.findChild<ProjectTree *>();
        QCOMPARE(tree->topLevelItem(0)->childCount(), 3); // three stages
        QVERIFY(window.findChild<ProblemsView *>()->topLevelItemCount() == 0);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusProblems"))
                    ->text()
                    .contains(QStringLiteral("0")));
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
        QTRY_VERIFY(doc->isLoading());
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
