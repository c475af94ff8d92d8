#include "gui/health/health_page.h"

#include "gui/health/backup_scheduler.h"
#include "gui/health/repair_dialog.h"
#include "gui/run/desktop_preferences.h"
#include "health/hive_doctor.h"
#include "health/hive_monitoring.h"
#include "inventory/inventory_loader.h"
#include "recovery/recovery_request.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hive::gui {

QIcon HealthPage::severityIcon(const QStyle *style, HealthCheck::Severity s)
{
    switch (s) {
    case HealthCheck::Severity::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case HealthCheck::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case HealthCheck::Severity::Ok:
        break;
    }
    return style->standardIcon(QStyle::SP_DialogApplyButton);
}

namespace {
constexpr int kSeverityRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;

QString preformatted(const QString &text)
{
    return QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>")
        .arg(text.toHtmlEscaped());
}
} // namespace

HealthPage::HealthPage(QWidget *parent)
    : QWidget(parent), m_every(new QComboBox(this)), m_showOk(new QCheckBox(this)),
      m_filter(new QLineEdit(this)), m_summary(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)), m_timer(new QTimer(this)),
      m_backupEvery(new QComboBox(this)), m_backups(new BackupScheduler(this)),
      m_checks(this, [this](const Outcome &o, bool cancelled) { finished(o, cancelled); }),
      m_acknowledging(this, [this](const QString &error, bool) {
          m_summary->setText(error.isEmpty()
                                 ? tr("Acknowledged in Zabbix; checking again…")
                                 : tr("Zabbix did not take the acknowledgement: %1").arg(error));
          if (error.isEmpty())
              checkNow();
      })
{
    setObjectName(QStringLiteral("healthPage"));
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    m_check = bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Check Now"), this,
                             &HealthPage::checkNow);
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_check->setObjectName(QStringLiteral("healthCheckNow"));
    m_cancel = bar->addAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("Cancel"), this,
                              &HealthPage::cancel);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancel->setEnabled(false);
    addAction(m_cancel);
    m_repair = bar->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Repair…"),
                              this, &HealthPage::repairChosen);
    m_repair->setObjectName(QStringLiteral("healthRepair"));
    m_repair->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_repair->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_repair->setEnabled(false);
    addAction(m_repair);
    m_fix = bar->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Prepare the Fix"), this,
                           [this] {
                               if (const HealthCheck *c = chosen(); c && !c->fix.isEmpty())
                                   emit fixRequested(c->fix.value(0), c->fix.value(1));
                           });
    m_fix->setObjectName(QStringLiteral("healthPrepareFix"));
    m_fix->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_fix->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_fix->setEnabled(false);
    addAction(m_fix);
    m_acknowledge =
        bar->addAction(style()->standardIcon(QStyle::SP_DialogYesButton), tr("Acknowledge…"), this,
                       qOverload<>(&HealthPage::acknowledgeChosen));
    m_acknowledge->setObjectName(QStringLiteral("healthAcknowledge"));
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_acknowledge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_acknowledge->setEnabled(false);
    m_acknowledge->setStatusTip(tr("Tell Zabbix, and so everyone it alerts, that someone is on the "
                                   "chosen problem, with a note"));
    addAction(m_acknowledge);
    for (QAction *a : {m_check, m_cancel, m_repair, m_fix, m_acknowledge})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text(), a->shortcut().toString(QKeySequence::NativeText)));
    bar->addSeparator();
    auto *everyLabel = new QLabel(tr("&Every:"), bar);
    everyLabel->setBuddy(m_every);
    bar->addWidget(everyLabel);
    m_every->setObjectName(QStringLiteral("healthInterval"));
    m_every->addItem(tr("only on demand"), 0);
    for (int minutes : DesktopPreferences::healthIntervalChoices()) {
        if (minutes > 0)
            m_every->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    }
    m_every->setToolTip(tr("How often the checks run while the project is open"));
    bar->addWidget(m_every);
    bar->addSeparator();
    m_showOk->setText(tr("Show &ok findings"));
    m_showOk->setObjectName(QStringLiteral("healthShowOk"));
    m_showOk->setChecked(true);
    bar->addWidget(m_showOk);
    bar->addSeparator();
    m_backUp = bar->addAction(style()->standardIcon(QStyle::SP_DriveHDIcon), tr("Back Up Now…"),
                              this, &HealthPage::backUpNow);
    m_backUp->setObjectName(QStringLiteral("healthBackUpNow"));
    m_backUp->setToolTip(tr("Plan `hive backup`: the swarm state of the managers that are not "
                            "the leader, one at a time; or the services' data"));
    // The swarm's state (the default, as before) or the services' data.
    auto *backUpMenu = new QMenu(this);
    backUpMenu->setObjectName(QStringLiteral("healthBackUpMenu"));
    QAction *swarmState = backUpMenu->addAction(tr("&Swarm State…"), this, &HealthPage::backUpNow);
    swarmState->setObjectName(QStringLiteral("healthBackUpSwarm"));
    swarmState->setStatusTip(tr("Plan `hive backup`: the swarm state of the managers that are "
                                "not the leader, one at a time, into the context dir"));
    QAction *serviceData =
        backUpMenu->addAction(tr("Service &Data…"), this, &HealthPage::backUpData);
    serviceData->setObjectName(QStringLiteral("healthBackUpData"));
    serviceData->setStatusTip(tr("Plan `hive backup --data`: every service with backup_scripts "
                                 "and the registry, on the repository server, as the nightly "
                                 "run does"));
    m_backUp->setMenu(backUpMenu);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_backUp)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    m_backUp->setEnabled(false);
    auto *scheduleLabel = new QLabel(tr("&Scheduled:"), bar);
    scheduleLabel->setBuddy(m_backupEvery);
    bar->addWidget(scheduleLabel);
    m_backupEvery->setObjectName(QStringLiteral("healthBackupEvery"));
    m_backupEvery->addItem(tr("never"), 0);
    m_backupEvery->addItem(tr("every day"), 24);
    m_backupEvery->addItem(tr("every week"), 168);
    m_backupEvery->setToolTip(tr("While the app has this project open, run `hive backup` when "
                                 "the newest swarm backup is older than this"));
    m_backupEvery->setEnabled(false);
    bar->addWidget(m_backupEvery);
    bar->addSeparator();
    m_filter->setObjectName(QStringLiteral("healthFilter"));
    m_filter->setPlaceholderText(tr("Filter (host, service, text)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    bar->addWidget(m_filter);

    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setContentsMargins(6, 4, 6, 4);

    m_list->setObjectName(QStringLiteral("healthFindings"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Status"), tr("Area"), tr("Subject"), tr("Finding")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 110);
    m_list->setColumnWidth(1, 90);
    m_list->setColumnWidth(2, 220);
    m_details->setObjectName(QStringLiteral("healthDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Choose a finding to see its evidence and what to do."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    setFocusProxy(m_list);

    setInterval(DesktopPreferences::healthIntervalMinutes());
    connect(m_every, &QComboBox::activated, this, [this] {
        const int minutes = m_every->currentData().toInt();
        DesktopPreferences::saveHealthIntervalMinutes(minutes);
        setInterval(minutes);
    });
    connect(m_timer, &QTimer::timeout, this, &HealthPage::checkNow);
    connect(m_backupEvery, &QComboBox::activated, this,
            [this] { m_backups->setEveryHours(m_backupEvery->currentData().toInt()); });
    connect(m_backups, &BackupScheduler::settingsChanged, this, [this] {
        const int index = m_backupEvery->findData(m_backups->everyHours());
        m_backupEvery->setCurrentIndex(index < 0 ? 0 : index);
    });
    connect(m_backups, &BackupScheduler::backedUp, this, &HealthPage::checkNow);
    connect(m_showOk, &QCheckBox::toggled, this, &HealthPage::fill);
    connect(m_filter, &QLineEdit::textChanged, this, &HealthPage::fill);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HealthPage::showDetails);
    updateSummary();
}

HealthPage::~HealthPage() = default; // the checks stop at their next host answer

QList<QAction *> HealthPage::pageActions() const
{
    return {m_check, m_cancel, m_repair, m_fix, m_acknowledge, m_backUp};
}

int HealthPage::interval() const
{
    return m_every->currentData().toInt();
}

void HealthPage::setInterval(int minutes)
{
    const int index = m_every->findData(minutes);
    m_every->setCurrentIndex(index < 0 ? 0 : index);
    if (interval() > 0 && !m_project.rootDir().isEmpty())
        m_timer->start(interval() * 60000);
    else
        m_timer->stop();
}

void HealthPage::setProject(const Project &project, const LoadedInventory &loaded)
{
    const bool other =
        project.rootDir() != m_project.rootDir() || project.stage() != m_project.stage();
    m_project = project;
    m_loaded = std::make_shared<const LoadedInventory>(loaded);
    m_backups->setProject(project, m_loaded);
    m_backUp->setEnabled(true);
    m_backupEvery->setEnabled(true);
    if (!other)
        return;
    cancel();
    m_report = HealthReport{};
    m_failure.clear();
    setState(State::NotChecked);
    fill();
    setInterval(interval());
    // A first look soon after the project opens; the timer does the rest.
    if (interval() > 0)
        QTimer::singleShot(1000, this, &HealthPage::checkNow);
}

void HealthPage::showSubject(const QString &subject)
{
    m_filter->setText(subject);
}

void HealthPage::clear()
{
    cancel();
    m_project = Project{};
    m_loaded.reset();
    m_backups->clear();
    m_backUp->setEnabled(false);
    m_backupEvery->setEnabled(false);
    m_report = HealthReport{};
    m_failure.clear();
    m_timer->stop();
    setState(State::NotChecked);
    fill();
}

void HealthPage::checkNow()
{
    if (m_state == State::Checking || !m_loaded)
        return;
    const Project project = m_project;
    const std::shared_ptr<const LoadedInventory> loaded = m_loaded;
    const QPointer<HealthPage> self(this);
    m_failure.clear();
    setState(State::Checking);
    m_checks.start([project, loaded, self](const std::atomic_bool *cancel) {
        HiveDoctor::Options options;
        options.cancel = cancel;
        options.progress = [self](const QString &text) {
            QMetaObject::invokeMethod(qApp, [self, text] {
                if (self && self->m_state == State::Checking)
                    self->m_summary->setText(tr("Checking: %1").arg(text));
            });
        };
        Outcome o;
        o.ok = HiveDoctor::run(project, *loaded, options, o.report, o.error);
        return o;
    });
}

void HealthPage::cancel()
{
    if (m_state != State::Checking)
        return;
    m_checks.cancel();
    m_summary->setText(tr("Cancelling: waiting for the hosts being read to answer…"));
}

void HealthPage::finished(const Outcome &o, bool cancelled)
{
    if (o.ok) {
        showReport(o.report);
        return;
    }
    m_failure = cancelled ? tr("The checks were cancelled.") : o.error;
    setState(cancelled && !m_report.checks.isEmpty() ? State::Checked : State::Failed);
    fill();
}

void HealthPage::showReport(const HealthReport &report)
{
    m_report = report;
    m_failure.clear();
    setState(State::Checked);
    fill();
}

void HealthPage::setState(State s)
{
    m_state = s;
    m_check->setEnabled(s != State::Checking && m_loaded);
    m_cancel->setEnabled(s == State::Checking);
    updateSummary();
    emit stateChanged();
}

void HealthPage::updateSummary()
{
    switch (m_state) {
    case State::NotChecked:
        m_summary->setText(m_loaded ? tr("Not checked yet. Check Now reads every host of the "
                                         "stage over SSH and changes nothing.")
                                    : tr("Open a project to check its hive."));
        return;
    case State::Checking:
        m_summary->setText(tr("Checking the hosts of stage %1…").arg(m_project.stage()));
        return;
    case State::Failed:
        m_summary->setText(tr("The checks could not run: %1").arg(m_failure));
        return;
    case State::Checked:
        break;
    }
    QString text =
        tr("Stage %1: %2 — %3 critical, %4 warning(s), %5 ok. Checked at %6 in %7 s.")
            .arg(m_report.stage, HealthCheck::severityText(m_report.worst()).toUpper())
            .arg(m_report.count(HealthCheck::Severity::Critical))
            .arg(m_report.count(HealthCheck::Severity::Warning))
            .arg(m_report.count(HealthCheck::Severity::Ok))
            .arg(QLocale().toString(m_report.checkedAt.toLocalTime(), QLocale::ShortFormat))
            .arg(double(m_report.elapsedMs) / 1000.0, 0, 'f', 1);
    if (!m_failure.isEmpty())
        text += QLatin1Char(' ') + m_failure;
    m_summary->setText(text);
}

void HealthPage::fill()
{
    QString current;
    if (QTreeWidgetItem *item = m_list->currentItem())
        current =
            item->text(1) + QLatin1Char('\n') + item->text(2) + QLatin1Char('\n') + item->text(3);
    m_list->clear();
    const QString filter = m_filter->text().trimmed();
    QTreeWidgetItem *again = nullptr;
    // Worst first; within a severity, in the order of the checks.
    for (const HealthCheck::Severity s :
         {HealthCheck::Severity::Critical, HealthCheck::Severity::Warning,
          HealthCheck::Severity::Ok}) {
        if (s == HealthCheck::Severity::Ok && !m_showOk->isChecked())
            continue;
        for (int i = 0; i < m_report.checks.size(); ++i) {
            const HealthCheck &c = m_report.checks.at(i);
            if (c.severity != s)
                continue;
            if (!filter.isEmpty() && !c.subject.contains(filter, Qt::CaseInsensitive) &&
                !c.area.contains(filter, Qt::CaseInsensitive) &&
                !HealthCheck::areaText(c.area).contains(filter, Qt::CaseInsensitive) &&
                !c.summary.contains(filter, Qt::CaseInsensitive) &&
                !c.evidence.contains(filter, Qt::CaseInsensitive))
                continue;
            auto *item =
                new QTreeWidgetItem(m_list, {HealthCheck::severityText(s),
                                             HealthCheck::areaText(c.area), c.subject, c.summary});
            item->setIcon(0, severityIcon(style(), s));
            item->setData(0, kSeverityRole, int(s));
            item->setData(0, kIndexRole, i);
            item->setToolTip(3, c.summary);
            if (item->text(1) + QLatin1Char('\n') + item->text(2) + QLatin1Char('\n') +
                    item->text(3) ==
                current)
                again = item;
        }
    }
    m_list->setCurrentItem(again ? again : m_list->topLevelItem(0));
    showDetails();
}

const HealthCheck *HealthPage::chosen() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? &m_report.checks.at(item->data(0, kIndexRole).toInt()) : nullptr;
}

void HealthPage::repairChosen()
{
    const HealthCheck *c = chosen();
    RecoveryRequest request;
    QString error;
    if (!c || c->repair.isEmpty() || !m_loaded ||
        !RecoveryRequest::parse(c->repair, request, error))
        return;
    openRepair(request);
}

bool HealthPage::chooseFirstRepair()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (!m_report.checks.at(item->data(0, kIndexRole).toInt()).repair.isEmpty()) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void HealthPage::backUpNow()
{
    RecoveryRequest request;
    request.kind = RecoveryRequest::Kind::Backup;
    openRepair(request);
}

void HealthPage::backUpData()
{
    RecoveryRequest request;
    request.kind = RecoveryRequest::Kind::DataBackup;
    openRepair(request);
}

void HealthPage::openRepair(const RecoveryRequest &request)
{
    if (!m_loaded)
        return;
    auto *dialog = new RepairDialog(m_project, m_loaded, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What was repaired is checked again at once.
    connect(dialog, &RepairDialog::repaired, this, &HealthPage::checkNow);
    dialog->open();
}

void HealthPage::showDetails()
{
    const HealthCheck *found = chosen();
    m_repair->setEnabled(found && !found->repair.isEmpty() && m_loaded);
    m_fix->setEnabled(found && !found->fix.isEmpty() && m_loaded);
    m_acknowledge->setEnabled(found && !found->zabbixEvent.isEmpty() && m_loaded &&
                              !m_acknowledging.isRunning());
    m_fix->setStatusTip(
        found && !found->fix.isEmpty()
            ? tr("Choose %1 in the Build tab%2, to look at it and run it")
                  .arg(found->fix.value(0), found->fix.value(1).isEmpty()
                                                ? QString()
                                                : tr(" with -l %1").arg(found->fix.value(1)))
            : QString());
    m_repair->setToolTip(found && !found->repair.isEmpty()
                             ? tr("Repair… (%1): plan, then run `hive %2`")
                                   .arg(m_repair->shortcut().toString(QKeySequence::NativeText),
                                        found->repair.join(QLatin1Char(' ')))
                             : tr("The chosen finding has no guided repair"));
    if (!found) {
        m_details->clear();
        return;
    }
    const HealthCheck &c = *found;
    QString html = QStringLiteral("<p><b>[%1] %2</b> — %3</p>")
                       .arg(HealthCheck::severityText(c.severity).toHtmlEscaped(),
                            c.subject.toHtmlEscaped(), c.summary.toHtmlEscaped());
    if (!c.action.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("What to do").toHtmlEscaped()) +
                preformatted(c.action);
    if (!c.fix.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Prepare the Fix (Ctrl+Shift+F) chooses %1 in the Build tab%2: look at "
                            "it, then "
                            "Run Phase.")
                             .arg(c.fix.value(0), c.fix.value(1).isEmpty()
                                                      ? QString()
                                                      : tr(" with -l %1").arg(c.fix.value(1)))
                             .toHtmlEscaped());
    if (!c.repair.isEmpty())
        html += QStringLiteral("<p><b>%1</b> <code>hive %2</code></p>")
                    .arg(tr("Guided repair (Repair…, Ctrl+R):").toHtmlEscaped(),
                         c.repair.join(QLatin1Char(' ')).toHtmlEscaped());
    if (!c.evidence.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Evidence (what the check read)").toHtmlEscaped()) +
                preformatted(c.evidence);
    m_details->setHtml(html);
}

void HealthPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateSummary();
    QWidget::changeEvent(event);
}

void HealthPage::acknowledgeChosen()
{
    const HealthCheck *c = chosen();
    if (!c || c->zabbixEvent.isEmpty())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Acknowledge"),
        tr("%1\n\nA note for the others (optional), e.g. who is on it:").arg(c->summary),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        acknowledgeChosen(note);
}

void HealthPage::acknowledgeChosen(const QString &note)
{
    const HealthCheck *c = chosen();
    if (!c || c->zabbixEvent.isEmpty() || !m_loaded)
        return;
    const Project project = m_project;
    const std::shared_ptr<const LoadedInventory> loaded = m_loaded;
    const QString event = c->zabbixEvent;
    m_summary->setText(tr("Acknowledging in Zabbix…"));
    m_acknowledge->setEnabled(false);
    m_acknowledging.start([project, loaded, event, note](const std::atomic_bool *cancel) {
        QString error;
        if (!HiveMonitoring::acknowledge(project, *loaded, {event}, note, cancel, error) &&
            error.isEmpty())
            error = tr("cancelled");
        return error;
    });
}

} // namespace hive::gui
