#include "gui/health/repair_dialog.h"

#include "engine/run_event.h"
#include "engine/run_event_sink.h"
#include "gui/run/desktop_preferences.h"
#include "gui/run/run_event_relay.h"
#include "gui/run/run_status_style.h"
#include "gui/run/verb_question.h"
#include "inventory/inventory_loader.h"
#include "phases/recovery_runner.h"
#include "recovery/recovery_context.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hive::gui {

RepairDialog::RepairDialog(const Project &project,
                           const std::shared_ptr<const LoadedInventory> &loaded,
                           const RecoveryRequest &request, QWidget *parent)
    : QDialog(parent), m_project(project), m_loaded(loaded), m_request(request),
      m_cancel(std::make_shared<std::atomic_bool>(false)), m_command(new QLabel(this)),
      m_status(new QLabel(this)), m_preview(new QPlainTextEdit(this)),
      m_steps(new QTreeWidget(this)), m_output(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(this)), m_choiceRow(new QWidget(this)),
      m_choice(new QComboBox(m_choiceRow))
{
    setObjectName(QStringLiteral("repairDialog"));
    setWindowTitle(tr("Repair — %1").arg(request.commandLine()));
    resize(900, 640);
    m_command->setObjectName(QStringLiteral("repairCommand"));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_command->setText(tr("Same as: %1").arg(request.commandLine()));
    DesktopPreferences::useFixedFont(m_command);
    m_status->setObjectName(QStringLiteral("repairStatus"));
    m_status->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("repairPlan"));
    m_preview->setReadOnly(true);
    DesktopPreferences::useFixedFont(m_preview);
    m_steps->setObjectName(QStringLiteral("repairSteps"));
    m_steps->setHeaderLabels({tr("Step / host"), tr("Status"), tr("Time"), tr("Message")});
    m_steps->setColumnWidth(0, 260);
    m_steps->setColumnWidth(1, 100);
    m_steps->setColumnWidth(2, 70);
    m_steps->setUniformRowHeights(true);
    m_output->setObjectName(QStringLiteral("repairOutput"));
    m_output->setReadOnly(true);
    DesktopPreferences::useFixedFont(m_output);
    m_output->setMaximumBlockCount(5000);
    m_output->setPlaceholderText(tr("What the commands print appears here."));

    m_run = m_buttons->addButton(tr("&Run Repair"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("repairRun"));
    m_run->setAutoDefault(false);
    m_run->setEnabled(false);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setAutoDefault(false);
    connect(m_run, &QPushButton::clicked, this, &RepairDialog::runRepair);
    connect(m_close, &QPushButton::clicked, this, &RepairDialog::reject);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_preview);
    split->addWidget(m_steps);
    split->addWidget(m_output);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_command);
    layout->addWidget(m_status);
    layout->addWidget(m_choiceRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);

    // A refused plan may wait for the user's choice (which copy to discard).
    m_choiceRow->setObjectName(QStringLiteral("repairChoices"));
    m_choice->setObjectName(QStringLiteral("repairChoice"));
    m_choice->setAccessibleName(tr("What to do"));
    auto *choiceLabel = new QLabel(tr("C&hoose:"), m_choiceRow);
    choiceLabel->setBuddy(m_choice);
    auto *planChoice = new QPushButton(tr("&Plan This"), m_choiceRow);
    planChoice->setObjectName(QStringLiteral("repairPlanChoice"));
    planChoice->setAutoDefault(false);
    planChoice->setEnabled(false);
    connect(m_choice, &QComboBox::currentIndexChanged, planChoice,
            [planChoice](int index) { planChoice->setEnabled(index > 0); });
    connect(planChoice, &QPushButton::clicked, this, &RepairDialog::planChoice);
    auto *choiceLayout = new QHBoxLayout(m_choiceRow);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(choiceLabel);
    choiceLayout->addWidget(m_choice, 1);
    choiceLayout->addWidget(planChoice);
    m_choiceRow->hide();
    connect(&m_planning, &QFutureWatcher<Planned>::finished, this, &RepairDialog::planned);
    startPlanning();
}

void RepairDialog::planChoice()
{
    const int i = m_choice->currentIndex() - 1; // after "(choose one)"
    if (m_state != State::Refused || i < 0 || i >= m_plan.choices.size())
        return;
    RecoveryRequest chosen;
    QString error;
    if (!RecoveryRequest::parse(m_plan.choices.at(i).arguments, chosen, error)) {
        m_status->setText(error);
        return;
    }
    m_request = chosen;
    setWindowTitle(tr("Repair — %1").arg(m_request.commandLine()));
    m_command->setText(tr("Same as: %1").arg(m_request.commandLine()));
    startPlanning();
}

void RepairDialog::startPlanning()
{
    m_choiceRow->hide();
    m_preview->clear();
    // Read the hosts and plan, off the GUI thread.
    const QPointer<RepairDialog> self(this);
    const auto say = [self](const QString &text) {
        QMetaObject::invokeMethod(qApp, [self, text] {
            if (self && self->m_state == State::Planning)
                self->m_status->setText(text);
        });
    };
    const Project p = m_project;
    const std::shared_ptr<const LoadedInventory> inventory = m_loaded;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    setState(State::Planning, tr("Reading the hosts…"));
    m_planning.setFuture(QtConcurrent::run([p, inventory, request = m_request, cancel, say] {
        Planned out;
        out.context = RecoveryContext::open(p, *inventory, out.error);
        if (!out.context)
            return out;
        out.context->cancel = cancel.get();
        if (!request.plan(out.context, *inventory, out.plan, out.error, say))
            out.context.reset();
        return out;
    }));
}

RepairDialog::~RepairDialog()
{
    // A plan being read stops at its next host; a running repair cannot
    // be left without its dialog (reject() waits for it).
    m_cancel->store(true);
    m_planning.waitForFinished();
    m_running.waitForFinished();
}

QString RepairDialog::statusText() const
{
    return m_status->text();
}

void RepairDialog::setState(State s, const QString &text)
{
    m_state = s;
    m_status->setText(text);
    m_run->setEnabled(s == State::Planned);
    m_close->setText(s == State::Running    ? tr("Cancel")
                     : s == State::Planning ? tr("Cancel")
                                            : tr("Close"));
}

void RepairDialog::planned()
{
    const Planned p = m_planning.result();
    if (!p.context) {
        setState(State::Refused, m_cancel->load()
                                     ? tr("Cancelled.")
                                     : tr("The hosts could not be read: %1").arg(p.error));
        return;
    }
    m_context = p.context;
    m_plan = p.plan;
    m_preview->setPlainText(m_plan.preview());
    if (!m_plan.runnable()) {
        setState(State::Refused, tr("Refused: %1").arg(m_plan.refusal));
        if (!m_plan.choices.isEmpty()) {
            // Nothing chosen until the user chooses.
            m_choice->clear();
            m_choice->addItem(tr("(choose one)"));
            for (const RecoveryPlan::Choice &c : std::as_const(m_plan.choices))
                m_choice->addItem(c.label);
            m_choiceRow->show();
            m_choice->setFocus();
        }
        return;
    }
    if (m_plan.empty()) {
        setState(State::Refused, tr("Nothing to do: %1").arg(m_plan.title));
        return;
    }
    setState(State::Planned, tr("Read the plan. Nothing has changed yet; Run Repair runs "
                                "exactly these commands on these hosts."));
}

void RepairDialog::runRepair()
{
    if (m_state != State::Planned)
        return;
    setState(State::Running, tr("Running: %1").arg(m_plan.title));
    connect(&m_running, &QFutureWatcher<PhaseSession::Result>::finished, this,
            &RepairDialog::runFinished, Qt::UniqueConnection);
    const QPointer<RepairDialog> self(this);
    auto sink = std::make_shared<RunEventRelay>(this, [self](const QList<RunEvent> &events) {
        for (const RunEvent &e : events)
            self->display(e);
    });
    // The steps report their commands' output through the context.
    m_context->onOutput = [sink](const QString &host, const QString &line) {
        RunEvent e;
        e.kind = RunEvent::Kind::Output;
        e.host = host;
        e.text = line;
        sink->post(e);
    };
    Project project = m_project;
    const std::shared_ptr<const LoadedInventory> inventory = m_loaded;
    const RecoveryPlan plan = m_plan;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const std::shared_ptr<RecoveryContext> context = m_context;
    m_running.setFuture(
        QtConcurrent::run([project, inventory, plan, cancel, sink, context]() mutable {
            PhaseOptions options;
            options.cancel = cancel.get();
            return RecoveryRunner::run(project, *inventory, plan, sink.get(), options);
        }));
}

void RepairDialog::display(const RunEvent &e)
{
    const QString key = e.phase + QLatin1Char('/') + e.step;
    switch (e.kind) {
    case RunEvent::Kind::StepStarted: {
        auto *item =
            new QTreeWidgetItem(m_steps, {QStringLiteral("%1 — %2").arg(e.phase, e.step),
                                          RunStatusStyle::word(RunEvent::Status::None, true)});
        item->setIcon(1, RunStatusStyle::icon(style(), RunEvent::Status::None, true));
        item->setExpanded(true);
        m_stepItems.insert(key, item);
        m_steps->scrollToItem(item);
        break;
    }
    case RunEvent::Kind::StepFinished:
        if (QTreeWidgetItem *item = m_stepItems.value(key)) {
            item->setText(1, RunStatusStyle::word(e.status));
            item->setIcon(1, RunStatusStyle::icon(style(), e.status));
            item->setText(2, RunStatusStyle::seconds(e.elapsedMs));
        }
        break;
    case RunEvent::Kind::HostFinished:
        if (QTreeWidgetItem *step = m_stepItems.value(key)) {
            auto *item = new QTreeWidgetItem(step, {e.host, RunStatusStyle::word(e.status),
                                                    RunStatusStyle::seconds(e.elapsedMs), e.text});
            item->setIcon(1, RunStatusStyle::icon(style(), e.status));
            item->setToolTip(3, e.text);
        }
        break;
    case RunEvent::Kind::Output:
    case RunEvent::Kind::Message:
        m_output->appendPlainText(e.host.isEmpty() ? e.text
                                                   : QStringLiteral("%1: %2").arg(e.host, e.text));
        break;
    case RunEvent::Kind::PhaseStarted:
        if (!e.text.isEmpty())
            m_output->appendPlainText(QStringLiteral("== %1: %2").arg(e.phase, e.text));
        break;
    case RunEvent::Kind::PhaseFinished:
    case RunEvent::Kind::HostStarted:
    case RunEvent::Kind::Progress:
    case RunEvent::Kind::StartPhaseMoved:
        break;
    }
}

void RepairDialog::runFinished()
{
    m_result = m_running.result();
    if (!m_result.error.isEmpty())
        setState(State::Finished, tr("Nothing ran: %1").arg(m_result.error));
    else if (m_result.ok)
        setState(State::Finished, tr("Repaired and verified: %1").arg(m_plan.title));
    else if (m_result.status == RunEvent::Status::Interrupted)
        setState(State::Finished, tr("Cancelled during %1. The Health tab shows where the hive "
                                     "is now.")
                                      .arg(m_result.stoppedAt));
    else
        setState(State::Finished, tr("Failed during %1: the failed step above says why; the "
                                     "Health tab shows where the hive is now.")
                                      .arg(m_result.stoppedAt));
    emit repaired();
}

void RepairDialog::reject()
{
    if (m_state == State::Planning) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling: waiting for the hosts being read…"));
        m_planning.waitForFinished();
    } else if (m_state == State::Running) {
        if (!VerbQuestion::ask(this, tr("Cancel the repair?"),
                               tr("The repair stops at the next safe point (between steps); "
                                  "what ran so far stays done. Cancel it?"),
                               tr("&Cancel Repair"), tr("&Keep Repairing")))
            return;
        m_cancel->store(true);
        m_status->setText(tr("Cancelling at the next safe point…"));
        return; // closes once runFinished() says so
    }
    QDialog::reject();
}

} // namespace hive::gui
