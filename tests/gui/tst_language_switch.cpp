// Switching the language in Preferences rebuilds the window in that language
// at once and keeps everything the user had: project, stage, open files with
// their unsaved text, view mode and the current tab.
#include "app/window_host.h"
#include "engine/run_wording.h"
#include "gui/editor/editable_file.h"
#include "gui/editor/file_editor.h"
#include "gui/editor/source_view.h"
#include "gui/shell/app_translators.h"
#include "gui/shell/main_window.h"
#include "gui/shell/preferences_dialog.h"
#include "gui/shell/project_document.h"
#include "health/health_check.h"
#include "tests/support/sample_project_copy.h"
#include "topology/docker_wording.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hive;
using namespace hive::gui;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    SampleProjectCopy m_samples;

    static QString firstMenu(MainWindow *w) { return w->menuBar()->actions().first()->text(); }

    static FileEditor *editorFor(MainWindow *w, const QString &path)
    {
        for (FileEditor *e : w->findChildren<FileEditor *>()) {
            if (e->path() == path)
                return e;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The words Docker, the runs and the Health tab use are said in Japanese
    // too (task and node states, the grid's statuses, the Health areas).
    void statusWordsAreTranslated()
    {
        AppTranslators translators;
        QVERIFY(translators.install(QStringLiteral("ja")));
        QCOMPARE(RunWording::status(RunEvent::Status::Ok), QStringLiteral("正常"));
        QCOMPARE(DockerWording::taskState(QStringLiteral("running")), QStringLiteral("実行中"));
        QVERIFY(DockerWording::nodeState(QStringLiteral("ready")) !=
                DockerWording::taskState(QStringLiteral("ready")));
        QCOMPARE(HealthCheck::areaText(QStringLiteral("backups")), QStringLiteral("バックアップ"));
        // A word Docker adds later is shown as it is.
        QCOMPARE(DockerWording::taskState(QStringLiteral("paused-2027")),
                 QStringLiteral("paused-2027"));
        QVERIFY(translators.install(QStringLiteral("en")));
        QCOMPARE(DockerWording::taskState(QStringLiteral("shutdown")), QStringLiteral("shut down"));
    }

    void switchingKeepsProjectFilesAndUnsavedEdits()
    {
        int setups = 0;
        WindowHost host([&setups](MainWindow *) { ++setups; });
        host.setLanguage(QStringLiteral("en"));
        QPointer<MainWindow> first = host.createWindow();
        first->resize(1100, 700);
        first->show();
        QCOMPARE(firstMenu(first), QStringLiteral("&File"));
        QString error;
        const QString root = m_samples.make();
        QVERIFY2(first->openProject(root, &error), qPrintable(error));
        first->document()->setStage(QStringLiteral("production"));
        const QString services = root + QStringLiteral("/inventory/services.yml");
        const QString hive = root + QStringLiteral("/inventory/hive.yml");
        first->openEditor(hive);
        FileEditor *editor = first->openEditor(services);
        editor->setMode(FileEditor::Mode::Source);
        // Typed in the source, not yet taken over by the (debounced) editor.
        QByteArray edited = editor->file()->text();
        edited.replace("image: redis:7", "image: redis:7.2");
        editor->source()->setPlainText(QString::fromUtf8(edited));
        QVERIFY(editor->isModified());
        auto *tabs = first->findChild<QTabWidget *>(QStringLiteral("editors"));
        const int currentTab = tabs->currentIndex();
        first->findChild<QPlainTextEdit *>(QStringLiteral("log"))
            ->appendPlainText(QStringLiteral("a line logged before the switch"));

        MainWindow *second = host.switchLanguage(QStringLiteral("ja"));
        QVERIFY(second != first.data());
        QCOMPARE(setups, 2); // the wizard is connected to the new window too
        QCOMPARE(firstMenu(second), QStringLiteral("ファイル(&F)"));
        QVERIFY(second->isVisible());
        QCOMPARE(second->document()->rootDir(), root);
        QCOMPARE(second->document()->stage(), QStringLiteral("production"));
        FileEditor *kept = editorFor(second, services);
        QVERIFY(kept);
        QVERIFY(editorFor(second, hive));
        QVERIFY(kept->isModified());
        QCOMPARE(kept->file()->text(), edited);
        QCOMPARE(kept->mode(), FileEditor::Mode::Source);
        QCOMPARE(second->findChild<QTabWidget *>(QStringLiteral("editors"))->currentIndex(),
                 currentTab);
        // The Log keeps its history.
        QVERIFY(second->findChild<QPlainTextEdit *>(QStringLiteral("log"))
                    ->toPlainText()
                    .contains(QStringLiteral("a line logged before the switch")));
        // Nothing was written to disk by the switch.
        QFile f(services);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("image: redis:7\n"));
        // The old window goes away once the event loop runs.
        QTRY_VERIFY(first.isNull());

        MainWindow *third = host.switchLanguage(QStringLiteral("en"));
        QCOMPARE(firstMenu(third), QStringLiteral("&File"));
        QCOMPARE(editorFor(third, services)->file()->text(), edited);
    }

    void preferencesTriggerTheSwitch()
    {
        WindowHost host;
        host.setLanguage(QStringLiteral("en"));
        PreferencesDialog::saveLanguage(QStringLiteral("en"));
        MainWindow *window = host.createWindow();
        window->show();
        MainWindow *replaced = nullptr;
        connect(&host, &WindowHost::windowReplaced, this,
                [&replaced](MainWindow *w) { replaced = w; });
        // Choose 日本語 in the dialog as a user would, then OK.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *combo = dialog->findChild<QComboBox *>();
            combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QAction *prefs = nullptr;
        for (QAction *a : window->allActions()) {
            if (a->text() == QStringLiteral("Pr&eferences…"))
                prefs = a;
        }
        QVERIFY(prefs);
        prefs->trigger();
        QTRY_VERIFY(replaced);
        QCOMPARE(host.language(), QStringLiteral("ja"));
        QCOMPARE(PreferencesDialog::savedLanguage(), QStringLiteral("ja"));
        QCOMPARE(firstMenu(replaced), QStringLiteral("ファイル(&F)"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
