#include "gui/live/live_topology_scene.h"

#include "gui/live/task_lines_item.h"
#include "gui/topology/diagram_painter.h"
#include "topology/docker_wording.h"
#include "topology/live_topology.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QMap>
#include <QPen>
#include <numeric>

namespace hive::gui {

namespace {

constexpr qreal kMargin = 24;
constexpr qreal kPad = 10;
constexpr qreal kGap = 16;
constexpr qreal kLine = 18;
constexpr qreal kCardWidth = 290;

const QColor kLeaderHue(0xe0, 0x9b, 0x16);
const QColor kManagerHue(0x2f, 0x7d, 0xe1);
const QColor kWorkerHue(0x6a, 0x8f, 0x12);
const QColor kDownHue(0xd6, 0x33, 0x33);
const QColor kWarnHue(0xd9, 0x7a, 0x06);
const QColor kRunningHue(0x3d, 0xa3, 0x5d);
const QColor kRepositoryHue(0x2e, 0xa0, 0x4f);

QColor taskHue(const LiveTopology::Task &t)
{
    if (t.state == QLatin1String("running"))
        return kRunningHue;
    if (t.isFailure())
        return kDownHue;
    return kWarnHue;
}

// Font metrics are made once per redraw, not once per label.
class Elider
{
public:
    explicit Elider(const DiagramPainter &p)
        : m_bold(p.m_bold), m_small(p.m_small), m_mono(p.m_mono), m_boldFont(p.m_bold),
          m_smallFont(p.m_small)
    {}
    QString operator()(const QString &s, const QFont &font, qreal width) const
    {
        const QFontMetricsF &m = font == m_boldFont    ? m_bold
                                 : font == m_smallFont ? m_small
                                                       : m_mono;
        return m.elidedText(s, Qt::ElideRight, width);
    }

private:
    QFontMetricsF m_bold, m_small, m_mono;
    QFont m_boldFont, m_smallFont;
};

} // namespace

LiveTopologyScene::LiveTopologyScene(QObject *parent) : QGraphicsScene(parent)
{}

QGraphicsItem *LiveTopologyScene::itemNamed(const QString &key) const
{
    return m_items.value(key);
}

bool LiveTopologyScene::choose(const QString &key)
{
    QGraphicsItem *item = m_items.value(key);
    if (!item)
        return false;
    if (auto *lines = dynamic_cast<TaskLinesItem *>(item))
        lines->choose(key);
    clearSelection();
    item->setSelected(true);
    return true;
}

void LiveTopologyScene::showTopology(const LiveTopology &t, const Options &options,
                                     const QPalette &palette)
{
    clear();
    m_items.clear();
    DiagramPainter p(this, palette);
    const Elider elided(p);
    const auto keep = [this](QGraphicsItem *item, const QString &key) {
        item->setData(kKeyRole, key);
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        m_items.insert(key, item);
    };
    const QString filter = options.filter.trimmed();
    const auto matches = [&filter](const QString &s) {
        return filter.isEmpty() || s.contains(filter, Qt::CaseInsensitive);
    };

    qreal y = kMargin;
    const int down = t.downCount();
    p.label(tr("Live topology"), QPointF(kMargin, y), p.m_title, p.text());
    y += 32;
    const QString when = QLocale().toString(t.readAt.toLocalTime(), QStringLiteral("HH:mm:ss"));
    QString summary = t.readFrom.isEmpty()
                          ? tr("no manager answered at %1").arg(when)
                          : tr("read from %1 at %2 · %n node(s)", nullptr, int(t.nodes.size()))
                                .arg(t.readFrom, when);
    if (down > 0)
        summary += QStringLiteral(" · ") + tr("%n down", nullptr, down);
    summary += QStringLiteral(" · ") + tr("%n service(s)", nullptr, int(t.services.size()));
    p.label(summary, QPointF(kMargin, y), p.m_font, down > 0 ? p.strong(kDownHue) : p.muted());
    y += kLine + 4;
    if (!t.error.isEmpty()) {
        auto *e = p.label(tr("Cannot read the swarm: %1").arg(t.error), QPointF(kMargin, y),
                          p.m_bold, p.strong(kDownHue));
        keep(e, QStringLiteral("error"));
        y += kLine + 4;
    }

    // What differs from the stage's definition.
    if (!t.differences.isEmpty()) {
        const qreal h = kPad * 2 + kLine * (t.differences.size() + 1);
        // As wide as the row of cards below, or its longest line.
        const int nodes = int(t.nodes.size());
        const int cards = qBound(1, nodes, nodes <= 4 ? 4 : 5);
        qreal w = cards * (kCardWidth + kGap) - kGap;
        for (const LiveTopology::Difference &d : t.differences)
            w = qMax(w, p.width(d.text, p.m_font) + 4 * kPad);
        auto *box = p.box(QRectF(0, 0, w, h), p.fill(kWarnHue, 0.18), p.strong(kWarnHue));
        box->setPos(kMargin, y);
        p.label(tr("Planned vs actual"), QPointF(kPad, kPad), p.m_bold, p.text(), box);
        qreal ly = kPad + kLine;
        for (const LiveTopology::Difference &d : t.differences) {
            const QString mark =
                d.kind == LiveTopology::Difference::Kind::NotDefined ? QStringLiteral("+")
                : d.kind == LiveTopology::Difference::Kind::Short    ? QStringLiteral("△")
                                                                     : QStringLiteral("✕");
            auto *l = p.label(mark + QLatin1Char(' ') + d.text, QPointF(kPad, ly), p.m_font,
                              p.text(), box);
            keep(l, QStringLiteral("difference:") + d.service);
            ly += kLine;
        }
        y += h + kGap;
    }

    // The repository server, its registry, and the published ports.
    qreal x = kMargin;
    if (!t.repository.isEmpty()) {
        const QString server = t.repositoryAnswered
                                   ? tr("Repository server %1").arg(t.repository)
                                   : tr("Repository server %1 DOES NOT ANSWER").arg(t.repository);
        const QString registry = t.registryAnswered
                                     ? tr("registry %1 serves").arg(t.registry)
                                     : tr("registry %1 DOES NOT ANSWER").arg(t.registry);
        const QString text = server + QStringLiteral(" · ") + registry;
        const bool healthy = t.repositoryAnswered && t.registryAnswered;
        const QColor hue = healthy ? kRepositoryHue : kDownHue;
        const qreal w = p.width(text, p.m_bold) + 2 * kPad;
        auto *box =
            p.box(QRectF(0, 0, w, kLine + 2 * kPad), p.fill(hue), p.strong(hue), healthy ? 1 : 3);
        box->setPos(x, y);
        p.label(text, QPointF(kPad, kPad), p.m_bold, p.text(), box);
        keep(box, QStringLiteral("repository"));
        box->setData(kStateRole, healthy ? QStringLiteral("ready") : QStringLiteral("down"));
        if (!t.registryError.isEmpty())
            box->setToolTip(t.registryError);
        y += kLine + 2 * kPad + 6;
    }
    QStringList ports;
    for (const LiveTopology::Service &s : t.services) {
        for (const LiveTopology::Port &port : s.ports)
            ports << QStringLiteral("%1 %2→%3/%4%5")
                         .arg(s.name)
                         .arg(port.published)
                         .arg(port.target)
                         .arg(port.protocol,
                              port.mode == QLatin1String("host") ? tr(" (host)") : QString());
    }
    if (!ports.isEmpty()) {
        p.label(tr("Published ports: %1").arg(ports.join(QStringLiteral(", "))), QPointF(x, y),
                p.m_font, p.text());
        y += kLine + 6;
    }
    y += 6;

    // A card per node, up to five in a row.
    const int perRow = t.nodes.size() <= 4 ? 4 : 5;
    qreal rowHeight = 0;
    int column = 0;
    for (const LiveTopology::Node &n : t.nodes) {
        const bool isDown = n.isDown();
        QList<const LiveTopology::Task *> tasks = t.currentTasksOn(n.id);
        QList<const LiveTopology::Task *> shown;
        for (const LiveTopology::Task *task : std::as_const(tasks)) {
            if (matches(task->service) || matches(n.hostname))
                shown << task;
        }
        // Dense: one line per service with how many of its tasks are in which state.
        QMap<QString, QMap<QString, int>> byService;
        if (options.dense) {
            for (const LiveTopology::Task *task : std::as_const(shown))
                ++byService[task->service][task->state];
        }
        const QColor hue = isDown                               ? kDownHue
                           : n.leader                           ? kLeaderHue
                           : n.role == QLatin1String("manager") ? kManagerHue
                                                                : kWorkerHue;
        // Sized to its content once that is laid out (below).
        auto *card = p.box(QRectF(0, 0, kCardWidth, kLine), p.fill(hue, isDown ? 0.32 : 0.14),
                           p.strong(hue), isDown ? 3 : 1);
        QGraphicsRectItem *hatch = nullptr;
        if (isDown) {
            QPen pen(p.strong(kDownHue), 3, Qt::DashLine);
            card->setPen(pen);
            // Hatched, so that it reads as down without colour too.
            hatch = p.box(QRectF(0, 0, kCardWidth, kLine), QColor(), Qt::NoPen, 0, card);
            QColor stripe = p.strong(kDownHue);
            stripe.setAlpha(70);
            hatch->setBrush(QBrush(stripe, Qt::BDiagPattern));
            hatch->setPen(Qt::NoPen);
        }
        card->setPos(kMargin + column * (kCardWidth + kGap), y);
        keep(card, QStringLiteral("node:") + n.hostname);
        card->setData(kStateRole, isDown ? QStringLiteral("down") : n.state);
        if (!matches(n.hostname) && shown.isEmpty())
            card->setOpacity(0.35);
        card->setToolTip(QStringLiteral("%1\n%2 · %3 · %4\n%5")
                             .arg(n.hostname, DockerWording::role(n.role),
                                  DockerWording::nodeState(n.state),
                                  DockerWording::availability(n.availability), n.address));

        qreal cy = kPad;
        p.label(elided(n.hostname, p.m_bold, kCardWidth - 2 * kPad), QPointF(kPad, cy), p.m_bold,
                p.text(), card);
        cy += kLine + 2;
        qreal bx = kPad;
        bx += p.badge(n.leader                             ? tr("leader")
                      : n.role == QLatin1String("manager") ? tr("manager")
                                                           : tr("worker"),
                      QPointF(bx, cy), hue, card) +
              4;
        if (n.availability != QLatin1String("active"))
            bx += p.badge(n.availability == QLatin1String("drain") ? tr("drained") : tr("paused"),
                          QPointF(bx, cy), kWarnHue, card) +
                  4;
        if (isDown) {
            // On the badge row, right-aligned: never over the host name.
            auto *big = p.label(tr("DOWN"), QPointF(0, 0), p.m_bold, p.strong(kDownHue), card);
            big->setPos(kCardWidth - kPad - big->boundingRect().width(), cy);
        }
        cy += kLine + 2;
        const QString state =
            isDown ? (!n.answered ? tr("down: its engine does not answer")
                      : n.reachability == QLatin1String("unreachable")
                          ? tr("down: manager unreachable")
                          : tr("down: %1")
                                .arg(n.message.isEmpty() ? DockerWording::nodeState(n.state)
                                                         : n.message))
                   : tr("%1 · Docker %2").arg(DockerWording::nodeState(n.state), n.engineVersion);
        QStringList labels;
        for (auto it = n.labels.cbegin(); it != n.labels.cend(); ++it)
            labels << (it.value() == QLatin1String("true")
                           ? it.key()
                           : it.key() + QLatin1Char('=') + it.value());
        p.label(elided(state, p.m_small, kCardWidth - 2 * kPad), QPointF(kPad, cy), p.m_small,
                isDown ? p.strong(kDownHue) : p.muted(), card);
        cy += kLine - 2;
        // Its virtual addresses first: the address clients use is the
        // first thing to find when a task moved.
        const QStringList vips = t.virtualAddressesOn(n.id);
        if (!labels.isEmpty() || !vips.isEmpty()) {
            const QString text =
                vips.isEmpty() ? tr("labels: %1").arg(labels.join(QStringLiteral(", ")))
                : labels.isEmpty()
                    ? tr("VIP %1").arg(vips.join(QStringLiteral(", ")))
                    : tr("VIP %1 · labels: %2")
                          .arg(vips.join(QStringLiteral(", ")), labels.join(QStringLiteral(", ")));
            auto *l = p.label(elided(text, p.m_small, kCardWidth - 2 * kPad), QPointF(kPad, cy),
                              p.m_small, vips.isEmpty() ? p.muted() : p.text(), card);
            QStringList tip = labels;
            if (!vips.isEmpty())
                tip.prepend(tr("virtual addresses of the services whose task runs here "
                               "(HIVE_VIP; hive doctor checks they are): %1")
                                .arg(vips.join(QStringLiteral(", "))));
            l->setToolTip(tip.join(QLatin1Char('\n')));
        }
        cy += kLine;

        const QColor taskText = isDown ? p.muted() : p.text();
        QList<TaskLinesItem::Line> lines;
        if (shown.isEmpty()) {
            lines << TaskLinesItem::Line{tasks.isEmpty() ? tr("no tasks")
                                                         : tr("no task matches the filter"),
                                         p.muted(), QString(), QString(), true};
        } else if (options.dense) {
            for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
                QStringList parts;
                bool failing = false;
                for (auto st = it.value().cbegin(); st != it.value().cend(); ++st) {
                    parts << QStringLiteral("%1 %2").arg(st.value()).arg(st.key());
                    failing = failing || st.key() != QLatin1String("running");
                }
                const QString text =
                    QStringLiteral("● %1 ×%2  %3")
                        .arg(it.key())
                        .arg(std::accumulate(it.value().cbegin(), it.value().cend(), 0))
                        .arg(parts.join(QStringLiteral(", ")));
                lines << TaskLinesItem::Line{
                    text, failing && !isDown ? p.strong(kDownHue) : taskText,
                    QStringLiteral("service:%1@%2").arg(it.key(), n.hostname), text, false};
            }
        } else {
            for (const LiveTopology::Task *task : std::as_const(shown)) {
                const QColor dot = isDown ? p.muted() : p.strong(taskHue(*task));
                lines << TaskLinesItem::Line{
                    QStringLiteral("● %1  %2")
                        .arg(task->label(), DockerWording::taskState(task->state)),
                    dot, QStringLiteral("task:") + task->id,
                    QStringLiteral("%1 · %2\n%3")
                        .arg(task->label(), DockerWording::taskState(task->state),
                             task->error.isEmpty() ? task->message : task->error),
                    false};
                if (task->state != QLatin1String("running")) {
                    // Why it is not running: its own error or its slot's last one.
                    QString why = task->error;
                    for (const LiveTopology::Task *old : t.historyOf(task->service, task->slot)) {
                        if (why.isEmpty() && old->isFailure())
                            why = old->error;
                    }
                    if (why.isEmpty())
                        why = task->message;
                    lines << TaskLinesItem::Line{QStringLiteral("  ↳ ") + why, p.strong(kDownHue),
                                                 QString(), why, true};
                }
            }
        }
        auto *list = new TaskLinesItem(lines, p.m_mono, p.m_small, kCardWidth - 2 * kPad, kLine,
                                       kKeyRole, card);
        list->setPos(kPad, cy);
        for (const QString &key : list->keys())
            m_items.insert(key, list);
        cy += list->boundingRect().height();
        const qreal h = cy + kPad;
        card->setRect(QRectF(0, 0, kCardWidth, h));
        if (hatch)
            hatch->setRect(card->rect());
        rowHeight = qMax(rowHeight, h);
        if (++column == perRow) {
            column = 0;
            y += rowHeight + kGap;
            rowHeight = 0;
        }
    }
    if (column > 0)
        y += rowHeight + kGap;

    QStringList networks;
    for (const LiveTopology::Network &n : t.networks) {
        if (n.scope == QLatin1String("swarm"))
            networks << QStringLiteral("%1 (%2)").arg(n.name, n.driver);
    }
    if (!networks.isEmpty())
        p.label(tr("Networks: %1").arg(networks.join(QStringLiteral(", "))), QPointF(kMargin, y),
                p.m_font, p.muted());
    setSceneRect(itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
}

} // namespace hive::gui
