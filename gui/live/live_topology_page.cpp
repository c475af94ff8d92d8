#include "gui/live/live_topology_page.h"

#include "gui/live/live_topology_scene.h"
#include "gui/live/service_log_dialog.h"
#include "gui/run/host_terminal.h"
#include "gui/run/run_status_style.h"
#include "gui/topology/topology_view.h"
#include "inventory/inventory_loader.h"
#include "providers/cloud_instance_states.h"
#include "topology/docker_wording.h"
#include "topology/live_event_watcher.h"
#include "topology/live_topology_reader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace hive::gui {

struct LiveTopologyPage::Source
{
    Project project;
    LoadedInventory loaded;
    const StagePlan *stage = nullptr;
    std::unique_ptr<LiveTopologyReader> reader;
};

LiveTopologyPage::LiveTopologyPage(QWidget *parent)
    : QWidget(parent), m_reading(this, [this](const LiveTopology &read,
                                              bool cancelled) { finished(read, cancelled); }),
      m_scene(new LiveTopologyScene),
      m_view(new TopologyView(m_scene, tr("Live topology diagram"), this)),
      m_table(new QTableWidget(this)), m_stack(new QStackedWidget(this)),
      m_details(new QTextBrowser(this)), m_logs(new QPushButton(tr("Open &Logs…"), this)),
      m_terminal(new QPushButton(tr("Open &Terminal"), this)),
      m_metrics(new QPushButton(tr("Open &Metrics"), this)), m_status(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_every(new QComboBox(this)), m_timer(new QTimer(this)),
      m_soon(new QTimer(this))
{
    setObjectName(QStringLiteral("liveTopologyPage"));
    m_view->setObjectName(QStringLiteral("liveTopologyView"));
    auto *bar = new QToolBar(this);
    m_refresh = bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this,
                               &LiveTopologyPage::refreshNow);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    auto *everyLabel = new QLabel(tr("&Every:"), bar);
    everyLabel->setBuddy(m_every);
    bar->addWidget(everyLabel);
    m_every->setObjectName(QStringLiteral("liveEvery"));
    for (int s : {2, 5, 15, 60})
        m_every->addItem(tr("%n second(s)", nullptr, s), s);
    m_every->addItem(tr("only on changes and F5"), 0);
    m_every->setToolTip(tr("Reads also come at once when a manager reports a change"));
    m_every->setCurrentIndex(1);
    bar->addWidget(m_every);
    bar->addSeparator();
    m_dense = bar->addAction(tr("&Dense"));
    m_dense->setCheckable(true);
    m_dense->setToolTip(tr("One line per service on each node, with counts"));
    m_dense->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_dense->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_dense);
    m_tableMode = bar->addAction(tr("T&able"));
    m_tableMode->setCheckable(true);
    m_tableMode->setToolTip(tr("Nodes × services as a table"));
    m_tableMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tableMode->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_tableMode);
    m_fit = bar->addAction(tr("&Fit"), m_view, &TopologyView::fitAll);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_fit);
    bar->addSeparator();
    m_filter->setObjectName(QStringLiteral("liveFilter"));
    m_filter->setPlaceholderText(tr("Filter nodes and services"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    bar->addWidget(m_filter);

    m_table->setObjectName(QStringLiteral("liveTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);

    m_details->setObjectName(QStringLiteral("liveDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(
        tr("Choose a node or a task (click, or Tab to the diagram and use the arrow keys) to see "
           "its details."));
    m_logs->setObjectName(QStringLiteral("liveOpenLogs"));
    m_terminal->setObjectName(QStringLiteral("liveOpenTerminal"));
    m_metrics->setObjectName(QStringLiteral("liveOpenMetrics"));
    m_metrics->setToolTip(tr("What Zabbix recorded for the chosen service, or node"));
    m_logs->setEnabled(false);
    m_terminal->setEnabled(false);
    m_metrics->setEnabled(false);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_logs);
    buttons->addWidget(m_terminal);
    buttons->addWidget(m_metrics);
    sideLayout->addLayout(buttons);
    auto *split = new QSplitter(this);
    split->addWidget(m_stack);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_timer, &QTimer::timeout, this, &LiveTopologyPage::refreshNow);
    // A burst of changes (a service update moves many tasks): one read.
    m_soon->setSingleShot(true);
    m_soon->setInterval(300);
    connect(m_soon, &QTimer::timeout, this, [this] {
        if (m_reading.isRunning())
            m_readAgain = true;
        else
            refreshNow();
    });
    connect(m_every, &QComboBox::currentIndexChanged, this,
            [this] { setInterval(m_every->currentData().toInt()); });
    connect(m_dense, &QAction::toggled, this, &LiveTopologyPage::redraw);
    connect(m_tableMode, &QAction::toggled, this, [this](bool on) {
        m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_table) : m_view);
        redraw();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &LiveTopologyPage::redraw);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<QGraphicsItem *> items = m_scene->selectedItems();
        if (!items.isEmpty()) {
            m_chosen = items.first()->data(LiveTopologyScene::kKeyRole).toString();
            showDetails();
        }
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        if (row < 0)
            return;
        const QString host = m_table->verticalHeaderItem(row)->data(Qt::UserRole).toString();
        const QString service = column >= 0 && m_table->horizontalHeaderItem(column)
                                    ? m_table->horizontalHeaderItem(column)->text()
                                    : QString();
        m_chosen = service.isEmpty() ? QStringLiteral("node:") + host
                                     : QStringLiteral("service:%1@%2").arg(service, host);
        showDetails();
    });
    connect(m_logs, &QPushButton::clicked, this, &LiveTopologyPage::openLogs);
    connect(m_terminal, &QPushButton::clicked, this, &LiveTopologyPage::openTerminal);
    connect(m_metrics, &QPushButton::clicked, this, &LiveTopologyPage::openMetrics);
    clear();
}

LiveTopologyPage::~LiveTopologyPage()
{
    // The scene goes with the view, after this page's own part: its signals
    // (selection cleared as items go) must not reach the page then.
    m_scene->disconnect(this);
    m_reading.cancel(); // it holds its source, not this page
    stopFollowing();
    // The follower reports to this page: it ends before the page does.
    for (QThread *thread : findChildren<QThread *>()) {
        thread->disconnect(this);
        thread->wait();
    }
}

QList<QAction *> LiveTopologyPage::pageActions() const
{
    return {m_refresh, m_dense, m_tableMode, m_fit};
}

void LiveTopologyPage::setProject(const Project &project, const LoadedInventory &loaded)
{
    const bool other = !m_source || project.rootDir() != m_source->project.rootDir() ||
                       project.stage() != m_source->project.stage();
    m_planned = PlannedTopology::build(loaded, project.stage());
    if (!other && m_reading.isRunning())
        return; // the running read keeps its source; the next one takes the new
    auto source = std::make_shared<Source>();
    source->project = project;
    source->loaded = loaded;
    source->stage = source->loaded.hive.stage(project.stage());
    if (source->stage)
        source->reader = std::make_unique<LiveTopologyReader>(source->project, *source->stage);
    // The manager that answered last is asked first again.
    if (!other && m_source && m_source->reader && source->reader)
        source->reader->preferManager(m_source->reader->lastManager());
    m_source = source;
    if (other) {
        m_topology = LiveTopology();
        m_reads = 0;
        m_changes = 0;
        m_chosen.clear();
        redraw();
        showDetails();
        stopFollowing();
        if (isVisible()) {
            refreshNow();
            startFollowing();
        }
    }
}

void LiveTopologyPage::clear()
{
    m_reading.cancel();
    stopFollowing();
    m_source.reset();
    m_topology = LiveTopology();
    m_planned = PlannedTopology();
    m_reads = 0;
    m_changes = 0;
    m_readStatus.clear();
    m_chosen.clear();
    m_timer->stop();
    m_scene->clear();
    m_table->clear();
    m_status->setText(tr("Open a built project to see its hive as it runs."));
    showDetails();
}

void LiveTopologyPage::setInterval(int seconds)
{
    const int i = m_every->findData(seconds);
    if (i >= 0 && i != m_every->currentIndex()) {
        m_every->setCurrentIndex(i); // comes back here through the signal
        return;
    }
    if (seconds > 0 && isVisible() && m_source)
        m_timer->start(seconds * 1000);
    else
        m_timer->stop();
}

void LiveTopologyPage::setDense(bool dense)
{
    m_dense->setChecked(dense);
}

void LiveTopologyPage::setTableMode(bool table)
{
    m_tableMode->setChecked(table);
}

void LiveTopologyPage::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void LiveTopologyPage::refreshNow()
{
    if (!m_source || !m_source->stage || m_reading.isRunning())
        return;
    const std::shared_ptr<Source> source = m_source;
    m_took.start();
    if (m_reads == 0)
        m_status->setText(tr("Reading the swarm of stage %1…").arg(source->project.stage()));
    m_reading.start([source](const std::atomic_bool *cancel) {
        LiveTopology read = source->reader->read(cancel);
        // No manager answered: on a cloud, what it says of the instances (a
        // stage stopped with -H reads as "stopped", not only as unreachable).
        if (read.readFrom.isEmpty() && source->stage &&
            CloudInstanceStates::reads(source->stage->provider)) {
            QString error;
            if (!CloudInstanceStates::read(source->loaded, *source->stage, source->project,
                                           read.cloudStates, error, cancel))
                read.cloudError = error;
        }
        return read;
    });
}

void LiveTopologyPage::finished(const LiveTopology &read, bool cancelled)
{
    if (cancelled)
        return;
    m_topology = read;
    m_topology.compare(m_planned);
    ++m_reads;
    const qint64 took = m_took.elapsed();
    const int down = m_topology.downCount();
    QString status = m_topology.readFrom.isEmpty()
                         ? tr("Cannot read the swarm: %1.").arg(m_topology.error)
                         : tr("Updated %1 from %2 (%3).")
                               .arg(QLocale().toString(m_topology.readAt.toLocalTime(),
                                                       QStringLiteral("HH:mm:ss")),
                                    m_topology.readFrom, RunStatusStyle::seconds(took));
    if (down > 0) {
        QStringList names;
        for (const LiveTopology::Node &n : std::as_const(m_topology.nodes)) {
            if (n.isDown())
                names << n.hostname;
        }
        status = tr("%n node(s) DOWN: %1. ", nullptr, down).arg(names.join(QStringLiteral(", "))) +
                 status;
    }
    const QString cloud = CloudInstanceStates::cloudName(
        m_source && m_source->stage ? m_source->stage->provider : QString());
    if (!m_topology.cloudStates.isEmpty()) {
        QStringList said;
        bool stopped = false;
        for (auto i = m_topology.cloudStates.cbegin(); i != m_topology.cloudStates.cend(); ++i) {
            said << tr("%1 %2").arg(i.key(), i.value());
            stopped = stopped || CloudInstanceStates::isStopped(i.value());
        }
        status += QLatin1Char(' ') + tr("%1 says: %2.").arg(cloud, said.join(QStringLiteral(", ")));
        if (stopped)
            status += QLatin1Char(' ') +
                      tr("Start them with build-infra (Run on build-infra in the Build tab).");
    } else if (!m_topology.cloudError.isEmpty()) {
        status +=
            QLatin1Char(' ') + tr("%1 could not be asked: %2.").arg(cloud, m_topology.cloudError);
    }
    // Nothing read: every service would count as a difference.
    if (!m_topology.differences.isEmpty() && !m_topology.readFrom.isEmpty())
        status += QLatin1Char(' ') + tr("%n difference(s) from the definition.", nullptr,
                                        int(m_topology.differences.size()));
    m_readStatus = status;
    m_readBad = down > 0 || m_topology.readFrom.isEmpty();
    showStatus();
    redraw();
    showDetails();
    emit topologyRead();
    if (m_every->currentData().toInt() > 0 && isVisible() && !m_timer->isActive())
        m_timer->start(m_every->currentData().toInt() * 1000);
    if (m_readAgain) {
        // Changes came in while this read ran: they may not be in it.
        m_readAgain = false;
        m_soon->start();
    }
}

void LiveTopologyPage::showStatus()
{
    QString text = m_readStatus;
    if (!m_following.isEmpty())
        text += QLatin1Char(' ') + tr("Following changes on %1.").arg(m_following);
    else if (!m_followError.isEmpty() && m_followError != m_topology.error)
        text += QLatin1Char(' ') + tr("Not following changes: %1.").arg(m_followError);
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, m_readBad ? RunStatusStyle::hue(RunEvent::Status::Failed)
                                                 : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

void LiveTopologyPage::startFollowing()
{
    if (m_follower || !m_source || !m_source->stage)
        return;
    const std::shared_ptr<Source> source = m_source;
    const auto stop = std::make_shared<std::atomic_bool>(false);
    m_followStop = stop;
    const QString first = source->reader ? source->reader->lastManager() : QString();
    // Only this page's thread and while it lives: the destructor waits for it.
    LiveTopologyPage *page = this;
    m_follower = QThread::create([source, stop, first, page] {
        LiveEventWatcher watcher(source->project, *source->stage);
        watcher.preferManager(first);
        watcher.watch(
            [page, stop](const LiveEventWatcher::Change &) {
                QMetaObject::invokeMethod(
                    page,
                    [page, stop] {
                        if (!stop->load())
                            page->changed();
                    },
                    Qt::QueuedConnection);
            },
            [page, stop](const QString &host, const QString &error) {
                QMetaObject::invokeMethod(
                    page,
                    [page, stop, host, error] {
                        if (stop->load())
                            return;
                        page->m_following = host;
                        page->m_followError = error;
                        page->showStatus();
                    },
                    Qt::QueuedConnection);
            },
            *stop);
    });
    m_follower->setParent(this);
    m_follower->setObjectName(QStringLiteral("liveEventFollower"));
    QThread *thread = m_follower;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void LiveTopologyPage::stopFollowing()
{
    // The thread notices within a quarter of a second (a connection being
    // opened: within its 3 s limit) and goes by itself; nobody waits for it.
    if (m_followStop)
        m_followStop->store(true);
    m_followStop.reset();
    m_follower = nullptr;
    m_following.clear();
    m_followError.clear();
    m_soon->stop();
    m_readAgain = false;
}

void LiveTopologyPage::changed()
{
    ++m_changes;
    m_soon->start();
}

void LiveTopologyPage::redraw()
{
    if (m_tableMode->isChecked()) {
        fillTable();
        return;
    }
    LiveTopologyScene::Options o;
    o.dense = m_dense->isChecked();
    o.filter = m_filter->text();
    const bool first = m_scene->items().isEmpty();
    const QRectF before = m_scene->sceneRect();
    {
        // The chosen item again, without coming back here as a new choice.
        const QSignalBlocker block(m_scene);
        m_scene->showTopology(m_topology, o, palette());
        m_scene->choose(m_chosen);
    }
    // The blocker kept the view from hearing that the diagram changed size.
    if (first || (m_view->fitting() && m_scene->sceneRect() != before))
        m_view->fitAll();
}

void LiveTopologyPage::fillTable()
{
    const QString filter = m_filter->text().trimmed();
    const auto matches = [&filter](const QString &s) {
        return filter.isEmpty() || s.contains(filter, Qt::CaseInsensitive);
    };
    QStringList services;
    for (const LiveTopology::Service &s : std::as_const(m_topology.services)) {
        if (matches(s.name))
            services << s.name;
    }
    m_table->clear();
    m_table->setColumnCount(int(services.size()));
    m_table->setHorizontalHeaderLabels(services);
    QList<const LiveTopology::Node *> nodes;
    for (const LiveTopology::Node &n : std::as_const(m_topology.nodes))
        nodes << &n;
    m_table->setRowCount(int(nodes.size()));
    for (int r = 0; r < nodes.size(); ++r) {
        const LiveTopology::Node *n = nodes.at(r);
        auto *header = new QTableWidgetItem(
            n->isDown()
                ? tr("%1 — DOWN").arg(n->hostname)
                : QStringLiteral("%1 — %2").arg(
                      n->hostname, n->leader ? tr("leader") : DockerWording::role(n->role)));
        header->setData(Qt::UserRole, n->hostname);
        if (n->isDown())
            header->setForeground(RunStatusStyle::hue(RunEvent::Status::Failed));
        m_table->setVerticalHeaderItem(r, header);
        const QList<const LiveTopology::Task *> tasks = m_topology.currentTasksOn(n->id);
        for (int c = 0; c < services.size(); ++c) {
            int running = 0, other = 0;
            for (const LiveTopology::Task *t : tasks) {
                if (t->service != services.at(c))
                    continue;
                (t->state == QLatin1String("running") ? running : other) += 1;
            }
            QString text;
            if (running)
                text = tr("%n running", nullptr, running);
            if (other)
                text += (text.isEmpty() ? QString() : QStringLiteral(", ")) +
                        tr("%n not running", nullptr, other);
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignCenter);
            const RunEvent::Status status = n->isDown() && (running || other)
                                                ? RunEvent::Status::Interrupted
                                            : other   ? RunEvent::Status::Failed
                                            : running ? RunEvent::Status::Ok
                                                      : RunEvent::Status::None;
            item->setBackground(RunStatusStyle::background(palette(), status));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

bool LiveTopologyPage::choose(const QString &key)
{
    if (!m_scene->choose(key))
        return false;
    m_chosen = key;
    showDetails();
    return true;
}

const LiveTopology::Node *LiveTopologyPage::chosenNode() const
{
    if (m_chosen.startsWith(QLatin1String("node:")))
        return m_topology.nodeNamed(m_chosen.mid(5));
    if (const LiveTopology::Task *t = chosenTask())
        return m_topology.node(t->nodeId);
    const int at = int(m_chosen.indexOf(QLatin1Char('@')));
    return at > 0 ? m_topology.nodeNamed(m_chosen.mid(at + 1)) : nullptr;
}

const LiveTopology::Task *LiveTopologyPage::chosenTask() const
{
    if (!m_chosen.startsWith(QLatin1String("task:")))
        return nullptr;
    for (const LiveTopology::Task &t : m_topology.tasks) {
        if (t.id == m_chosen.mid(5))
            return &t;
    }
    return nullptr;
}

QString LiveTopologyPage::chosenService() const
{
    if (const LiveTopology::Task *t = chosenTask())
        return t->service;
    if (m_chosen.startsWith(QLatin1String("service:")))
        return m_chosen.mid(8).section(QLatin1Char('@'), 0, 0);
    if (m_chosen.startsWith(QLatin1String("difference:")))
        return m_chosen.mid(11);
    return QString();
}

QString LiveTopologyPage::detailsText() const
{
    return m_details->toPlainText();
}

QString LiveTopologyPage::statusText() const
{
    return m_status->text();
}

void LiveTopologyPage::showDetails()
{
    QString html;
    const auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    const LiveTopology::Task *task = chosenTask();
    const LiveTopology::Node *node = chosenNode();
    const QString service = chosenService();
    if (task) {
        html += QStringLiteral("<h3>%1</h3><table>").arg(task->label().toHtmlEscaped());
        html += row(tr("State"), tr("%1 (desired: %2)")
                                     .arg(DockerWording::taskState(task->state),
                                          DockerWording::taskState(task->desiredState)));
        html += row(tr("Node"), node ? node->hostname : task->nodeId);
        html += row(tr("Container"), task->containerId.left(12));
        html += row(tr("Image"), task->image);
        if (!task->error.isEmpty())
            html += row(tr("Error"), task->error);
        html += QStringLiteral("</table>");
    } else if (node && m_chosen.startsWith(QLatin1String("node:"))) {
        html += QStringLiteral("<h3>%1</h3><table>").arg(node->hostname.toHtmlEscaped());
        html +=
            row(tr("Role"), node->leader ? tr("manager, leader") : DockerWording::role(node->role));
        const QString state = DockerWording::nodeState(node->state);
        html += row(tr("State"), node->isDown() ? tr("DOWN (%1)").arg(state) : state);
        html += row(tr("Availability"), DockerWording::availability(node->availability));
        if (!node->reachability.isEmpty())
            html += row(tr("Manager"), node->reachability);
        html += row(tr("Address"), node->address);
        html += row(tr("Engine"), node->engineVersion);
        html += row(tr("Node id"), node->id);
        QStringList labels;
        for (auto it = node->labels.cbegin(); it != node->labels.cend(); ++it)
            labels << it.key() + QLatin1Char('=') + it.value();
        html += row(tr("Labels"), labels.join(QStringLiteral(", ")));
        const QStringList vips = m_topology.virtualAddressesOn(node->id);
        if (!vips.isEmpty())
            html += row(tr("Virtual addresses (its tasks')"), vips.join(QStringLiteral(", ")));
        QStringList tasks;
        for (const LiveTopology::Task *t : m_topology.currentTasksOn(node->id))
            tasks << QStringLiteral("%1 %2").arg(t->label(), DockerWording::taskState(t->state));
        html += row(tr("Tasks"), tasks.join(QStringLiteral(", ")));
        html += QStringLiteral("</table>");
    } else if (!service.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(service.toHtmlEscaped());
    }
    if (!service.isEmpty()) {
        if (const LiveTopology::Service *s = m_topology.service(service)) {
            html += QStringLiteral("<table>");
            html += row(tr("Replicas"), tr("%1 of %2 running%3")
                                            .arg(s->running)
                                            .arg(s->desired)
                                            .arg(s->global ? tr(" (global)") : QString()));
            html += row(tr("Image"), s->image);
            html += row(tr("Networks"), s->networks.join(QStringLiteral(", ")));
            html += QStringLiteral("</table>");
        }
        // The slot's (or service's) tasks, newest first, with their errors.
        const QList<const LiveTopology::Task *> history =
            m_topology.historyOf(service, task ? task->slot : 0);
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Task history").toHtmlEscaped());
        for (const LiveTopology::Task *t : history.mid(0, 12)) {
            const LiveTopology::Node *on = m_topology.node(t->nodeId);
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(QLocale().toString(t->timestamp.toLocalTime(), QStringLiteral("HH:mm:ss")),
                         t->label().toHtmlEscaped(),
                         (on ? on->hostname : t->nodeId.left(12)).toHtmlEscaped(),
                         (DockerWording::taskState(t->state) +
                          (t->error.isEmpty() ? QString() : QStringLiteral(": ") + t->error))
                             .toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
    m_logs->setEnabled(!service.isEmpty() && m_source && m_source->stage);
    m_terminal->setEnabled(!terminalCommand().isEmpty());
    m_metrics->setEnabled(!service.isEmpty() || chosenNode());
}

void LiveTopologyPage::openMetrics()
{
    const QString service = chosenService();
    const LiveTopology::Node *node = chosenNode();
    if (service.isEmpty() && !node)
        return;
    emit metricsRequested(node ? node->hostname : QString(), service);
}

QStringList LiveTopologyPage::terminalCommand() const
{
    const LiveTopology::Node *node = chosenNode();
    if (!m_source || !node)
        return {};
    const LiveTopology::Task *task = chosenTask();
    if (task && !task->containerId.isEmpty() && task->state == QLatin1String("running"))
        return HostTerminal::sshCommand(m_source->project, node->hostname,
                                        {QStringLiteral("sudo"), QStringLiteral("docker"),
                                         QStringLiteral("exec"), QStringLiteral("-it"),
                                         task->containerId, QStringLiteral("sh")});
    return HostTerminal::sshCommand(m_source->project, node->hostname);
}

void LiveTopologyPage::openTerminal()
{
    HostTerminal::open(this, terminalCommand());
}

void LiveTopologyPage::openLogs()
{
    const QString service = chosenService();
    if (service.isEmpty() || !m_source || !m_source->stage)
        return;
    auto *dialog = new ServiceLogDialog(m_source->project, m_source->loaded,
                                        m_source->project.stage(), service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void LiveTopologyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshNow();
    startFollowing();
}

void LiveTopologyPage::hideEvent(QHideEvent *event)
{
    // Nobody looks: no reads.
    m_timer->stop();
    stopFollowing();
    QWidget::hideEvent(event);
}

void LiveTopologyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        redraw();
    QWidget::changeEvent(event);
}

} // namespace hive::gui
