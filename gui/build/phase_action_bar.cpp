#include "gui/build/phase_action_bar.h"

#include "access/stage_scope.h"
#include "engine/phase_catalog.h"
#include "gui/run/desktop_preferences.h"
#include "gui/run/run_preferences.h"
#include "inventory/inventory_loader.h"
#include "providers/provider_catalog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hive::gui {

PhaseActionBar::PhaseActionBar(QWidget *scope)
    : QWidget(scope), m_limit(new QLineEdit(this)), m_tags(new QLineEdit(this)),
      m_command(new QLabel(this))
{
    const auto action = [this, scope](const QString &text, const QKeySequence &key,
                                      QStyle::StandardPixmap icon, auto slot) {
        auto *a = new QAction(style()->standardIcon(icon), text, scope);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        scope->addAction(a);
        return a;
    };
    m_run = action(tr("&Run Phase"), QKeySequence(Qt::Key_F5), QStyle::SP_MediaPlay,
                   &PhaseActionBar::runChosen);
    m_runFrom = action(tr("Run fro&m Here"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                       QStyle::SP_MediaSeekForward, &PhaseActionBar::runFromHere);
    m_check = action(tr("Chec&k Only"), QKeySequence(Qt::Key_F6), QStyle::SP_FileDialogContentsView,
                     &PhaseActionBar::checkChosen);
    m_halt = action(tr("H&alt Servers…"), QKeySequence(), QStyle::SP_MediaPause,
                    &PhaseActionBar::haltChosen);
    m_destroy = action(tr("&Destroy…"), QKeySequence(), QStyle::SP_TrashIcon,
                       &PhaseActionBar::destroyChosen);

    auto *row = new QHBoxLayout;
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
    row->addWidget(limitLabel);
    row->addWidget(m_limit, 1);
    row->addWidget(tagsLabel);
    row->addWidget(m_tags, 1);
    for (const auto &[a, name] : {std::pair{m_run, "buildRun"},
                                  {m_runFrom, "buildRunFrom"},
                                  {m_check, "buildCheck"},
                                  {m_halt, "buildHalt"},
                                  {m_destroy, "buildDestroy"}}) {
        auto *b = new QPushButton(a->icon(), a->text(), this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, b, [a = a, b] {
            b->setEnabled(a->isEnabled());
            b->setVisible(a->isVisible());
            b->setToolTip(a->toolTip());
        });
        row->addWidget(b);
    }
    m_command->setObjectName(QStringLiteral("buildCommand"));
    DesktopPreferences::useFixedFont(m_command);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_command->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_command);

    connect(m_limit, &QLineEdit::textChanged, this, &PhaseActionBar::updatePreview);
    connect(m_tags, &QLineEdit::textChanged, this, &PhaseActionBar::updatePreview);
    connect(m_limit, &QLineEdit::returnPressed, this, &PhaseActionBar::runChosen);
    connect(m_tags, &QLineEdit::returnPressed, this, &PhaseActionBar::runChosen);
    setEnabledFor(false, false);
}

void PhaseActionBar::setProject(const Project &project,
                                std::shared_ptr<const LoadedInventory> loaded)
{
    m_project = project;
    m_loaded = std::move(loaded);
    updatePreview();
}

void PhaseActionBar::setPhase(const QString &phase)
{
    m_phase = phase;
    updatePreview();
}

void PhaseActionBar::setEnabledFor(bool projectOpen, bool running)
{
    m_projectOpen = projectOpen;
    m_running = running;
    updatePreview();
}

QString PhaseActionBar::cannotRun() const
{
    const StagePlan *stage = m_loaded ? m_loaded->hive.stage(m_project.stage()) : nullptr;
    return stage ? ProviderCatalog::cannotBuild(stage->provider) : QString();
}

QList<QAction *> PhaseActionBar::actions() const
{
    return {m_run, m_runFrom, m_check, m_halt, m_destroy};
}

PhaseRequest PhaseActionBar::requestFor(const QString &action) const
{
    PhaseRequest r;
    r.command = m_phase;
    r.stage = m_project.stage();
    r.limit = m_limit->text().trimmed();
    // A Tags field the phase cannot take (turned off) says nothing.
    r.tags = m_tags->isEnabled() ? m_tags->text().trimmed() : QString();
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

QString PhaseActionBar::commandPreview() const
{
    return m_command->text();
}

void PhaseActionBar::runChosen()
{
    const PhaseRequest r = requestFor(QStringLiteral("run"));
    if (confirmRun(r))
        emit runRequested(r);
}

void PhaseActionBar::runFromHere()
{
    const PhaseRequest r = requestFor(QStringLiteral("from"));
    if (confirmRun(r))
        emit runRequested(r);
}

QString PhaseActionBar::stageOfHive() const
{
    const QString hive = m_loaded ? m_loaded->hive.name : QString();
    return hive.isEmpty() ? tr("stage %1").arg(m_project.stage())
                          : tr("stage %1 of hive %2").arg(m_project.stage(), hive);
}

QStringList PhaseActionBar::hostsOf(const PhaseRequest &request) const
{
    if (!m_loaded)
        return {};
    // -l names hosts only where the phase's targets are hosts; elsewhere the
    // phase works on the whole stage.
    const PhaseTraits *t =
        PhaseCatalog::find(request.startPhase.isEmpty() ? request.command : request.startPhase);
    const bool limitsHosts = t && t->limit == PhaseTraits::Limit::Hosts;
    QStringList hosts;
    QString error;
    StageScope::resolve(m_project, *m_loaded, limitsHosts ? request.limit : QString(), hosts,
                        error);
    return hosts;
}

bool PhaseActionBar::confirmRun(const PhaseRequest &request)
{
    if (request.checkOnly || m_project.rootDir().isEmpty() ||
        (m_project.stage() == QLatin1String("private") && !RunPreferences::askBeforePrivateRuns()))
        return true;
    const QStringList hosts = hostsOf(request);
    // Every phase the run goes through: start_phase may put earlier ones
    // before the one chosen (hive-builder's rule), and they change hosts too.
    const QStringList phases = request.phases(PhaseSession(m_project, nullptr).startPhase());
    QMessageBox box(QMessageBox::Question, tr("Run on the Hive"),
                    phases.size() > 1
                        ? tr("Run %1 on %2?").arg(phases.join(QStringLiteral(" → ")), stageOfHive())
                        : tr("Run %1 on %2?")
                              .arg(request.command == QLatin1String("all")
                                       ? tr("the phases from %1 on").arg(request.startPhase)
                                       : request.command,
                                   stageOfHive()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRunBox"));
    QString detail;
    if (!hosts.isEmpty())
        detail = tr("It changes %n host(s):", nullptr, int(hosts.size())) + QStringLiteral("\n• ") +
                 hosts.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n");
    detail += QStringLiteral("$ ") + request.commandLine();
    if (phases.size() > 1 && request.command != QLatin1String("all"))
        detail += QStringLiteral("\n") +
                  tr("start_phase is %1: the phases before %2 run first (where the hive is as "
                     "defined, they change nothing).")
                      .arg(phases.first(), request.command);
    if (m_project.stage() == QLatin1String("private"))
        detail += QStringLiteral("\n\n") +
                  tr("Preferences can turn this question off for the private stage.");
    box.setInformativeText(detail);
    QPushButton *run = box.addButton(tr("&Run"), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("confirmRun"));
    // Enter runs on the private stage; on staging and production it keeps
    // things as they are (Run is a deliberate click or Alt+R).
    if (m_project.stage() == QLatin1String("private"))
        box.setDefaultButton(run);
    else
        box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == run;
}

void PhaseActionBar::checkChosen()
{
    emit runRequested(requestFor(QStringLiteral("check")));
}

void PhaseActionBar::haltChosen()
{
    const PhaseRequest r = requestFor(QStringLiteral("halt"));
    if (QMessageBox::question(
            this, tr("Halt the Servers"),
            tr("Stop the servers of %1%2?\n\n%3\n\nThey keep their disks; "
               "Run Phase on build-infra starts them again.")
                .arg(stageOfHive(), r.limit.isEmpty() ? QString() : tr(" (only %1)").arg(r.limit),
                     r.commandLine()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        emit runRequested(r);
}

void PhaseActionBar::destroyChosen()
{
    const PhaseRequest r = requestFor(QStringLiteral("destroy"));
    const PhaseTraits *t = PhaseCatalog::find(r.command);
    const PhaseTraits::Limit kind = t ? t->limit : PhaseTraits::Limit::Services;
    const StagePlan *stage = m_loaded ? m_loaded->hive.stage(m_project.stage()) : nullptr;
    const bool onAws = stage && stage->provider == QLatin1String("aws");
    const QString what =
        t && t->makesHosts && onAws
            ? tr("the instances of %1 with their disks and Elastic IPs, its EFS file system, "
                 "key pair, subnets, internet gateway and VPC (only what is tagged for this "
                 "hive): everything on them is lost")
                  .arg(stageOfHive())
        : t && t->makesHosts
            ? tr("the servers of %1, their disks and their network: everything on them "
                 "is lost")
                  .arg(stageOfHive())
        : kind == PhaseTraits::Limit::Networks ? tr("the networks of %1").arg(stageOfHive())
        : kind == PhaseTraits::Limit::Volumes
            ? tr("the volumes of %1 and the data in them").arg(stageOfHive())
            : tr("the services of %1").arg(stageOfHive());
    QMessageBox box(
        QMessageBox::Warning, tr("Destroy"),
        tr("Remove %1%2?").arg(what, r.limit.isEmpty() ? QString() : tr(" (only %1)").arg(r.limit)),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDestroyBox"));
    const QStringList hosts = hostsOf(r);
    box.setInformativeText(
        (hosts.isEmpty()
             ? QString()
             : tr("Hosts: %1").arg(hosts.join(QStringLiteral(", "))) + QStringLiteral("\n\n")) +
        QStringLiteral("$ ") + r.commandLine());
    QPushButton *yes = box.addButton(tr("Destroy"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        emit runRequested(r);
}

void PhaseActionBar::updatePreview()
{
    // Nothing runs on a stage its provider cannot build yet: said in place
    // of the command line, and every action is off.
    const QString blocked = m_projectOpen ? cannotRun() : QString();
    for (QAction *a : actions())
        a->setEnabled(m_projectOpen && !m_running && blocked.isEmpty());
    m_limit->setEnabled(m_projectOpen);
    if (!blocked.isEmpty()) {
        const QString text = tr("Stage %1 is design only: %2.").arg(m_project.stage(), blocked);
        for (QAction *a : actions()) {
            a->setToolTip(text);
            a->setStatusTip(text);
        }
        m_command->setText(text);
        m_tags->setEnabled(false);
        return;
    }
    const auto tip = [](QAction *a, const PhaseRequest &r) {
        const QString problem = r.problem();
        a->setToolTip(problem.isEmpty() ? r.commandLine() : problem);
        a->setStatusTip(a->toolTip());
    };
    tip(m_run, requestFor(QStringLiteral("run")));
    tip(m_runFrom, requestFor(QStringLiteral("from")));
    tip(m_check, requestFor(QStringLiteral("check")));
    tip(m_halt, requestFor(QStringLiteral("halt")));
    tip(m_destroy, requestFor(QStringLiteral("destroy")));
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
    // -T only where the phase has tags (and a project is open).
    const PhaseTraits *t = PhaseCatalog::find(m_phase);
    m_tags->setEnabled(m_limit->isEnabled() && t && t->takesTags);
    // Turned off, it says why (a disabled field takes no typing, silently).
    m_tags->setPlaceholderText(m_tags->isEnabled() || !t ? tr("all steps") : tr("no tags"));
    m_tags->setToolTip(
        m_tags->isEnabled() || !t
            ? tr("-T: only the steps with these tags (comma-separated)")
            : tr("%1 has no tags: -T chooses steps of setup-hosts only").arg(m_phase));
    m_halt->setVisible(PhaseRequest::canHalt(m_phase));
    m_destroy->setVisible(PhaseRequest::canDestroy(m_phase));
}

} // namespace hive::gui
