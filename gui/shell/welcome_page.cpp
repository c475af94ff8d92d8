#include "gui/shell/welcome_page.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hive::gui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcome"));
    auto *title = new QLabel(tr("<h1>Hive Studio</h1><p>Design, build, run and repair a highly "
                                "available Docker Swarm site.</p>"),
                             this);
    title->setTextFormat(Qt::RichText);
    auto *create = new QPushButton(tr("&New Project…"), this);
    create->setObjectName(QStringLiteral("welcomeNewProject"));
    create->setToolTip(tr("Start a hive with the setup wizard: its name, where its hosts come "
                          "from, its first stage"));
    auto *open = new QPushButton(tr("&Open Project…"), this);
    auto *example = new QPushButton(
        tr("Open the &Example Project (4 hosts on this machine's Docker, 3 services)"), this);
    // Enter presses the focused button, as Space does (outside a dialog
    // only buttons that are "auto default" take it).
    for (QPushButton *b : {create, open, example})
        b->setAutoDefault(true);
    auto *recentLabel = new QLabel(tr("&Recent projects:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->addWidget(title);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(example);
    layout->addSpacing(16);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    setFocusProxy(create);
    connect(example, &QPushButton::clicked, this, &WelcomePage::openExampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecent(const QStringList &projects)
{
    m_recent->clear();
    for (const QString &p : projects) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(p), m_recent);
        item->setData(Qt::UserRole, p);
    }
}

} // namespace hive::gui
