#include "build_page.h"

#include "engine/phase_catalog.h"
#include "engine/phase_order.h"
#include "engine/run_log.h"
#include "engine/run_failure_advice.h"
#include "host_keys_dialog.h"
#include "inventory/inventory_loader.h"
#include "phase_duration_chart.h"
#include "phase_pipeline.h"
#include "phases/phase_runner.h"
#include "progress_cell_delegate.h"
#include "run_event_relay.h"
#include "run_grid_model.h"
#include "run_log_view.h"
#include "run_status_style.h"
#include "run_timeline_chart.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hive::gui {

namespace {

// What -l names in each phase, for Retry Failed: hosts, or services.
bool limitsHosts(const QString &phase)
{
    const PhaseTraits *t = PhaseCatalog::find(phase);
    return t && t->limit == PhaseTraits::Limit::Hosts;
}

bool limitsServices(const QString &phase)
{
    const PhaseTraits *t = PhaseCatalog::find(phase);
    return t && t->limit == PhaseTraits::Limit::Services;
}

} // namespace

BuildPage::BuildPage(QWidget *parent)
    : QWidget(parent), m_pipeline(new PhasePipeline(this)), m_limit(new QLineEdit(this)),
      m_tags(new QLineEdit(this)), m_command(new QLabel(this)), m_title(new QLabel(this)),
      m_times(new QLabel(this)), m_progress(new QProgressBar(this)), m_running(new QLabel(this)),
      m_failure(new QFrame(this)), m_failureText(new QLabel(m_failure)),
      m_retryButton(new QPushButton(m_failure)), m_trustButton(new QPushButton(m_failure)),
      m_cancelButton(new QPushButton(this)), m_liveButton(new QPushButton(this)),
      m_scrub(new QSlider(Qt::Horizontal, this)), m_scrubTime(new QLabel(this)),
      m_views(new QTabWidget(this)), m_grid(new QTableView(this)), m_model(new RunGridModel(this)),
      m_cellOutput(new QPlainTextEdit(this)), m_log(new RunLogView(this)),
      m_timeline(new RunTimelineChart(this)), m_history(new QTreeWidget(this)),
      m_durations(new PhaseDurationChart(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("buildPage"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    // Actions on the chosen phase.
    const auto action = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_runAction = action(tr("&Run Phase"), QKeySequence(Qt::Key_F5), &BuildPage::runChosen);
    m_runAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_runFromAction =
        action(tr("Run &from Here"), QKeySequence(Qt::SHIFT | Qt::Key_F5), &BuildPage::runFromHere);
    m_runFromAction->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_checkAction = action(tr("C&heck Only"), QKeySequence(Qt::Key_F6), &BuildPage::checkChosen);
    m_checkAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_haltAction = action(tr("Ha&lt Servers…"), QKeySequence(), &BuildPage::haltChosen);
    m_haltAction->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_destroyAction = action(tr("&Destroy…"), QKeySequence(), &BuildPage::destroyChosen);
    m_destroyAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_retryAction = action(tr("Retr&y Failed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                           &BuildPage::retryFailed);
    m_cancelAction =
        action(tr("&Cancel Run"), QKeySequence(Qt::Key_Escape), [this] { cancelRun(true); });
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    // (Ctrl+F: the window's Find searches the log while this tab is shown.)
    m_searchAction = action(tr("Search the Log"), QKeySequence(), &BuildPage::searchLog);

    auto *actions = new QHBoxLayout;
    const auto button = [this, actions](QAction *a, const QString &name) {
        auto *b = new QPushButton(a->icon(), a->text(), this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, b, [a, b] {
            b->setEnabled(a->isEnabled());
            b->setVisible(a->isVisible());
            b->setToolTip(a->toolTip());
        });
        actions->addWidget(b);
        return b;
    };
    auto *limitLabel = new QLabel(tr("&Limit (-l):"), this);
    limitLabel->setBuddy(m_limit);
    m_limit->setObjectName(QStringLiteral("buildLimit"));
    m_limit->setPlaceholderText(tr("all"));
    m_limit->setClearButtonEnabled(true);
    auto *tagsLabel = new QLabel(tr("&Tags (-T):"), this);
    tagsLabel->setBuddy(m_tags);
    m_tags->setObjectName(QStringLiteral("buildTags"));
    m_tags->setPlaceholderText(tr("all steps"));
    m_tags->setClearButtonEnabled(true);
    actions->addWidget(limitLabel);
    actions->addWidget(m_limit, 1);
    actions->addWidget(tagsLabel);
    actions->addWidget(m_tags, 1);
    button(m_runAction, QStringLiteral("buildRun"));
    button(m_runFromAction, QStringLiteral("buildRunFrom"));
    button(m_checkAction, QStringLiteral("buildCheck"));
    button(m_haltAction, QStringLiteral("buildHalt"));
    button(m_destroyAction, QStringLiteral("buildDestroy"));

    m_command->setObjectName(QStringLiteral("buildCommand"));
    m_command->setFont(mono);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_command->setWordWrap(true);

    // The run: title, times, progress, what still runs, cancel.
    m_title->setObjectName(QStringLiteral("buildTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_times->setObjectName(QStringLiteral("buildTimes"));
    m_progress->setObjectName(QStringLiteral("buildProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p %"));
    m_running->setObjectName(QStringLiteral("buildStillRunning"));
    m_running->setWordWrap(true);
    m_running->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelButton->setObjectName(QStringLiteral("buildCancel"));
    m_cancelButton->setText(tr("Cancel Run (Esc)"));
    m_cancelButton->setIcon(m_cancelAction->icon());
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { cancelRun(true); });
    m_liveButton->setObjectName(QStringLiteral("buildBackToLive"));
    m_liveButton->setText(tr("Back to the Live Run"));
    m_liveButton->setAutoDefault(false);
    connect(m_liveButton, &QPushButton::clicked, this, [this] {
        m_mode = Mode::Live;
        m_follow = true;
        showPhase(runningPhase().isEmpty() ? m_live.phases().value(0) : runningPhase());
    });
    // Replay: step through a saved run (arrow keys, Page Up/Down, Home, End).
    m_scrub->setObjectName(QStringLiteral("buildReplayPosition"));
    m_scrub->setAccessibleName(tr("Position in the saved run"));
    m_scrub->setToolTip(tr("Move through the saved run: the views show it as it was then"));
    m_scrubTime->setObjectName(QStringLiteral("buildReplayTime"));
    connect(m_scrub, &QSlider::valueChanged, this, &BuildPage::replayTo);
    auto *scrubRow = new QHBoxLayout;
    auto *scrubLabel = new QLabel(tr("Re&play:"), this);
    scrubLabel->setBuddy(m_scrub);
    scrubRow->addWidget(scrubLabel);
    scrubRow->addWidget(m_scrub, 1);
    scrubRow->addWidget(m_scrubTime);
    m_scrubRow = new QWidget(this);
    m_scrubRow->setLayout(scrubRow);
    scrubRow->setContentsMargins(0, 0, 0, 0);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_title, 1);
    runRow->addWidget(m_times);
    runRow->addWidget(m_liveButton);
    runRow->addWidget(m_cancelButton);

    // A failure, what to try next, and Retry Failed.
    m_failure->setObjectName(QStringLiteral("buildFailure"));
    m_failure->setFrameShape(QFrame::StyledPanel);
    m_failure->setAutoFillBackground(true);
    m_failureText->setWordWrap(true);
    m_failureText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setObjectName(QStringLiteral("buildRetry"));
    m_retryButton->setAutoDefault(false);
    connect(m_retryButton, &QPushButton::clicked, this, &BuildPage::retryFailed);
    m_trustButton->setObjectName(QStringLiteral("buildCheckHostKeys"));
    m_trustButton->setAutoDefault(false);
    m_trustButton->hide();
    connect(m_trustButton, &QPushButton::clicked, this, &BuildPage::checkHostKeys);
    connect(&m_keyScan, &QFutureWatcher<QList<FirstContactKeys::Host>>::finished, this, [this] {
        updatePanel();
        const QList<FirstContactKeys::Host> hosts = m_keyScan.result();
        if (hosts.isEmpty()) {
            QMessageBox::information(
                this, tr("Check the Host Keys"),
                tr("No host of this stage is waiting for its key to be checked: each one is "
                   "known or pinned. Run build-infra again."));
            return;
        }
        HostKeysDialog dialog(hosts, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // Exactly the keys shown: a host that shows another one by the time
        // build-infra runs, or showed none, gets nothing.
        PhaseRequest r;
        r.command = QStringLiteral("build-infra");
        r.stage = m_project.stage();
        for (const FirstContactKeys::Host &h : hosts) {
            if (!h.fingerprint.isEmpty())
                r.hostKeys << h.address + QLatin1Char('=') + h.fingerprint;
        }
        start(r);
    });
    auto *failureRow = new QHBoxLayout(m_failure);
    failureRow->addWidget(m_failureText, 1);
    auto *failureButtons = new QVBoxLayout;
    failureButtons->addWidget(m_retryButton);
    failureButtons->addWidget(m_trustButton);
    failureButtons->addStretch(1);
    failureRow->addLayout(failureButtons);

    // The views of a run.
    m_grid->setObjectName(QStringLiteral("buildGrid"));
    m_grid->setModel(m_model);
    m_grid->setItemDelegateForColumn(RunGridModel::kProgressColumn,
                                     new ProgressCellDelegate(RunGridModel::kProgressRole, this));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->setMinimumSectionSize(70);
    m_grid->horizontalHeader()->setSectionResizeMode(RunGridModel::kProgressColumn,
                                                     QHeaderView::Fixed);
    m_grid->horizontalHeader()->resizeSection(RunGridModel::kProgressColumn, 110);
    m_grid->setWordWrap(false);
    m_grid->setAccessibleName(tr("Hosts and steps of the phase"));
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BuildPage::showCell);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A new model has a new selection model.
        connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &BuildPage::showCell, Qt::UniqueConnection);
        m_grid->horizontalHeader()->resizeSection(RunGridModel::kProgressColumn, 110);
    });
    m_cellOutput->setObjectName(QStringLiteral("buildCellOutput"));
    m_cellOutput->setReadOnly(true);
    m_cellOutput->setFont(mono);
    m_cellOutput->setPlaceholderText(tr("Choose a cell to see what that step did on that host."));
    auto *progressView = new QSplitter(Qt::Vertical, this);
    progressView->addWidget(m_grid);
    progressView->addWidget(m_cellOutput);
    progressView->setStretchFactor(0, 3);
    progressView->setStretchFactor(1, 1);

    m_history->setObjectName(QStringLiteral("buildHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Started"), tr("Phase"), tr("Result"), tr("Duration")});
    m_history->setAccessibleName(tr("Saved runs"));
    connect(m_history, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { replay(item->data(0, Qt::UserRole).toString()); });
    connect(m_history, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_durations->show(m_records, item->text(1));
    });
    auto *historyView = new QSplitter(Qt::Vertical, this);
    historyView->addWidget(m_history);
    historyView->addWidget(m_durations);
    m_durations->setMinimumHeight(200);
    historyView->setStretchFactor(0, 2);
    historyView->setStretchFactor(1, 3);

    m_views->setObjectName(QStringLiteral("buildViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(progressView, tr("&Progress"));
    m_views->addTab(m_log, tr("L&og"));
    m_views->addTab(m_timeline, tr("T&imeline"));
    m_views->addTab(historyView, tr("Histor&y"));
    connect(m_views, &QTabWidget::currentChanged, this, [this] { updatePanel(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pipeline);
    layout->addLayout(actions);
    layout->addWidget(m_command);
    layout->addLayout(runRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_scrubRow);
    layout->addWidget(m_running);
    layout->addWidget(m_failure);
    layout->addWidget(m_views, 1);

    connect(m_pipeline, &PhasePipeline::currentChanged, this, &BuildPage::phaseChosen);
    connect(m_pipeline, &PhasePipeline::runRequested, this, &BuildPage::runChosen);
    connect(m_limit, &QLineEdit::textChanged, this, &BuildPage::updatePreview);
    connect(m_tags, &QLineEdit::textChanged, this, &BuildPage::updatePreview);
    connect(m_limit, &QLineEdit::returnPressed, this, &BuildPage::runChosen);
    connect(m_tags, &QLineEdit::returnPressed, this, &BuildPage::runChosen);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BuildPage::finished);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::Live) {
            m_model->refresh(nowMs());
            if (m_views->currentWidget() == m_timeline)
                m_timeline->show(&m_live, m_shownPhase, nowMs());
        }
        updatePanel();
    });
    clear();
}

BuildPage::~BuildPage()
{
    // Nothing may reach this page while its children go.
    m_watcher.disconnect(this);
    if (m_grid->selectionModel())
        m_grid->selectionModel()->disconnect(this);
    m_model->disconnect(this);
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void BuildPage::searchLog()
{
    m_views->setCurrentWidget(m_log);
    m_log->focusSearch();
}

QList<QAction *> BuildPage::pageActions() const
{
    return {m_runAction,     m_runFromAction, m_checkAction,  m_haltAction,
            m_destroyAction, m_retryAction,   m_cancelAction, m_searchAction};
}

void BuildPage::setProject(const Project &project, const LoadedInventory &loaded)
{
    const bool other =
        project.rootDir() != m_project.rootDir() || project.stage() != m_project.stage();
    m_project = project;
    m_loaded = std::make_shared<const LoadedInventory>(loaded);
    if (other && !isRunning()) {
        m_live.clear();
        m_saved.clear();
        m_mode = Mode::Empty;
        m_result = {};
        m_error.clear();
    }
    reloadHistory();
    if (other && !isRunning())
        phaseChosen(m_pipeline->current());
    updateActions();
}

void BuildPage::clear()
{
    if (isRunning())
        return;
    m_project = Project();
    m_loaded.reset();
    m_live.clear();
    m_saved.clear();
    m_records.clear();
    m_mode = Mode::Empty;
    m_shownPhase.clear();
    m_model->show(nullptr, QString());
    m_log->show(nullptr);
    m_timeline->show(nullptr, QString(), 0);
    m_history->clear();
    m_durations->show({}, QString());
    m_pipeline->clearStates();
    m_pipeline->setNext(QString());
    m_cellOutput->clear();
    updateActions();
    updatePanel();
}

bool BuildPage::isRunning() const
{
    return m_runActive;
}

const RunState &BuildPage::shownState() const
{
    return m_mode == Mode::Replay ? m_saved : m_live;
}

qint64 BuildPage::nowMs() const
{
    const RunState &s = shownState();
    if (s.firstEventTime() < 0)
        return 0;
    if (m_mode == Mode::Live && isRunning())
        return qMax(s.lastMs(), QDateTime::currentMSecsSinceEpoch() - s.firstEventTime());
    return s.lastMs();
}

QString BuildPage::runningPhase() const
{
    for (const QString &p : m_live.phases()) {
        if (m_live.phase(p)->running)
            return p;
    }
    return QString();
}

PhaseRequest BuildPage::requestFor(const QString &action) const
{
    PhaseRequest r;
    r.command = m_pipeline->current();
    r.stage = m_project.stage();
    r.limit = m_limit->text().trimmed();
    r.tags = m_tags->text().trimmed();
    if (action == QLatin1String("from")) {
        r.startPhase = r.command;
        r.command = QStringLiteral("all");
    } else if (action == QLatin1String("check")) {
        r.checkOnly = true;
    } else if (action == QLatin1String("halt")) {
        r.halt = true;
    } else if (action == QLatin1String("destroy")) {
        r.destroy = true;
    }
    return r;
}

void BuildPage::runChosen()
{
    start(requestFor(QStringLiteral("run")));
}

void BuildPage::runFromHere()
{
    start(requestFor(QStringLiteral("from")));
}

void BuildPage::checkChosen()
{
    start(requestFor(QStringLiteral("check")));
}

void BuildPage::haltChosen()
{
    const PhaseRequest r = requestFor(QStringLiteral("halt"));
    if (QMessageBox::question(
            this, tr("Halt the Servers"),
            tr("Stop the servers of stage %1%2?\n\n%3\n\nThey keep their disks; "
               "Run Phase on build-infra starts them again.")
                .arg(m_project.stage(),
                     r.limit.isEmpty() ? QString() : tr(" (only %1)").arg(r.limit),
                     r.commandLine()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        start(r);
}

void BuildPage::destroyChosen()
{
    const PhaseRequest r = requestFor(QStringLiteral("destroy"));
    const QString what =
        r.command == QLatin1String("build-infra")
            ? tr("the servers of stage %1, their disks and their network: everything on them "
                 "is lost")
                  .arg(m_project.stage())
        : r.command == QLatin1String("build-networks") ? tr("the stage's networks")
        : r.command == QLatin1String("build-volumes")
            ? tr("the stage's volumes and the data in them")
            : tr("the stage's services");
    QMessageBox box(
        QMessageBox::Warning, tr("Destroy"),
        tr("Remove %1%2?").arg(what, r.limit.isEmpty() ? QString() : tr(" (only %1)").arg(r.limit)),
        QMessageBox::Cancel, this);
    box.setInformativeText(r.commandLine());
    QPushButton *yes = box.addButton(tr("Destroy"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        start(r);
}

void BuildPage::retryFailed()
{
    if (isRunning())
        return;
    const RunState &s = shownState();
    const QString phase = m_shownPhase;
    const QStringList failed = s.failedHosts(phase);
    if (phase.isEmpty() || failed.isEmpty())
        return;
    PhaseRequest r;
    r.command = phase;
    r.stage = m_project.stage();
    if (m_mode == Mode::Live && m_request.command == phase) {
        r.checkOnly = m_request.checkOnly;
        r.tags = m_request.tags;
    }
    // Limited to what failed where -l can name it; the whole phase otherwise.
    QStringList targets;
    for (const QString &f : failed) {
        bool known = !limitsHosts(phase) && !limitsServices(phase);
        if (m_loaded && limitsHosts(phase)) {
            if (const StagePlan *plan = m_loaded->hive.stage(m_project.stage()))
                for (const HostPlan &h : plan->hosts)
                    known = known || h.name == f;
        }
        if (m_loaded && limitsServices(phase))
            known = m_loaded->services.service(f) != nullptr;
        if (known)
            targets << f;
    }
    r.limit = targets.join(QLatin1Char(','));
    start(r);
}

void BuildPage::checkHostKeys()
{
    if (isRunning() || m_keyScan.isRunning() || !m_loaded)
        return;
    const Project project = m_project;
    const std::shared_ptr<const LoadedInventory> loaded = m_loaded;
    m_keyScan.setFuture(
        QtConcurrent::run([project, loaded] { return FirstContactKeys::scan(project, *loaded); }));
    updatePanel();
}

bool BuildPage::start(const PhaseRequest &request, QString *error)
{
    const auto fail = [&](const QString &why) {
        m_error = why;
        if (error)
            *error = why;
        updatePanel();
        return false;
    };
    if (isRunning())
        return fail(tr("a run is going on; cancel it or wait for it to end"));
    if (m_project.rootDir().isEmpty())
        return fail(tr("no project is open"));
    if (const QString problem = request.problem(); !problem.isEmpty())
        return fail(problem);
    if (m_beforeRun && !m_beforeRun())
        return fail(tr("the run was not started: the open files were not saved"));
    m_request = request;
    m_request.stage = m_project.stage();
    m_error.clear();
    m_result = {};
    m_live.clear();
    m_runPhases = request.phases(PhaseSession(m_project, nullptr).startPhase());
    // Steps the last run of each phase went through: columns to come, and
    // what progress and the estimate count.
    for (const QString &phase : std::as_const(m_runPhases)) {
        if (const RunHistory::Record *r = RunHistory::latest(m_records, phase))
            m_live.expectSteps(phase, RunHistory::steps(r->path));
    }
    m_mode = Mode::Live;
    m_follow = true;
    m_savedPath.clear();
    for (const QString &p : std::as_const(m_runPhases))
        m_pipeline->setRunning(p, false);
    showPhase(m_runPhases.value(0));
    m_log->show(&m_live);
    m_cellOutput->clear();

    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QPointer<BuildPage> self(this);
    auto relay = std::make_shared<RunEventRelay>(
        this, [self](const QList<RunEvent> &events) { self->take(events); });
    Project project = m_project;
    const PhaseRequest req = m_request;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_runActive = true;
    m_watcher.setFuture(QtConcurrent::run([project, req, relay, cancel]() mutable {
        Outcome o;
        // What is saved on disk runs, as `hive` would run it.
        const LoadedInventory loaded = project.loadInventory();
        if (!loaded.ok()) {
            const QList<Diagnostic> errors = loaded.diagnostics.sorted();
            o.error =
                tr("the inventory has errors (see Problems): %1")
                    .arg(errors.isEmpty() ? QString() : errors.first().format(project.rootDir()));
            return o;
        }
        QString e;
        if (!project.storeAllocations(loaded, e) || (!project.initialize(e) && !e.isEmpty())) {
            o.error = e;
            return o;
        }
        o.result = PhaseRunner::run(req, project, loaded, relay.get(), cancel.get());
        return o;
    }));
    m_tick->start(500);
    updateActions();
    updatePanel();
    emit runStarted(m_request.commandLine());
    return true;
}

void BuildPage::take(const QList<RunEvent> &events)
{
    const int first = int(m_live.events().size());
    for (const RunEvent &e : events) {
        const QString phase = m_live.add(e);
        if (e.kind == RunEvent::Kind::PhaseStarted) {
            m_pipeline->setRunning(phase, true);
            if (m_mode == Mode::Live && m_follow)
                showPhase(phase);
        } else if (e.kind == RunEvent::Kind::PhaseFinished) {
            m_pipeline->setRunning(phase, false);
            m_pipeline->setOutcome(phase, e.status, e.elapsedMs);
            // start_phase moves on with each phase that succeeds.
            if ((e.status == RunEvent::Status::Ok || e.status == RunEvent::Status::Changed) &&
                m_request.startPhaseRule() == PhaseSession::StartPhaseRule::Advance &&
                PhaseOrder::isPhase(phase))
                m_pipeline->setNext(PhaseOrder::nextStart(phase));
        }
    }
    if (m_mode != Mode::Live)
        return;
    m_model->refresh(nowMs());
    m_log->append(first);
    if (m_views->currentWidget() == m_timeline)
        m_timeline->show(&m_live, m_shownPhase, nowMs());
    showCell();
    updatePanel();
}

void BuildPage::finished()
{
    if (!m_runActive)
        return; // taken already (closing the window waits and takes it at once)
    m_tick->stop();
    m_runActive = false;
    const Outcome o = m_watcher.result();
    m_result = o.result;
    m_error = o.error.isEmpty() ? o.result.error : o.error;
    for (const QString &p : m_live.phases())
        m_pipeline->setRunning(p, false);
    reloadHistory();
    if (m_mode == Mode::Live) {
        m_model->refresh(nowMs());
        m_timeline->show(&m_live, m_shownPhase, nowMs());
    }
    updateActions();
    updatePanel();
    QString summary;
    if (!m_error.isEmpty())
        summary = tr("%1: nothing ran: %2").arg(m_request.commandLine(), m_error);
    else if (m_result.ok)
        summary = m_result.changed || m_request.checkOnly
                      ? tr("%1: done").arg(m_request.commandLine())
                      : tr("%1: nothing changed").arg(m_request.commandLine());
    else if (m_result.status == RunEvent::Status::Interrupted)
        summary = tr("%1: cancelled during %2").arg(m_request.commandLine(), m_result.stoppedAt);
    else
        summary = tr("%1: failed in %2").arg(m_request.commandLine(), m_result.stoppedAt);
    emit runFinished(m_error.isEmpty() && m_result.ok, summary);
}

bool BuildPage::cancelRun(bool ask)
{
    if (!isRunning() || !m_cancel)
        return false;
    if (ask && QMessageBox::question(
                   this, tr("Cancel the Run"),
                   tr("Cancel %1?\n\nIt stops at the next safe point: steps that run now end "
                      "on their hosts first. Running the same phase again continues where it "
                      "stopped.")
                       .arg(m_request.commandLine()),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    m_cancel->store(true);
    updatePanel();
    return true;
}

bool BuildPage::confirmClose()
{
    if (!isRunning())
        return true;
    if (QMessageBox::question(this, tr("A Run Is Going On"),
                              tr("%1 is running. Cancel it and close? It stops at the next safe "
                                 "point, which can take a moment.")
                                  .arg(m_request.commandLine()),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return false;
    m_cancel->store(true);
    m_title->setText(tr("Stopping at the next safe point…"));
    m_watcher.waitForFinished();
    finished();
    return true;
}

bool BuildPage::replay(const QString &path, QString *error)
{
    struct Collector : RunEventSink
    {
        QList<RunEvent> events;
        void post(const RunEvent &e) override { events << e; }
    } collector;
    // A run killed mid-line replays up to its last whole record.
    QString why;
    if (!RunLog::replay(path, &collector, why) && collector.events.isEmpty()) {
        m_error = why;
        if (error)
            *error = why;
        updatePanel();
        return false;
    }
    m_savedEvents = std::move(collector.events);
    m_savedPath = path;
    m_mode = Mode::Replay;
    m_follow = false;
    m_cellOutput->clear();
    {
        const QSignalBlocker block(m_scrub);
        m_scrub->setRange(0, int(m_savedEvents.size()));
        m_scrub->setPageStep(qMax(1, int(m_savedEvents.size()) / 20));
    }
    replayTo(int(m_savedEvents.size()));
    updateActions();
    return true;
}

void BuildPage::replayTo(int events)
{
    events = qBound(0, events, int(m_savedEvents.size()));
    m_saved.clear();
    // The steps still to come count for progress, as they did live.
    QHash<QString, QStringList> steps;
    for (const RunEvent &e : std::as_const(m_savedEvents)) {
        if (e.kind == RunEvent::Kind::StepStarted && !steps[e.phase].contains(e.step))
            steps[e.phase] << e.step;
    }
    for (auto it = steps.cbegin(); it != steps.cend(); ++it)
        m_saved.expectSteps(it.key(), it.value());
    for (int i = 0; i < events; ++i)
        m_saved.add(m_savedEvents.at(i));
    if (m_scrub->value() != events) {
        const QSignalBlocker block(m_scrub);
        m_scrub->setValue(events);
    }
    const qint64 at =
        events > 0 ? m_savedEvents.at(events - 1).timeMs - m_savedEvents.first().timeMs : 0;
    const qint64 all =
        m_savedEvents.isEmpty() ? 0 : m_savedEvents.last().timeMs - m_savedEvents.first().timeMs;
    m_scrubTime->setText(tr("%1 of %2").arg(RunStatusStyle::clock(at), RunStatusStyle::clock(all)));
    m_log->show(&m_saved);
    const QStringList phases = m_saved.phases();
    showPhase(phases.contains(m_shownPhase) ? m_shownPhase : phases.value(0));
    showCell();
}

void BuildPage::phaseChosen(const QString &phase)
{
    if (m_syncing)
        return;
    updatePreview();
    if (m_live.phase(phase)) {
        m_mode = Mode::Live;
        m_follow = phase == runningPhase();
        m_log->show(&m_live);
        showPhase(phase);
    } else if (!isRunning() || m_mode != Mode::Live || !m_live.phase(m_shownPhase)) {
        // Not in the live run: its latest saved run, if any.
        const RunHistory::Record *r = RunHistory::latest(m_records, phase);
        if (!r || !replay(r->path)) {
            m_mode = isRunning() ? Mode::Live : Mode::Empty;
            m_shownPhase = phase;
            m_model->show(nullptr, QString());
            m_timeline->show(nullptr, QString(), 0);
        }
    } else {
        // During a run, a phase it does not include: its latest saved run.
        const RunHistory::Record *r = RunHistory::latest(m_records, phase);
        if (!r || !replay(r->path)) {
            m_mode = Mode::Empty;
            m_shownPhase = phase;
            m_model->show(nullptr, QString());
        }
    }
    m_durations->show(m_records, phase);
    updateActions();
    updatePanel();
}

void BuildPage::showPhase(const QString &phase)
{
    m_shownPhase = phase;
    const RunState &s = shownState();
    m_model->show(&s, phase);
    m_model->refresh(nowMs());
    m_timeline->show(&s, phase, nowMs());
    m_durations->show(m_records, phase);
    if (PhaseOrder::isPhase(phase)) {
        m_syncing = true;
        m_pipeline->setCurrent(phase);
        m_syncing = false;
    }
    updatePreview();
    updatePanel();
}

void BuildPage::showCell()
{
    const QModelIndex i = m_grid->currentIndex();
    if (!i.isValid() || i.column() < RunGridModel::kFirstStepColumn) {
        return;
    }
    const RunState &s = shownState();
    const RunState::Cell *c =
        s.cell(m_shownPhase, m_model->stepAt(i.column()), m_model->hostAt(i.row()));
    QStringList lines;
    if (c) {
        for (int index : c->eventIndex) {
            const RunEvent &e = s.events().at(index);
            lines << RunLogView::line(e, e.timeMs - s.firstEventTime());
        }
        if (c->running)
            lines << tr("… still running (%1)").arg(RunStatusStyle::seconds(nowMs() - c->startMs));
    }
    const QString text = lines.isEmpty()
                             ? tr("%1 printed nothing for %2.")
                                   .arg(m_model->hostAt(i.row()), m_model->stepAt(i.column()))
                             : lines.join(QLatin1Char('\n'));
    if (m_cellOutput->toPlainText() != text)
        m_cellOutput->setPlainText(text);
}

void BuildPage::updatePreview()
{
    const QString phase = m_pipeline->current();
    const auto tip = [](QAction *a, const PhaseRequest &r) {
        const QString problem = r.problem();
        a->setToolTip(problem.isEmpty() ? r.commandLine() : problem);
        a->setStatusTip(a->toolTip());
    };
    tip(m_runAction, requestFor(QStringLiteral("run")));
    tip(m_runFromAction, requestFor(QStringLiteral("from")));
    tip(m_checkAction, requestFor(QStringLiteral("check")));
    tip(m_haltAction, requestFor(QStringLiteral("halt")));
    tip(m_destroyAction, requestFor(QStringLiteral("destroy")));
    const PhaseRequest run = requestFor(QStringLiteral("run"));
    QString line = QStringLiteral("$ ") + run.commandLine();
    if (!m_project.rootDir().isEmpty()) {
        const QStringList phases = run.phases(PhaseSession(m_project, nullptr).startPhase());
        if (phases.size() > 1)
            line +=
                QLatin1Char('\n') + tr("# start_phase is %1: this runs %2")
                                        .arg(phases.first(), phases.join(QStringLiteral(" → ")));
    }
    m_command->setText(line);
    m_haltAction->setVisible(PhaseRequest::canHalt(phase));
    m_destroyAction->setVisible(PhaseRequest::canDestroy(phase));
}

QString BuildPage::commandPreview() const
{
    return m_command->text();
}

void BuildPage::updateActions()
{
    const bool open = !m_project.rootDir().isEmpty();
    const bool running = isRunning();
    for (QAction *a : {m_runAction, m_runFromAction, m_checkAction, m_haltAction, m_destroyAction})
        a->setEnabled(open && !running);
    m_retryAction->setEnabled(open && !running &&
                              !shownState().failedHosts(m_shownPhase).isEmpty());
    m_cancelAction->setEnabled(running);
    m_cancelButton->setVisible(running);
    m_liveButton->setVisible(running && m_mode != Mode::Live);
    m_limit->setEnabled(open);
    const PhaseTraits *shown = PhaseCatalog::find(m_pipeline->current());
    m_tags->setEnabled(open && shown && shown->takesTags);
    updatePreview();
}

QStringList BuildPage::stillRunningOn() const
{
    QStringList out;
    const QString phase = runningPhase();
    if (phase.isEmpty())
        return out;
    for (const auto &[host, step] : m_live.runningOn(phase)) {
        const RunState::Cell *c = m_live.cell(phase, step, host);
        out << tr("%1 (%2, %3)")
                   .arg(host.isEmpty() ? tr("the stage") : host, step,
                        RunStatusStyle::seconds(c ? nowMs() - c->startMs : 0));
    }
    return out;
}

QString BuildPage::statusText() const
{
    return m_title->text();
}

QString BuildPage::failureText() const
{
    return m_failure->isVisible() ? m_failureText->text() : QString();
}

void BuildPage::updatePanel()
{
    const RunState &s = shownState();
    const bool running = isRunning();
    QString title;
    double progress = 0.0;
    QString times;
    if (!m_error.isEmpty() && !running) {
        title = tr("Could not run: %1").arg(m_error);
    } else if (m_mode == Mode::Live) {
        const QString phase = runningPhase();
        int done = 0;
        for (const QString &p : std::as_const(m_runPhases)) {
            const RunState::Phase *ph = m_live.phase(p);
            if (ph && !ph->running && ph->status != RunEvent::Status::None)
                ++done;
        }
        const double current = phase.isEmpty() ? 0.0 : m_live.phaseProgress(phase);
        progress = m_runPhases.isEmpty() ? 0.0 : (done + current) / double(m_runPhases.size());
        // A phase whose steps no earlier run told: busy, not a guessed share.
        if (running && !phase.isEmpty() && !m_live.knowsSteps(phase))
            progress = -1;
        if (running) {
            if (m_cancel && m_cancel->load())
                title = tr("Cancelling %1: stopping at the next safe point…")
                            .arg(m_request.commandLine());
            else
                title = phase.isEmpty() ? tr("Starting %1…").arg(m_request.commandLine())
                                        : tr("Running %1 — %2 (%3 of %4)")
                                              .arg(m_request.commandLine(), phase)
                                              .arg(done + 1)
                                              .arg(m_runPhases.size());
            // Left: the rest of the running phase and the phases after it,
            // from how long they took before.
            qint64 left = 0;
            bool known = true;
            for (const QString &p : std::as_const(m_runPhases)) {
                const RunState::Phase *ph = m_live.phase(p);
                if (ph && !ph->running && ph->status != RunEvent::Status::None)
                    continue;
                const qint64 expected = RunHistory::expectedMs(m_records, p);
                if (expected < 0) {
                    known = false;
                    break;
                }
                left += ph && ph->running ? qMax<qint64>(0, expected - (nowMs() - ph->startMs))
                                          : expected;
            }
            times = known ? tr("elapsed %1 · about %2 left")
                                .arg(RunStatusStyle::clock(nowMs()), RunStatusStyle::clock(left))
                          : tr("elapsed %1 · no earlier run to estimate from")
                                .arg(RunStatusStyle::clock(nowMs()));
        } else if (m_live.phases().isEmpty()) {
            title = tr("Choose a phase and an action: Run Phase (F5), Run from Here "
                       "(Shift+F5) or Check Only (F6).");
        } else {
            progress = 1.0;
            title = m_result.ok ? (m_result.changed ? tr("Finished %1: changes made")
                                                    : tr("Finished %1: nothing changed"))
                                      .arg(m_request.commandLine())
                    : m_result.status == RunEvent::Status::Interrupted
                        ? tr("Cancelled %1 during %2; run it again to continue")
                              .arg(m_request.commandLine(), m_result.stoppedAt)
                        : tr("%1 failed in %2").arg(m_request.commandLine(), m_result.stoppedAt);
            times = tr("took %1").arg(RunStatusStyle::clock(s.lastMs()));
        }
    } else if (m_mode == Mode::Replay) {
        const RunState::Phase *p = s.phase(m_shownPhase);
        progress = p ? s.phaseProgress(m_shownPhase) : 0.0;
        const QFileInfo file(m_savedPath);
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(s.firstEventTime());
        const bool partial = m_scrub->value() < m_scrub->maximum();
        title = tr("Saved run: %1 of %2 — %3")
                    .arg(m_shownPhase,
                         started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         !p           ? tr("empty")
                         : partial    ? tr("as it was at %1").arg(m_scrubTime->text())
                         : p->running ? tr("it never finished (the run was killed)")
                                      : RunStatusStyle::word(p->status));
        times =
            p && !p->running ? tr("took %1").arg(RunStatusStyle::clock(p->elapsedMs)) : QString();
        m_title->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    } else {
        title = m_project.rootDir().isEmpty()
                    ? tr("Open a project to build its hive.")
                    : tr("%1 has not run on stage %2 yet. Run Phase (F5) runs it.")
                          .arg(m_shownPhase, m_project.stage());
    }
    m_title->setText(title);
    m_times->setText(times);
    if (progress < 0) {
        m_progress->setRange(0, 0); // busy
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(qRound(progress * 1000));
    }
    m_progress->setVisible(m_mode != Mode::Empty);
    const QStringList still = running && m_mode == Mode::Live ? stillRunningOn() : QStringList();
    m_running->setText(still.isEmpty()
                           ? QString()
                           : tr("Still running on: %1").arg(still.join(QStringLiteral(", "))));
    m_running->setVisible(!still.isEmpty());

    // The first failure of the phase shown, with what to try next.
    QString failure;
    const RunState::Phase *p = s.phase(m_shownPhase);
    if (p && m_mode != Mode::Empty) {
        for (const QString &host : p->hosts) {
            for (const QString &step : p->steps) {
                const RunState::Cell *c = s.cell(m_shownPhase, step, host);
                if (c && c->status == RunEvent::Status::Failed && failure.isEmpty())
                    failure = tr("<b>%1 failed on %2</b><br>%3<br><i>What to try: %4</i>")
                                  .arg(step.toHtmlEscaped(),
                                       (host.isEmpty() ? tr("the stage") : host).toHtmlEscaped(),
                                       c->text.toHtmlEscaped(),
                                       RunFailureAdvice::advise(m_shownPhase, step, host, c->text)
                                           .toHtmlEscaped());
            }
        }
        if (failure.isEmpty() && !p->running && p->status == RunEvent::Status::Failed &&
            !p->text.isEmpty())
            failure = tr("<b>%1 failed</b><br>%2").arg(m_shownPhase, p->text.toHtmlEscaped());
    }
    const QStringList failedHosts = s.failedHosts(m_shownPhase);
    m_failure->setVisible(!failure.isEmpty() ||
                          (!running && !failedHosts.isEmpty() && m_mode != Mode::Empty));
    m_failureText->setText(
        failure.isEmpty() ? tr("Interrupted on %1.").arg(failedHosts.join(QStringLiteral(", ")))
                          : failure);
    QPalette warn = m_failure->palette();
    warn.setColor(QPalette::Window,
                  RunStatusStyle::background(palette(), RunEvent::Status::Failed));
    m_failure->setPalette(warn);
    m_retryButton->setText(
        failedHosts.isEmpty()
            ? tr("Retry Failed")
            : tr("Retry Failed (%1)").arg(failedHosts.join(QStringLiteral(", "))));
    m_retryButton->setEnabled(!running && !failedHosts.isEmpty());
    // Prepared hosts refused at first contact: their keys are to be checked.
    const StagePlan *stagePlan = m_loaded ? m_loaded->hive.stage(m_project.stage()) : nullptr;
    bool firstContact = false;
    // (Files are read only once the run has ended: not on every tick.)
    if (!running && m_shownPhase == QLatin1String("build-infra") && stagePlan &&
        stagePlan->provider == QLatin1String("prepared")) {
        // Only hosts whose key is neither known nor pinned: a wrong root
        // password or a host that does not answer is not about keys.
        for (const QString &host : failedHosts) {
            const RunState::Cell *c = s.cell(m_shownPhase, QStringLiteral("hosts"), host);
            firstContact =
                firstContact || (c && c->status == RunEvent::Status::Failed &&
                                 FirstContactKeys::awaitsCheck(m_project, *stagePlan, host));
        }
    }
    m_trustButton->setVisible(firstContact);
    m_trustButton->setEnabled(!m_keyScan.isRunning());
    m_trustButton->setText(m_keyScan.isRunning() ? tr("Reading the Host Keys…")
                                                 : tr("Check Host Keys…"));
    m_retryAction->setEnabled(!running && !failedHosts.isEmpty());
    m_liveButton->setVisible(running && m_mode != Mode::Live);
    m_scrubRow->setVisible(m_mode == Mode::Replay);
}

void BuildPage::reloadHistory()
{
    m_records = m_project.rootDir().isEmpty()
                    ? QList<RunHistory::Record>()
                    : RunHistory::read(RunLog::runsDir(m_project.hiveDir(), m_project.stage()));
    fillHistory();
    updatePipeline();
    m_durations->show(m_records, m_shownPhase.isEmpty() ? m_pipeline->current() : m_shownPhase);
}

void BuildPage::fillHistory()
{
    const QString current = m_history->currentItem()
                                ? m_history->currentItem()->data(0, Qt::UserRole).toString()
                                : QString();
    m_history->clear();
    for (const RunHistory::Record &r : std::as_const(m_records)) {
        auto *item = new QTreeWidgetItem(
            m_history,
            {r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.phase,
             r.status == RunEvent::Status::None ? tr("never finished")
                                                : RunStatusStyle::word(r.status),
             r.status == RunEvent::Status::None ? QString()
                                                : RunStatusStyle::seconds(r.elapsedMs)});
        item->setData(0, Qt::UserRole, r.path);
        item->setIcon(2, RunStatusStyle::icon(style(), r.status));
        item->setToolTip(0, QDir::toNativeSeparators(r.path));
        if (r.path == current)
            m_history->setCurrentItem(item);
    }
    for (int c = 0; c < m_history->columnCount(); ++c)
        m_history->resizeColumnToContents(c);
}

void BuildPage::updatePipeline()
{
    for (const QString &phase : PhaseOrder::phases()) {
        const RunHistory::Record *r = RunHistory::latest(m_records, phase);
        m_pipeline->setOutcome(phase, r ? r->status : RunEvent::Status::None,
                               r && r->status != RunEvent::Status::None ? r->elapsedMs : -1);
    }
    m_pipeline->setNext(
        m_project.rootDir().isEmpty() ? QString() : PhaseSession(m_project, nullptr).startPhase());
}

void BuildPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updatePanel();
    QWidget::changeEvent(event);
}

} // namespace hive::gui
