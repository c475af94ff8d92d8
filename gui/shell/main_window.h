#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace hive::gui {

class BuildPage;
class LiveTopologyPage;
class MetricsPage;
class TemplateRenderer;
class HealthBadge;
class HealthPage;
class HostsPage;
class TopologyPage;
class ProblemsView;
class ProjectDocument;
class ProjectTree;
class RecentProjectsMenu;
class ServiceActions;
class FileEditor;
class WelcomePage;

// The project window: project tree on the left, editors in tabs in the
// centre, Problems and Log at the bottom, stage selector in the tool bar,
// stage/provider/hosts/problems in the status bar. Every action has a menu
// entry, a shortcut where one is standard, and a place in the command palette.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &rootDir, QString *error = nullptr);
    void openLocation(const QString &file, int line, int column);
    ProjectDocument *document() const { return m_document; }
    FileEditor *openEditor(const QString &file);
    QList<QAction *> allActions() const;
    TopologyPage *topologyPage() const { return m_topology; }
    void showTopology();
    HealthPage *healthPage() const { return m_health; }
    void showHealth();
    void showHosts();
    BuildPage *buildPage() const { return m_build; }
    void showBuild();
    LiveTopologyPage *livePage() const { return m_live; }
    void showLive();
    MetricsPage *metricsPage() const { return m_metrics; }
    void showMetrics();
    // Restores the window layout from the settings, and the last project
    // unless another one is about to be opened (it would be loaded twice).
    void restoreSession(bool reopenLastProject = true);

    // What the window shows, so that it can be rebuilt (in another language)
    // without losing anything: the project and stage, the open files with
    // their unsaved text and view mode, the current tab, the layout and the log.
    // The tabs before the open files: Hosts, Topology, Health, Build, Live.
    static constexpr int kFixedTabs = 6;

    struct Snapshot
    {
        struct OpenFile
        {
            QString path;
            QByteArray unsavedText; // empty when the file has no unsaved edits
            int mode = 0;           // FileEditor::Mode
        };
        QString project;
        QString stage;
        QList<OpenFile> files;
        int currentTab = 0;
        QByteArray geometry;
        QByteArray state;
        QString log; // the Log dock's lines so far
    };
    Snapshot snapshot() const;
    void restore(const Snapshot &snapshot);

public slots:
    void showCommandPalette();

signals:
    // The setup wizard lives in wizards/, above this layer: the app connects it.
    void newProjectRequested();
    void addStageRequested(const QString &rootDir);
    // Preferences chose another language ("ja", "en", "" for the system's).
    void languageChosen(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ProjectDocument *m_document;
    TemplateRenderer *m_templateRenderer = nullptr; // made with the first editor
    QStackedWidget *m_centre;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    HostsPage *m_hosts;
    TopologyPage *m_topology;
    HealthPage *m_health;
    BuildPage *m_build;
    LiveTopologyPage *m_live;
    MetricsPage *m_metrics;
    ProjectTree *m_tree;
    ProblemsView *m_problems;
    QPlainTextEdit *m_log;
    QComboBox *m_stage;
    QLabel *m_statusStage;
    QLabel *m_statusProvider;
    QLabel *m_statusHosts;
    QLabel *m_statusProblems;
    HealthBadge *m_statusHealth;
    RecentProjectsMenu *m_recentMenu = nullptr;
    ServiceActions *m_services = nullptr;
    QMenu *m_viewMenu = nullptr;
    QUndoGroup *m_undoGroup;

    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeProjectAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_addStageAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QList<QAction *> m_modeActions;

    void createActions();
    void createDocks();
    void createStatusBar();
    void refresh();
    void onClosed();
    void chooseProject();
    void find();
    void showShortcuts();
    void showAbout();
    FileEditor *editorTab(const QString &file, QString &error);
    FileEditor *currentEditor() const;
    QList<FileEditor *> editors() const;
    bool closeEditor(FileEditor *editor);
    bool confirmCloseAll();
    // Before a run: the open files with changes are saved (asked first).
    bool saveBeforeRun();
    void save();
    void saveAs();
    void updateEditorActions();
    void updateTabTitle(FileEditor *editor);
    void showLoadedState(FileEditor *editor);
    void log(const QString &text);
};

} // namespace hive::gui
