// The inventory editor driven as a user would, offscreen, on a copy of the
// commented example: a port edited in the form changes exactly that line of
// the file on save; undo brings it back; a bad value typed in the source shows
// in Problems (and inline) at its line before saving; the host plan next to
// the stage form is the core's plan of what was typed; a change on disk
// while editing is offered for reload; the wheel edits only a focused field.
#include "gui/editor/attribute_form.h"
#include "gui/editor/difference_dialog.h"
#include "gui/editor/editable_file.h"
#include "gui/editor/file_editor.h"
#include "gui/editor/hive_form.h"
#include "gui/editor/host_plan_view.h"
#include "gui/editor/map_list_table.h"
#include "gui/editor/service_form.h"
#include "gui/editor/source_view.h"
#include "gui/shell/main_window.h"
#include "gui/shell/problems_view.h"
#include "gui/shell/project_document.h"
#include "project/project.h"
#include "recipes/inventory_templates.h"
#include "tests/support/sample_project_copy.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>

using namespace hive;
using namespace hive::gui;

class TestInventoryEditor : public QObject
{
    Q_OBJECT

    SampleProjectCopy m_samples;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Another program saving the file (a new file renamed over the old one).
    static bool replaceOnDisk(const QString &path, const QByteArray &bytes)
    {
        QSaveFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
    }

    static QStringList changedLines(const QByteArray &a, const QByteArray &b)
    {
        const QList<QByteArray> la = a.split('\n');
        const QList<QByteArray> lb = b.split('\n');
        if (la.size() != lb.size())
            return {QStringLiteral("line count %1 -> %2").arg(la.size()).arg(lb.size())};
        QStringList out;
        for (int i = 0; i < la.size(); ++i) {
            if (la[i] != lb[i])
                out << QStringLiteral("%1: %2").arg(i + 1).arg(QString::fromUtf8(lb[i]));
        }
        return out;
    }

    // An edit not saved yet: web's mode set to replicated in the file's text.
    static bool editWebMode(FileEditor *editor)
    {
        return editor->file()->edit(QStringLiteral("test"), [](YamlTextEditor &ed) {
            return ed.setValue(
                {QStringLiteral("services"), QStringLiteral("web"), QStringLiteral("mode")},
                Value::string(QStringLiteral("replicated")));
        });
    }

    // The window shown, active, with a fresh sample copy open.
    bool openShown(MainWindow &window, QString &project)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.activateWindow();
        project = m_samples.make();
        return window.openProject(project);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editingAPortInTheFormChangesExactlyThatLine()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        const QString path = project + QStringLiteral("/inventory/services.yml");
        const QByteArray before = readAll(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const QFileDevice::Permissions permissions = QFile::permissions(path);
        FileEditor *editor = window.openEditor(path);
        QVERIFY(editor && editor->serviceForm());
        editor->serviceForm()->showService(QStringLiteral("web"));
        auto *ports = editor->findChild<MapListTable *>(QStringLiteral("services.web.ports"));
        QVERIFY(ports);
        QCOMPARE(ports->table()->item(0, 1)->text(), QStringLiteral("8080"));
        ports->table()->item(0, 1)->setText(QStringLiteral("8081"));
        QVERIFY(editor->isModified());
        QVERIFY(editor->source()->toPlainText().contains(QStringLiteral("published_port: 8081")));

        // Undo and redo go through the one history of the file.
        editor->undoStack()->undo();
        QCOMPARE(editor->file()->text(), before);
        QVERIFY(!editor->isModified());
        editor->undoStack()->redo();

        QString error;
        QVERIFY2(editor->save(error), qPrintable(error));
        const QByteArray after = readAll(path);
        const int line = before.left(before.indexOf("published_port: 8080")).count('\n') + 1;
        QCOMPARE(changedLines(before, after),
                 QStringList{QStringLiteral("%1:       - published_port: 8081").arg(line)});
        // Saved atomically with the file's own permissions.
        QCOMPARE(QFile::permissions(path), permissions);
        QVERIFY(!editor->isModified());
    }

    void aNewEnvironmentVariableAddsOneLine()
    {
        MainWindow window;
        window.show();
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        const QString path = project + QStringLiteral("/inventory/services.yml");
        const QByteArray before = readAll(path);
        FileEditor *editor = window.openEditor(path);
        editor->serviceForm()->showService(QStringLiteral("web"));
        auto *env = editor->findChild<MapListTable *>(QStringLiteral("services.web.environment"));
        QVERIFY(env);
        emit env->rowAdded();
        QCOMPARE(env->table()->rowCount(), 2);
        env->table()->item(1, 0)->setText(QStringLiteral("LANG"));
        env->table()->item(1, 1)->setText(QStringLiteral("ja_JP.UTF-8"));
        QByteArray expected = before;
        expected.replace("      TZ: Asia/Tokyo\n",
                         "      TZ: Asia/Tokyo\n      LANG: ja_JP.UTF-8\n");
        QCOMPARE(editor->file()->text(), expected);
    }

    // A service's templates as a deploy renders them (Ansible itself): the
    // stage name, a DSN built from a password lookup (masked inside the
    // string), the password itself masked; typing a new template shows it
    // rendered once the typing stops.
    void templatesShowAsAnsibleRendersThem()
    {
        if (InventoryTemplates::ansiblePython().isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("Ansible is not installed (scripts/install-deps.sh --test installs it)");
            QSKIP("Ansible is not installed");
        }
        const QString project = m_samples.make();
        const QString services = project + QStringLiteral("/inventory/services.yml");
        QByteArray text = readAll(services);
        QVERIFY(text.contains("      TZ: Asia/Tokyo\n"));
        text.replace("      TZ: Asia/Tokyo\n",
                     "      TZ: Asia/Tokyo\n      STAGE: \"{{ hive_stage }}\"\n"
                     "      DB_URL: \"mysql://app:{{ db_password }}@db/app\"\n");
        QVERIFY(replaceOnDisk(services, text));
        QDir().mkpath(project + QStringLiteral("/inventory/group_vars"));
        QVERIFY(replaceOnDisk(project + QStringLiteral("/inventory/group_vars/all.yml"),
                              "db_password: \"{{ lookup('password', hive_context_dir + "
                              "'/db_password length=18 chars=ascii_letters') }}\"\n"));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(project));
        FileEditor *editor = window.openEditor(services);
        editor->serviceForm()->showService(QStringLiteral("web"));
        auto *values = editor->findChild<QTreeWidget *>(QStringLiteral("renderedTemplateValues"));
        QVERIFY(values);
        const auto shown = [values] {
            QHash<QString, QString> out;
            for (int i = 0; i < values->topLevelItemCount(); ++i)
                out.insert(values->topLevelItem(i)->text(0), values->topLevelItem(i)->text(1));
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown().contains(QStringLiteral("environment.DB_URL")), 30000);
        QVERIFY(values->isVisibleTo(editor));
        QCOMPARE(shown().value(QStringLiteral("environment.STAGE")), QStringLiteral("private"));
        QCOMPARE(shown().value(QStringLiteral("environment.DB_URL")),
                 QStringLiteral("mysql://app:********@db/app"));
        QCOMPARE(shown().value(QStringLiteral("db_password")), QStringLiteral("********"));
        // The preview makes no password file (the first run does).
        QVERIFY(!QFile::exists(project + QStringLiteral("/.hive/private/db_password")));

        // Typed (not saved): rendered after the pause.
        QVERIFY(editor->file()->edit(QStringLiteral("test"), [](YamlTextEditor &ed) {
            return ed.setValue({QStringLiteral("services"), QStringLiteral("web"),
                                QStringLiteral("environment"), QStringLiteral("SUM")},
                               Value::string(QStringLiteral("{{ 20 + 22 }}")));
        }));
        QTRY_COMPARE_WITH_TIMEOUT(shown().value(QStringLiteral("environment.SUM")),
                                  QStringLiteral("42"), 30000);
    }

    void aBadValueShowsInProblemsAtItsLineBeforeSaving()
    {
        MainWindow window;
        window.show();
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        const QString path = project + QStringLiteral("/inventory/hive.yml");
        const QByteArray onDisk = readAll(path);
        FileEditor *editor = window.openEditor(path);
        QVERIFY(editor && editor->hiveForm());
        SourceView *source = editor->source();
        QTextCursor c = source->document()->find(QStringLiteral("cidr: 172.30.240.0/24"));
        QVERIFY(!c.isNull());
        const int line = c.blockNumber() + 1;
        c.insertText(QStringLiteral("cidr: 172.30.240.0/33"));
        auto *problems = window.findChild<ProblemsView *>();
        QTRY_VERIFY_WITH_TIMEOUT(problems->topLevelItemCount() > 0, 5000);
        QTreeWidgetItem *item = problems->topLevelItem(0);
        QVERIFY2(item->text(0).contains(QStringLiteral("cidr")), qPrintable(item->text(0)));
        QCOMPARE(item->text(2).toInt(), line);
        QVERIFY(!source->diagnostics().isEmpty());
        QCOMPARE(source->diagnostics().first().mark.line, line);
        QCOMPARE(readAll(path), onDisk); // nothing written yet
        // The form shows what was typed in the source.
        auto *cidr = editor->findChild<QLineEdit *>(QStringLiteral("stages.private.cidr"));
        QVERIFY(cidr);
        QCOMPARE(cidr->text(), QStringLiteral("172.30.240.0/33"));
        QVERIFY(cidr->property("invalid").toBool());
    }

    // Scrolling the form past a number or a choice changes nothing (it
    // used to walk CPUs down to 0 and -1 on the way); once the field has
    // the focus, the wheel edits it as usual.
    void theWheelEditsOnlyAFocusedField()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        const QString path = project + QStringLiteral("/inventory/hive.yml");
        FileEditor *editor = window.openEditor(path);
        QVERIFY(editor && editor->hiveForm());
        const QString before = editor->file()->text();
        const auto wheel = [](QWidget *w) {
            QWheelEvent up(QPointF(5, 5), QPointF(w->mapToGlobal(QPoint(5, 5))), QPoint(),
                           QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &up);
        };
        const QList<QSpinBox *> spins = editor->hiveForm()->findChildren<QSpinBox *>();
        const QList<QComboBox *> combos = editor->hiveForm()->findChildren<QComboBox *>();
        QVERIFY(!spins.isEmpty() && !combos.isEmpty());
        for (QSpinBox *spin : spins) {
            const int value = spin->value();
            wheel(spin);
            QVERIFY2(spin->value() == value, qPrintable(spin->objectName()));
        }
        for (QComboBox *combo : combos) {
            const int index = combo->currentIndex();
            wheel(combo);
            QVERIFY2(combo->currentIndex() == index, qPrintable(combo->objectName()));
        }
        QCOMPARE(editor->file()->text(), before);
        QSpinBox *spin = spins.first();
        spin->setFocus();
        if (spin->hasFocus()) {
            const int value = spin->value();
            wheel(spin);
            QVERIFY(spin->value() > value); // the focused field takes the wheel
            spin->setValue(value);
        }
        // Stepping up from "not set" starts at what it stands for: the
        // sample's private stage plans 4 hosts (a separate repository
        // server), so number_of_hosts becomes 4, not 1.
        auto *hosts = editor->hiveForm()->findChild<QSpinBox *>(
            QStringLiteral("stages.private.number_of_hosts"));
        QVERIFY(hosts);
        QCOMPARE(hosts->value(), hosts->minimum());
        QCOMPARE(hosts->text(), QStringLiteral("(default: 4)"));
        hosts->stepBy(1);
        QCOMPARE(hosts->value(), 4);
        QVERIFY(editor->file()->text().contains("number_of_hosts: 4"));
        // A plain number default: memory_size's is the schema's.
        auto *memory =
            editor->hiveForm()->findChild<QSpinBox *>(QStringLiteral("stages.staging.memory_size"));
        if (memory && memory->value() == memory->minimum()) {
            memory->stepBy(1);
            QVERIFY2(memory->value() > memory->minimum() + 1, qPrintable(memory->text()));
        }
    }

    // Ctrl+Z in a form's field undoes the file's last edit (the field would
    // take it for its own, empty history), and Ctrl+Shift+Z redoes it.
    void ctrlZInAFieldUndoesTheFilesLastEdit()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        FileEditor *editor = window.openEditor(project + QStringLiteral("/inventory/hive.yml"));
        QVERIFY(editor && editor->hiveForm());
        const QString before = editor->file()->text();
        QSpinBox *spin = editor->hiveForm()->findChildren<QSpinBox *>().value(0);
        QVERIFY(spin);
        spin->setFocus();
        QVERIFY(spin->hasFocus());
        spin->setValue(spin->value() + 3);
        QTest::keyClick(spin, Qt::Key_Enter);
        QTRY_VERIFY(editor->file()->text() != before);
        const QString edited = editor->file()->text();
        QTest::keySequence(spin, QKeySequence::Undo);
        QTRY_COMPARE(editor->file()->text(), before);
        QTest::keySequence(spin, QKeySequence::Redo);
        QTRY_COMPARE(editor->file()->text(), edited);
        // The same from a line edit that holds no typing of its own.
        auto *line = editor->hiveForm()->findChild<QLineEdit *>();
        QVERIFY(line);
        line->setFocus();
        QTest::keySequence(line, QKeySequence::Undo);
        QTRY_COMPARE(editor->file()->text(), before);
    }

    // A value the schema forbids cannot be entered: the CPUs field goes no
    // lower than 1 (below it, the default shows and the key is left out).
    void zeroCpusCannotBeEntered()
    {
        MainWindow window;
        window.show();
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        FileEditor *editor = window.openEditor(project + QStringLiteral("/inventory/hive.yml"));
        QVERIFY(editor && editor->hiveForm());
        auto *cpus =
            editor->hiveForm()->findChild<QSpinBox *>(QStringLiteral("stages.private.cpus"));
        QVERIFY(cpus);
        QCOMPARE(cpus->minimum(), 0);
        QCOMPARE(cpus->text(), cpus->specialValueText());
        cpus->setValue(2);
        QTRY_VERIFY(editor->file()->text().contains("cpus: 2"));
        cpus->setValue(0);
        QTRY_VERIFY(!editor->file()->text().contains("cpus:"));
        QCOMPARE(cpus->text(), cpus->specialValueText());
    }

    void theHostPlanIsTheCoresPlanOfWhatWasTyped()
    {
        MainWindow window;
        window.show();
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        const QString path = project + QStringLiteral("/inventory/hive.yml");
        FileEditor *editor = window.openEditor(path);
        auto *cidr = editor->findChild<QLineEdit *>(QStringLiteral("stages.private.cidr"));
        cidr->setFocus();
        cidr->selectAll();
        QTest::keyClicks(cidr, QStringLiteral("10.1.2.0/24"));
        QTest::keyClick(cidr, Qt::Key_Return);
        QVERIFY(editor->file()->text().contains("    cidr: 10.1.2.0/24\n"));
        auto *plan = editor->findChild<HostPlanView *>(QStringLiteral("hostPlan.private"));
        QVERIFY(plan);
        QTRY_VERIFY_WITH_TIMEOUT(plan->rowCount() > 0 &&
                                     plan->item(0, 2)->text().startsWith(QStringLiteral("10.1.2.")),
                                 5000);
        // The same plan as the core makes of that text.
        Project::Options options;
        options.rootDir = project;
        options.stage = QStringLiteral("private");
        Project core;
        DiagnosticList diags;
        QVERIFY(Project::open(options, core, diags));
        const LoadedInventory loaded = core.loadInventory({{path, editor->file()->text()}});
        const StagePlan *stage = loaded.hive.stage(QStringLiteral("private"));
        QVERIFY(stage);
        QCOMPARE(plan->rowCount(), int(stage->hosts.size()));
        for (int i = 0; i < plan->rowCount(); ++i) {
            QCOMPARE(plan->item(i, 0)->text(), stage->hosts.at(i).name);
            QVERIFY(plan->item(i, 2)->text().startsWith(stage->hosts.at(i).privateIp));
        }
    }

    void aChangeOnDiskWhileEditingIsOfferedForReload()
    {
        MainWindow window;
        window.show();
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        const QString path = project + QStringLiteral("/inventory/services.yml");
        FileEditor *editor = window.openEditor(path);
        QVERIFY(editWebMode(editor));
        QVERIFY(editor->isModified());
        QByteArray other = readAll(path);
        other.replace("redis:7", "redis:7.2");
        QVERIFY(replaceOnDisk(path, other));
        QPushButton *reload = nullptr;
        for (QPushButton *b : editor->findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Reload")))
                reload = b;
        }
        QVERIFY(reload);
        QTRY_VERIFY_WITH_TIMEOUT(reload->isVisible(), 5000);
        reload->click();
        QCOMPARE(editor->file()->text(), other);
        QVERIFY(!editor->isModified());
        // Without unsaved edits a change on disk is simply shown.
        other.replace("redis:7.2", "redis:7.4");
        QVERIFY(replaceOnDisk(path, other));
        QTRY_COMPARE_WITH_TIMEOUT(editor->file()->text(), other, 5000);
    }

    // The differences before choosing: the bar's Show Differences lists the
    // other program's line (-) and the edit here (+), and Keep My Changes
    // from the dialog keeps them; File › Compare with Saved shows the edits
    // not saved yet; the same text says so instead of an empty dialog.
    void theDifferencesShowBeforeChoosing()
    {
        MainWindow window;
        window.show();
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        const QString path = project + QStringLiteral("/inventory/services.yml");
        FileEditor *editor = window.openEditor(path);
        QVERIFY(editWebMode(editor));
        const QByteArray mine = editor->file()->text();
        QByteArray other = readAll(path);
        other.replace("redis:7", "redis:7.2");
        QVERIFY(replaceOnDisk(path, other));
        QPushButton *compare = nullptr;
        for (QPushButton *b : editor->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Show &Differences…"))
                compare = b;
        }
        QVERIFY(compare);
        QTRY_VERIFY_WITH_TIMEOUT(compare->isVisible(), 5000);
        QString shown;
        auto answer = [&](const QString &button) {
            QTimer::singleShot(0, this, [&, button] {
                QWidget *w = QApplication::activeModalWidget();
                if (auto *d = qobject_cast<DifferenceDialog *>(w)) {
                    shown = d->text()->toPlainText();
                    for (QPushButton *b : d->findChildren<QPushButton *>()) {
                        if (b->text() == button)
                            b->click();
                    }
                } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                    shown = box->text();
                    box->accept();
                }
            });
        };
        answer(QStringLiteral("&Keep My Changes"));
        compare->click();
        const QStringList lines = shown.split(QLatin1Char('\n'));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [](const QString &l) {
                                 return l.startsWith(QLatin1Char('-')) &&
                                        l.contains(QStringLiteral("redis:7.2"));
                             }),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("+    mode: replicated")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("(on disk, changed by another program)")));
        QVERIFY(!compare->isVisible()); // kept: the bar is gone
        QCOMPARE(editor->file()->text(), mine);

        // File › Compare with Saved.
        auto *action = window.findChild<QAction *>(QStringLiteral("compareWithSaved"));
        QVERIFY(action && action->isEnabled());
        shown.clear();
        answer(QStringLiteral("Close"));
        action->trigger();
        QVERIFY2(shown.startsWith(QStringLiteral("--- services.yml (saved)")), qPrintable(shown));
        // Saved: nothing to compare.
        QString error;
        QVERIFY2(editor->save(error), qPrintable(error));
        shown.clear();
        answer(QString());
        editor->showDifferences();
        QCOMPARE(shown, QStringLiteral("services.yml here is the same as on disk."));
    }

    // Renaming a service keeps its published ports: the allocation in
    // .hive/persistents.yml goes with the new name (and stays for the old
    // one, so an undo changes nothing), the plan shows the same port, and
    // the Log says so naming the port as service:port.
    void renameKeepsThePublishedPorts()
    {
        const QString project = m_samples.make();
        QDir().mkpath(project + QStringLiteral("/.hive"));
        const QString persistents = project + QStringLiteral("/.hive/persistents.yml");
        QVERIFY(replaceOnDisk(persistents,
                              "published_port_map:\n  private:\n    kvstore6379: 61003\n"));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(project));
        auto publishedOf = [&](const QString &service) -> qint64 {
            const ServicePlan *s = window.document()->inventory().services.service(service);
            return s && !s->ports.isEmpty() ? s->ports.first().publishedPort : -1;
        };
        QCOMPARE(publishedOf(QStringLiteral("kvstore")), qint64(61003));
        FileEditor *editor = window.openEditor(project + QStringLiteral("/inventory/services.yml"));
        ServiceForm *form = editor->serviceForm();
        QVERIFY(form);
        form->showService(QStringLiteral("kvstore"));
        QPushButton *rename = nullptr;
        for (QPushButton *b : form->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Re&name…"))
                rename = b;
        }
        QVERIFY(rename);
        // The name asked for, then (if the name is used elsewhere) Rename.
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [] {
            QWidget *w = QApplication::activeModalWidget();
            if (auto *input = qobject_cast<QInputDialog *>(w)) {
                input->setTextValue(QStringLiteral("cache"));
                input->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == QStringLiteral("Rename"))
                        b->click();
                }
            }
        });
        answer.start(20);
        rename->click();
        answer.stop();
        QVERIFY(editor->file()->text().contains("\n  cache:\n"));
        QVERIFY2(readAll(persistents).contains("cache6379: 61003"),
                 readAll(persistents).constData());
        QVERIFY(readAll(persistents).contains("kvstore6379: 61003"));
        QTRY_COMPARE_WITH_TIMEOUT(publishedOf(QStringLiteral("cache")), qint64(61003), 5000);
        auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("log"));
        QVERIFY(log);
        QVERIFY2(log->toPlainText().contains(
                     QStringLiteral("cache keeps the published ports kvstore had (private: "
                                    "cache:6379 → 61003)")),
                 qPrintable(log->toPlainText()));
    }

    // Text typed in a form field and not committed yet (no Tab, no Enter)
    // is part of the file for Save and counts as unsaved for Quit.
    void typingInAFieldIsSavedAndAskedAbout()
    {
        MainWindow window;
        QString project;
        QVERIFY(openShown(window, project));
        const QString path = project + QStringLiteral("/inventory/services.yml");
        FileEditor *editor = window.openEditor(path);
        editor->serviceForm()->showService(QStringLiteral("web"));
        auto *user =
            editor->serviceForm()->findChild<QLineEdit *>(QStringLiteral("services.web.user"));
        QVERIFY(user);
        user->setFocus();
        QTRY_VERIFY(user->hasFocus());
        QTest::keyClicks(user, QStringLiteral("nobody"));
        QVERIFY(!editor->file()->text().contains("user: nobody"));
        QVERIFY(editor->isModified()); // Quit asks
        QAction *save = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Save"))
                save = a;
        }
        QVERIFY(save && save->isEnabled());
        save->trigger();
        QVERIFY2(readAll(path).contains("    user: nobody\n"), readAll(path).constData());
        QVERIFY(!editor->isModified());
    }

    // A docker stage's seldom-set attributes are folded under "More
    // settings" until one has a value; the cursor on one unfolds it.
    void seldomSetAttributesAreFolded()
    {
        MainWindow window;
        QString project;
        QVERIFY(openShown(window, project));
        FileEditor *editor = window.openEditor(project + QStringLiteral("/inventory/hive.yml"));
        QVERIFY(editor && editor->hiveForm());
        editor->hiveForm()->showStage(QStringLiteral("private"));
        AttributeForm *form = nullptr;
        for (AttributeForm *f : editor->hiveForm()->findChildren<AttributeForm *>()) {
            if (f->base() == QStringList{QStringLiteral("stages"), QStringLiteral("private")})
                form = f;
        }
        QVERIFY(form);
        auto *more = form->findChild<QToolButton *>(QStringLiteral("moreSettings"));
        QVERIFY(more);
        QVERIFY(!form->moreShown());
        auto *internal = form->findChild<QWidget *>(QStringLiteral("stages.private.internal_cidr"));
        QVERIFY(internal && !internal->isVisible());
        QVERIFY(form->findChild<QWidget *>(QStringLiteral("stages.private.cidr"))->isVisible());
        more->click();
        QVERIFY(form->moreShown() && internal->isVisible());
        more->click();
        QVERIFY(!internal->isVisible());
        // A value in the file unfolds it: nothing the file says is hidden.
        QVERIFY(editor->file()->edit(QStringLiteral("test"), [](YamlTextEditor &ed) {
            return ed.setValue({QStringLiteral("stages"), QStringLiteral("private"),
                                QStringLiteral("internal_cidr")},
                               Value::string(QStringLiteral("10.240.0.0/16")));
        }));
        QTRY_VERIFY(form->moreShown() && internal->isVisible());
    }

    // Moving the cursor in the source shows the service or stage it is in
    // and marks the field of its key; the form stays put while the cursor
    // moves for another reason (the form's own edits).
    void theFormFollowsTheSourceCursor()
    {
        MainWindow window;
        QString project;
        QVERIFY(openShown(window, project));
        const auto moveTo = [](FileEditor *editor, int line) {
            QTextCursor c(editor->source()->document()->findBlockByNumber(line - 1));
            editor->source()->setTextCursor(c);
        };
        FileEditor *services =
            window.openEditor(project + QStringLiteral("/inventory/services.yml"));
        QVERIFY(services && services->serviceForm());
        services->source()->setFocus();
        QTRY_VERIFY(services->source()->hasFocus());
        auto *names =
            services->serviceForm()->findChild<QComboBox *>(QStringLiteral("serviceSelector"));
        moveTo(services, 20); // kvstore's replicas
        QCOMPARE(names->currentText(), QStringLiteral("kvstore"));
        const auto marked = [](QWidget *form) {
            QStringList out;
            for (AttributeForm *f : form->findChildren<AttributeForm *>()) {
                if (!f->markedField().isEmpty())
                    out << f->markedField();
            }
            return out;
        };
        QCOMPARE(marked(services->serviceForm()), QStringList{QStringLiteral("replicas")});
        auto *label =
            services->serviceForm()->findChild<QLabel *>(QStringLiteral("label:replicas"));
        QVERIFY(label && label->autoFillBackground());
        moveTo(services, 7); // web's image
        QCOMPARE(names->currentText(), QStringLiteral("web"));
        moveTo(services, 8);
        QCOMPARE(marked(services->serviceForm()).size(), 1);

        FileEditor *hive = window.openEditor(project + QStringLiteral("/inventory/hive.yml"));
        QVERIFY(hive && hive->hiveForm());
        hive->source()->setFocus();
        QTRY_VERIFY(hive->source()->hasFocus());
        moveTo(hive, 15); // staging's cidr
        QCOMPARE(hive->hiveForm()->currentStage(), QStringLiteral("staging"));
        QCOMPARE(marked(hive->hiveForm()), QStringList{QStringLiteral("cidr")});
        // An edit made elsewhere moves the source's text and cursor: the form
        // stays on the stage the user is at.
        QVERIFY(hive->file()->edit(QStringLiteral("test"), [](YamlTextEditor &ed) {
            return ed.setValue({QStringLiteral("stages"), QStringLiteral("private"),
                                QStringLiteral("memory_size")},
                               Value::integer(2048));
        }));
        QVERIFY(hive->source()->hasFocus());
        QCOMPARE(hive->hiveForm()->currentStage(), QStringLiteral("staging"));
        // Not while the source does not have the focus.
        hive->hiveForm()->setFocus();
        QTRY_VERIFY(!hive->source()->hasFocus());
        moveTo(hive, 10);
        QCOMPARE(hive->hiveForm()->currentStage(), QStringLiteral("staging"));
    }

    // The source view as a newcomer types in it: Enter keeps the indent (one
    // step deeper after "key:"), a jump's line mark goes once the text is
    // edited, and a theme change recolours the YAML at once.
    void theSourceViewFollowsTypingAndTheTheme()
    {
        SourceView view;
        view.setFileText("services:\n  web:\n    image: nginx\n");
        view.show();
        QTextCursor c(view.document()->findBlockByNumber(1));
        c.movePosition(QTextCursor::EndOfBlock);
        view.setTextCursor(c);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(view.textCursor().block().text(), QStringLiteral("    "));
        QTest::keyClicks(&view, QStringLiteral("mode: global"));
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(view.textCursor().block().text(), QStringLiteral("    "));
        QVERIFY(view.toPlainText().startsWith(
            QStringLiteral("services:\n  web:\n    mode: global\n    \n    image: nginx")));

        view.goToLine(1, 1);
        const int marked = int(view.extraSelections().size());
        QVERIFY(marked >= 1);
        QTest::keyClicks(&view, QStringLiteral("x"));
        QCOMPARE(int(view.extraSelections().size()), marked - 1);

        auto keyColour = [&] {
            const QList<QTextLayout::FormatRange> f =
                view.document()->findBlockByNumber(0).layout()->formats();
            return f.isEmpty() ? QColor() : f.first().format.foreground().color();
        };
        const QColor light = keyColour();
        QVERIFY(light.isValid());
        QPalette dark = QApplication::palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        QTRY_VERIFY(keyColour() != light);
        QVERIFY(keyColour().lightness() > light.lightness());
        QApplication::setPalette(before);
        QTRY_COMPARE(keyColour(), light);
    }

    // available_on shows what the file says: not set, no stage is ticked and
    // the form says what applies (the file's available_on); ticking a stage
    // writes that list.
    void availableOnShowsWhatTheFileSays()
    {
        MainWindow window;
        window.show();
        const QString project = m_samples.make();
        QVERIFY(window.openProject(project));
        FileEditor *editor = window.openEditor(project + QStringLiteral("/inventory/services.yml"));
        editor->serviceForm()->showService(QStringLiteral("web"));
        auto *field = editor->serviceForm()->findChild<QWidget *>(
            QStringLiteral("services.web.available_on"));
        QVERIFY(field);
        const QList<QCheckBox *> checks = field->findChildren<QCheckBox *>();
        QCOMPARE(checks.size(), 3);
        for (QCheckBox *c : checks)
            QVERIFY(!c->isChecked());
        auto *inherited = field->findChild<QLabel *>(QStringLiteral("inherited"));
        QVERIFY(inherited && !inherited->isHidden());
        QCOMPARE(inherited->text(), QStringLiteral("not set: the file's available_on"));
        checks.first()->click();
        QVERIFY2(editor->file()->text().contains("available_on:"),
                 editor->file()->text().constData());
        QTRY_VERIFY(inherited->isHidden());
        QVERIFY(checks.first()->isChecked());
    }
};

QTEST_MAIN(TestInventoryEditor)
#include "tst_inventory_editor.moc"
