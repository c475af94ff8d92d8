#include "gui/health/hosts_page.h"

#include "gui/health/health_page.h"
#include "gui/run/host_terminal.h"
#include "inventory/hive_model.h"
#include "inventory/host_roles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hive::gui {

namespace {

enum Column
{
    kHost,
    kRole,
    kAddress,
    kZone,
    kState,
    kSwarm,
    kLoad,
    kMemory,
    kDisk,
    kUptime,
    kFindings,
    kColumns
};

HealthCheck::Severity severityOf(const HostState &h)
{
    switch (h.condition()) {
    case HostState::Condition::Unreachable:
    case HostState::Condition::Down:
        return HealthCheck::Severity::Critical;
    case HostState::Condition::Drained:
        return qMax(h.worst, HealthCheck::Severity::Warning);
    case HostState::Condition::Up:
        break;
    }
    return h.worst;
}

} // namespace

HostsPage::HostsPage(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_checkNow(new QPushButton(this)),
      m_terminalButton(new QPushButton(this)), m_findingsButton(new QPushButton(this)),
      m_setUpButton(new QPushButton(this)), m_table(new QTableWidget(this)),
      m_terminal(new QAction(this)), m_findings(new QAction(this)), m_setUp(new QAction(this)),
      m_copy(new QAction(this)), m_checkAction(new QAction(this))
{
    setObjectName(QStringLiteral("hostsPage"));
    m_status->setObjectName(QStringLiteral("hostsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkNow->setObjectName(QStringLiteral("hostsCheckNow"));
    m_terminalButton->setObjectName(QStringLiteral("hostsOpenTerminal"));
    m_findingsButton->setObjectName(QStringLiteral("hostsShowFindings"));
    m_setUpButton->setObjectName(QStringLiteral("hostsSetUpAgain"));

    m_table->setObjectName(QStringLiteral("hostsTable"));
    m_table->setColumnCount(kColumns);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    // The actions are in the table's context menu (also on the Menu key) and
    // on the buttons below it (Alt+letter).
    m_copy->setShortcut(QKeySequence::Copy);
    for (QAction *a : {m_terminal, m_findings, m_setUp, m_copy}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(a);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_checkNow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_terminalButton);
    buttons->addWidget(m_findingsButton);
    buttons->addWidget(m_setUpButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_checkNow, &QPushButton::clicked, this, &HostsPage::checkRequested);
    connect(m_checkAction, &QAction::triggered, this, &HostsPage::checkRequested);
    connect(m_terminal, &QAction::triggered, this, &HostsPage::openTerminal);
    connect(m_terminalButton, &QPushButton::clicked, this, &HostsPage::openTerminal);
    const auto findings = [this] {
        if (!chosenHost().isEmpty())
            emit findingsRequested(chosenHost());
    };
    connect(m_findings, &QAction::triggered, this, findings);
    connect(m_findingsButton, &QPushButton::clicked, this, findings);
    // Enter or a double-click on a host.
    connect(m_table, &QAbstractItemView::activated, this, findings);
    const auto setUp = [this] {
        if (!chosenHost().isEmpty())
            emit setUpRequested(chosenHost());
    };
    connect(m_setUp, &QAction::triggered, this, setUp);
    connect(m_setUpButton, &QPushButton::clicked, this, setUp);
    connect(m_copy, &QAction::triggered, this, [this] {
        if (!chosenHost().isEmpty())
            QApplication::clipboard()->setText(chosenHost());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HostsPage::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (QTableWidgetItem *item = m_table->itemAt(at))
            m_table->selectRow(item->row());
        if (chosenHost().isEmpty())
            return;
        QMenu menu(this);
        menu.addActions(hostActions());
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

    retranslate();
    updateActions();
}

void HostsPage::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Host"), tr("Role"), tr("Address"), tr("Zone"), tr("State"), tr("Swarm"),
         tr("Load / CPUs"), tr("Memory used"), tr("Fullest disk"), tr("Up for"), tr("Findings")});
    m_checkNow->setText(tr("Check &Now"));
    m_checkAction->setText(tr("Check &Now"));
    m_checkNow->setToolTip(tr("Reads every host of the stage over SSH, as `hive doctor` does"));
    m_table->horizontalHeaderItem(kLoad)->setToolTip(
        tr("The 1-minute load average and the processors. Container hosts (the docker "
           "provider) share their machine's kernel, so they show the machine's load."));
    m_terminal->setText(tr("Open &Terminal"));
    m_terminalButton->setText(tr("Open &Terminal"));
    m_terminalButton->setToolTip(tr("`hive ssh -t` to the chosen host"));
    m_findings->setText(tr("Show Fin&dings"));
    m_findingsButton->setText(tr("Show Fin&dings"));
    m_findingsButton->setToolTip(
        tr("The Health tab's findings about the chosen host (Enter or double-click)"));
    m_setUp->setText(tr("Set &Up This Host Again…"));
    m_setUpButton->setText(tr("Set &Up This Host Again…"));
    m_setUpButton->setToolTip(
        tr("Prepares setup-hosts limited to the chosen host in the Build tab, to look at and run"));
    m_copy->setText(tr("&Copy Host Name"));
    updateStatus();
    fill();
}

void HostsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HostsPage::setProject(const Project &project, const StagePlan *stage)
{
    const bool other =
        project.rootDir() != m_project.rootDir() || project.stage() != m_project.stage();
    m_project = project;
    m_rows.clear();
    if (stage) {
        for (const HostPlan &h : stage->hosts)
            m_rows << Row{h.name, HostRoles::of(*stage, h).join(QStringLiteral(", ")), h.privateIp,
                          HostRoles::zone(h)};
    }
    if (other) {
        m_check = HealthPage::State::NotChecked;
        m_report = HealthReport{};
        m_failure.clear();
    }
    updateStatus();
    fill();
}

void HostsPage::clear()
{
    m_project = Project{};
    m_rows.clear();
    m_check = HealthPage::State::NotChecked;
    m_report = HealthReport{};
    m_failure.clear();
    updateStatus();
    fill();
}

void HostsPage::showCheck(HealthPage::State check, const HealthReport &report,
                          const QString &failure)
{
    if (check == HealthPage::State::Checked && !report.stage.isEmpty() &&
        report.stage != m_project.stage())
        return;
    m_check = check;
    // While a check runs, the last one's figures stay.
    if (check != HealthPage::State::Checking)
        m_report = check == HealthPage::State::Checked ? report : HealthReport{};
    m_failure = failure;
    updateStatus();
    fill();
}

QString HostsPage::chosenHost() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, kHost) : nullptr;
    return item && m_table->selectionModel()->isRowSelected(row, {}) ? item->text() : QString();
}

QList<QAction *> HostsPage::hostActions() const
{
    return {m_terminal, m_findings, m_setUp, m_copy};
}

QList<QAction *> HostsPage::pageActions() const
{
    return {m_checkAction, m_terminal, m_findings, m_setUp};
}

void HostsPage::updateStatus()
{
    QString text;
    if (m_project.rootDir().isEmpty()) {
        text.clear();
    } else if (m_check == HealthPage::State::Checking) {
        text = m_report.checkedAt.isValid()
                   ? tr("Checking the hosts… (the figures below are from %1)")
                         .arg(QLocale().toString(m_report.checkedAt.toLocalTime(),
                                                 QLocale::ShortFormat))
                   : tr("Checking the hosts…");
    } else if (m_check == HealthPage::State::Failed) {
        text = tr("The hosts could not be checked: %1").arg(m_failure);
    } else if (m_check == HealthPage::State::Checked) {
        int up = 0;
        for (const HostState &h : std::as_const(m_report.hosts))
            up += h.condition() == HostState::Condition::Up ? 1 : 0;
        text = tr("%1 of %n host(s) up, as checked at %2. The Health tab checks again on its "
                  "schedule and after every run.",
                  nullptr, int(m_report.hosts.size()))
                   .arg(up)
                   .arg(QLocale().toString(m_report.checkedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        text = tr("Not checked yet. Check Now reads every host over SSH (load, memory, disks, "
                  "the swarm); nothing is changed.");
    }
    m_status->setText(text);
    m_checkNow->setEnabled(!m_project.rootDir().isEmpty() &&
                           m_check != HealthPage::State::Checking);
    m_checkAction->setEnabled(m_checkNow->isEnabled());
}

void HostsPage::fill()
{
    const QString chosen = chosenHost();
    m_table->setRowCount(int(m_rows.size()));
    int row = 0;
    for (const Row &r : std::as_const(m_rows)) {
        const HostState *state = nullptr;
        for (const HostState &h : std::as_const(m_report.hosts)) {
            if (h.host == r.name)
                state = &h;
        }
        QStringList cells{r.name, r.roles, r.address, r.zone};
        if (state) {
            cells << state->conditionText() << state->swarmRoleText() << state->loadText()
                  << state->memoryText() << state->diskText() << state->uptimeText()
                  << (state->findings > 0 ? QString::number(state->findings) : QString());
        } else {
            cells << (m_check == HealthPage::State::Checked ? tr("not checked") : QString())
                  << QString() << QString() << QString() << QString() << QString() << QString();
        }
        for (int c = 0; c < kColumns; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= kLoad)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        if (state) {
            m_table->item(row, kState)
                ->setIcon(HealthPage::severityIcon(style(), severityOf(*state)));
            if (!state->reached)
                m_table->item(row, kState)->setToolTip(state->error);
            if (!state->dockerVersion.isEmpty())
                m_table->item(row, kSwarm)
                    ->setToolTip(tr("Docker Engine %1").arg(state->dockerVersion));
            if (state->findings > 0)
                m_table->item(row, kFindings)
                    ->setIcon(HealthPage::severityIcon(style(), state->worst));
        }
        if (r.name == chosen)
            m_table->selectRow(row);
        ++row;
    }
    // A host is always chosen, so the buttons and Alt+letters act at once.
    if (chosen.isEmpty() && !m_rows.isEmpty())
        m_table->selectRow(0);
    updateActions();
}

void HostsPage::updateActions()
{
    const bool host = !chosenHost().isEmpty();
    for (QAction *a : hostActions())
        a->setEnabled(host);
    m_terminalButton->setEnabled(host);
    m_findingsButton->setEnabled(host && m_check == HealthPage::State::Checked);
    m_findings->setEnabled(host && m_check == HealthPage::State::Checked);
    m_setUpButton->setEnabled(host);
}

void HostsPage::openTerminal()
{
    if (!chosenHost().isEmpty())
        HostTerminal::open(this, HostTerminal::sshCommand(m_project, chosenHost()));
}

} // namespace hive::gui
