#include "gui/shell/health_badge.h"

#include "gui/health/health_page.h"

#include <QEvent>
#include <QLocale>
#include <QStyle>

namespace hive::gui {

HealthBadge::HealthBadge(HealthPage *page, QWidget *parent) : QToolButton(parent), m_page(page)
{
    setObjectName(QStringLiteral("healthBadge"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(14, 14));
    setFocusPolicy(Qt::TabFocus);
    connect(page, &HealthPage::stateChanged, this, &HealthBadge::refresh);
    refresh();
}

void HealthBadge::refresh()
{
    const HealthReport &r = m_page->report();
    switch (m_page->state()) {
    case HealthPage::State::NotChecked:
        setIcon(QIcon());
        setText(tr("Health: not checked"));
        setToolTip(tr("Open the Health tab to check the hive"));
        return;
    case HealthPage::State::Checking:
        setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        setText(tr("Health: checking…"));
        setToolTip(tr("Reading the hosts of the stage"));
        return;
    case HealthPage::State::Failed:
        setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
        setText(tr("Health: could not check"));
        setToolTip(m_page->failure());
        return;
    case HealthPage::State::Checked:
        break;
    }
    const int critical = r.count(HealthCheck::Severity::Critical);
    const int warnings = r.count(HealthCheck::Severity::Warning);
    setIcon(HealthPage::severityIcon(style(), r.worst()));
    if (critical > 0)
        setText(tr("Health: %n critical", nullptr, critical));
    else if (warnings > 0)
        setText(tr("Health: %n warning(s)", nullptr, warnings));
    else
        setText(tr("Health: ok"));
    setToolTip(
        tr("Stage %1 checked at %2; click to see the findings")
            .arg(r.stage, QLocale().toString(r.checkedAt.toLocalTime(), QLocale::ShortFormat)));
}

void HealthBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

} // namespace hive::gui
