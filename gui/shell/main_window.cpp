#include "gui/shell/main_window.h"

#include "access/stage_files.h"
#include "engine/phase_order.h"
#include "gui/build/build_page.h"
#include "gui/build/phase_pipeline.h"
#include "gui/editor/editable_file.h"
#include "gui/editor/file_editor.h"
#include "gui/editor/project_tree.h"
#include "gui/editor/source_view.h"
#include "gui/editor/template_renderer.h"
#include "gui/health/backup_scheduler.h"
#include "gui/health/health_page.h"
#include "gui/health/hosts_page.h"
#include "gui/live/live_topology_page.h"
#include "gui/metrics/metrics_page.h"
#include "gui/run/desktop_preferences.h"
#include "gui/run/verb_question.h"
#include "gui/shell/command_palette.h"
#include "gui/shell/example_projects.h"
#include "gui/shell/guide_dialog.h"
#include "gui/shell/health_badge.h"
#include "gui/shell/preferences_dialog.h"
#include "gui/shell/problems_view.h"
#include "gui/shell/project_document.h"
#include "gui/shell/recent_projects_menu.h"
#include "gui/shell/service_actions.h"
#include "gui/shell/session_settings.h"
#include "gui/shell/shortcuts_dialog.h"
#include "gui/shell/welcome_page.h"
#include "gui/topology/topology_page.h"
#include "project/atomic_file.h"
#include "topology/planned_topology.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace hive::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new ProjectDocument(this)),
      m_centre(new QStackedWidget(this)), m_welcome(new WelcomePage(this)),
      m_tabs(new QTabWidget(this)), m_hosts(new HostsPage(this)),
      m_topology(new TopologyPage(this)), m_health(new HealthPage(this)),
      m_build(new BuildPage(this)), m_live(new LiveTopologyPage(this)),
      m_metrics(new MetricsPage(this)), m_tree(new ProjectTree(this)),
      m_problems(new ProblemsView(this)), m_log(new QPlainTextEdit(this)),
      m_stage(new QComboBox(this)), m_statusStage(new QLabel(this)),
      m_statusProvider(new QLabel(this)), m_statusHosts(new QLabel(this)),
      m_statusProblems(new QLabel(this)), m_statusHealth(new HealthBadge(m_health, this)),
      m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hive Studio"));
    m_tabs->setObjectName(QStringLiteral("editors"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_hosts, tr("Hosts"));
    m_tabs->addTab(m_topology, tr("Topology"));
    m_tabs->addTab(m_health, tr("Health"));
    m_tabs->addTab(m_build, tr("Build"));
    m_tabs->addTab(m_live, tr("Live"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    // The host plan, the topology, the health, the build, the live hive and
    // its metrics stay; editors open after them.
    for (int i = 0; i < kFixedTabs; ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_tabs);
    setCentralWidget(m_centre);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_stage->setObjectName(QStringLiteral("stageSelector"));
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stage->setToolTip(tr("Stage (-s): private, staging or production"));

    createActions();
    createDocks();
    createStatusBar();

    connect(m_document, &ProjectDocument::reloaded, this, &MainWindow::refresh);
    m_build->setBeforeRun([this] { return saveBeforeRun(); });
    connect(m_build, &BuildPage::runStarted, this,
            [this](const QString &command) { log(tr("Started: %1").arg(command)); });
    connect(m_build, &BuildPage::runFinished, this, [this](bool, const QString &summary) {
        log(summary);
        // start_phase and the allocations may have moved on.
        m_document->rereadPersistents();
        // What the run changed shows in the Health tab and its badge at once.
        m_health->checkNow();
    });
    connect(m_document, &ProjectDocument::closed, this, &MainWindow::onClosed);
    connect(m_document, &ProjectDocument::logMessage, this, &MainWindow::log);
    connect(m_problems, &ProblemsView::openLocation, this, &MainWindow::openLocation);
    connect(m_health, &HealthPage::fixRequested, this, [this](const QString &p, const QString &l) {
        showBuild();
        m_build->pipeline()->setCurrent(p);
        m_build->limitField()->setText(l);
        m_build->limitField()->setFocus();
    });
    // The Hosts tab's live columns are the Health tab's last check.
    connect(m_health, &HealthPage::stateChanged, this, [this] {
        m_hosts->showCheck(m_health->state(), m_health->report(), m_health->failure());
    });
    connect(m_hosts, &HostsPage::checkRequested, m_health, &HealthPage::checkNow);
    connect(m_hosts, &HostsPage::findingsRequested, this, [this](const QString &host) {
        m_health->showSubject(host);
        m_tabs->setCurrentWidget(m_health);
    });
    connect(m_hosts, &HostsPage::setUpRequested, this, [this](const QString &host) {
        showBuild();
        m_build->pipeline()->setCurrent(QStringLiteral("setup-hosts"));
        m_build->limitField()->setText(host);
        m_build->limitField()->setFocus();
    });
    connect(m_live, &LiveTopologyPage::metricsRequested, this,
            [this](const QString &host, const QString &service) {
                m_metrics->choose(host, service);
                showMetrics();
            });
    connect(m_tree, &ProjectTree::openLocation, this, &MainWindow::openLocation);
    connect(m_tree, &ProjectTree::stageActivated, m_document, &ProjectDocument::setStage);
    connect(m_tree, &ProjectTree::addServiceRequested, m_services, &ServiceActions::addService);
    connect(m_tree, &ProjectTree::newServicesFileRequested, m_services,
            &ServiceActions::newServicesFile);
    connect(m_stage, &QComboBox::activated, this,
            [this](int index) { m_document->setStage(m_stage->itemText(index)); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *editor = qobject_cast<FileEditor *>(m_tabs->widget(index)))
            closeEditor(editor);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateEditorActions);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProjectRequested);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseProject);
    connect(m_welcome, &WelcomePage::recentRequested, this,
            [this](const QString &dir) { openProject(dir); });
    connect(m_welcome, &WelcomePage::openExampleRequested, this,
            [this] { openProject(ExampleProjects::sample()); });
    onClosed();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QStyle *s = style();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newProject =
        file->addAction(s->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&New Project…"), this,
                        &MainWindow::newProjectRequested);
    newProject->setShortcut(QKeySequence::New);
    m_addStageAction = file->addAction(tr("Add S&tage…"), this,
                                       [this] { emit addStageRequested(m_document->rootDir()); });
    m_openAction = file->addAction(s->standardIcon(QStyle::SP_DialogOpenButton),
                                   tr("&Open Project…"), this, &MainWindow::chooseProject);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = new RecentProjectsMenu(tr("Open &Recent"), this);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentProjectsMenu::openRequested, this,
            [this](const QString &dir) { openProject(dir); });
    m_services =
        new ServiceActions(this, m_document, [this](const QString &f) { return openEditor(f); });
    file->addActions({m_services->addServiceAction(), m_services->newFileAction()});
    connect(m_services, &ServiceActions::message, this, &MainWindow::log);
    m_reloadAction = file->addAction(s->standardIcon(QStyle::SP_BrowserReload),
                                     tr("Re&load Project"), m_document, &ProjectDocument::reload);
    // (F5 runs the chosen phase in the Build tab.)
    m_reloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    file->addSeparator();
    m_saveAction = file->addAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this,
                                   &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_compareAction = file->addAction(tr("Co&mpare with Saved…"), this, [this] {
        if (FileEditor *editor = currentEditor())
            editor->showDifferences();
    });
    m_compareAction->setObjectName(QStringLiteral("compareWithSaved"));
    m_closeTabAction = file->addAction(tr("&Close Tab"), this, [this] {
        if (FileEditor *editor = currentEditor())
            closeEditor(editor);
    });
    m_closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeProjectAction =
        file->addAction(tr("Close &Project"), m_document, &ProjectDocument::close);
    file->addSeparator();
    QAction *prefs = file->addAction(tr("Pr&eferences…"), this, [this] {
        const QString before = PreferencesDialog::savedLanguage();
        PreferencesDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_health->setInterval(DesktopPreferences::healthIntervalMinutes());
        if (dialog.language() != before)
            emit languageChosen(dialog.language());
    });
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    // What was just typed in the source joins the history before undo.
    connect(edit, &QMenu::aboutToShow, this, [this] {
        if (FileEditor *e = currentEditor())
            e->flush();
    });
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find…"), this, &MainWindow::find);
    m_findAction->setShortcut(QKeySequence::Find);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *palette =
        view->addAction(tr("Command &Palette…"), this, &MainWindow::showCommandPalette);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *focusTree =
        view->addAction(tr("Go to Project &Tree"), this, [this] { m_tree->setFocus(); });
    focusTree->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *focusProblems = view->addAction(tr("Go to P&roblems"), this, [this] {
        m_problems->parentWidget()->show();
        m_problems->setFocus();
    });
    focusProblems->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *focusEditors = view->addAction(tr("Go to &Editors"), this,
                                            [this] { m_tabs->currentWidget()->setFocus(); });
    focusEditors->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction *focusTopology =
        view->addAction(tr("Go to Planned T&opology"), this, &MainWindow::showTopology);
    focusTopology->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    // A tab's own actions in its menu; using one shows the tab.
    const auto tabActions = [this](QMenu *menu, QWidget *tab, const QList<QAction *> &actions) {
        for (QAction *a : actions) {
            menu->addAction(a);
            connect(a, &QAction::triggered, this, [this, tab] { m_tabs->setCurrentWidget(tab); });
        }
    };
    QAction *focusHosts = view->addAction(tr("Go to Hosts"), this, &MainWindow::showHosts);
    focusHosts->setShortcut(QKeySequence(Qt::ALT | Qt::Key_8));
    tabActions(view->addMenu(tr("Hosts")), m_hosts, m_hosts->pageActions());
    tabActions(view->addMenu(tr("Topolo&gy")), m_topology, m_topology->pageActions());
    QAction *focusHealth = view->addAction(tr("Go to &Health"), this, &MainWindow::showHealth);
    focusHealth->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    tabActions(view->addMenu(tr("He&alth")), m_health, m_health->pageActions());
    QAction *focusBuild = view->addAction(tr("Go to &Build"), this, &MainWindow::showBuild);
    focusBuild->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    QAction *focusLive = view->addAction(tr("Go to &Live"), this, &MainWindow::showLive);
    focusLive->setShortcut(QKeySequence(Qt::ALT | Qt::Key_7));
    tabActions(view->addMenu(tr("L&ive")), m_live, m_live->pageActions());
    QAction *focusMetrics = view->addAction(tr("Go to &Metrics"), this, &MainWindow::showMetrics);
    focusMetrics->setShortcut(QKeySequence(Qt::ALT | Qt::Key_9));
    tabActions(view->addMenu(tr("Metri&cs")), m_metrics, m_metrics->pageActions());
    QMenu *build = menuBar()->addMenu(tr("&Build"));
    tabActions(build, m_build, m_build->pageActions());
    // Each phase by name, so that the palette finds "setup-hosts".
    QMenu *phases = build->addMenu(tr("&Phase"));
    for (const QString &phase : PhaseOrder::phases())
        phases->addAction(phase, this, [this, phase] {
            showBuild();
            m_build->pipeline()->setCurrent(phase);
        });
    QAction *focusStage = view->addAction(tr("Choose &Stage"), this, [this] {
        m_stage->setFocus();
        m_stage->showPopup();
    });
    focusStage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    view->addSeparator();
    const auto modeAction = [&](const QString &text, FileEditor::Mode mode, Qt::Key key) {
        QAction *a = view->addAction(text, this, [this, mode] {
            if (FileEditor *e = currentEditor())
                e->setMode(mode);
        });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | key));
        m_modeActions << a;
    };
    modeAction(tr("Show &Form"), FileEditor::Mode::Form, Qt::Key_F);
    modeAction(tr("Show &YAML Source"), FileEditor::Mode::Source, Qt::Key_Y);
    modeAction(tr("Show Form and Source Side by Si&de"), FileEditor::Mode::Both, Qt::Key_B);
    view->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Documentation"), this, [this] {
        auto *guide = findChild<GuideDialog *>();
        if (!guide)
            guide = new GuideDialog(this);
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    QAction *shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Hive Studio"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);

    QToolBar *bar = addToolBar(tr("Project"));
    bar->setObjectName(QStringLiteral("projectToolBar"));
    bar->addActions({newProject, m_openAction, m_reloadAction, m_saveAction});
    bar->addSeparator();
    bar->addAction(m_services->addServiceAction());
    bar->addSeparator();
    auto *stageLabel = new QLabel(tr("&Stage:"), bar);
    stageLabel->setBuddy(m_stage);
    bar->addWidget(stageLabel);
    bar->addWidget(m_stage);
}

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget *w, const QString &title, const QString &name,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *tree =
        dock(m_tree, tr("Project"), QStringLiteral("projectDock"), Qt::LeftDockWidgetArea);
    QDockWidget *problems =
        dock(m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    QDockWidget *logDock =
        dock(m_log, tr("Log"), QStringLiteral("logDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problems, logDock);
    problems->raise();
    // Wide pages (the Build tab, a form beside its source, a large font)
    // would squeeze the Project dock to a sliver: it keeps room for about
    // 22 characters, and the window grows instead.
    m_tree->setMinimumWidth(m_tree->fontMetrics().averageCharWidth() * 22);
    resizeDocks({tree}, {300}, Qt::Horizontal);
    resizeDocks({problems}, {180}, Qt::Vertical);
    m_viewMenu->addAction(tree->toggleViewAction());
    m_viewMenu->addAction(problems->toggleViewAction());
    m_viewMenu->addAction(logDock->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    for (QLabel *l : {m_statusStage, m_statusProvider, m_statusHosts, m_statusProblems})
        statusBar()->addPermanentWidget(l);
    m_statusProblems->setObjectName(QStringLiteral("statusProblems"));
    statusBar()->addPermanentWidget(m_statusHealth);
    connect(m_statusHealth, &QToolButton::clicked, this, &MainWindow::showHealth);
    connect(m_health->backupScheduler(), &BackupScheduler::message, this, &MainWindow::log);
}

void MainWindow::showHealth()
{
    m_tabs->setCurrentWidget(m_health);
    m_health->setFocus();
}

void MainWindow::showHosts()
{
    m_tabs->setCurrentWidget(m_hosts);
    m_hosts->table()->setFocus();
}

void MainWindow::showBuild()
{
    m_tabs->setCurrentWidget(m_build);
    m_build->setFocus();
}

void MainWindow::showMetrics()
{
    m_tabs->setCurrentWidget(m_metrics);
    m_metrics->setFocus();
}

void MainWindow::showLive()
{
    m_tabs->setCurrentWidget(m_live);
    m_live->setFocus();
}

void MainWindow::showTopology()
{
    m_tabs->setCurrentWidget(m_topology);
    m_topology->setFocus();
}

QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> out;
    for (QAction *top : menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->menu()) {
                out << a->menu()->actions();
                continue;
            }
            out << a;
        }
    }
    return out;
}

void MainWindow::showCommandPalette()
{
    CommandPalette palette(allActions(), this);
    palette.exec();
}

bool MainWindow::openProject(const QString &rootDir, QString *errorOut)
{
    const QString dir = QDir(rootDir).absolutePath();
    QString error;
    if (m_document->isOpen())
        m_document->close();
    if (!m_document->open(dir, {}, error)) {
        log(error);
        if (errorOut)
            *errorOut = error;
        else
            QMessageBox::warning(this, tr("Cannot open the project"), error);
        return false;
    }
    m_recentMenu->add(dir);
    SessionSettings::rememberProject(dir);
    // The keys go to the shown tab at once (arrows in the Hosts table).
    if (QWidget *shown = m_tabs->currentWidget(); shown && !shown->isAncestorOf(focusWidget())) {
        if (shown == m_hosts)
            m_hosts->table()->setFocus();
        else
            shown->setFocus();
    }
    return true;
}

void MainWindow::restoreSession(bool reopenLastProject)
{
    const Snapshot last = SessionSettings::load(reopenLastProject);
    if (last.geometry.isEmpty()) {
        // A first start: most of the screen, centred, docks at their sizes.
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(screen.size() * 0.8);
        move(screen.center() - rect().center());
    }
    restore(last);
}

MainWindow::Snapshot MainWindow::snapshot() const
{
    Snapshot snap;
    if (m_document->isOpen()) {
        snap.project = m_document->rootDir();
        snap.stage = m_document->stage();
    }
    for (FileEditor *editor : editors()) {
        editor->flush();
        Snapshot::OpenFile f;
        f.path = editor->path();
        if (editor->isModified())
            f.unsavedText = editor->file()->text();
        f.mode = int(editor->mode());
        snap.files << f;
    }
    snap.currentTab = m_tabs->currentIndex();
    snap.geometry = saveGeometry();
    snap.state = saveState();
    snap.log = m_log->toPlainText();
    return snap;
}

void MainWindow::restore(const Snapshot &snap)
{
    restoreGeometry(snap.geometry);
    restoreState(snap.state);
    if (!snap.log.isEmpty())
        m_log->setPlainText(snap.log);
    if (snap.project.isEmpty())
        return;
    QString error;
    // A stage that is gone from the project: its first stage instead.
    if (!m_document->open(snap.project, snap.stage, error) &&
        (snap.stage.isEmpty() || !m_document->open(snap.project, {}, error))) {
        log(error);
        return;
    }
    for (const Snapshot::OpenFile &f : snap.files) {
        FileEditor *editor = editorTab(f.path, error);
        if (!editor) {
            log(error);
            continue;
        }
        editor->setMode(FileEditor::Mode(f.mode));
        if (!f.unsavedText.isEmpty())
            editor->restoreUnsavedText(f.unsavedText);
    }
    m_tabs->setCurrentIndex(std::min(snap.currentTab, m_tabs->count() - 1));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Taken first: closing the files below takes their tabs away. A run is
    // asked about before the files, so keeping it running keeps them open.
    const Snapshot session = snapshot();
    if (!m_build->confirmClose() || !confirmCloseAll()) {
        event->ignore();
        return;
    }
    SessionSettings::save(session);
    event->accept();
}

void MainWindow::refresh()
{
    const LoadedInventory &loaded = m_document->inventory();
    const QString stage = m_document->stage();
    m_centre->setCurrentWidget(m_tabs);
    setWindowTitle(tr("%1 — %2 — Hive Studio")
                       .arg(loaded.hive.name.isEmpty() ? QFileInfo(m_document->rootDir()).fileName()
                                                       : loaded.hive.name,
                            stage));
    m_stage->clear();
    m_stage->addItems(m_document->stages());
    m_stage->setCurrentText(stage);
    m_stage->setEnabled(true);
    m_tree->showInventory(loaded, stage);
    m_services->setOpen(true);
    m_problems->showDiagnostics(loaded.diagnostics, m_document->rootDir());
    const StagePlan *plan = loaded.hive.stage(stage);
    m_hosts->setProject(m_document->project(), plan);
    m_tabs->setTabText(0, tr("Hosts — %1").arg(stage));
    PlannedTopology planned = PlannedTopology::build(loaded, stage);
    planned.setPublicAddresses(StageFiles::publicAddresses(m_document->project().contextDir()));
    m_topology->showTopology(planned);
    m_tabs->setTabText(1, tr("Topology — %1").arg(stage));
    m_health->setProject(m_document->project(), loaded);
    m_tabs->setTabText(2, tr("Health — %1").arg(stage));
    m_build->setProject(m_document->project(), loaded);
    m_tabs->setTabText(3, tr("Build — %1").arg(stage));
    m_live->setProject(m_document->project(), loaded);
    m_tabs->setTabText(4, tr("Live — %1").arg(stage));
    m_metrics->setProject(m_document->project(), loaded);
    m_tabs->setTabText(5, tr("Metrics — %1").arg(stage));
    m_statusStage->setText(tr("Stage: %1").arg(stage));
    m_statusProvider->setText(tr("Provider: %1").arg(plan ? plan->provider : tr("none")));
    m_statusHosts->setText(tr("%n host(s)", nullptr, plan ? int(plan->hosts.size()) : 0));
    //: Joins the counts of errors and warnings ("、" in Japanese).
    m_statusProblems->setText(
        tr("%1, %2").arg(tr("%n error(s)", nullptr, loaded.diagnostics.errorCount()),
                         tr("%n warning(s)", nullptr, loaded.diagnostics.warningCount())));
    m_reloadAction->setEnabled(true);
    m_closeProjectAction->setEnabled(true);
    m_addStageAction->setEnabled(true);
    for (FileEditor *editor : editors())
        showLoadedState(editor);
    updateEditorActions();
}

void MainWindow::showLoadedState(FileEditor *editor)
{
    // Each open file shows its own problems inline, and the hive form the plan.
    // Diagnostics name files as the loader read them, which is how editors are opened.
    const LoadedInventory &loaded = m_document->inventory();
    const QString path = QDir::cleanPath(editor->path());
    QList<Diagnostic> mine;
    for (const Diagnostic &d : loaded.diagnostics.all()) {
        if (QDir::cleanPath(d.mark.file) == path)
            mine << d;
    }
    editor->setDiagnostics(mine);
    editor->showPlans(loaded.hive);
}

void MainWindow::onClosed()
{
    while (m_tabs->count() > kFixedTabs)
        delete m_tabs->widget(kFixedTabs);
    updateEditorActions();
    m_tree->clear();
    m_services->setOpen(false);
    m_problems->clear();
    m_hosts->clear();
    m_topology->showTopology({});
    m_health->clear();
    m_build->clear();
    m_live->clear();
    m_metrics->clear();
    m_stage->clear();
    m_stage->setEnabled(false);
    m_centre->setCurrentWidget(m_welcome);
    setWindowTitle(tr("Hive Studio"));
    m_statusStage->setText(tr("No project"));
    m_statusProvider->clear();
    m_statusHosts->clear();
    m_statusProblems->clear();
    m_reloadAction->setEnabled(false);
    m_closeProjectAction->setEnabled(false);
    m_addStageAction->setEnabled(false);
    m_welcome->setRecent(RecentProjectsMenu::projects());
}

void MainWindow::chooseProject()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open a hive project (the folder that holds inventory/)"),
        m_document->isOpen() ? m_document->rootDir() : QDir::homePath());
    if (!dir.isEmpty())
        openProject(dir);
}

QList<FileEditor *> MainWindow::editors() const
{
    QList<FileEditor *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *e = qobject_cast<FileEditor *>(m_tabs->widget(i)))
            out << e;
    }
    return out;
}

FileEditor *MainWindow::currentEditor() const
{
    return qobject_cast<FileEditor *>(m_tabs->currentWidget());
}

FileEditor *MainWindow::editorTab(const QString &file, QString &error)
{
    const QString path =
        QFileInfo(file).isAbsolute() ? file : QDir(m_document->rootDir()).filePath(file);
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (FileEditor *e : editors()) {
        if (QFileInfo(e->path()).canonicalFilePath() == canonical) {
            m_tabs->setCurrentWidget(e);
            return e;
        }
    }
    auto *editor = new FileEditor(path, m_tabs);
    if (!editor->load(error)) {
        delete editor;
        return nullptr;
    }
    m_undoGroup->addStack(editor->undoStack());
    if (!m_templateRenderer) {
        m_templateRenderer = new TemplateRenderer(
            [this] {
                return TemplateRenderer::Source{
                    m_document->inventory(),
                    InventoryTemplates::Context::of(m_document->project(),
                                                    QStringLiteral("deploy-services"))};
            },
            this);
        connect(m_document, &ProjectDocument::reloaded, m_templateRenderer,
                &TemplateRenderer::refresh);
    }
    editor->setTemplateRenderer(m_templateRenderer);
    // Problems follow the text being edited; saving hands the file back to the disk.
    connect(editor, &FileEditor::textEdited, m_document, &ProjectDocument::setUnsaved);
    connect(editor, &FileEditor::addServiceRequested, m_services, &ServiceActions::addService);
    connect(editor, &FileEditor::serviceRenamed, m_services, &ServiceActions::carryPublishedPorts);
    connect(editor, &FileEditor::modifiedChanged, this, [this, editor] { updateTabTitle(editor); });
    connect(editor, &FileEditor::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
        log(text);
    });
    const int index = m_tabs->addTab(editor, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(path));
    m_tabs->setCurrentIndex(index);
    showLoadedState(editor);
    updateEditorActions();
    return editor;
}

FileEditor *MainWindow::openEditor(const QString &file)
{
    QString error;
    FileEditor *editor = editorTab(file, error);
    if (!editor)
        log(error);
    return editor;
}

void MainWindow::updateTabTitle(FileEditor *editor)
{
    const int index = m_tabs->indexOf(editor);
    if (index < 0)
        return;
    const QString name = QFileInfo(editor->path()).fileName();
    m_tabs->setTabText(index, editor->isModified() ? name + QStringLiteral(" ●") : name);
    updateEditorActions();
}

void MainWindow::updateEditorActions()
{
    FileEditor *editor = currentEditor();
    m_undoGroup->setActiveStack(editor ? editor->undoStack() : nullptr);
    // Also while a form field holds typing not committed yet (Save commits it).
    m_saveAction->setEnabled(editor != nullptr);
    m_saveAsAction->setEnabled(editor != nullptr);
    m_closeTabAction->setEnabled(editor != nullptr);
    m_compareAction->setEnabled(editor && editor->isModified());
    for (QAction *a : m_modeActions)
        a->setEnabled(editor && editor->hasForm());
}

void MainWindow::save()
{
    FileEditor *editor = currentEditor();
    if (!editor)
        return;
    editor->flush();
    const QList<Diagnostic> errors = m_document->errorsIn(editor->path());
    if (!errors.isEmpty() &&
        !VerbQuestion::ask(
            this, tr("Save with Errors"),
            tr("%1 has %n error(s), the first: %2\n\nRuns refuse the project until they are "
               "fixed.",
               nullptr, int(errors.size()))
                .arg(QFileInfo(editor->path()).fileName(), errors.first().mark.line > 0
                                                               ? tr("line %1: %2")
                                                                     .arg(errors.first().mark.line)
                                                                     .arg(errors.first().message)
                                                               : errors.first().message),
            tr("&Save Anyway"), tr("&Keep Editing")))
        return;
    QString error;
    if (!editor->save(error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return;
    }
    m_document->clearUnsaved(editor->path());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(editor->path())), 4000);
    log(tr("Saved %1").arg(QDir::toNativeSeparators(editor->path())));
    updateTabTitle(editor);
}

void MainWindow::saveAs()
{
    FileEditor *editor = currentEditor();
    if (!editor)
        return;
    editor->flush();
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save As"), editor->path(), tr("YAML files (*.yml *.yaml);;All files (*)"));
    if (target.isEmpty())
        return;
    QString error;
    if (!AtomicFile::write(target, editor->file()->text(), error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return;
    }
    // The new file is the one being edited from now on; the old one stays as it was on disk.
    m_document->clearUnsaved(editor->path());
    m_undoGroup->removeStack(editor->undoStack());
    delete editor;
    openEditor(target);
}

bool MainWindow::closeEditor(FileEditor *editor)
{
    editor->flush();
    if (editor->isModified()) {
        m_tabs->setCurrentWidget(editor);
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("%1 has changes that are not saved. Save them?")
                            .arg(QFileInfo(editor->path()).fileName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Save);
        box.button(QMessageBox::Save)->setText(tr("&Save"));
        box.button(QMessageBox::Discard)->setText(tr("&Discard Changes"));
        box.button(QMessageBox::Cancel)->setText(tr("&Keep Editing"));
        const auto answer = QMessageBox::StandardButton(box.exec());
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            QString error;
            if (!editor->save(error)) {
                QMessageBox::warning(this, tr("Cannot save"), error);
                return false;
            }
        }
    }
    m_document->clearUnsaved(editor->path());
    m_undoGroup->removeStack(editor->undoStack());
    delete editor;
    updateEditorActions();
    return true;
}

bool MainWindow::saveBeforeRun()
{
    QList<FileEditor *> modified;
    for (FileEditor *editor : editors()) {
        editor->flush();
        if (editor->isModified())
            modified << editor;
    }
    if (modified.isEmpty())
        return true;
    QStringList names;
    for (FileEditor *e : std::as_const(modified))
        names << QFileInfo(e->path()).fileName();
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("A run uses the files on disk. Save %1 first?").arg(names.join(QStringLiteral(", "))),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    if (answer != QMessageBox::Save)
        return false;
    for (FileEditor *e : std::as_const(modified)) {
        QString error;
        if (!e->save(error)) {
            QMessageBox::warning(this, tr("Cannot save"), error);
            return false;
        }
    }
    return true;
}

bool MainWindow::confirmCloseAll()
{
    for (FileEditor *editor : editors()) {
        if (!closeEditor(editor))
            return false;
    }
    return true;
}

void MainWindow::openLocation(const QString &file, int line, int column)
{
    if (file.isEmpty())
        return;
    QString error;
    FileEditor *editor = editorTab(file, error);
    if (!editor) {
        log(error);
        return;
    }
    editor->revealLine(std::max(1, line), std::max(1, column));
    editor->source()->setFocus();
}

void MainWindow::find()
{
    if (m_tabs->currentWidget() == m_build) {
        m_build->searchLog();
        return;
    }
    SourceView *src = currentEditor() ? currentEditor()->source() : nullptr;
    if (!src) {
        statusBar()->showMessage(
            tr("Open a file first (double-click a problem or an item in the project tree)"), 5000);
        return;
    }
    if (const QString said = src->askAndFind(); !said.isEmpty())
        statusBar()->showMessage(said, 5000);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(allActions(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Hive Studio"),
        tr("<h3>Hive Studio %1</h3><p>Design, build, run and repair a highly available "
           "Docker Swarm site. Opens hive-builder projects unchanged.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::log(const QString &text)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(
        QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), text));
}

} // namespace hive::gui
