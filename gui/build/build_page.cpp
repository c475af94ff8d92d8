#include "gui/build/build_page.h"

#include "engine/phase_catalog.h"
#include "engine/phase_order.h"
#include "engine/run_summary.h"
#include "gui/build/phase_action_bar.h"
#include "gui/build/phase_pipeline.h"
#include "gui/build/progress_cell_delegate.h"
#include "gui/build/run_failure_panel.h"
#include "gui/build/run_grid_model.h"
#include "gui/build/run_history_view.h"
#include "gui/build/run_log_view.h"
#include "gui/build/run_timeline_chart.h"
#include "gui/run/desktop_preferences.h"
#include "gui/run/run_status_style.h"
#include "gui/run/verb_question.h"
#include "inventory/inventory_loader.h"
#include "providers/first_contact_keys.h"
#include "providers/provider_catalog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hive::gui {

BuildPage::BuildPage(QWidget *parent)
    : QWidget(parent), m_run(new RunController(this)), m_pipeline(new PhasePipeline(this)),
      m_actions(new PhaseActionBar(this)), m_title(new QLabel(this)), m_times(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_running(new QLabel(this)),
      m_failure(new RunFailurePanel(this)), m_cancelButton(new QPushButton(this)),
      m_liveButton(new QPushButton(this)), m_scrub(new QSlider(Qt::Horizontal, this)),
      m_scrubTime(new QLabel(this)), m_views(new QTabWidget(this)), m_grid(new QTableView(this)),
      m_model(new RunGridModel(this)), m_cellOutput(new QPlainTextEdit(this)),
      m_log(new RunLogView(this)), m_timeline(new RunTimelineChart(this)),
      m_history(new RunHistoryView(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("buildPage"));

    // Actions on the chosen phase; those on the run.
    connect(m_actions, &PhaseActionBar::runRequested, this,
            [this](const PhaseRequest &r) { start(r); });
    const auto action = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_retryAction = action(tr("Retr&y Failed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                           &BuildPage::retryFailed);
    m_cancelAction =
        action(tr("&Cancel Run"), QKeySequence(Qt::Key_Escape), [this] { cancelRun(true); });
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    // (Ctrl+F: the window's Find searches the log while this tab is shown.)
    m_searchAction = action(tr("Search the Log"), QKeySequence(), &BuildPage::searchLog);

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
        m_run->setMode(Mode::Live);
        m_follow = true;
        showPhase(m_run->runningPhase().isEmpty() ? m_run->live().phases().value(0)
                                                  : m_run->runningPhase());
    });
    // Replay: step through a saved run (arrow keys, Page Up/Down, Home, End).
    m_scrub->setObjectName(QStringLiteral("buildReplayPosition"));
    m_scrub->setAccessibleName(tr("Position in the saved run"));
    m_scrub->setToolTip(tr("Move through the saved run: the views show it as it was then"));
    m_scrubTime->setObjectName(QStringLiteral("buildReplayTime"));
    connect(m_scrub, &QSlider::valueChanged, this, [this](int tenths) {
        // Where the user put it stays, between events too.
        const qint64 at = tenths >= m_scrub->maximum() ? m_run->replayTotalMs() : tenths * 100LL;
        m_scrubAt = at;
        replayTo(m_run->replayEventsAt(at));
        m_scrubAt = -1;
    });
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

    // A failure, what to try next, Retry Failed and Check Host Keys….
    connect(m_failure, &RunFailurePanel::retryRequested, this, &BuildPage::retryFailed);
    connect(m_failure, &RunFailurePanel::hostKeysRequested, this, &BuildPage::checkHostKeys);
    connect(m_failure, &RunFailurePanel::hostKeysTrusted, this, [this](const QStringList &keys) {
        PhaseRequest r;
        r.command = PhaseCatalog::hostsPhase();
        r.stage = m_project.stage();
        r.hostKeys = keys;
        start(r);
    });
    connect(m_failure, &RunFailurePanel::writeDeviceConfirmed, this, [this](const QString &device) {
        PhaseRequest r;
        r.command = PhaseCatalog::hostsPhase();
        r.stage = m_project.stage();
        r.writeDevice = device;
        start(r);
    });

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
    DesktopPreferences::useFixedFont(m_cellOutput);
    m_cellOutput->setPlaceholderText(tr("Choose a cell to see what that step did on that host."));
    auto *progressView = new QSplitter(Qt::Vertical, this);
    progressView->addWidget(m_grid);
    progressView->addWidget(m_cellOutput);
    progressView->setStretchFactor(0, 3);
    progressView->setStretchFactor(1, 1);

    connect(m_history, &RunHistoryView::replayRequested, this,
            [this](const QString &path) { replay(path); });

    m_views->setObjectName(QStringLiteral("buildViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(progressView, tr("Pro&gress"));
    m_views->addTab(m_log, tr("L&og"));
    m_views->addTab(m_timeline, tr("Timeli&ne"));
    m_views->addTab(m_history, tr("H&istory"));
    connect(m_views, &QTabWidget::currentChanged, this, [this] { updatePanel(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pipeline);
    layout->addWidget(m_actions);
    layout->addLayout(runRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_scrubRow);
    layout->addWidget(m_running);
    layout->addWidget(m_failure);
    layout->addWidget(m_views, 1);

    connect(m_pipeline, &PhasePipeline::currentChanged, this, &BuildPage::phaseChosen);
    connect(m_pipeline, &PhasePipeline::runRequested, this, &BuildPage::runChosen);
    connect(m_run, &RunController::eventsAdded, this, &BuildPage::take);
    connect(m_run, &RunController::runEnded, this, &BuildPage::finished);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (mode() == Mode::Live) {
            m_model->refresh(nowMs());
            if (m_views->currentWidget() == m_timeline)
                m_timeline->show(&m_run->live(), m_shownPhase, nowMs());
        }
        updatePanel();
    });
    clear();
}

BuildPage::~BuildPage()
{
    // Nothing may reach this page while its children go.
    m_run->disconnect(this);
    if (m_grid->selectionModel())
        m_grid->selectionModel()->disconnect(this);
    m_model->disconnect(this);
}

void BuildPage::searchLog()
{
    m_views->setCurrentWidget(m_log);
    m_log->focusSearch();
}

QList<QAction *> BuildPage::pageActions() const
{
    return m_actions->actions() + QList<QAction *>{m_retryAction, m_cancelAction, m_searchAction};
}

void BuildPage::setProject(const Project &project, const LoadedInventory &loaded)
{
    const bool other =
        project.rootDir() != m_project.rootDir() || project.stage() != m_project.stage();
    m_project = project;
    m_loaded = std::make_shared<const LoadedInventory>(loaded);
    m_run->setProject(project);
    m_actions->setProject(project, m_loaded);
    m_history->setRecords(m_run->records(),
                          m_shownPhase.isEmpty() ? m_pipeline->current() : m_shownPhase);
    updatePipeline();
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
    m_run->clear();
    m_actions->setProject(Project());
    m_shownPhase.clear();
    m_model->show(nullptr, QString());
    m_log->show(nullptr);
    m_timeline->show(nullptr, QString(), 0);
    m_history->clear();
    m_pipeline->clearStates();
    m_pipeline->setNext(QString());
    m_cellOutput->clear();
    updateActions();
    updatePanel();
}

bool BuildPage::isRunning() const
{
    return m_run->isRunning();
}

const RunState &BuildPage::shownState() const
{
    return m_run->shown();
}

BuildPage::Mode BuildPage::mode() const
{
    return m_run->mode();
}

int BuildPage::replayLength() const
{
    return m_run->replayLength();
}

const PhaseSession::Result &BuildPage::lastResult() const
{
    return m_run->result();
}

QString BuildPage::lastError() const
{
    return m_run->error();
}

qint64 BuildPage::nowMs() const
{
    return m_run->nowMs();
}

PhaseRequest BuildPage::requestFor(const QString &action) const
{
    return m_actions->requestFor(action);
}

void BuildPage::runChosen()
{
    m_actions->runChosen();
}

void BuildPage::runFromHere()
{
    m_actions->runFromHere();
}

void BuildPage::checkChosen()
{
    m_actions->checkChosen();
}

void BuildPage::haltChosen()
{
    m_actions->haltChosen();
}

void BuildPage::destroyChosen()
{
    m_actions->destroyChosen();
}

void BuildPage::retryFailed()
{
    const QStringList failed = shownState().failedHosts(m_shownPhase);
    if (isRunning() || m_shownPhase.isEmpty() || failed.isEmpty())
        return;
    PhaseRequest r = PhaseRequest::retryOf(m_shownPhase, m_project.stage(), failed, m_loaded.get());
    if (mode() == Mode::Live && m_run->request().command == m_shownPhase) {
        r.checkOnly = m_run->request().checkOnly;
        r.tags = m_run->request().tags;
    }
    start(r);
}

void BuildPage::checkHostKeys()
{
    if (!isRunning())
        m_failure->checkHostKeys(m_project, m_loaded);
}

bool BuildPage::start(const PhaseRequest &request, QString *error)
{
    QString why;
    const bool mayRun =
        !isRunning() && !m_project.rootDir().isEmpty() && request.problem().isEmpty();
    if (mayRun && m_beforeRun && !m_beforeRun())
        why = tr("the run was not started: the open files were not saved");
    else if (m_run->start(request, why))
        why.clear();
    if (!why.isEmpty()) {
        m_run->setError(why);
        if (error)
            *error = why;
        updatePanel();
        return false;
    }
    m_follow = true;
    for (const QString &p : m_run->runPhases())
        m_pipeline->setRunning(p, false);
    showPhase(m_run->runPhases().value(0));
    m_log->show(&m_run->live());
    m_cellOutput->clear();
    m_tick->start(500);
    updateActions();
    updatePanel();
    emit runStarted(m_run->request().commandLine());
    return true;
}

void BuildPage::take(int first, const QList<RunEvent> &events)
{
    for (const RunEvent &e : events) {
        if (e.kind == RunEvent::Kind::PhaseStarted) {
            m_pipeline->setRunning(e.phase, true);
            if (mode() == Mode::Live && m_follow)
                showPhase(e.phase);
        } else if (e.kind == RunEvent::Kind::PhaseFinished) {
            m_pipeline->setRunning(e.phase, false);
            m_pipeline->setOutcome(e.phase, e.status, e.elapsedMs);
        } else if (e.kind == RunEvent::Kind::StartPhaseMoved) {
            m_pipeline->setNext(e.text);
        }
    }
    if (mode() != Mode::Live)
        return;
    m_model->refresh(nowMs());
    m_log->append(first);
    if (m_views->currentWidget() == m_timeline)
        m_timeline->show(&m_run->live(), m_shownPhase, nowMs());
    showCell();
    updatePanel();
}

void BuildPage::finished()
{
    m_tick->stop();
    for (const QString &p : m_run->live().phases())
        m_pipeline->setRunning(p, false);
    m_history->setRecords(m_run->records(),
                          m_shownPhase.isEmpty() ? m_pipeline->current() : m_shownPhase);
    updatePipeline();
    if (mode() == Mode::Live) {
        m_model->refresh(nowMs());
        m_timeline->show(&m_run->live(), m_shownPhase, nowMs());
    }
    updateActions();
    updatePanel();
    emit runFinished(m_run->error().isEmpty() && m_run->result().ok, m_run->closingSentence());
    if (!m_run->result().interruptedRepairs.isEmpty())
        offerToRunAnyway();
}

// Refused because an interrupted repair left something: put it back first
// (Repair… in the Health tab), or go ahead the way --force does, asked.
void BuildPage::offerToRunAnyway()
{
    PhaseRequest r = m_run->request();
    QMessageBox box(QMessageBox::Warning, tr("An Interrupted Repair"),
                    tr("%1 did not start: an interrupted repair left this on stage %2:")
                        .arg(r.commandLine(), m_project.stage()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("interruptedRepairBox"));
    box.setInformativeText(
        QStringLiteral("• ") + m_run->result().interruptedRepairs.join(QStringLiteral("\n• ")) +
        QStringLiteral("\n\n") +
        tr("Put it back first: Repair… on its finding in the Health tab (`hive recover resume`). "
           "Running anyway leaves it as it is, as --force does."));
    QPushButton *anyway = box.addButton(tr("Run Anyway"), QMessageBox::DestructiveRole);
    anyway->setObjectName(QStringLiteral("runAnyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != anyway)
        return;
    r.force = true;
    start(r);
}

bool BuildPage::cancelRun(bool ask)
{
    if (!isRunning())
        return false;
    if (ask && !VerbQuestion::ask(
                   this, tr("Cancel the Run"),
                   tr("Cancel %1?\n\nIt stops at the next safe point: steps that run now end "
                      "on their hosts first. Running the same phase again continues where it "
                      "stopped.")
                       .arg(m_run->request().commandLine()),
                   tr("&Cancel Run"), tr("&Keep Running")))
        return false;
    m_run->cancel();
    updatePanel();
    return true;
}

bool BuildPage::confirmClose()
{
    if (!isRunning())
        return true;
    if (!VerbQuestion::ask(this, tr("A Run Is Going On"),
                           tr("%1 is running. Cancel it and close? It stops at the next safe "
                              "point, which can take a moment.")
                               .arg(m_run->request().commandLine()),
                           tr("&Cancel Run and Close"), tr("&Keep Running")))
        return false;
    m_title->setText(tr("Stopping at the next safe point…"));
    m_run->finishNow();
    return true;
}

bool BuildPage::replay(const QString &path, QString *error)
{
    QString why;
    if (!m_run->replay(path, why)) {
        if (error)
            *error = why;
        updatePanel();
        return false;
    }
    m_follow = false;
    m_cellOutput->clear();
    {
        // The slider is the saved run's time, in tenths of a second: its
        // label follows its position (events cluster where much happens).
        const QSignalBlocker block(m_scrub);
        const int tenths = int(qMin<qint64>(m_run->replayTotalMs() / 100, 1 << 30));
        m_scrub->setRange(0, qMax(1, tenths));
        m_scrub->setSingleStep(qMax(1, tenths / 100));
        m_scrub->setPageStep(qMax(1, tenths / 20));
    }
    replayTo(m_run->replayLength());
    updateActions();
    return true;
}

void BuildPage::replayTo(int events)
{
    m_run->replayTo(events);
    const qint64 at = m_scrubAt >= 0 ? m_scrubAt : m_run->replayAtMs();
    if (m_scrubAt < 0) {
        const QSignalBlocker block(m_scrub);
        m_scrub->setValue(int(at / 100));
    }
    m_scrubTime->setText(
        tr("%1 of %2")
            .arg(RunStatusStyle::clock(at), RunStatusStyle::clock(m_run->replayTotalMs())));
    m_log->show(&shownState());
    const QStringList phases = shownState().phases();
    showPhase(phases.contains(m_shownPhase) ? m_shownPhase : phases.value(0), false);
    showCell();
}

void BuildPage::phaseChosen(const QString &phase)
{
    if (m_syncing)
        return;
    updatePreview();
    if (m_run->live().phase(phase)) {
        m_run->setMode(Mode::Live);
        m_follow = phase == m_run->runningPhase();
        m_log->show(&m_run->live());
        showPhase(phase);
    } else if (!isRunning() || mode() != Mode::Live || !m_run->live().phase(m_shownPhase)) {
        // Not in the live run: its latest saved run, if any.
        const RunHistory::Record *r = RunHistory::latest(m_run->records(), phase);
        if (!r || !replay(r->path)) {
            m_run->setMode(isRunning() ? Mode::Live : Mode::Empty);
            m_shownPhase = phase;
            m_model->show(nullptr, QString());
            m_timeline->show(nullptr, QString(), 0);
        }
    } else {
        // During a run, a phase it does not include: its latest saved run.
        const RunHistory::Record *r = RunHistory::latest(m_run->records(), phase);
        if (!r || !replay(r->path)) {
            m_run->setMode(Mode::Empty);
            m_shownPhase = phase;
            m_model->show(nullptr, QString());
        }
    }
    m_history->showPhase(phase);
    updateActions();
    updatePanel();
}

void BuildPage::showPhase(const QString &phase, bool choose)
{
    m_shownPhase = phase;
    const RunState &s = shownState();
    m_model->show(&s, phase);
    m_model->refresh(nowMs());
    m_timeline->show(&s, phase, nowMs());
    m_history->showPhase(phase);
    if (choose && PhaseOrder::isPhase(phase)) {
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
    m_actions->setPhase(m_pipeline->current());
}

QLineEdit *BuildPage::limitField() const
{
    return m_actions->limitField();
}

QString BuildPage::commandPreview() const
{
    return m_actions->commandPreview();
}

void BuildPage::updateActions()
{
    const bool open = !m_project.rootDir().isEmpty();
    const bool running = isRunning();
    m_actions->setEnabledFor(open, running);
    m_retryAction->setEnabled(open && !running &&
                              !shownState().failedHosts(m_shownPhase).isEmpty());
    m_cancelAction->setEnabled(running);
    m_cancelButton->setVisible(running);
    m_liveButton->setVisible(running && mode() != Mode::Live);
    updatePreview();
}

QStringList BuildPage::stillRunningOn() const
{
    QStringList out;
    const QString phase = m_run->runningPhase();
    if (phase.isEmpty())
        return out;
    for (const auto &[host, step] : m_run->live().runningOn(phase)) {
        const RunState::Cell *c = m_run->live().cell(phase, step, host);
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

QTreeWidget *BuildPage::historyList() const
{
    return m_history->list();
}

PhaseDurationChart *BuildPage::durations() const
{
    return m_history->durations();
}

QString BuildPage::failureText() const
{
    return m_failure->text();
}

void BuildPage::updatePanel()
{
    const RunState &s = shownState();
    const bool running = isRunning();
    QString title;
    double progress = 0.0;
    QString times;
    // A run refused before its first step shows no bar ("0 %" would say
    // it started).
    bool bar = true;
    if (!m_run->error().isEmpty() && !running) {
        title = tr("Could not run: %1").arg(m_run->error());
        bar = m_run->live().phases().isEmpty() ? false : bar;
    } else if (mode() == Mode::Live) {
        const RunSummary sum = m_run->summary();
        progress = sum.progress;
        if (running) {
            if (m_run->cancelling())
                title = tr("Cancelling %1: stopping at the next safe point…")
                            .arg(m_run->request().commandLine());
            else
                title = sum.current.isEmpty()
                            ? tr("Starting %1…").arg(m_run->request().commandLine())
                            : tr("Running %1 — %2 (%3 of %4)")
                                  .arg(m_run->request().commandLine(), sum.current)
                                  .arg(sum.done + 1)
                                  .arg(sum.total);
            times = sum.leftMs >= 0 ? (sum.leftAtLeast ? tr("elapsed %1 · at least %2 left")
                                                       : tr("elapsed %1 · about %2 left"))
                                          .arg(RunStatusStyle::clock(nowMs()),
                                               RunStatusStyle::clock(sum.leftMs))
                                    : tr("elapsed %1 · no earlier run to estimate from")
                                          .arg(RunStatusStyle::clock(nowMs()));
        } else if (m_run->live().phases().isEmpty()) {
            title = tr("Choose a phase and an action: Run Phase (F5), Run from Here "
                       "(Shift+F5) or Check Only (F6).");
        } else {
            progress = 1.0;
            title = m_run->result().ok && m_run->request().checkOnly
                        ? (m_run->result().changed ? tr("Checked %1: it would change things")
                                                   : tr("Checked %1: nothing would change"))
                              .arg(m_run->request().commandLine())
                    : m_run->result().ok
                        ? (m_run->result().changed ? tr("Finished %1: changes made")
                                                   : tr("Finished %1: nothing changed"))
                              .arg(m_run->request().commandLine())
                    : m_run->result().status == RunEvent::Status::Interrupted
                        ? tr("Cancelled %1 during %2; run it again to continue")
                              .arg(m_run->request().commandLine(), m_run->result().stoppedAt)
                        : tr("%1 failed in %2")
                              .arg(m_run->request().commandLine(), m_run->result().stoppedAt);
            times = tr("took %1").arg(RunStatusStyle::clock(s.lastMs()));
        }
    } else if (mode() == Mode::Replay) {
        const RunState::Phase *p = s.phase(m_shownPhase);
        progress = p ? s.phaseProgress(m_shownPhase) : 0.0;
        const QFileInfo file(m_run->savedPath());
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(s.firstEventTime());
        const bool partial = m_scrub->value() < m_scrub->maximum();
        title =
            tr("Saved run: %1 of %2 — %3")
                .arg(m_shownPhase,
                     started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     !p           ? tr("empty")
                     : partial    ? tr("as it was at %1").arg(m_scrubTime->text())
                     : p->running ? tr("it never finished (the run was killed)")
                     : p->action == QLatin1String("check") ? RunStatusStyle::checkWord(p->status)
                                                           : RunStatusStyle::word(p->status));
        times =
            p && !p->running ? tr("took %1").arg(RunStatusStyle::clock(p->elapsedMs)) : QString();
        m_title->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    } else {
        const StagePlan *stage = m_loaded ? m_loaded->hive.stage(m_project.stage()) : nullptr;
        title = m_project.rootDir().isEmpty() ? tr("Open a project to build its hive.")
                : stage && !ProviderCatalog::canBuild(stage->provider)
                    ? tr("Nothing runs on stage %1 in this version: design it in the editor "
                         "and the topology.")
                          .arg(m_project.stage())
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
    m_progress->setVisible(mode() != Mode::Empty && bar);
    const QStringList still = running && mode() == Mode::Live ? stillRunningOn() : QStringList();
    m_running->setText(still.isEmpty()
                           ? QString()
                           : tr("Still running on: %1").arg(still.join(QStringLiteral(", "))));
    m_running->setVisible(!still.isEmpty());

    // Prepared hosts refused at first contact: their keys are to be checked.
    const StagePlan *stagePlan = m_loaded ? m_loaded->hive.stage(m_project.stage()) : nullptr;
    const QStringList failedHosts = s.failedHosts(m_shownPhase);
    bool firstContact = false;
    // (Files are read only once the run has ended: not on every tick.)
    const PhaseTraits *shown = PhaseCatalog::find(m_shownPhase);
    if (!running && shown && shown->firstContact && stagePlan &&
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
    if (mode() == Mode::Empty)
        m_failure->hide();
    else
        m_failure->showFailure(s, m_shownPhase, running, firstContact);
    m_retryAction->setEnabled(!running && !failedHosts.isEmpty());
    m_liveButton->setVisible(running && mode() != Mode::Live);
    m_scrubRow->setVisible(mode() == Mode::Replay);
}

void BuildPage::reloadHistory()
{
    m_run->reloadHistory();
    m_history->setRecords(m_run->records(),
                          m_shownPhase.isEmpty() ? m_pipeline->current() : m_shownPhase);
    updatePipeline();
}

void BuildPage::updatePipeline()
{
    for (const QString &phase : PhaseOrder::phases()) {
        const RunHistory::Record *r = RunHistory::standing(m_run->records(), phase);
        m_pipeline->setOutcome(phase, r ? r->status : RunEvent::Status::None,
                               r && r->status != RunEvent::Status::None ? r->elapsedMs : -1,
                               r ? r->action : QString());
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
