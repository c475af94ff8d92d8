#include "main_window.h"

#include "command_palette.h"
#include "host_plan_view.h"
#include "preferences_dialog.h"
#include "problems_view.h"
#include "project_document.h"
#include "project_tree.h"
#include "source_view.h"
#include "welcome_page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace hive::gui {

namespace {
const QString kRecent = QStringLiteral("recentProjects");
const QString kLastProject = QStringLiteral("lastProject");
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new ProjectDocument(this)),
      m_centre(new QStackedWidget(this)), m_welcome(new WelcomePage(this)),
      m_tabs(new QTabWidget(this)), m_hosts(new HostPlanView(this)), m_tree(new ProjectTree(this)),
      m_problems(new ProblemsView(this)), m_log(new QPlainTextEdit(this)),
      m_stage(new QComboBox(this)), m_statusStage(new QLabel(this)),
      m_statusProvider(new QLabel(this)), m_statusHosts(new QLabel(this)),
      m_statusProblems(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hive Studio"));
    m_tabs->setObjectName(QStringLiteral("editors"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_hosts, tr("Hosts"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the host plan stays
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_tabs);
    setCentralWidget(m_centre);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_stage->setObjectName(QStringLiteral("stageSelector"));
    m_stage->setToolTip(tr("Stage (-s): private, staging or production"));

    createActions();
    createDocks();
    createStatusBar();

    connect(m_document, &ProjectDocument::reloaded, this, &MainWindow::refresh);
    connect(m_document, &ProjectDocument::closed, this, &MainWindow::onClosed);
    connect(m_document, &ProjectDocument::logMessage, this, &MainWindow::log);
    connect(m_problems, &ProblemsView::openLocation, this, &MainWindow::openLocation);
    connect(m_tree, &ProjectTree::openLocation, this, &MainWindow::openLocation);
    connect(m_tree, &ProjectTree::stageActivated, m_document, &ProjectDocument::setStage);
    connect(m_stage, &QComboBox::activated, this,
            [this](int index) { m_document->setStage(m_stage->itemText(index)); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0)
            delete m_tabs->widget(index);
    });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseProject);
    connect(m_welcome, &WelcomePage::recentRequested, this,
            [this](const QString &dir) { openProject(dir); });
    connect(m_welcome, &WelcomePage::openExampleRequested, this, [this] {
        const QString example =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../../examples/sample");
        const QString installed = QStringLiteral(HIVE_EXAMPLES_DIR "/sample");
        openProject(QFileInfo::exists(installed) ? installed : example);
    });
    onClosed();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QStyle *s = style();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(s->standardIcon(QStyle::SP_DialogOpenButton),
                                   tr("&Open Project…"), this, &MainWindow::chooseProject);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_reloadAction = file->addAction(s->standardIcon(QStyle::SP_BrowserReload),
                                     tr("Re&load Project"), m_document, &ProjectDocument::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"));
    save->setShortcut(QKeySequence::Save);
    save->setEnabled(false);
    save->setToolTip(tr("Nothing to save: the editors are read-only in this version"));
    QAction *saveAs = file->addAction(tr("Save &As…"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAs->setEnabled(false);
    m_closeTabAction = file->addAction(tr("&Close Tab"), this, [this] {
        if (m_tabs->currentIndex() > 0)
            delete m_tabs->currentWidget();
    });
    m_closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeProjectAction =
        file->addAction(tr("Close &Project"), m_document, &ProjectDocument::close);
    file->addSeparator();
    QAction *prefs =
        file->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog(this).exec(); });
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_findAction = edit->addAction(tr("&Find…"), this, &MainWindow::find);
    m_findAction->setShortcut(QKeySequence::Find);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *palette =
        view->addAction(tr("Command &Palette…"), this, &MainWindow::showCommandPalette);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *focusTree =
        view->addAction(tr("Go to Project &Tree"), this, [this] { m_tree->setFocus(); });
    focusTree->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *focusProblems = view->addAction(tr("Go to Pro&blems"), this, [this] {
        m_problems->parentWidget()->show();
        m_problems->setFocus();
    });
    focusProblems->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *focusEditors = view->addAction(tr("Go to &Editors"), this,
                                            [this] { m_tabs->currentWidget()->setFocus(); });
    focusEditors->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction *focusStage = view->addAction(tr("Choose &Stage"), this, [this] {
        m_stage->setFocus();
        m_stage->showPopup();
    });
    focusStage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    view->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Hive Studio"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);

    QToolBar *bar = addToolBar(tr("Project"));
    bar->setObjectName(QStringLiteral("projectToolBar"));
    bar->addAction(m_openAction);
    bar->addAction(m_reloadAction);
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
    addRecent(dir);
    QSettings().setValue(kLastProject, dir);
    return true;
}

void MainWindow::restoreSession()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    const QString last = settings.value(kLastProject).toString();
    if (!last.isEmpty() && QFileInfo(last + QStringLiteral("/inventory")).isDir()) {
        QString ignored;
        openProject(last, &ignored);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
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
    m_problems->showDiagnostics(loaded.diagnostics, m_document->rootDir());
    const StagePlan *plan = loaded.hive.stage(stage);
    m_hosts->showStage(plan);
    m_tabs->setTabText(0, tr("Hosts — %1").arg(stage));
    m_statusStage->setText(tr("Stage: %1").arg(stage));
    m_statusProvider->setText(tr("Provider: %1").arg(plan ? plan->provider : tr("none")));
    m_statusHosts->setText(tr("%n host(s)", nullptr, plan ? int(plan->hosts.size()) : 0));
    m_statusProblems->setText(tr("%n error(s)", nullptr, loaded.diagnostics.errorCount()) +
                              QStringLiteral(", ") +
                              tr("%n warning(s)", nullptr, loaded.diagnostics.warningCount()));
    m_reloadAction->setEnabled(true);
    m_closeProjectAction->setEnabled(true);
    // Reopen the source tabs so they show what is on disk now.
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *src = qobject_cast<SourceView *>(m_tabs->widget(i))) {
            QString error;
            const int line = src->textCursor().blockNumber() + 1;
            src->load(src->path(), error);
            src->goToLine(line);
        }
    }
}

void MainWindow::onClosed()
{
    while (m_tabs->count() > 1)
        delete m_tabs->widget(1);
    m_tree->clear();
    m_problems->clear();
    m_hosts->showStage(nullptr);
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
    m_welcome->setRecent(QSettings().value(kRecent).toStringList());
}

void MainWindow::addRecent(const QString &rootDir)
{
    QSettings settings;
    QStringList recent = settings.value(kRecent).toStringList();
    recent.removeAll(rootDir);
    recent.prepend(rootDir);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecent, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecent).toStringList();
    int n = 1;
    for (const QString &dir : recent) {
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n++).arg(QDir::toNativeSeparators(dir)));
        connect(a, &QAction::triggered, this, [this, dir] { openProject(dir); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseProject()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open a hive project (the folder that holds inventory/)"),
        m_document->isOpen() ? m_document->rootDir() : QDir::homePath());
    if (!dir.isEmpty())
        openProject(dir);
}

SourceView *MainWindow::sourceTab(const QString &file, QString &error)
{
    const QString path =
        QFileInfo(file).isAbsolute() ? file : QDir(m_document->rootDir()).filePath(file);
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *src = qobject_cast<SourceView *>(m_tabs->widget(i));
        if (src && src->path() == path) {
            m_tabs->setCurrentIndex(i);
            return src;
        }
    }
    auto *src = new SourceView(m_tabs);
    if (!src->load(path, error)) {
        delete src;
        return nullptr;
    }
    const int index = m_tabs->addTab(src, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(path));
    m_tabs->setCurrentIndex(index);
    return src;
}

void MainWindow::openLocation(const QString &file, int line, int column)
{
    if (file.isEmpty())
        return;
    QString error;
    SourceView *src = sourceTab(file, error);
    if (!src) {
        log(error);
        return;
    }
    src->goToLine(std::max(1, line), std::max(1, column));
    src->setFocus();
}

void MainWindow::find()
{
    auto *src = qobject_cast<SourceView *>(m_tabs->currentWidget());
    if (!src) {
        statusBar()->showMessage(
            tr("Open a file first (double-click a problem or an item in the project tree)"), 5000);
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Find"), tr("Find in %1:").arg(QFileInfo(src->path()).fileName()),
        QLineEdit::Normal, src->textCursor().selectedText(), &ok);
    if (!ok || text.isEmpty())
        return;
    if (!src->find(text)) {
        src->moveCursor(QTextCursor::Start);
        if (!src->find(text))
            statusBar()->showMessage(tr("%1 not found").arg(text), 5000);
    }
}

void MainWindow::showShortcuts()
{
    QStringList rows;
    for (QAction *a : allActions()) {
        if (a->shortcut().isEmpty())
            continue;
        rows << QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                    .arg(a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                         a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    QMessageBox::information(this, tr("Keyboard Shortcuts"),
                             QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
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
