#include "gui/topology/topology_scene.h"

#include "gui/topology/diagram_painter.h"
#include "topology/planned_topology.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace hive::gui {

namespace {

constexpr qreal kMargin = 24;
constexpr qreal kPad = 10;
constexpr qreal kGap = 18;
constexpr qreal kLine = 18;
constexpr qreal kCardMinWidth = 220;
constexpr int kHostsPerColumn = 4;
// Published ports wrap into rows this wide; past this many, one chip says
// how many more there are.
constexpr qreal kPortRowWidth = 1400;
constexpr int kPortChipsShown = 40;
// A hive's card lists this many DRBD volumes, then how many more.
constexpr int kDrbdBadgesShown = 8;
// Up to this many services wrap at the host groups' width.
constexpr int kServicesInHostsWidth = 30;
// A topology of up to this many cards and chips is drawn at once; a larger
// one in slices of kSliceMs between events, so the window keeps answering.
constexpr size_t kDrawnAtOnce = 300;
constexpr int kSliceMs = 15;

// Hues for roles; blended into the palette's base colour so that text in the
// palette's text colour stays readable on them in light and dark themes.
const QColor kManagerHue(0x2f, 0x7d, 0xe1);
const QColor kFirstHue(0xe0, 0x9b, 0x16);
const QColor kRepositoryHue(0x2e, 0xa0, 0x4f);
const QColor kVolumeHue(0x8e, 0x44, 0xc8);
const QColor kPortHue(0xd3, 0x4f, 0x2a);
const QColor kWarningHue(0xd9, 0x3f, 0x0b);
const QColor kNetworkHues[] = {QColor(0x16, 0x9c, 0xa8), QColor(0xb8, 0x3a, 0x8e),
                               QColor(0x6a, 0x8f, 0x12), QColor(0x95, 0x62, 0x2a),
                               QColor(0x4a, 0x5f, 0xc9)};

QString keyOf(const char *kind, const QString &name)
{
    return QString::fromLatin1(kind) + QLatin1Char(':') + name;
}

} // namespace

TopologyScene::TopologyScene(QObject *parent) : QGraphicsScene(parent)
{}

QGraphicsItem *TopologyScene::itemNamed(const QString &key) const
{
    const QList<QGraphicsItem *> all = items();
    for (QGraphicsItem *item : all) {
        if (item->data(kKeyRole).toString() == key)
            return item;
    }
    return nullptr;
}

// What is still to be drawn, and where the layout stands. A large project's
// services, ports and volumes are drawn a slice at a time between events.
struct TopologyScene::Drawing
{
    Drawing(QGraphicsScene *scene, const PlannedTopology &t, const QPalette &palette)
        : topology(t), p(scene, palette)
    {}
    PlannedTopology topology;
    DiagramPainter p;
    std::vector<std::function<void(Drawing &)>> steps;
    size_t next = 0;
    qreal y = kMargin;
    qreal portX = 0;          // where the next port chip goes (0: none yet)
    qreal portRowStart = 0;   // where the ports' rows start, right of the caption
    qreal contentWidth = 600; // the host groups' width: services wrap there
    qreal sx = kMargin;       // the next service card's left
    qreal rowTop = 0;         // the services' current row
    qreal rowBottom = 0;
    qreal volumeX = kMargin; // the next volume chip's left, when they go in rows
    QStringList drbdVolumes;
    QHash<QString, qreal> networkY;
    QHash<QString, QColor> networkHue;
};

TopologyScene::~TopologyScene() = default;

void TopologyScene::coverItems()
{
    setSceneRect(itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
}

void TopologyScene::showTopology(const PlannedTopology &t, const QPalette &palette)
{
    ++m_generation; // a slice still queued is for the earlier topology
    m_drawing.reset();
    clear();
    setBackgroundBrush(palette.color(QPalette::Base));
    if (t.groups.isEmpty()) {
        DiagramPainter p(this, palette);
        p.label(tr("The stage %1 is not defined in hive.yml.").arg(t.stage), {kMargin, kMargin},
                p.m_bold, p.text());
        coverItems();
        emit completed();
        return;
    }
    m_drawing = std::make_unique<Drawing>(this, t, palette);
    Drawing &d = *m_drawing;
    d.steps.push_back(&TopologyScene::drawHeader);
    // A few dozen ports are the hive's entry points at a glance; beyond
    // that, a chip says how many more (each service's card lists its own).
    const int shownPorts = std::min(int(t.ports.size()), kPortChipsShown);
    for (int i = 0; i < shownPorts; ++i)
        d.steps.push_back([i](Drawing &w) { drawPort(w, w.topology.ports.at(i)); });
    if (t.ports.size() > shownPorts)
        d.steps.push_back(
            [more = int(t.ports.size()) - shownPorts](Drawing &w) { drawMorePorts(w, more); });
    d.steps.push_back(&TopologyScene::drawHosts);
    d.steps.push_back(&TopologyScene::drawNetworks);
    for (int i = 0; i < t.services.size(); ++i)
        d.steps.push_back([i](Drawing &w) { drawService(w, w.topology.services.at(i)); });
    for (int i = 0; i < t.volumes.size(); ++i)
        d.steps.push_back([i](Drawing &w) { drawVolume(w, w.topology.volumes.at(i), i == 0); });
    // A small project is drawn at once; a large one a slice at a time, so that
    // the window keeps answering while it is drawn.
    drawSome(d.steps.size() <= kDrawnAtOnce ? -1 : kSliceMs);
}

bool TopologyScene::isComplete() const
{
    return !m_drawing;
}

void TopologyScene::finish()
{
    if (m_drawing)
        drawSome(-1);
}

void TopologyScene::drawSome(int budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    Drawing &d = *m_drawing;
    while (d.next < d.steps.size() && (budgetMs < 0 || timer.elapsed() < budgetMs))
        d.steps[d.next++](d);
    coverItems();
    if (d.next < d.steps.size()) {
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation && m_drawing)
                drawSome(kSliceMs);
        });
        return;
    }
    m_drawing.reset();
    emit completed();
}

void TopologyScene::drawHeader(Drawing &d)
{
    const PlannedTopology &t = d.topology;
    DiagramPainter &p = d.p;
    qreal &y = d.y;
    // Header: what this is, then the managers and what losing them means.
    p.label(tr("%1 — stage %2").arg(t.hiveName, t.stage), {kMargin, y}, p.m_title, p.text());
    y += QFontMetricsF(p.m_title).height() + 4;
    const int hostCount = int(t.hosts().size());
    // A cloud's network is named as its console names it.
    const QString network =
        t.provider == QLatin1String("aws") ? tr("VPC %1").arg(t.cidr)
        : t.provider == QLatin1String("gcp") || t.provider == QLatin1String("azure")
            ? tr("network %1").arg(t.cidr)
            : t.cidr;
    const QString detail =
        t.networkDetail.isEmpty() ? QString() : QStringLiteral(" · ") + t.networkDetail;
    p.label(tr("provider %1 · %2 · %n host(s)", nullptr, hostCount).arg(t.provider, network) +
                detail,
            {kMargin, y}, p.m_font, p.muted());
    y += kLine + 2;
    const bool weakSwarm = t.managerCount() < 3 || t.managerCount() % 2 == 0;
    p.label(t.managerSummary(), {kMargin, y}, weakSwarm ? p.m_bold : p.m_font,
            weakSwarm ? p.strong(kWarningHue) : p.text())
        ->setData(kKeyRole, QStringLiteral("managers"));
    y += kLine + kGap;
}

void TopologyScene::drawPort(Drawing &d, const PlannedTopology::Port &port)
{
    DiagramPainter &p = d.p;
    if (d.portX == 0) {
        auto *caption = p.label(tr("Published ports"), {kMargin, d.y + 2}, p.m_bold, p.text());
        d.portRowStart = kMargin + caption->boundingRect().width() + 12;
        d.portX = d.portRowStart;
    }
    QString s = port.text() + QStringLiteral("  ") + port.service;
    if (port.hostMode)
        s += QStringLiteral(" · ") + tr("host mode");
    if (port.allocated)
        s += QStringLiteral(" · ") + tr("assigned");
    if (port.internalOnly)
        s += QStringLiteral(" · ") + tr("inside the hive only");
    QGraphicsRectItem *chip = portChip(d, s, p.fill(kPortHue, port.internalOnly ? 0.1 : 0.25),
                                       p.strong(kPortHue), p.text());
    chip->setData(kKeyRole, keyOf("port", QString::number(port.published)));
    chip->setToolTip(port.hostMode       ? tr("Published on the host where a task runs")
                     : port.internalOnly ? tr("Ports from 10000 up are not reachable from outside "
                                              "the hive")
                                         : tr("Published on every hive through the routing mesh"));
}

void TopologyScene::drawMorePorts(Drawing &d, int more)
{
    DiagramPainter &p = d.p;
    portChip(d, tr("… %n more published port(s): each service's card lists its own", nullptr, more),
             p.base(), p.border(), p.muted())
        ->setData(kKeyRole, QStringLiteral("ports:more"));
}

QGraphicsRectItem *TopologyScene::portChip(Drawing &d, const QString &text, const QColor &fill,
                                           const QColor &line, const QColor &textColor)
{
    DiagramPainter &p = d.p;
    const qreal width = p.width(text, p.m_font) + 16;
    // Many ports wrap into rows under the first.
    if (d.portX > d.portRowStart && d.portX + width > kPortRowWidth) {
        d.portX = d.portRowStart;
        d.y += kLine + 8;
    }
    auto *chip = p.box(QRectF(d.portX, d.y, width, kLine + 4), fill, line);
    p.label(text, {8, 2}, p.m_font, textColor, chip)->setPos(d.portX + 8, d.y + 2);
    d.portX += width + 8;
    return chip;
}

void TopologyScene::drawHosts(Drawing &d)
{
    const PlannedTopology &t = d.topology;
    DiagramPainter &p = d.p;
    if (d.portX != 0) // below the ports' last row
        d.y += kLine + 4 + kGap;
    qreal &y = d.y;
    // Host groups side by side; hosts stacked in each, a few per column.
    QStringList &drbdVolumes = d.drbdVolumes;
    for (const PlannedTopology::Volume &v : t.volumes) {
        if (v.kind == PlannedTopology::Volume::Kind::Drbd)
            drbdVolumes << v.name;
    }
    // Role badges of a host, with their hues; the card is as wide as the widest row.
    const auto badgesOf = [](const PlannedTopology::Host &h) {
        QList<QPair<QString, QColor>> out;
        if (h.isManager)
            out.append({tr("swarm manager"), kManagerHue});
        if (h.isFirstHive)
            out.append({tr("first hive"), kFirstHue});
        if (h.isRepository)
            out.append({tr("repository · registry · logs"), kRepositoryHue});
        return out;
    };
    // Its private address; a cloud host's public one beside it.
    const auto addressOf = [](const PlannedTopology::Host &h) {
        return h.address.isEmpty()         ? tr("(address assigned at build)")
               : h.publicAddress.isEmpty() ? h.address
                                           : tr("%1 · public %2").arg(h.address, h.publicAddress);
    };
    qreal cardWidth = kCardMinWidth;
    for (const PlannedTopology::Host *h : t.hosts()) {
        cardWidth = std::max(cardWidth, p.width(h->name, p.m_bold) + 2 * kPad);
        cardWidth = std::max(cardWidth, p.width(addressOf(*h), p.m_mono) + 2 * kPad);
        qreal row = 2 * kPad;
        for (const auto &b : badgesOf(*h))
            row += p.width(b.first, p.m_small) + 12 + 6;
        cardWidth = std::max(cardWidth, row);
    }
    auto cardHeight = [&](const PlannedTopology::Host &h) {
        qreal hgt = kPad + kLine + kLine + 22 + kPad;
        if (h.isHive)
            hgt += std::min(int(drbdVolumes.size()), kDrbdBadgesShown + 1) * (kLine + 2);
        return hgt;
    };

    qreal x = kMargin;
    qreal groupsBottom = y;
    for (const PlannedTopology::Group &g : t.groups) {
        // One group (a single subnet): hosts side by side. Several (zones):
        // groups side by side, hosts stacked, a new column every few hosts.
        const int n = int(g.hosts.size());
        const int wanted = t.groups.size() == 1 ? std::min(n, kHostsPerColumn)
                                                : int(std::ceil(double(n) / kHostsPerColumn));
        const int rows = std::max(1, int(std::ceil(double(n) / std::max(wanted, 1))));
        const int columns = int(std::ceil(double(n) / rows));
        const qreal innerTop = y + kPad + kLine + kLine + 4;
        QList<qreal> columnBottom(columns, innerTop);
        qreal maxBottom = innerTop;
        for (int i = 0; i < n; ++i) {
            const int column = i / rows;
            const qreal cx = x + kPad + column * (cardWidth + kPad);
            const PlannedTopology::Host &h = g.hosts.at(i);
            const QColor hue = h.isRepository && !h.isHive ? kRepositoryHue : kManagerHue;
            auto *card = p.box(QRectF(0, 0, cardWidth, cardHeight(h)), p.base(), p.strong(hue),
                               h.isFirstHive ? 2.5 : 1.2);
            card->setPos(cx, columnBottom[column]);
            card->setData(kKeyRole, keyOf("host", h.name));
            card->setToolTip(h.name + QLatin1Char('\n') + h.address +
                             (h.publicAddress.isEmpty()
                                  ? QString()
                                  : QLatin1Char('\n') + tr("reached at %1").arg(h.publicAddress)));
            p.box(QRectF(0, 0, 5, cardHeight(h)), p.strong(hue), Qt::NoPen, 0, card);
            p.label(h.name, {kPad, kPad - 2}, p.m_bold, p.text(), card);
            p.label(addressOf(h), {kPad, kPad + kLine - 2}, p.m_mono, p.muted(), card);
            qreal bx = kPad;
            const qreal by = kPad + 2 * kLine + 2;
            for (const auto &b : badgesOf(h))
                bx += p.badge(b.first, {bx, by}, b.second, card) + 6;
            if (h.isHive) {
                qreal vy = by + 24;
                for (const QString &v : drbdVolumes.mid(0, kDrbdBadgesShown)) {
                    p.badge(tr("DRBD %1").arg(v), {kPad, vy}, kVolumeHue, card);
                    vy += kLine + 2;
                }
                if (drbdVolumes.size() > kDrbdBadgesShown)
                    p.badge(tr("… %n more DRBD volume(s)", nullptr,
                               int(drbdVolumes.size()) - kDrbdBadgesShown),
                            {kPad, vy}, kVolumeHue, card);
            }
            columnBottom[column] += cardHeight(h) + kPad;
            maxBottom = std::max(maxBottom, columnBottom[column]);
        }
        const QString title = g.title.isEmpty() ? tr("(no zone)") : g.title;
        const qreal groupWidth =
            std::max({columns * (cardWidth + kPad) + kPad, p.width(title, p.m_bold) + 2 * kPad,
                      p.width(g.detail, p.m_small) + 2 * kPad});
        auto *frame =
            p.box(QRectF(x, y, groupWidth, maxBottom - y), p.fill(p.window(), 0.5), p.border());
        frame->setZValue(-1);
        frame->setData(kKeyRole, keyOf("group", g.title));
        p.label(title, {x + kPad, y + kPad - 4}, p.m_bold, p.text());
        p.label(g.detail, {x + kPad, y + kPad + kLine - 4}, p.m_small, p.muted());
        x += groupWidth + kGap;
        groupsBottom = std::max(groupsBottom, maxBottom);
    }
    d.contentWidth = std::max(x - kGap - kMargin, qreal(600));
    // Many services: rows about as wide as they are tall, not a column.
    if (t.services.size() > kServicesInHostsWidth)
        d.contentWidth = std::max(d.contentWidth, std::sqrt(qreal(t.services.size())) *
                                                      (kCardMinWidth + kGap) * 0.8);
    y = groupsBottom + kGap * 1.5;
}

void TopologyScene::drawNetworks(Drawing &d)
{
    const PlannedTopology &t = d.topology;
    DiagramPainter &p = d.p;
    qreal &y = d.y;
    const qreal contentWidth = d.contentWidth;

    // Networks as bars across the width, services below joined to them.
    QHash<QString, qreal> &networkY = d.networkY;
    QHash<QString, QColor> &networkHue = d.networkHue;
    if (!t.networks.isEmpty()) {
        p.label(tr("Overlay networks"), {kMargin, y}, p.m_bold, p.text());
        y += kLine + 4;
    }
    int hueIndex = 0;
    for (const PlannedTopology::Network &n : t.networks) {
        const QColor hue = kNetworkHues[hueIndex++ % std::size(kNetworkHues)];
        auto *bar = p.box(QRectF(kMargin, y, contentWidth, 8), p.strong(hue), Qt::NoPen, 0);
        bar->setData(kKeyRole, keyOf("network", n.name));
        bar->setToolTip(tr("%1: %2").arg(n.name, n.services.join(QStringLiteral(", "))));
        p.label(n.name, {kMargin, y + 9}, p.m_small, p.text());
        networkY.insert(n.name, y + 4);
        networkHue.insert(n.name, hue);
        y += 8 + kLine + 6;
    }
    y += kGap;

    if (!t.services.isEmpty()) {
        p.label(tr("Services"), {kMargin, y}, p.m_bold, p.text());
        y += kLine + 6;
    }
    d.sx = kMargin;
    d.rowTop = y;
    d.rowBottom = y;
}

void TopologyScene::drawService(Drawing &d, const PlannedTopology::Service &s)
{
    DiagramPainter &p = d.p;
    qreal &sx = d.sx;
    qreal &rowTop = d.rowTop;
    qreal &rowBottom = d.rowBottom;
    const qreal contentWidth = d.contentWidth;
    const QHash<QString, qreal> &networkY = d.networkY;
    const QHash<QString, QColor> &networkHue = d.networkHue;
    QStringList lines;
    lines << s.image;
    lines << (s.global ? tr("global: one task on every hive") : tr("replicas: %1").arg(s.replicas));
    for (const QString &c : s.placement)
        lines << tr("placement: %1").arg(c);
    if (!s.ports.isEmpty())
        lines << tr("ports: %1").arg(s.ports.join(QStringLiteral(", ")));
    if (!s.volumes.isEmpty())
        lines << tr("volumes: %1").arg(s.volumes.join(QStringLiteral(", ")));
    if (s.standalone)
        lines << tr("standalone (own init, privileged)");
    qreal w = std::max(kCardMinWidth, p.width(s.name, p.m_bold) + 2 * kPad);
    for (const QString &l : lines)
        w = std::max(w, p.width(l, p.m_small) + 2 * kPad);
    const qreal h = kPad + kLine + lines.size() * (kLine - 2) + kPad;
    if (sx > kMargin && sx + w > kMargin + contentWidth) {
        sx = kMargin;
        rowTop = rowBottom + kGap;
    }
    auto *card = p.box(QRectF(0, 0, w, h), p.base(), p.border(), 1.2);
    card->setPos(sx, rowTop);
    card->setData(kKeyRole, keyOf("service", s.name));
    card->setToolTip(lines.join(QLatin1Char('\n')));
    p.label(s.name, {kPad, kPad - 2}, p.m_bold, p.text(), card);
    qreal ly = kPad + kLine;
    for (const QString &l : lines) {
        p.label(l, {kPad, ly}, p.m_small, p.muted(), card);
        ly += kLine - 2;
    }
    // Join lines from the card's top up to each network it is attached to.
    qreal jx = sx + 14;
    for (const QString &n : s.networks) {
        if (!networkY.contains(n))
            continue;
        const QColor hue = networkHue.value(n);
        auto *line = p.m_scene->addLine(jx, networkY.value(n), jx, rowTop, QPen(p.strong(hue), 2));
        line->setZValue(-0.5);
        p.m_scene->addEllipse(jx - 4, networkY.value(n) - 4, 8, 8, QPen(p.text(), 1),
                              p.strong(hue));
        jx += 8;
    }
    sx += w + kGap;
    rowBottom = std::max(rowBottom, rowTop + h);
    d.y = rowBottom + kGap * 1.5;
}

void TopologyScene::drawVolume(Drawing &d, const PlannedTopology::Volume &v, bool first)
{
    DiagramPainter &p = d.p;
    qreal &y = d.y;
    if (first) {
        p.label(tr("Volumes"), {kMargin, y}, p.m_bold, p.text());
        y += kLine + 6;
    }
    QString where;
    switch (v.kind) {
    case PlannedTopology::Volume::Kind::Drbd:
        where = tr("DRBD, mirrored on %1").arg(v.hosts.join(QStringLiteral(", ")));
        break;
    case PlannedTopology::Volume::Kind::Nfs:
        where = tr("NFS, mounted on every hive");
        break;
    case PlannedTopology::Volume::Kind::Driver:
        where = tr("created on every hive");
        break;
    case PlannedTopology::Volume::Kind::Mount:
        where = tr("local to the host running the task");
        break;
    }
    const QString s = tr("%1 (%2) — %3 — used by %4")
                          .arg(v.name, v.detail, where, v.services.join(QStringLiteral(", ")));
    const qreal width = p.width(s, p.m_font) + 16;
    // A few volumes: one a line. Many: side by side in rows as wide as the
    // services', not a column of hundreds.
    const bool rows = d.topology.volumes.size() > kServicesInHostsWidth;
    if (rows && d.volumeX > kMargin && d.volumeX + width > kMargin + d.contentWidth) {
        d.volumeX = kMargin;
        y += kLine + 10;
    }
    const qreal x = rows ? d.volumeX : kMargin;
    auto *chip =
        p.box(QRectF(x, y, width, kLine + 4), p.fill(kVolumeHue, 0.18), p.strong(kVolumeHue));
    chip->setData(kKeyRole, keyOf("volume", v.name));
    p.label(s, {x + 8, y + 2}, p.m_font, p.text());
    if (rows)
        d.volumeX += width + 8;
    else
        y += kLine + 10;
}

} // namespace hive::gui
